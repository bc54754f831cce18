/** What the narrative checks need to know from outside the text. */
import type { CellRef } from "../findings";
import type { FormatId } from "../formats/types";

export interface NarrativeContext {
  /** The table format found in the document; null when it could not be told. */
  format: FormatId | null;
  /** The report year as the engine settled it; null falls back to `detectReportYear`. */
  reportYear: number | null;
  /** True when every statistical cell is blank: a blank template, not a report — content checks (section5.empty, section6.fee, text.*) are skipped. */
  blankTemplate: boolean;
  /** A statistical field's numeric value and its document cell, when the tables gave one. */
  field(id: string): { value: number; cell?: CellRef } | undefined;
  /** Last year's report, when one was supplied: its year, format and field values (text.change). */
  prior?: PriorContext;
}

export interface PriorContext {
  reportYear: number | null;
  format: FormatId | null;
  field(id: string): number | undefined;
}
