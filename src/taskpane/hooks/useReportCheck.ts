/**
 * The check and the marks on the document. A check is one `read`, the engine, and one `mark`
 * (the host clears the earlier marks inside `mark`): Office round trips are expensive, so the
 * pane never calls the host in a loop. A read-only document is checked but not marked. With last
 * year's report (`prior`), the engine runs the cross-year checks too.
 */
import { useCallback, useRef, useState } from "react";
import { flushSync } from "react-dom";
import type { CellMark, ClearOutcome, MarkOutcome, ReportHost } from "../../host/reportHost";
import { checkReport, type CheckResult } from "../../report/checkReport";
import type { Finding } from "../../report/findings";
import type { ReportDocument } from "../../report/model";
import { fingerprint } from "../fingerprint";
import { marksFor } from "../marks";
import type { PriorReport } from "../priorReport";
import type { CheckStep } from "../strings";

/** The step that runs, and where it is among the steps (2 on a read-only document, else 3). */
export interface CheckProgress {
  step: CheckStep;
  n: number;
  of: number;
}

export interface ReportCheckOptions {
  readOnly: boolean;
  /** Put a comment on every marked cell (only when the host can). */
  comments: boolean;
  /** The ignored fingerprints, once loaded. */
  ignored: () => Promise<ReadonlySet<string>>;
  /** Last year's report to check against, asked when a check starts. */
  prior?: () => PriorReport | null;
  onStep: (progress: CheckProgress) => void;
  onDone: (result: CheckResult) => void;
  /** After every `mark` (a check's, or a re-mark after 忽略). */
  onMarked?: (outcome: MarkOutcome) => void;
  onError: (error: unknown) => void;
}

export interface ReportCheck {
  running: boolean;
  progress: CheckProgress | null;
  result: CheckResult | null;
  /** The document the result is of, as the host read it. */
  document: ReportDocument | null;
  /** Last year's report the result was checked against; null when none. */
  prior: PriorReport | null;
  /** Tables (`DocTable.index`) checked but not addressable: not marked, not selectable. */
  unaddressable: readonly number[];
  /** The outcome of the last `mark`; null when nothing was marked (read-only, not yet, cleared). */
  outcome: MarkOutcome | null;
  /** The marks the last `mark` asked for (their looks make the legend); empty when none are on. */
  marks: readonly CellMark[];
  /** The last check's marks are on the document (so ignoring a finding re-marks). */
  marksOnDocument: boolean;
  run: () => Promise<void>;
  /** Mark again with a changed set of ignored findings; one `mark`, only when marks are on. */
  remark: (ignored: ReadonlySet<string>) => Promise<void>;
  /** Restore every marked cell; what was restored and kept, or null when the host refused. */
  clear: () => Promise<ClearOutcome | null>;
  /** Drop the record of marks that could not be restored; how many, or null when the host refused. */
  forget: () => Promise<number | null>;
}

/** Resolves after the next frame is painted, so the spinner shows the step before the engine runs. */
const nextPaint = () =>
  new Promise<void>((resolve) =>
    typeof requestAnimationFrame === "function"
      ? requestAnimationFrame(() => setTimeout(resolve, 0))
      : setTimeout(resolve, 0),
  );

export function markable(findings: readonly Finding[], ignored: ReadonlySet<string>): Finding[] {
  return findings.filter((f) => !ignored.has(fingerprint(f)));
}

export function useReportCheck(host: ReportHost, options: ReportCheckOptions): ReportCheck {
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<CheckProgress | null>(null);
  const [result, setResult] = useState<CheckResult | null>(null);
  const [unaddressable, setUnaddressable] = useState<readonly number[]>([]);
  const [outcome, setOutcome] = useState<MarkOutcome | null>(null);
  const [marks, setMarks] = useState<readonly CellMark[]>([]);
  const [document, setDocument] = useState<ReportDocument | null>(null);
  const [prior, setPrior] = useState<PriorReport | null>(null);
  const [marksOnDocument, setMarksOnDocument] = useState(false);
  const inFlight = useRef(false);
  const latest = useRef(options);
  latest.current = options;
  const lastResult = useRef<CheckResult | null>(null);

  const enter = (step: CheckStep, n: number, of: number) => {
    setProgress({ step, n, of });
    latest.current.onStep({ step, n, of });
  };
  // A step after an await reaches the DOM (spinner, live region) at once, not batched away with
  // the next. (The first may start inside an effect — initialAction — where React cannot flush.)
  const enterNow = (step: CheckStep, n: number, of: number) => flushSync(() => enter(step, n, of));

  const run = useCallback(async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    setRunning(true);
    const { readOnly, comments, onDone, onError } = latest.current;
    const steps = readOnly ? 2 : 3;
    try {
      enter("read", 1, steps);
      const [read, ignored] = await Promise.all([host.read(), latest.current.ignored()]);
      enterNow("check", 2, steps);
      await nextPaint();
      const against = latest.current.prior?.() ?? null;
      const checked = checkReport(read.doc, against ? { prior: against.result } : {});
      lastResult.current = checked;
      setResult(checked);
      setDocument(read.doc);
      setPrior(against);
      setUnaddressable(read.unaddressable);
      setOutcome(null);
      setMarks([]);
      if (!readOnly) {
        enterNow("mark", 3, steps);
        const wanted = marksFor(markable(checked.findings, ignored));
        const marked = await host.mark(wanted, { comments });
        setOutcome(marked);
        setMarks(wanted);
        setMarksOnDocument(true);
        latest.current.onMarked?.(marked);
      }
      onDone(checked);
    } catch (error) {
      onError(error);
    } finally {
      inFlight.current = false;
      setProgress(null);
      setRunning(false);
    }
  }, [host]);

  const remark = useCallback(
    async (ignored: ReadonlySet<string>) => {
      const checked = lastResult.current;
      if (!checked || !marksOnDocument || latest.current.readOnly || inFlight.current) return;
      try {
        const wanted = marksFor(markable(checked.findings, ignored));
        const marked = await host.mark(wanted, { comments: latest.current.comments });
        setOutcome(marked);
        setMarks(wanted);
        latest.current.onMarked?.(marked);
      } catch (error) {
        latest.current.onError(error);
      }
    },
    [host, marksOnDocument],
  );

  const clear = useCallback(async () => {
    try {
      const cleared = await host.clearMarks();
      setMarksOnDocument(false);
      setOutcome(null);
      setMarks([]);
      return cleared;
    } catch (error) {
      latest.current.onError(error);
      return null;
    }
  }, [host]);

  const forget = useCallback(async () => {
    try {
      return await host.forgetMarks();
    } catch (error) {
      latest.current.onError(error);
      return null;
    }
  }, [host]);

  return {
    running,
    progress,
    result,
    document,
    prior,
    unaddressable,
    outcome,
    marks,
    marksOnDocument,
    run,
    remark,
    clear,
    forget,
  };
}
