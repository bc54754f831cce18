/**
 * The check and the marks on the document. A check is one `read`, the engine, and one `mark`
 * (the host clears the earlier marks inside `mark`): Office round trips are expensive, so the
 * pane never calls the host in a loop. A read-only document is checked but not marked.
 */
import { useCallback, useRef, useState } from "react";
import { flushSync } from "react-dom";
import type { ClearOutcome, MarkOutcome, ReportHost } from "../../host/reportHost";
import { checkReport, type CheckResult } from "../../report/checkReport";
import type { Finding } from "../../report/findings";
import { fingerprint } from "../fingerprint";
import { marksFor } from "../marks";
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
  onStep: (progress: CheckProgress) => void;
  onDone: (result: CheckResult) => void;
  onError: (error: unknown) => void;
}

export interface ReportCheck {
  running: boolean;
  progress: CheckProgress | null;
  result: CheckResult | null;
  /** Tables (`DocTable.index`) checked but not addressable: not marked, not selectable. */
  unaddressable: readonly number[];
  /** The outcome of the last `mark`; null when nothing was marked (read-only, not yet, cleared). */
  outcome: MarkOutcome | null;
  /** The last check's marks are on the document (so ignoring a finding re-marks). */
  marksOnDocument: boolean;
  run: () => Promise<void>;
  /** Mark again with a changed set of ignored findings; one `mark`, only when marks are on. */
  remark: (ignored: ReadonlySet<string>) => Promise<void>;
  /** Restore every marked cell; what was restored and kept, or null when the host refused. */
  clear: () => Promise<ClearOutcome | null>;
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
      const checked = checkReport(read.doc);
      lastResult.current = checked;
      setResult(checked);
      setUnaddressable(read.unaddressable);
      setOutcome(null);
      if (!readOnly) {
        enterNow("mark", 3, steps);
        const marked = await host.mark(marksFor(markable(checked.findings, ignored)), { comments });
        setOutcome(marked);
        setMarksOnDocument(true);
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
        const marked = await host.mark(marksFor(markable(checked.findings, ignored)), {
          comments: latest.current.comments,
        });
        setOutcome(marked);
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
      return cleared;
    } catch (error) {
      latest.current.onError(error);
      return null;
    }
  }, [host]);

  return { running, progress, result, unaddressable, outcome, marksOnDocument, run, remark, clear };
}
