/**
 * Word's flat list of paragraphs + the tables read from their OOXML → the engine's document, in
 * document order.
 *
 * `body.paragraphs` lists every paragraph of the body, those inside table cells too, so a
 * paragraph's position in it is `DocParagraph.index`. Paragraphs outside tables
 * (`tableNestingLevel` 0) become paragraph blocks; each run of paragraphs inside tables is where
 * the next top-level table(s) sit. Two tables with no paragraph between them share a run: each
 * takes as many paragraphs as its OOXML holds.
 */
import type { DocBlock, DocParagraph, DocTable, ReportDocument } from "../report/model";

/** What Word tells about one paragraph. */
export interface WordParagraph {
  /** `Paragraph.text`. */
  text: string;
  /** `Paragraph.tableNestingLevel`: 0 outside tables. */
  tableNestingLevel: number;
  /** `Paragraph.outlineLevel` (1–9 for levels, 10 for body text). */
  outlineLevel?: number;
  /** `ListItem.listString`, for list paragraphs. */
  listString?: string;
}

/** A top-level table and how many paragraphs it holds (nested tables' included), when known. */
export interface PlacedTable {
  table: DocTable;
  paragraphCount?: number;
}

export function assembleDocument(
  paragraphs: readonly WordParagraph[],
  tables: readonly PlacedTable[],
): ReportDocument {
  // Runs of paragraphs inside tables: [first, end).
  const runs: [number, number][] = [];
  for (let i = 0; i < paragraphs.length; i++)
    if (paragraphs[i].tableNestingLevel > 0) {
      const last = runs[runs.length - 1];
      if (last && last[1] === i) last[1] = i + 1;
      else runs.push([i, i + 1]);
    }
  const perRun = tablesPerRun(runs, tables);

  const blocks: DocBlock[] = [];
  let next = 0; // the next table to place
  let run = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    if (paragraphs[i].tableNestingLevel === 0) blocks.push(bodyParagraph(i, paragraphs[i]));
    else if (run < runs.length && runs[run][0] === i)
      for (let n = perRun[run++]; n > 0 && next < tables.length; n--) blocks.push(tables[next++].table);
  }
  // Tables Word's paragraphs did not account for (should not happen) still belong to the document.
  while (next < tables.length) blocks.push(tables[next++].table);
  return { blocks };
}

/**
 * How many tables sit in each run: each table takes its paragraph count. When a count is unknown
 * (Word's package had no paragraph after the table), one table per run if that adds up, else the
 * table whose count is unknown takes the rest of its run.
 */
function tablesPerRun(runs: readonly [number, number][], tables: readonly PlacedTable[]): number[] {
  if (tables.some((t) => t.paragraphCount === undefined) && runs.length === tables.length)
    return runs.map(() => 1);
  const perRun: number[] = [];
  let next = 0;
  for (const [start, end] of runs) {
    let remaining = end - start;
    let n = 0;
    while (remaining > 0 && next < tables.length) {
      const count = tables[next++].paragraphCount;
      n++;
      remaining = count === undefined ? 0 : remaining - count;
    }
    perRun.push(n);
  }
  return perRun;
}

function bodyParagraph(index: number, p: WordParagraph): DocParagraph {
  const block: DocParagraph = { kind: "paragraph", index, text: paragraphText(p.text) };
  if (p.listString) block.listLabel = p.listString;
  const level = outlineLevel(p.outlineLevel);
  if (level !== undefined) block.outlineLevel = level;
  return block;
}

/**
 * Word's paragraph text in the model's terms. Word writes breaks as control characters (manual
 * line break "\v", page break "\f", column break U+000E, "\r"); the model reads every `w:br` as
 * "\n". A non-breaking hyphen (U+001E) reads as "-", an optional hyphen (U+001F) as nothing.
 */
export function paragraphText(text: string): string {
  let out = "";
  for (const ch of text) {
    if (ch === "\v" || ch === "\f" || ch === "\r" || ch === "\u000e") out += "\n";
    else if (ch === "\u001e") out += "-";
    else if (ch !== "\u001f") out += ch;
  }
  return out;
}

/** Word's 1-based outline level (10 = body text) → the model's 0–8. */
export function outlineLevel(word: number | undefined): number | undefined {
  return word !== undefined && Number.isInteger(word) && word >= 1 && word <= 9 ? word - 1 : undefined;
}
