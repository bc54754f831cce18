/**
 * Last year's report in the pane (选择上年报告): the file picked in this session, read and checked
 * here (./priorReport), and the choice the document remembers, loaded when the pane starts. A
 * check asks `current()` for the report to pass as `prior`. Picking saves the choice with the
 * document (not on a read-only one), and says when it is not the file chosen before.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { ReportHost } from "../../host/reportHost";
import { readPickedDocx } from "../pickedFile";
import {
  decodeChoice,
  encodeChoice,
  PRIOR_KEY,
  readPriorReport,
  sameFile,
  type PriorChoice,
  type PriorReport,
} from "../priorReport";

export interface PriorReportState {
  /** The report picked in this session (used by every check until another is picked). */
  chosen: PriorReport | null;
  /** What the document remembers (from an earlier session, or this one's pick). */
  remembered: PriorChoice | null;
  /** A file is being read. */
  reading: boolean;
  /** The last file picked could not be read: its name and why. */
  unreadable: { name: string; error: unknown } | null;
  /** The last file picked is not the one the document remembered. */
  replaced: { before: PriorChoice; now: PriorChoice } | null;
  /** Reads and checks the file; false when it could not be used (`unreadable` says why). */
  choose: (file: File) => Promise<boolean>;
  /** Stop using a prior report, and let the document forget it. */
  forget: () => Promise<void>;
  /** The report a check should pass as `prior` now. */
  current: () => PriorReport | null;
  dismissReplaced: () => void;
  dismissUnreadable: () => void;
}

export function usePriorReport(
  host: ReportHost,
  options: { readOnly: boolean; onError: (error: unknown) => void },
): PriorReportState {
  const { readOnly, onError } = options;
  const [chosen, setChosen] = useState<PriorReport | null>(null);
  const [remembered, setRemembered] = useState<PriorChoice | null>(null);
  const [reading, setReading] = useState(false);
  const [unreadable, setUnreadable] = useState<PriorReportState["unreadable"]>(null);
  const [replaced, setReplaced] = useState<PriorReportState["replaced"]>(null);
  const chosenRef = useRef<PriorReport | null>(null);
  const rememberedRef = useRef<PriorChoice | null>(null);
  const loading = useRef<Promise<void> | null>(null);

  const whenLoaded = useCallback((): Promise<void> => {
    loading.current ??= host.loadDocumentValue(PRIOR_KEY).then(
      (value) => {
        rememberedRef.current = decodeChoice(value);
        setRemembered(rememberedRef.current);
      },
      (error: unknown) => onError(error),
    );
    return loading.current;
  }, [host, onError]);

  useEffect(() => {
    void whenLoaded();
  }, [whenLoaded]);

  const keep = useCallback(
    async (choice: PriorChoice | null) => {
      rememberedRef.current = choice;
      setRemembered(choice);
      if (readOnly) return; // remembered for this session only
      try {
        await host.saveDocumentValue(PRIOR_KEY, choice ? encodeChoice(choice) : null);
      } catch (error) {
        onError(error);
      }
    },
    [host, readOnly, onError],
  );

  const choose = useCallback(
    async (file: File): Promise<boolean> => {
      setReading(true);
      setReplaced(null);
      try {
        await whenLoaded();
        const report = await readPriorReport(await readPickedDocx(file));
        const before = rememberedRef.current;
        chosenRef.current = report;
        setChosen(report);
        setUnreadable(null);
        if (before && !sameFile(before, report.choice)) setReplaced({ before, now: report.choice });
        await keep(report.choice);
        return true;
      } catch (error) {
        // The file is not used; the check runs without a prior report, and says why.
        chosenRef.current = null;
        setChosen(null);
        setUnreadable({ name: file.name, error });
        return false;
      } finally {
        setReading(false);
      }
    },
    [whenLoaded, keep],
  );

  const forget = useCallback(async () => {
    chosenRef.current = null;
    setChosen(null);
    setUnreadable(null);
    setReplaced(null);
    await whenLoaded();
    await keep(null);
  }, [whenLoaded, keep]);

  const current = useCallback(() => chosenRef.current, []);
  const dismissReplaced = useCallback(() => setReplaced(null), []);
  const dismissUnreadable = useCallback(() => setUnreadable(null), []);

  return {
    chosen,
    remembered,
    reading,
    unreadable,
    replaced,
    choose,
    forget,
    current,
    dismissReplaced,
    dismissUnreadable,
  };
}
