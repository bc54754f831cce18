/**
 * Builds the document model directly (no .docx) for unit tests of the domain.
 * A table is rows of cell strings; a cell may start with `{c=N}` (column span), `{r=N}` (vertical
 * merge over N rows, restart) or `{^}` (a covered cell below a vertical merge; combine as `{^,c=3}`).
 */
import type {
  DocBlock,
  DocCell,
  DocParagraph,
  DocRow,
  DocTable,
  ReportDocument,
} from "../../../src/report/model";

export type RowSpec = string[];
export type TableSpec = RowSpec[];

interface ParsedCell {
  text: string;
  colSpan: number;
  rowSpan: number;
  covered: boolean;
}

export function parseCell(spec: string): ParsedCell {
  const m = /^\{([^}]*)\}/.exec(spec);
  const out: ParsedCell = {
    text: m ? spec.slice(m[0].length) : spec,
    colSpan: 1,
    rowSpan: 1,
    covered: false,
  };
  if (m)
    for (const part of m[1].split(",")) {
      const [k, v] = part.split("=");
      if (k === "^") out.covered = true;
      else if (k === "c") out.colSpan = Number(v);
      else if (k === "r") out.rowSpan = Number(v);
    }
  return out;
}

export function buildTable(rows: TableSpec, index = 0, nestingLevel = 1): DocTable {
  const docRows: DocRow[] = rows.map((row, r) => {
    let g = 0;
    const cells: DocCell[] = row.map((spec, i) => {
      const p = parseCell(spec);
      const cell: DocCell = {
        rowIndex: r,
        cellIndex: i,
        gridColumn: g,
        colSpan: p.colSpan,
        rowSpan: p.covered ? 1 : p.rowSpan,
        vMerge: p.covered ? "continue" : p.rowSpan > 1 ? "restart" : "none",
        text: p.covered ? "" : p.text,
        tables: [],
      };
      g += p.colSpan;
      return cell;
    });
    return { rowIndex: r, cells, isHeader: false, gridBefore: 0, gridAfter: 0 };
  });
  const width = Math.max(0, ...docRows.map((r) => r.cells.reduce((n, c) => n + c.colSpan, 0)));
  return { kind: "table", index, nestingLevel, gridColumnCount: width, rows: docRows };
}

/** Strings are paragraphs, arrays are tables; table indexes follow document order. */
export function buildDoc(...blocks: (string | TableSpec)[]): ReportDocument {
  let paragraphIndex = 0;
  let tableIndex = 0;
  const out: DocBlock[] = blocks.map((b) => {
    if (typeof b === "string") {
      const p: DocParagraph = { kind: "paragraph", index: paragraphIndex++, text: b };
      return p;
    }
    const t = buildTable(b, tableIndex++);
    paragraphIndex += t.rows.reduce((n, r) => n + r.cells.length, 0);
    return t;
  });
  return { blocks: out };
}
