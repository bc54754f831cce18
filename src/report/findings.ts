/** What a check reports. The shapes here are part of the CLI's public JSON. */

export type Severity = "error" | "warning" | "info";

/** A cell addressed as Word's JavaScript API addresses it: table, row, cell within the row. */
export interface CellRef {
  /** Index among the document's tables (see `DocTable.index`). */
  table: number;
  row: number;
  cell: number;
}

/** A value that would fix the finding when written into one cell. */
export interface Suggestion {
  field: string;
  cell?: CellRef;
  value: number;
  /** zh-CN, e.g. "填写 1" (hosts put it after a 建议 label, so it does not say 建议 itself). */
  message: string;
  messageEn: string;
}

/** Where a finding belongs, for grouping: the report section (1–6) and the standard table. */
export interface FindingLocation {
  section?: number;
  table?: "active" | "requests" | "appeals";
  /** For findings about the text: the paragraph (see `DocParagraph.index`). */
  paragraph?: number;
  /**
   * A short quote of the text the finding is about: a plain substring of the paragraph, as
   * written (hosts search the paragraph for it), so it carries no ellipsis of its own.
   */
  excerpt?: string;
  /**
   * Present when `excerpt` is part of a longer text: where the text goes on. Shown with "…" on
   * that side (`view/excerptText`).
   */
  excerptCut?: "start" | "end" | "both";
}

export interface Finding {
  rule: string;
  severity: Severity;
  /** zh-CN, quoting the standard's wording where it applies. */
  message: string;
  /** English, alongside. */
  messageEn: string;
  /** Field ids involved; the most relevant first. */
  fields: string[];
  /** Document cells of those fields (same order where a field has a cell). */
  cells: CellRef[];
  expected?: number | string;
  actual?: number | string;
  suggestion?: Suggestion;
  location: FindingLocation;
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
