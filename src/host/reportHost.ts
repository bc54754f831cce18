/**
 * What the task pane needs from the document it checks. Word (src/word) and the browser preview
 * (src/preview) implement it; the pane never knows which one it talks to.
 */
import type { CellRef } from "../report/findings";
import type { ReportDocument } from "../report/model";
import type { MarkLook } from "../report/view";

export interface HostCapabilities {
  /** The host can put a comment on a marked cell (Word: WordApi 1.4). */
  comments: boolean;
  /** The document cannot be changed: check, but do not mark or insert. */
  readOnly: boolean;
  /**
   * Marks may show as tracked formatting changes: the host cannot read or pause change tracking
   * (Word below WordApi 1.4). The pane says so when it marks.
   */
  marksMayBeTracked?: boolean;
}

export interface HostReadResult {
  doc: ReportDocument;
  /**
   * Tables (by `DocTable.index`) whose cells the host cannot address with certainty: they are
   * checked, but their cells are not marked or selected. The pane says so.
   */
  unaddressable: number[];
}

/**
 * One cell to mark, in one of the three looks of `src/report/view/cellLooks` (suspect, involved,
 * blank) and its severity; the colours are `src/report/view/markPalette`. Info is never marked.
 */
export interface CellMark {
  cell: CellRef;
  look: MarkLook;
  severity: "error" | "warning";
  /** Why the cell is marked, in words (used for a comment when comments are on). */
  note: string;
}

export interface MarkOutcome {
  marked: number;
  /** Cells not marked because their table is unaddressable. */
  skipped: number;
  /**
   * Marks of an earlier check that could not be restored before marking (their table changed or
   * is gone): still recorded, never written; `clearMarks` can retry them, `forgetMarks` drop them.
   */
  kept?: KeptMarks;
}

/** Why recorded marks were kept rather than restored. */
export type KeptReason =
  /** No table in the document matches the recorded one (deleted, or edited beyond recognition). */
  | "table_not_found"
  /** The table is there, but the marked cells' texts or its shape changed since the check. */
  | "table_changed"
  /** Word refused or did not apply the restore (see `ClearOutcome.differing`). */
  | "restore_failed";

export interface KeptMarks {
  cells: number;
  /** One entry per reason that applies, with its count of cells. */
  reasons: { reason: KeptReason; cells: number }[];
}

export interface ClearOutcome {
  /** Cells given back their original look. */
  restored: number;
  /** Marks that could not be restored: kept in the record, to retry after an undo or to forget. */
  kept: KeptMarks;
  /**
   * Restored cells whose look, read back after the restore, still differs from the record (the
   * host tried what it could); 0 where the host cannot read the look back.
   */
  differing: number;
  /**
   * Comments of restored marks this host cannot delete (Word below WordApi 1.4, marks made where
   * it could comment): they stay in the document until the add-in runs where it can delete them,
   * or the user deletes them. Absent when none.
   */
  commentsLeft?: number;
}

export interface ReportHost {
  capabilities(): HostCapabilities;
  /** Read paragraphs and tables into the engine's model. */
  read(): Promise<HostReadResult>;
  /**
   * Remove the marks of any earlier check (this session's or an earlier one's) and mark these
   * cells, recording each cell's original look so that `clearMarks` restores it exactly.
   */
  mark(marks: CellMark[], options: { comments: boolean }): Promise<MarkOutcome>;
  /**
   * Restore every marked cell that can be proven to be the one marked; keep the record of the
   * others (never write to a cell that cannot be proven).
   */
  clearMarks(): Promise<ClearOutcome>;
  /** Drop the record of marks that could not be restored (the user chose to forget them). */
  forgetMarks(): Promise<number>;
  selectCell(cell: CellRef): Promise<void>;
  /** `paragraph` is `DocParagraph.index`; `excerpt` a short quote to find within it. */
  selectParagraph(paragraph: number, excerpt?: string): Promise<void>;
  /** Insert a .docx (the blank template) at the cursor. */
  insertDocx(docx: Uint8Array): Promise<void>;
  /** Fingerprints of findings the user chose to ignore, kept with the document. */
  loadIgnored(): Promise<string[]>;
  saveIgnored(fingerprints: string[]): Promise<void>;
  /**
   * A small string the pane keeps with the document under `key` (a `DocumentValueKey`), e.g. which
   * file was last year's report: null when there is none. Saved where the ignored list is saved.
   */
  loadDocumentValue(key: DocumentValueKey): Promise<string | null>;
  /** `null` removes the value. Refused (HostError `read_only`) on a read-only document. */
  saveDocumentValue(key: DocumentValueKey, value: string | null): Promise<void>;
}

/**
 * The keys of `loadDocumentValue`: a few ASCII letters and digits, so that every host can use them
 * in its own names (Word's settings, WPS's custom property names, the browser's storage keys).
 */
export type DocumentValueKey = "priorReport";

/** A host operation refused for a reason the user should read (e.g. the document is read-only). */
export class HostError extends Error {
  constructor(
    /** `stale`: the document changed since the check and the cell cannot be found again. */
    readonly code: "read_only" | "unaddressable" | "not_found" | "too_large" | "stale" | "host",
    readonly messageZh: string,
    messageEn: string,
  ) {
    super(messageEn);
    this.name = "HostError";
  }
}

/** Nothing kept. */
export const NOTHING_KEPT: KeptMarks = { cells: 0, reasons: [] };
