/**
 * The pane: a bar that stays in view while the findings scroll (the commands, the headline, the
 * severity chips and 上一条 / 下一条, the outcome of the last action), then what the check covered,
 * the legend of the marks, the notices about the document, the findings, and the help links.
 * State lives in the hooks; this component wires them to the host and to each other. Picking last
 * year's report (选择上年报告) checks again with it.
 */
import { Checkbox, makeStyles, Switch, Text, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { ReportHost } from "../../host/reportHost";
import type { CheckResult } from "../../report/checkReport";
import { checkedScope, resultHeadline } from "../../report/view";
import { copyText } from "../clipboard";
import { documentTitle } from "../documentTitle";
import { errorText } from "../errorText";
import { useFeedback } from "../hooks/useFeedback";
import { useFindingFilter, type FindingEntry } from "../hooks/useFindingFilter";
import { useFindingNavigation } from "../hooks/useFindingNavigation";
import { useHostError } from "../hooks/useHostError";
import { useIgnoredFindings } from "../hooks/useIgnoredFindings";
import { usePriorReport } from "../hooks/usePriorReport";
import { useReportCheck, type CheckProgress } from "../hooks/useReportCheck";
import { useLanguage, useStrings } from "../hooks/useStrings";
import { useTemplateInsertion } from "../hooks/useTemplateInsertion";
import { actionNotices, documentNotices, type KeptNotice } from "../notices";
import { plainText } from "../plainText";
import { crossYearStatus } from "../priorReport";
import { sectionPlace } from "../sectionPlace";
import type { Lang, Strings } from "../strings";
import { FindingList } from "./FindingList";
import { FindingNavigator } from "./FindingNavigator";
import { HelpLinks, type PaneLinks } from "./HelpLinks";
import { LiveRegion } from "./LiveRegion";
import { MarkLegend } from "./MarkLegend";
import { NoticeBar } from "./NoticeBar";
import { PaneHeader } from "./PaneHeader";
import { ProgressStep } from "./ProgressStep";
import { ResultFacts } from "./ResultFacts";
import { ResultHeadline } from "./ResultHeadline";
import { SeverityFilter } from "./SeverityFilter";
import { TemplateDialog } from "./TemplateDialog";
import { Toolbar } from "./Toolbar";

export type InitialAction = "check" | "template" | null;

export interface CheckPanelProps {
  host: ReportHost;
  /** What the ribbon button that opened the pane asked for. */
  initialAction?: InitialAction;
  /** The document's file name, when the host knows it (for 复制结果). */
  documentName?: () => string | undefined;
  /** Where 插入空白模板 puts the template, when it is not simply "at the cursor". */
  insertionPoint?: (lang: Lang) => string | undefined;
  /** The help and diagnostics pages this host has. */
  links?: PaneLinks;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    paddingInline: tokens.spacingHorizontalM,
    paddingBottom: tokens.spacingVerticalXXL,
    minWidth: 0,
    maxWidth: "100%",
    boxSizing: "border-box",
    overflowWrap: "anywhere",
  },
  // Stays at the top of the pane while the findings scroll under it.
  bar: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    marginInline: `calc(-1 * ${tokens.spacingHorizontalM})`,
    paddingInline: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow2,
  },
  filterRow: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
  },
  results: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  outdated: { opacity: 0.6 },
  hint: { color: tokens.colorNeutralForeground3 },
});

type Announcement = { text: (s: Strings) => string; serial: number };

