/**
 * The legend of the three mark looks (src/report/view/cellLooks): the colours this Word paints
 * with — cell shading on WordApi 1.3 (src/report/view/markPalette), text highlights on 1.1
 * (src/word/api11/highlight) — and what each means.
 */
import { markFill, type MarkLook, type MarkSeverity } from "../report/view";
import { highlightFor } from "../word/api11/highlight";
import type { LiteStrings } from "./strings";

export interface LegendEntry {
  look: MarkLook;
  severity: MarkSeverity;
  /** "#RRGGBB". */
  colour: string;
  label: string;
}

const ENTRIES: { look: MarkLook; severity: MarkSeverity; label: (s: LiteStrings) => string }[] = [
  { look: "suspect", severity: "error", label: (s) => s.legendSuspectError },
  { look: "suspect", severity: "warning", label: (s) => s.legendSuspectWarning },
  { look: "involved", severity: "error", label: (s) => s.legendInvolved },
  { look: "blank", severity: "warning", label: (s) => s.legendBlank },
];

export function legendEntries(api: "1.1" | "1.3", s: LiteStrings): LegendEntry[] {
  return ENTRIES.map((e) => ({
    look: e.look,
    severity: e.severity,
    colour: api === "1.1" ? highlightFor(e.look, e.severity) : `#${markFill(e.look, e.severity)}`,
    label: e.label(s),
  }));
}
