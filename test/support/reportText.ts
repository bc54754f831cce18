/**
 * Report fixtures as annotated text (test/fixtures/reports/README.md):
 *
 * - a line that starts with a TAB is one table cell (one `w:tc`); a line without a TAB that
 *   follows it, before the blank line, continues the cell's text after a line break;
 * - a blank line ends a table row; rows that follow each other directly form one table, so any
 *   other line after a row (a paragraph, or an empty one) ends the table;
 * - every other line is a paragraph; `[bookmark: _GoBack]` is an extraction artifact and dropped;
 * - a cell line may start with `{c=N}` (colSpan), `{r=N}` (rowSpan) or both (`{c=3,r=3}`); a
 *   position covered by a vertical merge from above is written `{^}`;
 * - a paragraph line may start with `{title}` or `{heading}` (its formatting in the .docx).
 *
 * Tests parse a fixture, edit it (change a cell, delete or insert a row, split a table), and build
 * a .docx from it with ./buildDocx. Edits mutate the parsed report: parse a fresh copy per test.
 * Cells are addressed as in OOXML and the text: the index of the `w:tc` in its row, covered
 * positions counted.
 */
import { isTableSpec, type CellSpec, type DocSpec, type ParagraphKind } from "../../src/docx/docSpec";
import { layoutTable } from "../../src/docx/layout";

export interface TextCell {
  text: string;
  colSpan: number;
  rowSpan: number;
  /** `{^}`: a position covered by a vertical merge from above; dropped when building. */
  covered: boolean;
}

export interface TextTable {
  kind: "table";
  rows: TextCell[][];
}

export interface TextParagraph {
  kind: "paragraph";
  text: string;
  /** Formatting in the built .docx; body text when undefined. */
  style?: Exclude<ParagraphKind, "body">;
}

export type TextBlock = TextParagraph | TextTable;

export interface ReportText {
  blocks: TextBlock[];
}

const BOOKMARK = "[bookmark: _GoBack]";
const CELL_MARK = /^\{(\^|(?:[cr]=\d+)(?:,[cr]=\d+)?)\}/;
const PARA_MARK = /^\{(title|heading)\}/;

/** The annotated text with its annotations removed: the plain extraction format of the samples. */
export function stripAnnotations(annotated: string): string {
  return annotated
    .split("\n")
    .map((line) =>
      line.startsWith("\t") ? "\t" + line.slice(1).replace(CELL_MARK, "") : line.replace(PARA_MARK, ""),
    )
    .join("\n");
}

export function cell(text: string, colSpan = 1, rowSpan = 1): TextCell {
  return { text, colSpan, rowSpan, covered: false };
}

export function coveredCell(): TextCell {
  return { text: "", colSpan: 1, rowSpan: 1, covered: true };
}

function parseCell(raw: string, where: string): TextCell {
  const m = CELL_MARK.exec(raw);
  if (!m) return cell(raw);
  const text = raw.slice(m[0].length);
  if (m[1] === "^") {
    if (text !== "") throw new Error(`${where}: a covered cell {^} has text "${text}"`);
    return coveredCell();
  }
  const out = cell(text);
  for (const part of m[1].split(",")) {
    const n = Number(part.slice(2));
    if (n < 1) throw new Error(`${where}: span ${part} must be at least 1`);
    if (part[0] === "c") out.colSpan = n;
    else out.rowSpan = n;
  }
  return out;
}

