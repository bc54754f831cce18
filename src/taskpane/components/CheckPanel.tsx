/**
 * The pane: actions, notices, the running step, the summary, the filter, the findings. State
 * lives in the hooks; this component wires them to the host and to each other.
 */
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import type { ReportHost } from "../../host/reportHost";
import type { CheckResult } from "../../report/checkReport";
import { copyText } from "../clipboard";
import { errorText } from "../errorText";
import { plainText } from "../plainText";
import { noticesFor } from "../notices";
import type { Strings } from "../strings";
import { useFeedback } from "../hooks/useFeedback";
import { useFindingFilter, type FindingEntry } from "../hooks/useFindingFilter";
import { useFindingNavigation } from "../hooks/useFindingNavigation";
import { useHostError } from "../hooks/useHostError";
import { useIgnoredFindings } from "../hooks/useIgnoredFindings";
import { useReportCheck, type CheckProgress } from "../hooks/useReportCheck";
import { useLanguage, useStrings } from "../hooks/useStrings";
import { useTemplateInsertion } from "../hooks/useTemplateInsertion";
import { FindingList } from "./FindingList";
import { FindingNavigator } from "./FindingNavigator";
import { LiveRegion } from "./LiveRegion";
import { NoticeBar } from "./NoticeBar";
import { PaneHeader } from "./PaneHeader";
import { ProgressStep } from "./ProgressStep";
import { ResultSummary } from "./ResultSummary";
import { SeverityFilter } from "./SeverityFilter";
import { TemplateDialog } from "./TemplateDialog";
import { Toolbar } from "./Toolbar";

export type InitialAction = "check" | "template" | null;

export interface CheckPanelProps {
  host: ReportHost;
  /** What the ribbon button that opened the pane asked for. */
  initialAction?: InitialAction;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    maxWidth: "100%",
    boxSizing: "border-box",
    overflowWrap: "anywhere",
  },
  results: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
});

type Announcement = { text: (s: Strings) => string; serial: number };

