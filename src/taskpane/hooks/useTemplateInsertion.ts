/**
 * 插入空白模板: the dialog's state and the insertion. Before inserting, the dialog asks when the
 * document already has standard tables — known from the last check, or (before any check) from a
 * quick read. The template builder pulls in the heavy `docx` library, so it is loaded only here,
 * on demand.
 */
import { useCallback, useRef, useState } from "react";
import type { ReportHost } from "../../host/reportHost";
import type { CheckResult } from "../../report/checkReport";
import type { FormatId } from "../../report/formats/types";
import { recognizeTables } from "../../report/tables/recognize";

/** Whether the document has standard tables: not yet known, being looked up, yes, no. */
export type ExistingTables = "unknown" | "looking" | "yes" | "no";

export interface TemplateInsertion {
  open: boolean;
  format: FormatId;
  setFormat: (format: FormatId) => void;
  existing: ExistingTables;
  inserting: boolean;
  openDialog: () => void;
  close: () => void;
  insert: () => Promise<void>;
}

export interface TemplateInsertionOptions {
  readOnly: boolean;
  /** The last check's result, if any. */
  result: CheckResult | null;
  onInserted: (format: FormatId) => void;
  onError: (error: unknown) => void;
}

export function hasStandardTables(result: Pick<CheckResult, "tables">): boolean {
  return Object.values(result.tables).some((t) => t !== null);
}

export function useTemplateInsertion(host: ReportHost, options: TemplateInsertionOptions): TemplateInsertion {
  const [open, setOpen] = useState(false);
  const [format, setFormat] = useState<FormatId>("2021");
  const [existing, setExisting] = useState<ExistingTables>("unknown");
  const [inserting, setInserting] = useState(false);
  const latest = useRef(options);
  latest.current = options;
  /** Tables inserted since the last check: the last result no longer tells. */
  const insertedSinceCheck = useRef<CheckResult | null | undefined>(undefined);

  const openDialog = useCallback(() => {
    const { readOnly, result, onError } = latest.current;
    setOpen(true);
    if (readOnly) return setExisting("unknown");
    if (insertedSinceCheck.current !== undefined && insertedSinceCheck.current === result)
      return setExisting("yes");
    if (result) return setExisting(hasStandardTables(result) ? "yes" : "no");
    setExisting("looking");
    host.read().then(
      ({ doc }) => setExisting(Object.keys(recognizeTables(doc).found).length > 0 ? "yes" : "no"),
      (error: unknown) => {
        setExisting("unknown");
        onError(error);
      },
    );
  }, [host]);

  const close = useCallback(() => setOpen(false), []);

  const insert = useCallback(async () => {
    setInserting(true);
    try {
      const { buildTemplateDocx } = await import("../../template");
      const bytes = await buildTemplateDocx(format);
      await host.insertDocx(bytes);
      insertedSinceCheck.current = latest.current.result;
      setOpen(false);
      latest.current.onInserted(format);
    } catch (error) {
      setOpen(false);
      latest.current.onError(error);
    } finally {
      setInserting(false);
    }
  }, [host, format]);

  return { open, format, setFormat, existing, inserting, openDialog, close, insert };
}