/** Parses annotated (or plain extracted) report text; throws on inconsistent merges. */
export function parseReportText(text: string): ReportText {
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  const blocks: TextBlock[] = [];
  let table: TextTable | null = null;
  let row: TextCell[] | null = null;
  let rowJustEnded = false;
  lines.forEach((rawLine, i) => {
    const line = rawLine.replace(BOOKMARK, "");
    const where = `line ${i + 1}`;
    if (line.startsWith("\t")) {
      if (!row) {
        if (!table || !rowJustEnded) blocks.push((table = { kind: "table", rows: [] }));
        row = [];
      }
      row.push(parseCell(line.slice(1), where));
      rowJustEnded = false;
    } else if (row) {
      if (line === "") {
        table!.rows.push(row);
        row = null;
        rowJustEnded = true;
      } else row[row.length - 1].text += "\n" + line;
    } else {
      table = null;
      rowJustEnded = false;
      const m = PARA_MARK.exec(line);
      blocks.push(
        m
          ? { kind: "paragraph", text: line.slice(m[0].length), style: m[1] as TextParagraph["style"] }
          : { kind: "paragraph", text: line },
      );
    }
  });
  if (row) table!.rows.push(row);
  const report = { blocks };
  tablesOf(report).forEach((t, ti) => gridOf(t, `table ${ti}`));
  return report;
}

function annotation(c: TextCell): string {
  if (c.covered) return "{^}";
  const parts = [c.colSpan > 1 ? `c=${c.colSpan}` : "", c.rowSpan > 1 ? `r=${c.rowSpan}` : ""].filter(
    Boolean,
  );
  return parts.length ? `{${parts.join(",")}}` : "";
}

/**
 * The annotated text of a report; `parseReportText(serializeReportText(r))` equals `r`. Throws for
 * text the format cannot hold: a paragraph with a line break, a cell line that is empty or starts
 * with a TAB after a line break.
 */
export function serializeReportText(report: ReportText): string {
  const lines: string[] = [];
  for (const block of report.blocks) {
    if (block.kind === "paragraph") {
      if (block.text.includes("\n"))
        throw new Error(`paragraph with a line break: ${JSON.stringify(block.text)}`);
      lines.push((block.style ? `{${block.style}}` : "") + block.text);
    } else
      for (const r of block.rows) {
        for (const c of r) {
          const text = c.covered ? "" : c.text;
          if (text.split("\n").some((l, i) => i > 0 && (l === "" || l.startsWith("\t"))))
            throw new Error(`cell text cannot be written as lines: ${JSON.stringify(text)}`);
          lines.push("\t" + annotation(c) + text);
        }
        lines.push("");
      }
  }
  return lines.map((l) => l + "\n").join("");
}

/** The document description to build: covered cells dropped, spans kept. */
export function toDocSpec(report: ReportText): DocSpec {
  return {
    blocks: report.blocks.map((b) =>
      b.kind === "paragraph"
        ? { text: b.text, kind: b.style ?? "body" }
        : {
            rows: b.rows.map((r) =>
              r
                .filter((c) => !c.covered)
                .map((c): CellSpec => {
                  const spec: CellSpec = { text: c.text };
                  if (c.colSpan > 1) spec.colSpan = c.colSpan;
                  if (c.rowSpan > 1) spec.rowSpan = c.rowSpan;
                  return spec;
                }),
            ),
          },
    ),
  };
}

/**
 * The inverse of `toDocSpec`: covered positions become `{^}` cells. Handy to start from the
 * product's own template (`templateSpec`) and fill it in.
 */
export function fromDocSpec(spec: DocSpec): ReportText {
  return {
    blocks: spec.blocks.map((b): TextBlock => {
      if (!isTableSpec(b)) {
        const kind = b.kind ?? "body";
        return kind === "body"
          ? { kind: "paragraph", text: b.text }
          : { kind: "paragraph", text: b.text, style: kind };
      }
      return {
        kind: "table",
        rows: layoutTable(b).rows.map((r) =>
          r.map((p) => (p.spec ? cell(p.spec.text, p.colSpan, p.rowSpan) : coveredCell())),
        ),
      };
    }),
  };
}

export function tablesOf(report: ReportText): TextTable[] {
  return report.blocks.filter((b): b is TextTable => b.kind === "table");
}

export function cloneReport(report: ReportText): ReportText {
  return structuredClone(report);
}

