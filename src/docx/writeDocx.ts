/**
 * DocSpec → .docx bytes, formatted as a Chinese government office expects (GB/T 9704 page and
 * fonts). Runs in Node and in the browser: the Word add-in inserts the result with
 * `insertFileFromBase64`, so all formatting is direct (on the paragraph and run), not through
 * styles that the receiving document might already define differently.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  LineRuleType,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
  type IBorderOptions,
  type IRunOptions,
} from "docx";
import { isTableSpec, type Align, type DocSpec, type ParagraphSpec, type TableSpec } from "./docSpec";
import { layoutTable } from "./layout";

/** A4 in twips. */
const PAGE = { width: 11906, height: 16838 };
/** GB/T 9704 margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (in twips). */
const MARGIN = { top: 2098, bottom: 1984, left: 1587, right: 1474 };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

/** Font sizes in half-points: 二号 22pt, 三号 16pt, 五号 10.5pt. */
const SIZE = { title: 44, text: 32, table: 21 };
const FONT = { title: "方正小标宋简体", heading: "黑体", body: "仿宋_GB2312", table: "宋体" };
/** Two characters of 16pt text: the usual first-line indent. */
const INDENT_2CH = 640;
/** Fixed 28pt line spacing keeps the 22-lines-per-page grid of official documents. */
const BODY_LINE = { line: 560, lineRule: LineRuleType.EXACT };

const BORDER: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const CELL_BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };
const TABLE_BORDERS = { ...CELL_BORDERS, insideHorizontal: BORDER, insideVertical: BORDER };

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

type RunStyle = Omit<IRunOptions, "text" | "break" | "children">;

/**
 * A paragraph's runs for a string whose "\n" are line breaks, plus the same formatting on the
 * paragraph mark, so that what a user types into an empty paragraph or cell gets it too.
 */
function content(text: string, style: RunStyle): { run: RunStyle; children: TextRun[] } {
  const children =
    text === ""
      ? []
      : text
          .split("\n")
          .map((line, i) => new TextRun({ ...style, text: line, break: i > 0 ? 1 : undefined }));
  return { run: style, children };
}

function paragraph(spec: ParagraphSpec): Paragraph {
  const kind = spec.kind ?? "body";
  if (kind === "title")
    return new Paragraph({
      alignment: ALIGN[spec.align ?? "center"],
      spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
      ...content(spec.text, { font: FONT.title, size: SIZE.title }),
    });
  return new Paragraph({
    alignment: ALIGN[spec.align ?? "justify"],
    indent: { firstLine: INDENT_2CH },
    spacing: { before: 0, after: 0, ...BODY_LINE },
    // Outline level 1 (w:outlineLvl 0) lets Word's navigation pane list the six sections.
    outlineLevel: kind === "heading" ? 0 : undefined,
    ...content(spec.text, { font: kind === "heading" ? FONT.heading : FONT.body, size: SIZE.text }),
  });
}

/** Scales relative widths to whole twips that add up to the text width. */
function gridWidths(columnCount: number, relative?: number[]): number[] {
  const weights = relative ?? Array<number>(columnCount).fill(1);
  const sum = weights.reduce((a, b) => a + b, 0);
  if (!(sum > 0) || weights.some((w) => !(w >= 0))) throw new Error("columnWidths must be non-negative");
  const widths = weights.map((w) => Math.floor((w / sum) * TEXT_WIDTH));
  widths[widths.length - 1] += TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function table(spec: TableSpec): Table {
  const layout = layoutTable(spec);
  // Word reports a table without cells as a damaged document.
  if (layout.columnCount === 0) throw new Error("a table needs at least one cell");
  const widths = gridWidths(layout.columnCount, spec.columnWidths);
  const rows = layout.rows.map(
    (cells) =>
      new TableRow({
        children: cells.map((cell) => {
          const width = widths.slice(cell.column, cell.column + cell.colSpan).reduce((a, b) => a + b, 0);
          const text = cell.spec?.text ?? "";
          return new TableCell({
            width: { size: width, type: WidthType.DXA },
            columnSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
            // Explicit restart/continue, never `rowSpan`: the library would then insert the
            // continuation cells itself, and we already place them.
            verticalMerge:
              cell.vMerge === "restart"
                ? VerticalMergeType.RESTART
                : cell.vMerge === "continue"
                  ? VerticalMergeType.CONTINUE
                  : undefined,
            verticalAlign: VerticalAlignTable.CENTER,
            borders: CELL_BORDERS,
            children: [
              new Paragraph({
                alignment: ALIGN[cell.spec?.align ?? "center"],
                spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
                ...content(text, { font: FONT.table, size: SIZE.table, bold: cell.spec?.bold }),
              }),
            ],
          });
        }),
      }),
  );
  return new Table({
    rows,
    columnWidths: widths,
    width: { size: 100, type: WidthType.PERCENTAGE },
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: TABLE_BORDERS,
  });
}

/** Builds the .docx package (A4, official fonts) for a document description. */
export async function writeDocx(spec: DocSpec): Promise<Uint8Array> {
  const children = spec.blocks.map((block) => (isTableSpec(block) ? table(block) : paragraph(block)));
  const doc = new Document({
    creator: "年报校对",
    styles: {
      // Fallback for anything without direct formatting (e.g. the empty paragraph Word needs
      // after a final table).
      default: { document: { run: { font: FONT.body, size: SIZE.text } } },
    },
    sections: [
      {
        properties: { page: { size: PAGE, margin: { ...MARGIN, header: 851, footer: 992 } } },
        children,
      },
    ],
  });
  return Packer.pack(doc, "uint8array");
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Standard base64 (with padding), without Node's Buffer or the browser's btoa. */
export function toBase64(bytes: Uint8Array): string {
  let out = "";
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out += BASE64[n >> 18] + BASE64[(n >> 12) & 63] + BASE64[(n >> 6) & 63] + BASE64[n & 63];
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i] << 16;
    out += BASE64[n >> 18] + BASE64[(n >> 12) & 63] + "==";
  } else if (rest === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out += BASE64[n >> 18] + BASE64[(n >> 12) & 63] + BASE64[(n >> 6) & 63] + "=";
  }
  return out;
}
