/**
 * Which paragraphs make up each table cell, from the body's OOXML (`body.getOoxml()`, WordApi 1.1).
 *
 * WordApi 1.1 has no table API: a cell can only be reached through its paragraphs in
 * `body.paragraphs`. The engine's model (src/ooxml) numbers every paragraph of the body in document
 * order, table-cell paragraphs included (`DocParagraph.index`), but keeps only each cell's text.
 * This walks the same OOXML with the same rules as the model's builder (src/ooxml/documentBuilder:
 * which `w:p`, `w:tbl`, `w:tr` and `w:tc` count, legacy `w:hMerge` continuations folded into the
 * cell before them) and records, for every cell of every table, the model indexes of its own
 * paragraphs — with each paragraph's text (to prove, against Word's `Paragraph.text`, that a
 * paragraph is the one meant) and whether any of its runs is highlighted (`w:highlight`; such a
 * cell keeps its own highlighting and is not marked). test/word/api11 checks it against the model
 * on every fixture.
 */
import { DocxReadError } from "../../ooxml/errors";
import {
  MC_ALTERNATE_CONTENT,
  NS_PKG,
  NS_W,
  NS_W_STRICT,
  PKG_PACKAGE,
  PKG_PART,
  PKG_XML_DATA,
  resolveElement,
  SKIP,
  W_BODY,
  W_BR,
  W_CR,
  W_DOCUMENT,
  W_H_MERGE,
  W_NO_BREAK_HYPHEN,
  W_P,
  W_P_PR,
  W_PTAB,
  W_T,
  W_TAB,
  W_TBL,
  W_TBL_GRID,
  W_TC,
  W_TC_PR,
  W_TR,
  W_TR_PR,
} from "../../ooxml/names";
import { wAttr } from "../../ooxml/xmlPart";
import { TOKEN_CLOSE, TOKEN_END, TOKEN_OPEN, TOKEN_TEXT, XmlScanner } from "../../ooxml/xmlScanner";

/** One paragraph of the body, in the model's numbering. */
export interface MappedParagraph {
  /** Its text, as the model reads it (`w:br` "\n", `w:tab` "\t"). */
  text: string;
  /** Some run of it (or its paragraph mark) carries a highlight. */
  highlighted: boolean;
}

export interface ParagraphMap {
  /** Every paragraph of the body, by model index. */
  paragraphs: MappedParagraph[];
  /** Model indexes of each cell's own paragraphs, by `table:row:cell` (the model's addresses). */
  cells: Map<string, number[]>;
}

export const cellKey = (table: number, row: number, cell: number): string => `${table}:${row}:${cell}`;

// Ids beyond resolveElement's: the run properties (which the model skips) and the highlight in them.
const W_RPR = 1001;
const W_HIGHLIGHT = 1002;

function resolve(uri: string, local: string): number {
  if (uri === NS_W || uri === NS_W_STRICT) {
    if (local === "rPr") return W_RPR;
    if (local === "highlight") return W_HIGHLIGHT;
  }
  return resolveElement(uri, local);
}

/** Property containers: no block opens and no text is read inside them. */
const PROPERTIES = new Set([W_P_PR, W_RPR, W_TC_PR, W_TR_PR, W_TBL_GRID]);

interface Cell {
  paragraphs: number[];
  hMerge: "none" | "restart" | "continue";
  /** Stack depth of the `w:tc`. */
  depth: number;
}

interface TableFrame {
  index: number;
  depth: number;
  rowIndex: number;
  /** The open row's depth, -1 between rows. */
  rowDepth: number;
  cell: Cell | null;
  /** The cells kept in the open row, and whether an hMerge continuation may join the last. */
  rowCells: Cell[];
  hMergeOpen: boolean;
}

interface ParagraphState {
  index: number;
  depth: number;
  chunks: string[];
  highlighted: boolean;
}

/** Walks `word/document.xml` (or the document part of a flat-OPC package). */
class Walker {
  readonly paragraphs: MappedParagraph[] = [];
  readonly cells = new Map<string, number[]>();
  private readonly frames: TableFrame[] = [];
  private tableCount = 0;
  private inBody = false;
  private bodyDepth = -1;
  private para: ParagraphState | null = null;
  private propertyDepth = -1;
  private collecting = false;
  private textDepth = -1;

  open(sc: XmlScanner): void {
    const id = sc.id;
    const depth = sc.depth;
    if (id === SKIP || id === MC_ALTERNATE_CONTENT) {
      sc.skipElement();
      return;
    }
    if (this.propertyDepth >= 0) {
      if (id === W_HIGHLIGHT && this.para !== null) {
        const value = wAttr(sc, "val");
        if (value !== undefined && value !== "none") this.para.highlighted = true;
      }
      return;
    }
    if (PROPERTIES.has(id)) {
      this.propertyDepth = depth;
      return;
    }
    const frame = this.frames[this.frames.length - 1];
    switch (id) {
      case W_BODY:
        if (!this.inBody && this.frames.length === 0 && this.para === null) {
          this.inBody = true;
          this.bodyDepth = depth;
        }
        return;
      case W_P:
        if (!this.canOpenBlock(frame)) {
          sc.skipElement();
          return;
        }
        this.para = { index: this.paragraphs.length, depth, chunks: [], highlighted: false };
        this.paragraphs.push({ text: "", highlighted: false });
        return;
      case W_TBL:
        if (!this.canOpenBlock(frame)) {
          sc.skipElement();
          return;
        }
        this.frames.push({
          index: this.tableCount++,
          depth,
          rowIndex: 0,
          rowDepth: -1,
          cell: null,
          rowCells: [],
          hMergeOpen: false,
        });
        return;
      case W_TR:
        if (frame === undefined || frame.rowDepth >= 0 || this.para !== null) {
          sc.skipElement();
          return;
        }
        frame.rowDepth = depth;
        frame.rowCells = [];
        frame.hMergeOpen = false;
        return;
      case W_TC:
        if (frame === undefined || frame.rowDepth < 0 || frame.cell !== null || this.para !== null) {
          sc.skipElement();
          return;
        }
        frame.cell = { paragraphs: [], hMerge: "none", depth };
        return;
      case W_T:
        if (this.para !== null) {
          this.collecting = true;
          this.textDepth = depth;
        }
        return;
      case W_TAB:
      case W_PTAB:
        if (this.para !== null) this.para.chunks.push("\t");
        return;
      case W_BR:
      case W_CR:
        if (this.para !== null) this.para.chunks.push("\n");
        return;
      case W_NO_BREAK_HYPHEN:
        if (this.para !== null) this.para.chunks.push("-");
        return;
    }
  }

