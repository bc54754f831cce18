/**
 * What the task pane needs from the document it checks. Word (src/word) and the browser preview
 * (src/preview) implement it; the pane never knows which one it talks to.
 */
import type { CellRef } from "../report/findings";
import type { ReportDocument } from "../report/model";

export interface HostCapabilities {
  /** The host can put a comment on a marked cell (Word: WordApi 1.4). */
  comments: boolean;
  /** The document cannot be changed: check, but do not mark or insert. */
  readOnly: boolean;
}

export interface HostReadResult {
  doc: ReportDocument;
  /**
   * Tables (by `DocTable.index`) whose cells the host cannot address with certainty: they are
   * checked, but their cells are not marked or selected. The pane says so.
   */
  unaddressable: number[];
}

/** One cell to mark. Errors and warnings get different colours; info is never marked. */
export interface CellMark {
  cell: CellRef;
  severity: "error" | "warning";
  /** Why the cell is marked, in words (used for a comment when comments are on). */
  note: string;
}

export interface MarkOutcome {
  marked: number;
  /** Cells not marked because their table is unaddressable. */
  skipped: number;
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
  /** Restore every marked cell; returns how many were restored. */
  clearMarks(): Promise<number>;
  selectCell(cell: CellRef): Promise<void>;
  /** `paragraph` is `DocParagraph.index`; `excerpt` a short quote to find within it. */
  selectParagraph(paragraph: number, excerpt?: string): Promise<void>;
  /** Insert a .docx (the blank template) at the cursor. */
  insertDocx(docx: Uint8Array): Promise<void>;
  /** Fingerprints of findings the user chose to ignore, kept with the document. */
  loadIgnored(): Promise<string[]>;
  saveIgnored(fingerprints: string[]): Promise<void>;
}

/** A host operation refused for a reason the user should read (e.g. the document is read-only). */
export class HostError extends Error {
  constructor(
    readonly code: "read_only" | "unaddressable" | "not_found" | "too_large" | "host",
    readonly messageZh: string,
    messageEn: string,
  ) {
    super(messageEn);
    this.name = "HostError";
  }
}
