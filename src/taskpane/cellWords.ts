/** The cells of a finding in words, the way reviewers name them: 表三 · 自然人 · （七）总计. */
import type { Finding } from "../report/findings";
import { fieldName } from "../report/view";
import { STRINGS, type Lang } from "./strings";

/** How many cells a finding names before "等共 N 个单元格". */
export const CELLS_SHOWN = 4;

export interface CellsInWords {
  /** The first few cells in words. */
  shown: string[];
  /** How many cells the finding involves in all. */
  total: number;
}

/** A finding's cells in words: its fields where it has them, else the cells' positions. */
export function findingCellsInWords(finding: Finding, lang: Lang): CellsInWords {
  const s = STRINGS[lang];
  if (finding.fields.length > 0) {
    const shown = finding.fields
      .slice(0, CELLS_SHOWN)
      .map((id, i) => fieldName(id, lang) ?? cellPosition(finding, i, lang) ?? id);
    return { shown, total: finding.fields.length };
  }
  const shown = finding.cells.slice(0, CELLS_SHOWN).map((c) => s.cellPosition(c.table, c.row, c.cell));
  return { shown, total: finding.cells.length };
}

function cellPosition(finding: Finding, i: number, lang: Lang): string | undefined {
  const c = finding.cells[i];
  return c ? STRINGS[lang].cellPosition(c.table, c.row, c.cell) : undefined;
}

/** One line: the shown cells joined, and how many there are in all when more. */
export function cellsLine(cells: CellsInWords, lang: Lang): string {
  const s = STRINGS[lang];
  const joined = cells.shown.join(lang === "zh" ? "；" : "; ");
  return cells.total > cells.shown.length
    ? `${joined}${lang === "zh" ? "" : " "}${s.moreCells(cells.total, cells.shown.length)}`
    : joined;
}

/** An expected or found value as shown: blank strings read as （空白）. */
export function valueInWords(value: number | string | undefined, lang: Lang): string | undefined {
  if (value === undefined) return undefined;
  if (value === "") return STRINGS[lang].blankValue;
  return String(value);
}
