/**
 * Findings → the cells to mark, each in one of three looks, so that the cell that is probably
 * wrong stands out from the cells that merely take part in a failing sum:
 *
 * - `suspect`: the cell a finding is about — the one pinpointing names, else the total of a failing
 *   sum, or the single cell of a cell finding (not a number, malformed, negative…);
 * - `involved`: the other cells of a failing sum, and table cells that a text finding compares with;
 * - `blank`: a blank or placeholder cell (`cell.blank`).
 *
 * Info findings mark nothing. One entry per cell; a cell's look is the strongest it has in any
 * finding (suspect > blank > involved), its severity the gravest among the findings giving it that
 * look. Every host (Word, WPS, the preview, the marked copy) paints these looks; ./markPalette
 * holds their colours.
 */
import type { CellRef, Finding } from "../findings";

export type MarkLook = "suspect" | "involved" | "blank";
export type MarkSeverity = "error" | "warning";

export interface CellLook {
  cell: CellRef;
  look: MarkLook;
  severity: MarkSeverity;
  /** Every non-info finding naming the cell, in the order given. */
  findings: Finding[];
}

const LOOK_RANK: Record<MarkLook, number> = { suspect: 3, blank: 2, involved: 1 };

export const cellKey = (c: CellRef): string => `${c.table}:${c.row}:${c.cell}`;

/** The look a finding gives each of its cells. */
export function looksOf(f: Finding): { cell: CellRef; look: MarkLook }[] {
  if (f.severity === "info") return [];
  if (f.rule === "cell.blank") return f.cells.map((cell) => ({ cell, look: "blank" as const }));
  // A text finding is about the prose: the table cells it compares with only take part.
  if (f.rule.startsWith("text.")) return f.cells.map((cell) => ({ cell, look: "involved" as const }));
  const suspect = f.suggestion?.cell ?? f.cells[0];
  if (!suspect) return [];
  const key = cellKey(suspect);
  const out: { cell: CellRef; look: MarkLook }[] = [{ cell: suspect, look: "suspect" }];
  for (const cell of f.cells) if (cellKey(cell) !== key) out.push({ cell, look: "involved" });
  return out;
}

export function cellLooks(findings: readonly Finding[]): CellLook[] {
  const byCell = new Map<string, CellLook>();
  for (const f of findings) {
    const severity = f.severity;
    if (severity === "info") continue;
    const seen = new Set<string>();
    for (const { cell, look } of looksOf(f)) {
      const key = cellKey(cell);
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = byCell.get(key);
      if (!entry) {
        byCell.set(key, { cell, look, severity, findings: [f] });
        continue;
      }
      entry.findings.push(f);
      if (LOOK_RANK[look] > LOOK_RANK[entry.look]) {
        entry.look = look;
        entry.severity = severity;
      } else if (look === entry.look && severity === "error") entry.severity = "error";
    }
  }
  return [...byCell.values()].sort(
    (a, b) => a.cell.table - b.cell.table || a.cell.row - b.cell.row || a.cell.cell - b.cell.cell,
  );
}