export function CheckPanel({ host, initialAction = null }: CheckPanelProps) {
  const styles = useStyles();
  const s = useStrings();
  const { lang } = useLanguage();
  const capabilities = useMemo(() => host.capabilities(), [host]);
  const { readOnly } = capabilities;
  const readOnlyNoticeId = useId();

  const { error, hasError, report: showError, dismiss: dismissError } = useHostError();
  const { feedback, show: showFeedback, clear: clearFeedback } = useFeedback();
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  const announce = useCallback(
    (text: (s: Strings) => string) => setAnnouncement((prev) => ({ text, serial: (prev?.serial ?? 0) + 1 })),
    [],
  );
  const tell = useCallback(
    (intent: "success" | "info" | "warning", text: (s: Strings) => string) => {
      showFeedback(intent, text);
      announce(text);
    },
    [showFeedback, announce],
  );
  const reportError = useCallback(
    (e: unknown) => {
      showError(e);
      announce((str) => str.errorAnnouncement(errorText(e, str.lang)));
    },
    [showError, announce],
  );

  const ignored = useIgnoredFindings(host, { readOnly, onError: reportError });
  const [comments, setComments] = useState(false);

  const check = useReportCheck(host, {
    readOnly,
    comments: capabilities.comments && comments,
    ignored: ignored.whenLoaded,
    onStep: ({ step, n, of }: CheckProgress) => announce((str) => str.stepRunning(step, n, of)),
    onDone: (result: CheckResult) => announce((str) => str.checkDone(result.counts)),
    onError: reportError,
  });

  const filter = useFindingFilter(check.result, ignored.ignored);
  const navigation = useFindingNavigation(host, filter.visible, {
    unaddressable: check.unaddressable,
    onError: reportError,
    onCannotLocate: () => tell("info", (str) => str.cannotLocate),
  });

  const template = useTemplateInsertion(host, {
    readOnly,
    result: check.result,
    onInserted: (format) => tell("success", (str) => str.inserted(format)),
    onError: reportError,
  });

  const [clearing, setClearing] = useState(false);
  const busy = check.running || clearing || template.inserting;

  const { run, clear } = check;
  const runCheck = useCallback(() => {
    dismissError();
    clearFeedback();
    void run();
  }, [dismissError, clearFeedback, run]);

  const clearMarks = useCallback(async () => {
    dismissError();
    setClearing(true);
    const cleared = await clear();
    setClearing(false);
    if (cleared === null) return;
    const restored = cleared.restored;
    tell("success", (str) => (restored > 0 ? str.cleared(restored) : str.nothingToClear));
  }, [dismissError, clear, tell]);

  const copyResults = useCallback(async () => {
    if (!check.result) return;
    const ok = await copyText(plainText(check.result, { lang, ignored: ignored.ignored }));
    tell(ok ? "success" : "warning", (str) => (ok ? str.copied : str.copyFailed));
  }, [check.result, lang, ignored.ignored, tell]);

  const { ignore, unignore } = ignored;
  const { remark } = check;
  const setIgnored = useCallback(
    async (entry: FindingEntry, ignoring: boolean) => {
      const next = await (ignoring ? ignore(entry.fingerprint) : unignore(entry.fingerprint));
      await remark(next);
    },
    [ignore, unignore, remark],
  );

  // What the ribbon asked for, once (StrictMode runs effects twice in development).
  const started = useRef(false);
  const { openDialog } = template;
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    if (initialAction === "check") runCheck();
    else if (initialAction === "template") openDialog();
  }, [initialAction, runCheck, openDialog]);

  const notices = noticesFor({
    s,
    readOnly,
    readOnlyNoticeId,
    result: check.result,
    unaddressable: check.unaddressable,
    skipped: check.outcome?.skipped ?? 0,
    error: hasError ? error : undefined,
    onDismissError: dismissError,
    feedback: feedback ? { key: feedback.serial, intent: feedback.intent, text: feedback.text(s) } : null,
    onDismissFeedback: clearFeedback,
  });

  const result = check.result;
  return (
    <main className={styles.root} lang={s.htmlLang}>
      <PaneHeader />
      <Toolbar
        busy={busy}
        hasResult={result !== null}
        readOnly={readOnly}
        readOnlyNoticeId={readOnlyNoticeId}
        canComment={capabilities.comments}
        comments={comments}
        onCommentsChange={setComments}
        onCheck={runCheck}
        onClearMarks={() => void clearMarks()}
        onInsertTemplate={template.openDialog}
        onCopyResults={() => void copyResults()}
      />
      <NoticeBar notices={notices} />
      {check.running && check.progress && <ProgressStep {...check.progress} />}
      <div className={styles.results} aria-busy={check.running}>
        {result ? (
          <>
            <ResultSummary
              result={result}
              ignoredCount={filter.ignoredCount}
              marked={check.outcome?.marked}
            />
            {result.findings.length > 0 ? (
              <>
                <SeverityFilter
                  severities={filter.severities}
                  counts={filter.counts}
                  onToggle={filter.toggleSeverity}
                  ignoredCount={filter.ignoredCount}
                  showIgnored={filter.showIgnored}
                  onShowIgnoredChange={filter.setShowIgnored}
                />
                <FindingNavigator
                  index={navigation.index}
                  total={filter.visible.length}
                  hasPrevious={navigation.hasPrevious}
                  hasNext={navigation.hasNext}
                  onPrevious={() => void navigation.previous()}
                  onNext={() => void navigation.next()}
                />
                {filter.visible.length > 0 ? (
                  <FindingList
                    groups={filter.groups}
                    current={navigation.current}
                    onSelect={(entry) => void navigation.select(entry)}
                    onIgnore={(entry) => void setIgnored(entry, true)}
                    onUnignore={(entry) => void setIgnored(entry, false)}
                  />
                ) : (
                  <Text className={styles.hint}>{s.nothingVisible}</Text>
                )}
              </>
            ) : (
              <Text>{s.noFindings}</Text>
            )}
          </>
        ) : (
          !check.running && <Text className={styles.hint}>{s.startHint}</Text>
        )}
      </div>
      <TemplateDialog template={template} readOnly={readOnly} />
      <LiveRegion message={announcement ? announcement.text(s) : ""} serial={announcement?.serial ?? 0} />
    </main>
  );
}
