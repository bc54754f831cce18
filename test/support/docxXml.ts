/**
 * A deliberately simple reader of a .docx body for tests of the writer: top-level paragraphs and
 * tables with each `w:tc`'s gridSpan, vMerge and text, plus the few properties the tests check.
 * It is not the product's OOXML reader (src/ooxml) and must not grow into one.
 */
import JSZip from "jszip";
import { SaxesParser, type SaxesTagPlain } from "saxes";

export interface XmlParagraph {
  kind: "paragraph";
  /** Run text; `w:br` as "\n". */
  text: string;
  /** `w:rFonts/@w:eastAsia` and `w:sz/@w:val` of the first run (or the paragraph mark). */
  font?: string;
  size?: number;
  align?: string;
  outlineLevel?: number;
}

export interface XmlCell {
  colSpan: number;
  vMerge?: "restart" | "continue";
  /** Paragraph texts joined with "\n". */
  text: string;
  hasBorders: boolean;
  font?: string;
  size?: number;
  align?: string;
}

export interface XmlTable {
  kind: "table";
  gridColumns: number[];
  /** `w:tblW` as "type:value", e.g. "pct:100%". */
  width?: string;
  rows: XmlCell[][];
}

export type XmlBlock = XmlParagraph | XmlTable;

export async function documentXml(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const part = zip.file("word/document.xml");
  if (!part) throw new Error("no word/document.xml");
  return part.async("string");
}

/** The body's top-level blocks (nested tables are not expected in what the writer produces). */
export async function readBody(bytes: Uint8Array): Promise<XmlBlock[]> {
  const xml = await documentXml(bytes);
  const parser = new SaxesParser();
  const blocks: XmlBlock[] = [];
  let table: XmlTable | null = null;
  let row: XmlCell[] | null = null;
  let cell: XmlCell | null = null;
  let para: XmlParagraph | null = null;
  let cellParas: string[] = [];
  let inText = false;
  let inRunProps = false;
  let depth = 0;
  const attr = (tag: SaxesTagPlain, name: string) => tag.attributes[name] as string | undefined;
  parser.on("opentag", (tag) => {
    switch (tag.name) {
      case "w:tbl":
        if (++depth === 1) table = { kind: "table", gridColumns: [], rows: [] };
        break;
      case "w:tblW":
        if (table) table.width = `${attr(tag, "w:type")}:${attr(tag, "w:w")}`;
        break;
      case "w:gridCol":
        table?.gridColumns.push(Number(attr(tag, "w:w")));
        break;
      case "w:tr":
        row = [];
        break;
      case "w:tc":
        cell = { colSpan: 1, text: "", hasBorders: false };
        cellParas = [];
        break;
      case "w:gridSpan":
        if (cell) cell.colSpan = Number(attr(tag, "w:val"));
        break;
      case "w:vMerge":
        if (cell) cell.vMerge = attr(tag, "w:val") === "restart" ? "restart" : "continue";
        break;
      case "w:tcBorders":
        if (cell) cell.hasBorders = true;
        break;
      case "w:p":
        para = { kind: "paragraph", text: "" };
        break;
      case "w:rPr":
        inRunProps = true;
        break;
      case "w:rFonts":
        if (para && inRunProps && para.font === undefined) para.font = attr(tag, "w:eastAsia");
        break;
      case "w:sz":
        if (para && inRunProps && para.size === undefined) para.size = Number(attr(tag, "w:val"));
        break;
      case "w:jc":
        if (para && !inRunProps) para.align = attr(tag, "w:val");
        break;
      case "w:outlineLvl":
        if (para) para.outlineLevel = Number(attr(tag, "w:val"));
        break;
      case "w:t":
        inText = true;
        break;
      case "w:br":
        if (para) para.text += "\n";
        break;
    }
  });
  parser.on("text", (text) => {
    if (inText && para) para.text += text;
  });
  parser.on("closetag", (tag) => {
    switch (tag.name) {
      case "w:t":
        inText = false;
        break;
      case "w:rPr":
        inRunProps = false;
        break;
      case "w:p":
        if (cell && para) {
          cellParas.push(para.text);
          if (cellParas.length === 1)
            Object.assign(cell, { font: para.font, size: para.size, align: para.align });
        } else if (para && depth === 0) blocks.push(para);
        para = null;
        break;
      case "w:tc":
        if (cell && row) row.push({ ...cell, text: cellParas.join("\n") });
        cell = null;
        break;
      case "w:tr":
        if (row && table) table.rows.push(row);
        row = null;
        break;
      case "w:tbl":
        if (--depth === 0 && table) blocks.push(table);
        if (depth === 0) table = null;
        break;
    }
  });
  parser.write(xml).close();
  return blocks;
}

export function tablesIn(blocks: XmlBlock[]): XmlTable[] {
  return blocks.filter((b): b is XmlTable => b.kind === "table");
}

export function paragraphsIn(blocks: XmlBlock[]): XmlParagraph[] {
  return blocks.filter((b): b is XmlParagraph => b.kind === "paragraph");
}

/**
 * A compact picture of a table's merges, one string per row: each `w:tc` as `cN` for a gridSpan,
 * `R` for a vMerge restart, `^` for a continue cell, `.` for a plain cell — e.g. "c3R c7".
 */
export function mergeShape(table: XmlTable): string[] {
  return table.rows.map((r) =>
    r
      .map((c) => {
        const s =
          (c.colSpan > 1 ? `c${c.colSpan}` : "") + (c.vMerge === "restart" ? "R" : c.vMerge ? "^" : "");
        return s || ".";
      })
      .join(" "),
  );
}

/** The rows a restart cell covers: itself plus the continue cells below it in the same grid column. */
export function rowSpanAt(table: XmlTable, rowIndex: number, cellIndex: number): number {
  const column = (r: number, c: number) => table.rows[r].slice(0, c).reduce((n, x) => n + x.colSpan, 0);
  const col = column(rowIndex, cellIndex);
  let span = 1;
  for (let r = rowIndex + 1; r < table.rows.length; r++) {
    const c = table.rows[r].findIndex((_, i) => column(r, i) === col);
    if (c < 0 || table.rows[r][c].vMerge !== "continue") break;
    span++;
  }
  return span;
}
