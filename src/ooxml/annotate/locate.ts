/**
 * Reads `document.xml` as the reader does (the same builder, so tables, rows, cells and paragraphs
 * get exactly the indices the findings use) and remembers where each paragraph and cell is in the
 * XML: the marked copy inserts its shading and comment anchors at these offsets.
 */
import type { DocCell, DocTable, ReportDocument } from "../../report/model";
import { DocumentBuilder, type ParseOptions, type SourceLocator } from "../documentBuilder";
import { parseNumberingXml } from "../numbering";
import { parseStylesXml } from "../styles";
import { scanPart } from "../xmlPart";
import type { XmlScanner } from "../xmlScanner";

/** A tag's place in the source: [start, end); `selfClosing` for `<x/>`. */
export interface TagSpan {
  start: number;
  end: number;
  selfClosing: boolean;
}

export interface ParagraphSpan {
  index: number;
  open: TagSpan;
  /** Just after the paragraph's own `w:pPr`, when it has one. */
  propertiesEnd?: number;
  /** The closing tag (for `<w:p/>`, an empty span at the end of the open tag). */
  closeStart: number;
}

export interface CellPropertiesSpan {
  open: TagSpan;
  closeStart: number;
  /** The cell's `w:shd`, whole (open to close). */
  shading?: { start: number; end: number };
  /** Where a new `w:shd` goes in schema order: before the first child that must follow it. */
  shadingSlot?: number;
}

export interface CellSpan {
  open: TagSpan;
  properties?: CellPropertiesSpan;
  /** The paragraphs directly in the cell (not in nested tables), in order. */
  paragraphs: ParagraphSpan[];
}

export interface LocatedDocument {
  doc: ReportDocument;
  /** The XML the offsets refer to. */
  xml: string;
  paragraphs: Map<number, ParagraphSpan>;
  /** Every `w:tc` of a cell (more than one for legacy horizontal merges). */
  cells: Map<DocCell, CellSpan[]>;
}

/** CT_TcPr children that come after `w:shd` (ECMA-376 §17.4.70). */
const AFTER_SHADING = new Set([
  "noWrap",
  "tcMar",
  "textDirection",
  "tcFitText",
  "vAlign",
  "hideMark",
  "headers",
  "cellIns",
  "cellDel",
  "cellMerge",
  "tcPrChange",
]);

const localName = (qname: string): string => qname.slice(qname.indexOf(":") + 1);

class Locator implements SourceLocator {
  readonly paragraphs = new Map<number, ParagraphSpan>();
  readonly cells = new Map<DocCell, CellSpan[]>();
  private readonly openParagraphs: ParagraphSpan[] = [];
  private readonly openCells: CellSpan[] = [];
  /** How many tables are open inside the innermost open cell (its paragraphs are its own only at 0). */
  private readonly nestedTables: number[] = [];

  constructor(private readonly xml: string) {}

  paragraphOpened(sc: XmlScanner, index: number): void {
    const span: ParagraphSpan = { index, open: tag(sc), closeStart: sc.tokenEnd };
    this.paragraphs.set(index, span);
    this.openParagraphs.push(span);
    const cell = this.openCells[this.openCells.length - 1];
    if (cell !== undefined && this.nestedTables[this.nestedTables.length - 1] === 0)
      cell.paragraphs.push(span);
  }

  paragraphPropertiesClosed(sc: XmlScanner): void {
    const span = this.openParagraphs[this.openParagraphs.length - 1];
    if (span !== undefined) span.propertiesEnd = sc.tokenEnd;
  }

  paragraphClosed(sc: XmlScanner): void {
    const span = this.openParagraphs.pop();
    if (span !== undefined) span.closeStart = sc.tokenStart;
  }

  tableOpened(_table: DocTable): void {
    if (this.nestedTables.length > 0) this.nestedTables[this.nestedTables.length - 1]++;
  }

  tableClosed(): void {
    if (this.nestedTables.length > 0) this.nestedTables[this.nestedTables.length - 1]--;
  }

  cellOpened(sc: XmlScanner): void {
    this.openCells.push({ open: tag(sc), paragraphs: [] });
    this.nestedTables.push(0);
  }

  cellPropertiesOpened(sc: XmlScanner): void {
    const cell = this.openCells[this.openCells.length - 1];
    if (cell !== undefined) cell.properties = { open: tag(sc), closeStart: sc.tokenEnd };
  }

  cellPropertiesClosed(sc: XmlScanner): void {
    const properties = this.openCells[this.openCells.length - 1]?.properties;
    if (properties !== undefined) properties.closeStart = sc.tokenStart;
  }

  cellPropertyChild(sc: XmlScanner): void {
    const properties = this.openCells[this.openCells.length - 1]?.properties;
    if (properties === undefined) return;
    const local = localName(sc.name);
    if (local === "shd" && properties.shading === undefined) {
      let end = sc.tokenEnd;
      if (!sc.selfClosing) {
        // CT_Shd is empty: the first closing tag after it is its own.
        const close = this.xml.indexOf(`</${sc.name}`, end);
        end = close === -1 ? end : this.xml.indexOf(">", close) + 1;
      }
      properties.shading = { start: sc.tokenStart, end };
    } else if (AFTER_SHADING.has(local) && properties.shadingSlot === undefined)
      properties.shadingSlot = sc.tokenStart;
  }

  cellClosed(_sc: XmlScanner, cell: DocCell): void {
    const span = this.openCells.pop();
    this.nestedTables.pop();
    if (span === undefined) return;
    const spans = this.cells.get(cell);
    if (spans) spans.push(span);
    else this.cells.set(cell, [span]);
  }
}

function tag(sc: XmlScanner): TagSpan {
  return { start: sc.tokenStart, end: sc.tokenEnd, selfClosing: sc.selfClosing };
}

/**
 * `xml` must not start with a byte-order mark character (the scanner would skip it and every
 * offset would be one off): the caller strips it and accounts for it.
 */
export function locateDocument(
  xml: string,
  parts: {
    styles?: string;
    numbering?: string;
    names: { document: string; styles: string; numbering: string };
  },
  options: ParseOptions = {},
): LocatedDocument {
  const locator = new Locator(xml);
  const builder = new DocumentBuilder(options, locator);
  scanPart(xml, parts.names.document, builder);
  const styles = parts.styles === undefined ? undefined : parseStylesXml(parts.styles, parts.names.styles);
  const numbering =
    parts.numbering === undefined ? undefined : parseNumberingXml(parts.numbering, parts.names.numbering);
  return {
    doc: builder.finish(styles, numbering),
    xml,
    paragraphs: locator.paragraphs,
    cells: locator.cells,
  };
}