/** The grid position of every cell (covered ones take the span of the merge above them). */
export interface GridPos {
  column: number;
  colSpan: number;
}

/** Grid positions of a table's cells; throws where the `{r=N}` and `{^}` cells disagree. */
export function gridOf(table: TextTable, name = "table"): GridPos[][] {
  const open = new Map<number, { colSpan: number; remaining: number }>();
  const out = table.rows.map((r, ri) => {
    let col = 0;
    const pos = r.map((c, ci) => {
      const where = `${name} row ${ri} cell ${ci}`;
      const merge = open.get(col);
      if (c.covered) {
        if (!merge) throw new Error(`${where}: {^} where no merged cell from above reaches`);
        merge.remaining -= 1;
        if (merge.remaining === 0) open.delete(col);
        col += merge.colSpan;
        return { column: col - merge.colSpan, colSpan: merge.colSpan };
      }
      if (merge) throw new Error(`${where}: expected {^}, a merged cell from above covers column ${col}`);
      for (const start of open.keys())
        if (start > col && start < col + c.colSpan)
          throw new Error(`${where}: overlaps the merged cell from above at column ${start}`);
      if (c.rowSpan > 1) open.set(col, { colSpan: c.colSpan, remaining: c.rowSpan - 1 });
      col += c.colSpan;
      return { column: col - c.colSpan, colSpan: c.colSpan };
    });
    for (const start of open.keys())
      if (start >= col)
        throw new Error(`${name} row ${ri}: ends before the merged cell from above at column ${start}`);
    return pos;
  });
  if (open.size) throw new Error(`${name}: a rowSpan runs past the last row`);
  return out;
}

// ---- Addressing -------------------------------------------------------------------------------

/** A table by index, or the first table with a cell whose text contains the string. */
export type TableRef = number | string;
/** A row by index, or the first row with a cell whose text contains the string. */
export type RowRef = number | string;

export interface CellRef {
  table: TableRef;
  row: RowRef;
  /** Index of the `w:tc` in the row, covered cells counted; negative counts from the end. */
  cell: number;
}

const contains = (c: TextCell, s: string) => !c.covered && c.text.includes(s);

export function findTable(report: ReportText, ref: TableRef): TextTable {
  const tables = tablesOf(report);
  const t =
    typeof ref === "number"
      ? tables[ref]
      : tables.find((tb) => tb.rows.some((r) => r.some((c) => contains(c, ref))));
  if (!t) throw new Error(`no table ${JSON.stringify(ref)}`);
  return t;
}

export function rowIndex(table: TextTable, ref: RowRef): number {
  const i = typeof ref === "number" ? ref : table.rows.findIndex((r) => r.some((c) => contains(c, ref)));
  if (i < 0 || i >= table.rows.length) throw new Error(`no row ${JSON.stringify(ref)}`);
  return i;
}

export function getCell(report: ReportText, at: CellRef): TextCell {
  const table = findTable(report, at.table);
  const row = table.rows[rowIndex(table, at.row)];
  const c = row[at.cell < 0 ? row.length + at.cell : at.cell];
  if (!c) throw new Error(`no cell ${at.cell} in row ${JSON.stringify(at.row)}`);
  return c;
}

// ---- Edits (mutating; they return the report for chaining) ------------------------------------

/** Replaces a cell's text ("\n" for a line break). */
export function setCell(report: ReportText, at: CellRef, text: string): ReportText {
  const c = getCell(report, at);
  if (c.covered) throw new Error(`cell ${JSON.stringify(at)} is covered by a merge; edit the merged cell`);
  c.text = text;
  return report;
}

/** The merged cell (in a row above `r`) that covers row `r` at grid column `column`. */
function mergeOrigin(table: TextTable, grid: GridPos[][], r: number, column: number): TextCell {
  for (let up = r - 1; up >= 0; up--) {
    const ci = grid[up].findIndex((p) => p.column === column);
    if (ci >= 0 && !table.rows[up][ci].covered) return table.rows[up][ci];
  }
  throw new Error(`no merged cell above row ${r} at column ${column}`);
}