  /** Called for an OPEN directly inside a cell's `w:tcPr` (a legacy horizontal merge is read there). */
  cellProperty(sc: XmlScanner): void {
    const cell = this.frames[this.frames.length - 1]?.cell;
    if (!cell || this.para !== null || sc.depth !== cell.depth + 2 || sc.id !== W_H_MERGE) return;
    cell.hMerge = wAttr(sc, "val") === "restart" ? "restart" : "continue";
  }

  close(depth: number): void {
    if (this.propertyDepth >= 0) {
      if (depth === this.propertyDepth) this.propertyDepth = -1;
      return;
    }
    if (this.collecting && depth === this.textDepth) {
      this.collecting = false;
      return;
    }
    const para = this.para;
    if (para !== null && depth === para.depth) {
      this.para = null;
      this.collecting = false;
      const entry = this.paragraphs[para.index];
      entry.text = para.chunks.join("");
      entry.highlighted = para.highlighted;
      const cell = this.frames[this.frames.length - 1]?.cell;
      if (cell) cell.paragraphs.push(para.index);
      return;
    }
    const frame = this.frames[this.frames.length - 1];
    if (frame === undefined) {
      if (this.inBody && depth === this.bodyDepth) this.inBody = false;
      return;
    }
    if (frame.cell !== null && depth === frame.cell.depth) this.closeCell(frame, frame.cell);
    else if (frame.rowDepth >= 0 && depth === frame.rowDepth) {
      frame.rowDepth = -1;
      frame.rowIndex++;
    } else if (depth === frame.depth) this.frames.pop();
  }

  text(sc: XmlScanner): void {
    if (this.collecting && this.para !== null) this.para.chunks.push(sc.text());
  }

  get inCellProperties(): boolean {
    const cell = this.frames[this.frames.length - 1]?.cell;
    return cell !== undefined && cell !== null && this.propertyDepth === cell.depth + 1;
  }

  /** As the model's builder: a legacy hMerge continuation joins the cell before it. */
  private closeCell(frame: TableFrame, cell: Cell): void {
    frame.cell = null;
    const last = frame.rowCells[frame.rowCells.length - 1];
    if (cell.hMerge === "continue" && frame.hMergeOpen && last) {
      for (const p of cell.paragraphs) last.paragraphs.push(p);
      return;
    }
    frame.hMergeOpen = cell.hMerge !== "none";
    this.cells.set(cellKey(frame.index, frame.rowIndex, frame.rowCells.length), cell.paragraphs);
    frame.rowCells.push(cell);
  }

  private canOpenBlock(frame: TableFrame | undefined): boolean {
    if (this.para !== null) return false;
    return frame === undefined ? this.inBody : frame.cell !== null;
  }
}

const NONE = 0;
const DOCUMENT = 1;

/** Maps the paragraphs of a flat-OPC package (or a bare `w:document`). */
export function mapParagraphs(xml: string): ParagraphMap {
  const walker = new Walker();
  let kind = NONE;
  let inDocument = false;
  let base = 0;
  let isPackage = false;
  let seen = false;
  try {
    const sc = new XmlScanner(xml, resolve);
    for (;;) {
      const token = sc.next();
      if (token === TOKEN_END) break;
      if (inDocument) {
        if (token === TOKEN_OPEN) {
          if (walker.inCellProperties) walker.cellProperty(sc);
          walker.open(sc);
        } else if (token === TOKEN_TEXT) walker.text(sc);
        else if (token === TOKEN_CLOSE) {
          if (sc.depth < base) inDocument = false;
          else walker.close(sc.depth + 1);
        }
        continue;
      }
      if (token !== TOKEN_OPEN) continue;
      if (sc.depth === 1) {
        isPackage = sc.id === PKG_PACKAGE;
        if (sc.id === W_DOCUMENT) {
          inDocument = true;
          seen = true;
          base = 0;
        }
      } else if (isPackage && sc.depth === 2 && sc.id === PKG_PART) {
        const name = (sc.attr("name", NS_PKG) ?? "").toLowerCase();
        const type = (sc.attr("contentType", NS_PKG) ?? "").toLowerCase();
        kind =
          !seen &&
          !name.includes("/glossary/") &&
          (name === "/word/document.xml" ||
            /\.(document|template)\.main\+xml$|macroenabled\.main\+xml$/.test(type))
            ? DOCUMENT
            : NONE;
      } else if (isPackage && sc.depth === 3 && sc.id === PKG_XML_DATA && kind === DOCUMENT) {
        inDocument = true;
        seen = true;
        base = sc.depth;
        kind = NONE;
      }
    }
  } catch (error) {
    if (error instanceof DocxReadError) throw error;
    throw new Error(`the body's OOXML cannot be mapped: ${(error as Error).message}`);
  }
  return { paragraphs: walker.paragraphs, cells: walker.cells };
}