export function CheckPanel({
  host,
  initialAction = null,
  documentName,
  insertionPoint,
  links = {},
}: CheckPanelProps) {
  const styles = useStyles();
  const s = useStrings();
  const { lang } = useLanguage();
  const capabilities = useMemo(() => host.capabilities(), [host]);
  const { readOnly } = capabilities;
  const readOnlyNoticeId = useId();
  const rootRef = useRef<HTMLElement>(null);
  const barRef = useRef<HTMLDivElement>(null);
  const clearRef = useRef<HTMLButtonElement>(null);

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
  const prior = usePriorReport(host, { readOnly, onError: reportError });
  const priorInputRef = useRef<HTMLInputElement>(null);
  const [priorAskDismissed, setPriorAskDismissed] = useState(false);
  const [comments, setComments] = useState(false);
  const [kept, setKept] = useState<KeptNotice | null>(null);
  const [outdated, setOutdated] = useState(false);

  const check = useReportCheck(host, {
    readOnly,
    comments: capabilities.comments && comments,
    ignored: ignored.whenLoaded,
    prior: prior.current,
    onStep: ({ step, n, of }: CheckProgress) => announce((str) => str.stepRunning(step, n, of)),
    onDone: (result: CheckResult) => announce((str) => str.checkDone(result.counts)),
    // Marks of an earlier check that marking could not remove: say so; a marking that removed them
    // all settles an earlier notice too.
    onMarked: (outcome) =>
      setKept(outcome.kept && outcome.kept.cells > 0 ? { kept: outcome.kept, from: "mark" } : null),
    onError: reportError,
  });
  const result = check.result;
  const crossYear = useMemo(
    () =>
      result ? crossYearStatus(result, check.prior, prior.remembered, prior.unreadable?.name ?? null) : null,
    [result, check.prior, prior.remembered, prior.unreadable],
  );

  const filter = useFindingFilter(result, ignored.ignored);
  const placeOf = useCallback(
    (f: Parameters<typeof sectionPlace>[0]) => (result ? sectionPlace(f, result, check.document) : undefined),
    [result, check.document],
  );
  const navigation = useFindingNavigation(host, filter.visible, {
    unaddressable: check.unaddressable,
    placeOf,
    outdated,
    onOutdated: () => tell("warning", (str) => str.outdatedSelect),
    onError: reportError,
    onCannotLocate: () => tell("info", (str) => str.cannotLocate),
  });

  const template = useTemplateInsertion(host, {
    readOnly,
    result,
    onInserted: (format) => {
      if (result) setOutdated(true);
      tell("success", (str) => str.inserted(format));
    },
    onError: reportError,
  });

  const [clearing, setClearing] = useState(false);
  const busy = check.running || clearing || template.inserting || prior.reading;

  const { run, clear, forget } = check;
  const runCheck = useCallback(() => {
    dismissError();
    clearFeedback();
    setOutdated(false);
    void run();
  }, [dismissError, clearFeedback, run]);

  // A notice's button (重试, 忘记这些标记, 重新检查, ×) goes with its notice: then the focus goes to
  // a command of the bar, never to the page's body. Kept until the notice is gone or the focus has
  // moved on by itself.
  const refocusTo = useRef<"clear" | "check" | "prior" | null>(null);
  const checkRef = useRef<HTMLButtonElement>(null);
  const priorRef = useRef<HTMLButtonElement>(null);
  const afterNotice = useCallback(
    (target: "clear" | "check" | "prior", action: () => void) => () => {
      refocusTo.current = target;
      action();
    },
    [],
  );
  useLayoutEffect(() => {
    const target = refocusTo.current;
    const doc = rootRef.current?.ownerDocument;
    if (!target || !doc) return;
    const active = doc.activeElement;
    if (active === null || active === doc.body) {
      refocusTo.current = null;
      ({ clear: clearRef, check: checkRef, prior: priorRef })[target].current?.focus();
    } else if (!active.closest("[data-notice]")) refocusTo.current = null;
  });

  // A file picked as last year's report: read it, then check again with it (or, when it cannot be
  // read, without it: the notice says why).
  const { choose: choosePriorFile } = prior;
  const choosePrior = useCallback(
    async (file: File) => {
      dismissError();
      clearFeedback();
      await choosePriorFile(file);
      // Not runCheck: an error in keeping the choice with the document stays in view.
      setOutdated(false);
      void run();
    },
    [dismissError, clearFeedback, choosePriorFile, run],
  );
  const pickPrior = useCallback(() => priorInputRef.current?.click(), []);
  const { forget: forgetPriorFile } = prior;
  const forgetPrior = useCallback(async () => {
    await forgetPriorFile();
    tell("success", (str) => str.priorForgotten);
  }, [forgetPriorFile, tell]);

  const clearMarks = useCallback(async () => {
    dismissError();
    setClearing(true);
    const cleared = await clear();
    setClearing(false);
    if (cleared === null) return;
    const { restored, kept: left, differing, commentsLeft = 0 } = cleared;
    setKept(left.cells > 0 ? { kept: left, from: "clear" } : null);
    if (restored > 0 || left.cells === 0)
      tell(differing > 0 || commentsLeft > 0 ? "warning" : "success", (str) =>
        [
          restored > 0 ? str.cleared(restored, differing) : str.nothingToClear,
          commentsLeft > 0 ? str.commentsLeft(commentsLeft) : "",
        ].join(""),
      );
    else clearFeedback();
    if (left.cells > 0)
      announce((str) => `${str.keptTitle(left.cells)}${str.keptText(left.reasons, "clear")}`);
  }, [dismissError, clear, tell, clearFeedback, announce]);

  const forgetMarks = useCallback(async () => {
    const n = await forget();
    if (n === null) return;
    setKept(null);
    tell("success", (str) => str.forgotten(n));
  }, [forget, tell]);

  const copyResults = useCallback(async () => {
    if (!result) return;
    const name = documentName?.() ?? documentTitle(check.document);
    const ok = await copyText(
      plainText(result, {
        lang,
        ignored: ignored.ignored,
        documentName: name,
        crossYear: crossYear ?? undefined,
      }),
    );
    tell(ok ? "success" : "warning", (str) => (ok ? str.copied : str.copyFailed));
  }, [result, documentName, check.document, lang, ignored.ignored, crossYear, tell]);

  const { ignore, unignore } = ignored;
  const { remark } = check;
  const toggleIgnored = useCallback(
    async (entry: FindingEntry) => {
      const next = await (entry.ignored ? unignore(entry.fingerprint) : ignore(entry.fingerprint));
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

  // Alt+↓ / Alt+↑ walk the findings from anywhere in the pane.
  const { next, previous } = navigation;
  useEffect(() => {
    const doc = rootRef.current?.ownerDocument;
    if (!doc) return;
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey || (e.key !== "ArrowDown" && e.key !== "ArrowUp")) return;
      e.preventDefault();
      void (e.key === "ArrowDown" ? next() : previous());
    };
    doc.addEventListener("keydown", onKey);
    return () => doc.removeEventListener("keydown", onKey);
  }, [next, previous]);

  // Scrolling a finding into view (or focusing one) keeps it clear of the bar above it.
  useLayoutEffect(() => {
    const bar = barRef.current;
    const root = bar?.ownerDocument.documentElement;
    if (!bar || !root) return;
    const update = () => {
      root.style.scrollPaddingTop = `${Math.ceil(bar.getBoundingClientRect().height) + 8}px`;
    };
    update();
    const View = bar.ownerDocument.defaultView;
    if (!View || typeof View.ResizeObserver !== "function") return;
    const observer = new View.ResizeObserver(update);
    observer.observe(bar);
    return () => observer.disconnect();
  }, []);

  const notices = {
    s,
    readOnly,
    readOnlyNoticeId,
    result,
    unaddressable: check.unaddressable,
    skipped: check.outcome?.skipped ?? 0,
    error: hasError ? error : undefined,
    onDismissError: afterNotice("check", dismissError),
    feedback: feedback ? { key: feedback.serial, intent: feedback.intent, text: feedback.text(s) } : null,
    onDismissFeedback: afterNotice("check", clearFeedback),
    kept,
    onRetryClear: afterNotice("clear", () => void clearMarks()),
    onForget: afterNotice("clear", () => void forgetMarks()),
    onDismissKept: afterNotice("clear", () => setKept(null)),
    outdated,
    onCheckAgain: afterNotice("check", runCheck),
    marksMayBeTracked: capabilities.marksMayBeTracked === true && check.marksOnDocument,
    prior: {
      status: crossYear,
      unreadable: prior.unreadable,
      onDismissUnreadable: afterNotice("prior", prior.dismissUnreadable),
      replaced: prior.replaced,
      onDismissReplaced: afterNotice("prior", prior.dismissReplaced),
      askDismissed: priorAskDismissed,
      onDismissAsk: afterNotice("prior", () => setPriorAskDismissed(true)),
      // The notice goes once a file is picked: the focus then goes to 选择上年报告 on the bar.
      onChoose: afterNotice("prior", pickPrior),
      onForget: afterNotice("prior", () => void forgetPrior()),
    },
  };

  const headline = useMemo(
    () => resultHeadline(filter.notIgnored, filter.notIgnoredCounts),
    [filter.notIgnored, filter.notIgnoredCounts],
  );
  const scope = useMemo(() => (result ? checkedScope(result) : null), [result]);
  // Asked when the dialog opens (in WPS each question is a call into WPS), not on every render.
  const where = useMemo(
    () => (template.open ? insertionPoint?.(lang) : undefined),
    [template.open, insertionPoint, lang],
  );
  // Claimed only when every table is there and filled in, and nothing about the tables (ignored or
  // not) is an error or a warning.
  const tablesAddUp =
    result !== null &&
    !result.blankTemplate &&
    Object.values(result.tables).every((t) => t !== null) &&
    !result.findings.some((f) => f.severity !== "info" && f.location.table !== undefined);

  return (
    <main className={styles.root} lang={s.htmlLang} ref={rootRef}>
      <PaneHeader />
      <div className={styles.bar} ref={barRef}>
        <Toolbar
          busy={busy}
          hasResult={result !== null}
          readOnly={readOnly}
          readOnlyNoticeId={readOnlyNoticeId}
          clearRef={clearRef}
          checkRef={checkRef}
          priorRef={priorRef}
          onCheck={runCheck}
          onClearMarks={() => void clearMarks()}
          onInsertTemplate={template.openDialog}
          onCopyResults={() => void copyResults()}
          onChoosePrior={(file) => void choosePrior(file)}
          priorName={prior.chosen?.choice.name}
          priorInputRef={priorInputRef}
        />
        {prior.reading && <ProgressStep label={s.priorReading} />}
        {check.running && check.progress && (
          <ProgressStep label={s.stepRunning(check.progress.step, check.progress.n, check.progress.of)} />
        )}
        {result && !check.running && (
          <ResultHeadline headline={headline} counts={filter.notIgnoredCounts} tablesAddUp={tablesAddUp} />
        )}
        {result && result.findings.length > 0 && (
          <div className={styles.filterRow}>
            <SeverityFilter
              severities={filter.severities}
              counts={filter.counts}
              onToggle={filter.toggleSeverity}
            />
            <FindingNavigator
              index={navigation.index}
              total={filter.visible.length}
              hasPrevious={navigation.hasPrevious}
              hasNext={navigation.hasNext}
              onPrevious={() => void navigation.previous()}
              onNext={() => void navigation.next()}
            />
          </div>
        )}
        <NoticeBar notices={actionNotices(notices)} />
      </div>
      {capabilities.comments && (
        <Checkbox
          label={s.comments}
          checked={comments}
          disabled={readOnly}
          aria-describedby={readOnly ? readOnlyNoticeId : undefined}
          onChange={(_e, data) => setComments(data.checked === true)}
        />
      )}
      <NoticeBar notices={documentNotices(notices)} />
      <div className={styles.results} aria-busy={check.running}>
        {result && scope ? (
          <>
            <ResultFacts
              result={result}
              scope={scope}
              ignoredCount={filter.ignoredCount}
              marked={check.outcome?.marked}
              crossYear={crossYear ?? undefined}
            />
            <MarkLegend used={check.marks} />
            {(filter.ignoredCount > 0 || filter.showIgnored) && (
              <Switch
                label={s.showIgnored(filter.ignoredCount)}
                checked={filter.showIgnored}
                onChange={(_e, data) => filter.setShowIgnored(data.checked)}
              />
            )}
            {result.findings.length === 0 ? null : filter.visible.length > 0 ? (
              <div className={outdated ? styles.outdated : undefined}>
                <FindingList
                  groups={filter.groups}
                  current={navigation.current}
                  onSelect={(entry) => void navigation.select(entry)}
                  onToggleIgnored={(entry) => void toggleIgnored(entry)}
                />
              </div>
            ) : (
              <Text className={styles.hint}>{s.nothingVisible}</Text>
            )}
          </>
        ) : (
          !check.running && <Text className={styles.hint}>{s.startHint}</Text>
        )}
      </div>
      <HelpLinks links={links} />
      <TemplateDialog template={template} readOnly={readOnly} where={where} />
      <LiveRegion message={announcement ? announcement.text(s) : ""} serial={announcement?.serial ?? 0} />
    </main>
  );
}