/**
 * Deletes a row as Word does: merges through it shrink by one; a merged cell that starts in it
 * moves its text down to the next row.
 */
export function deleteRow(report: ReportText, tableRef: TableRef, rowRef: RowRef): ReportText {
  const table = findTable(report, tableRef);
  const r = rowIndex(table, rowRef);
  const grid = gridOf(table);
  table.rows[r].forEach((c, ci) => {
    const { column } = grid[r][ci];
    if (c.covered) mergeOrigin(table, grid, r, column).rowSpan -= 1;
    else if (c.rowSpan > 1) {
      const below = grid[r + 1].findIndex((p) => p.column === column);
      table.rows[r + 1][below] = cell(c.text, c.colSpan, c.rowSpan - 1);
    }
  });
  table.rows.splice(r, 1);
  if (table.rows.length === 0) report.blocks.splice(report.blocks.indexOf(table), 1);
  return report;
}

/**
 * Inserts a row before `beforeRow` (a number up to the row count, to append). Merges that run
 * across the insertion point grow by one and get a `{^}` in the new row automatically, so `cells`
 * lists only the row's own cells (strings, or cells with spans).
 */
export function insertRow(
  report: ReportText,
  tableRef: TableRef,
  beforeRow: RowRef,
  cells: (string | TextCell)[],
): ReportText {
  const table = findTable(report, tableRef);
  const r = beforeRow === table.rows.length ? beforeRow : rowIndex(table, beforeRow);
  const grid = gridOf(table);
  const crossing = new Map<number, number>(); // column → colSpan of a merge running through
  if (r < table.rows.length)
    table.rows[r].forEach((c, ci) => {
      if (!c.covered) return;
      const { column, colSpan } = grid[r][ci];
      mergeOrigin(table, grid, r, column).rowSpan += 1;
      crossing.set(column, colSpan);
    });
  const queue = cells.map((c) => (typeof c === "string" ? cell(c) : { ...c }));
  const row: TextCell[] = [];
  let col = 0;
  for (;;) {
    const span = crossing.get(col);
    if (span !== undefined) {
      row.push(coveredCell());
      crossing.delete(col);
      col += span;
    } else if (queue.length) {
      const c = queue.shift()!;
      row.push(c);
      col += c.colSpan;
    } else break;
  }
  if (crossing.size)
    throw new Error(`the new row ends before a merged cell at column ${[...crossing.keys()]}`);
  table.rows.splice(r, 0, row);
  gridOf(table);
  return report;
}

/**
 * Splits a table before `beforeRow` into two Word tables with a paragraph between them (as reports
 * that give each 第二十条 block its own table do). A merge running across the cut is cut too.
 */
export function splitTable(
  report: ReportText,
  tableRef: TableRef,
  beforeRow: RowRef,
  between = "",
): ReportText {
  const table = findTable(report, tableRef);
  const r = rowIndex(table, beforeRow);
  if (r === 0) throw new Error("split before the first row: nothing to split");
  const grid = gridOf(table);
  table.rows[r].forEach((c, ci) => {
    if (!c.covered) return;
    const origin = mergeOrigin(table, grid, r, grid[r][ci].column);
    const originRow = table.rows.findIndex((row) => row.includes(origin));
    const below = origin.rowSpan - (r - originRow);
    origin.rowSpan = r - originRow;
    table.rows[r][ci] = cell("", grid[r][ci].colSpan, below);
  });
  const second: TextTable = { kind: "table", rows: table.rows.splice(r) };
  const at = report.blocks.indexOf(table);
  report.blocks.splice(at + 1, 0, { kind: "paragraph", text: between }, second);
  return report;
}
