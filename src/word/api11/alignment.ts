/**
 * Word's `body.paragraphs` against the model's paragraph numbering, proven by count and by text.
 *
 * Whether Word lists the paragraphs of the covered cells of a vertical merge (the `w:tc`s below a
 * `w:vMerge="restart"`) is not documented, as for `TableRow.cellCount` (see ../cellAddress). Both
 * are tried: "counted" (every paragraph of the OOXML is in the list) and "skipped" (those of covered
 * cells are not); the one whose count matches Word's is used. Word's texts are compared paragraph by
 * paragraph, so a paragraph is written to only when its text proves it is the one meant.
 */
import type { ReportDocument } from "../../report/model";
import { allTables } from "../../report/model";
import { paragraphText } from "../documentOrder";
import { cellKey, type ParagraphMap } from "./paragraphMap";

export type ParagraphConvention = "counted" | "skipped";

export interface Alignment {
  convention: ParagraphConvention;
  /** Word's index of a model paragraph, or null when Word does not list it. */
  toWord(modelIndex: number): number | null;
  /** Word's paragraph at that place reads as the model's (the same text). */
  proven(modelIndex: number): boolean;
}

/** Model indexes of the paragraphs of covered cells (vertical-merge continuations). */
export function coveredParagraphs(doc: ReportDocument, map: ParagraphMap): Set<number> {
  const out = new Set<number>();
  for (const t of allTables(doc))
    for (const row of t.rows)
      for (const c of row.cells)
        if (c.vMerge === "continue")
          for (const p of map.cells.get(cellKey(t.index, row.rowIndex, c.cellIndex)) ?? []) out.add(p);
  return out;
}

export function alignParagraphs(
  doc: ReportDocument,
  map: ParagraphMap,
  wordTexts: readonly string[],
): Alignment | null {
  const total = map.paragraphs.length;
  const covered = coveredParagraphs(doc, map);
  let convention: ParagraphConvention;
  if (wordTexts.length === total) convention = "counted";
  else if (covered.size > 0 && wordTexts.length === total - covered.size) convention = "skipped";
  else return null;

  const toWordIndex: (number | null)[] = [];
  let next = 0;
  for (let m = 0; m < total; m++)
    toWordIndex.push(convention === "skipped" && covered.has(m) ? null : next++);
  const toWord = (m: number): number | null => (m >= 0 && m < total ? toWordIndex[m] : null);
  return {
    convention,
    toWord,
    proven(m) {
      const w = toWord(m);
      return w !== null && comparable(wordTexts[w]) === map.paragraphs[m].text;
    },
  };
}

/**
 * Word's paragraph text in the model's terms; an end-of-paragraph or end-of-cell mark ("\r",
 * "\u0007", as Word's older object model writes them) is not text.
 */
export function comparable(wordText: string): string {
  let end = wordText.length;
  while (end > 0 && (wordText[end - 1] === "\r" || wordText[end - 1] === "\u0007")) end--;
  return paragraphText(wordText.slice(0, end));
}
