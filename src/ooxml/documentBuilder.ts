/**
 * The `word/document.xml` token consumer: builds body paragraphs and tables (with merge geometry)
 * in one pass, with explicit stacks only. Outline levels and list labels need styles and
 * numbering, which may arrive later (flat OPC), so paragraphs are resolved in `finish`.
 */
import type { DocBlock, DocCell, DocParagraph, DocRow, DocTable, ReportDocument } from "../report/model";
import { docxErrors } from "./errors";
import {
  MC_ALTERNATE_CONTENT,
  SKIP,
  W_BODY,
  W_BR,
  W_CR,
  W_GRID_AFTER,
  W_GRID_BEFORE,
  W_GRID_COL,
  W_GRID_SPAN,
  W_H_MERGE,
  W_ILVL,
  W_NO_BREAK_HYPHEN,
  W_NUM_ID,
  W_NUM_PR,
  W_OUTLINE_LVL,
  W_P,
  W_P_PR,
  W_P_STYLE,
  W_PTAB,
  W_SHD,
  W_T,
  W_TAB,
  W_TBL,
  W_TBL_GRID,
  W_TBL_HEADER,
  W_TC,
  W_TC_PR,
  W_TR,
  W_TR_PR,
  W_V_MERGE,
} from "./names";
import type { Numbering } from "./numbering";
import { resolveParagraphs, type ParagraphProps } from "./resolveParagraphs";
import type { StyleSheet } from "./styles";
import { parseIntValue, parseOnOff, wAttr, type PartConsumer } from "./xmlPart";
import type { XmlScanner } from "./xmlScanner";

/**
 * Told where the builder's paragraphs, tables and cells are in the source, as it accepts them (the
 * marked copy edits the XML at these places; the reader itself passes none). Offsets come from the
 * scanner's `tokenStart`/`tokenEnd`.
 */
export interface SourceLocator {
  /** A paragraph accepted as `DocParagraph.index` `index` (in the body or directly in a cell). */
  paragraphOpened(sc: XmlScanner, index: number): void;
  /** That paragraph's own `w:pPr` closed (sc's tokenEnd is just after it). */
  paragraphPropertiesClosed(sc: XmlScanner): void;
  paragraphClosed(sc: XmlScanner): void;
  tableOpened(table: DocTable): void;
  tableClosed(): void;
  /** A `w:tc` accepted. */
  cellOpened(sc: XmlScanner): void;
  /** Its own `w:tcPr` opened / closed. */
  cellPropertiesOpened(sc: XmlScanner): void;
  cellPropertiesClosed(sc: XmlScanner): void;
  /** Any element directly inside that `w:tcPr` (for where a new `w:shd` goes). */
  cellPropertyChild(sc: XmlScanner): void;
  /** The `w:tc` closed: it became `cell`, or (`folded`) joined `cell` as a legacy hMerge continuation. */
  cellClosed(sc: XmlScanner, cell: DocCell, folded: boolean): void;
}

export interface ParseOptions {
  /** Deepest table nesting accepted (default 20); deeper → `too_deep`. */
  maxTableDepth?: number;
  /** Most rows accepted in one table (default 5000); more → `too_many_rows`. */
  maxRowsPerTable?: number;
}

export const DEFAULT_MAX_TABLE_DEPTH = 20;
export const DEFAULT_MAX_ROWS_PER_TABLE = 5000;

/**
 * Word allows 63 columns; spans and grid sizes are clamped far above that so that a hostile
 * `w:gridSpan="2000000000"` cannot make a consumer allocate a huge grid.
 */
export const MAX_GRID_COLUMNS = 1000;

// What to do when an element closes.
const A_NONE = 0;
const A_BODY = 1;
const A_PARAGRAPH = 2;
const A_TABLE = 3;
const A_ROW = 4;
const A_CELL = 5;
const A_TEXT = 6;
const A_PROPERTIES = 7;

// Which property container we are directly inside.
const M_NONE = 0;
const M_PPR = 1;
const M_NUMPR = 2;
const M_TRPR = 3;
const M_TCPR = 4;
const M_GRID = 5;

const H_NONE = 0;
const H_RESTART = 1;
const H_CONTINUE = 2;

interface ParagraphState {
  chunks: string[];
  props: ParagraphProps;
  index: number;
  /** Index of this paragraph's entry in the action stack (children sit one deeper). */
  depth: number;
}

interface CellState {
  cell: DocCell;
  texts: string[];
  hMerge: number;
  depth: number;
}

interface TableFrame {
  table: DocTable;
  depth: number;
  gridCols: number;
  widest: number;
  row: DocRow | null;
  rowDepth: number;
  /** Next free grid column in the current row; -1 before its first cell (gridBefore unknown). */
  nextColumn: number;
  cell: CellState | null;
  /** The last cell kept in this row, and whether a legacy `w:hMerge` continuation may join it. */
  lastCell: DocCell | null;
  hMergeOpen: boolean;
  /** Vertical merges open from the previous row / being carried into the next, by grid column. */
  regions: Map<number, DocCell>;
  nextRegions: Map<number, DocCell>;
}

function clampSpan(value: number | undefined, min: number, fallback: number): number {
  if (value === undefined || value < min) return fallback;
  return Math.min(value, MAX_GRID_COLUMNS);
}

export class DocumentBuilder implements PartConsumer {
  private readonly blocks: DocBlock[] = [];
  private readonly paragraphs: ParagraphProps[] = [];
  private readonly maxTableDepth: number;
  private readonly maxRows: number;
  private paragraphCount = 0;
  private tableCount = 0;
  private readonly actions: number[] = [];
  private inBody = false;
  private para: ParagraphState | null = null;
  private collecting = false;
  private readonly frames: TableFrame[] = [];
  private mode = M_NONE;
  private modeDepth = -1;
  private readonly modeStack: number[] = [];
  private readonly locator: SourceLocator | undefined;

  constructor(options: ParseOptions = {}, locator?: SourceLocator) {
    this.maxTableDepth = options.maxTableDepth ?? DEFAULT_MAX_TABLE_DEPTH;
    this.maxRows = options.maxRowsPerTable ?? DEFAULT_MAX_ROWS_PER_TABLE;
    this.locator = locator;
  }

  open(sc: XmlScanner): void {
    const id = sc.id;
    let action = A_NONE;
    // `child` is true for a direct child of the current property container.
    const child = this.mode !== M_NONE && this.actions.length === this.modeDepth + 1;
    if (this.locator !== undefined && child && this.mode === M_TCPR) this.locator.cellPropertyChild(sc);
    switch (id) {
      case SKIP:
      case MC_ALTERNATE_CONTENT:
        // Not text: deleted runs, field codes, drawings and text boxes (whose paragraphs are not
        // body paragraphs), property subtrees we do not read.
        sc.skipElement();
        return;
      case W_T:
        if (this.para !== null && this.mode === M_NONE) {
          this.collecting = true;
          action = A_TEXT;
        }
        break;
      case W_TAB:
      case W_PTAB:
        if (this.para !== null && this.mode === M_NONE) this.para.chunks.push("\t");
        break;
      case W_BR:
      case W_CR:
        if (this.para !== null && this.mode === M_NONE) this.para.chunks.push("\n");
        break;
      case W_NO_BREAK_HYPHEN:
        if (this.para !== null && this.mode === M_NONE) this.para.chunks.push("-");
        break;
      case W_P:
        if (!this.canOpenBlock()) {
          sc.skipElement();
          return;
        }
        this.para = { chunks: [], props: {}, index: this.paragraphCount++, depth: this.actions.length };
        this.locator?.paragraphOpened(sc, this.para.index);
        action = A_PARAGRAPH;
        break;
      case W_P_PR:
        if (this.para !== null && this.mode === M_NONE && this.actions.length === this.para.depth + 1) {
          this.enterMode(M_PPR);
          action = A_PROPERTIES;
        }
        break;
      case W_P_STYLE:
        if (child && this.mode === M_PPR && this.para) this.para.props.style = wAttr(sc, "val");
        break;
      case W_OUTLINE_LVL:
        if (child && this.mode === M_PPR && this.para)
          this.para.props.outlineLvl = parseIntValue(wAttr(sc, "val"));
        break;
      case W_NUM_PR:
        if (child && this.mode === M_PPR) {
          this.enterMode(M_NUMPR);
          action = A_PROPERTIES;
        }
        break;
      case W_ILVL:
        if (child && this.mode === M_NUMPR && this.para)
          this.para.props.ilvl = parseIntValue(wAttr(sc, "val"));
        break;
      case W_NUM_ID:
        if (child && this.mode === M_NUMPR && this.para)
          this.para.props.numId = parseIntValue(wAttr(sc, "val"));
        break;
      case W_TBL:
        if (!this.canOpenBlock()) {
          sc.skipElement();
          return;
        }
        this.openTable();
        action = A_TABLE;
        break;
      case W_TBL_GRID: {
        const frame = this.top();
        if (frame && frame.row === null && this.mode === M_NONE && this.actions.length === frame.depth + 1) {
          this.enterMode(M_GRID);
          action = A_PROPERTIES;
        }
        break;
      }
      case W_GRID_COL: {
        const frame = this.top();
        if (child && this.mode === M_GRID && frame && frame.gridCols < MAX_GRID_COLUMNS) frame.gridCols++;
        break;
      }
      case W_TR: {
        const frame = this.top();
        if (frame === undefined || frame.row !== null || this.para !== null || this.mode !== M_NONE) {
          sc.skipElement();
          return;
        }
        this.openRow(frame);
        action = A_ROW;
        break;
      }
      case W_TR_PR: {
        const frame = this.top();
        if (
          frame?.row &&
          frame.cell === null &&
          this.mode === M_NONE &&
          this.actions.length === frame.rowDepth + 1
        ) {
          this.enterMode(M_TRPR);
          action = A_PROPERTIES;
        }
        break;
      }
      case W_GRID_BEFORE:
      case W_GRID_AFTER:
      case W_TBL_HEADER: {
        const row = this.top()?.row;
        if (!child || this.mode !== M_TRPR || !row) break;
        if (id === W_TBL_HEADER) row.isHeader = parseOnOff(wAttr(sc, "val"));
        else if (id === W_GRID_BEFORE) row.gridBefore = clampSpan(parseIntValue(wAttr(sc, "val")), 0, 0);
        else row.gridAfter = clampSpan(parseIntValue(wAttr(sc, "val")), 0, 0);
        break;
      }
      case W_TC: {
        const frame = this.top();
        if (!frame?.row || frame.cell !== null || this.para !== null || this.mode !== M_NONE) {
          sc.skipElement();
          return;
        }
        this.openCell(frame, frame.row);
        this.locator?.cellOpened(sc);
        action = A_CELL;
        break;
      }
      case W_TC_PR: {
        const cell = this.top()?.cell;
        if (cell && this.para === null && this.mode === M_NONE && this.actions.length === cell.depth + 1) {
          this.enterMode(M_TCPR);
          this.locator?.cellPropertiesOpened(sc);
          action = A_PROPERTIES;
        }
        break;
      }
      case W_GRID_SPAN:
      case W_V_MERGE:
      case W_H_MERGE:
      case W_SHD: {
        const state = this.top()?.cell;
        if (!child || this.mode !== M_TCPR || !state) break;
        if (id === W_GRID_SPAN) state.cell.colSpan = clampSpan(parseIntValue(wAttr(sc, "val")), 1, 1);
        else if (id === W_V_MERGE)
          state.cell.vMerge = wAttr(sc, "val") === "restart" ? "restart" : "continue";
        else if (id === W_H_MERGE) state.hMerge = wAttr(sc, "val") === "restart" ? H_RESTART : H_CONTINUE;
        else {
          const fill = wAttr(sc, "fill");
          if (fill !== undefined) state.cell.shading = fill;
        }
        break;
      }
      case W_BODY:
        if (!this.inBody && this.frames.length === 0 && this.para === null) {
          this.inBody = true;
          action = A_BODY;
        }
        break;
      // Everything else (runs, hyperlinks, insertions, content controls, smart tags, custom XML,
      // simple fields, …) is read through.
    }
    this.actions.push(action);
  }

  close(sc: XmlScanner): void {
    switch (this.actions.pop()) {
      case A_TEXT:
        this.collecting = false;
        break;
      case A_PARAGRAPH:
        this.locator?.paragraphClosed(sc);
        this.closeParagraph();
        break;
      case A_PROPERTIES:
        if (this.locator !== undefined) {
          if (this.mode === M_PPR) this.locator.paragraphPropertiesClosed(sc);
          else if (this.mode === M_TCPR) this.locator.cellPropertiesClosed(sc);
        }
        this.modeDepth = this.modeStack.pop() ?? -1;
        this.mode = this.modeStack.pop() ?? M_NONE;
        break;
      case A_CELL:
        this.closeCell(sc);
        break;
      case A_ROW:
        this.closeRow();
        break;
      case A_TABLE:
        this.closeTable();
        this.locator?.tableClosed();
        break;
      case A_BODY:
        this.inBody = false;
        break;
    }
  }

  text(sc: XmlScanner): void {
    if (this.collecting && this.para !== null) this.para.chunks.push(sc.text());
  }

  /** The document, once styles and numbering (when there are any) are known. */
  finish(styles?: StyleSheet, numbering?: Numbering): ReportDocument {
    resolveParagraphs(this.paragraphs, styles, numbering);
    return { blocks: this.blocks };
  }

  private top(): TableFrame | undefined {
    return this.frames[this.frames.length - 1];
  }

  /** Paragraphs and tables belong in the body or directly in a cell, nowhere else. */
  private canOpenBlock(): boolean {
    if (this.para !== null || this.mode !== M_NONE) return false;
    const frame = this.top();
    return frame === undefined ? this.inBody : frame.cell !== null;
  }

  private enterMode(mode: number): void {
    this.modeStack.push(this.mode, this.modeDepth);
    this.mode = mode;
    this.modeDepth = this.actions.length;
  }

  private closeParagraph(): void {
    const para = this.para;
    if (para === null) return;
    this.para = null;
    this.collecting = false;
    const text = para.chunks.length === 1 ? para.chunks[0] : para.chunks.join("");
    const cell = this.top()?.cell;
    if (cell) cell.texts.push(text);
    else {
      const block: DocParagraph = { kind: "paragraph", index: para.index, text };
      if (para.props.style !== undefined) block.style = para.props.style;
      para.props.block = block;
      this.blocks.push(block);
    }
    this.paragraphs.push(para.props);
  }

  private openTable(): void {
    const level = this.frames.length + 1;
    if (level > this.maxTableDepth) throw docxErrors.tooDeep(this.maxTableDepth);
    const table: DocTable = {
      kind: "table",
      index: this.tableCount++,
      nestingLevel: level,
      gridColumnCount: 0,
      rows: [],
    };
    const parentCell = this.top()?.cell;
    if (parentCell) parentCell.cell.tables.push(table);
    else this.blocks.push(table);
    this.locator?.tableOpened(table);
    this.frames.push({
      table,
      depth: this.actions.length,
      gridCols: 0,
      widest: 0,
      row: null,
      rowDepth: -1,
      nextColumn: -1,
      cell: null,
      lastCell: null,
      hMergeOpen: false,
      regions: new Map(),
      nextRegions: new Map(),
    });
  }

  private closeTable(): void {
    const frame = this.frames.pop();
    if (frame) frame.table.gridColumnCount = Math.max(frame.gridCols, frame.widest);
  }

  private openRow(frame: TableFrame): void {
    const rows = frame.table.rows;
    if (rows.length >= this.maxRows) throw docxErrors.tooManyRows(this.maxRows);
    const row: DocRow = { rowIndex: rows.length, cells: [], isHeader: false, gridBefore: 0, gridAfter: 0 };
    rows.push(row);
    frame.row = row;
    frame.rowDepth = this.actions.length;
    frame.nextColumn = -1;
    frame.lastCell = null;
    frame.hMergeOpen = false;
  }

  private closeRow(): void {
    const frame = this.top();
    if (!frame?.row) return;
    const row = frame.row;
    const used = frame.nextColumn < 0 ? row.gridBefore : frame.nextColumn;
    frame.widest = Math.max(frame.widest, used + row.gridAfter);
    // Merges not continued in this row end here; the ones it continued or started carry on.
    const ended = frame.regions;
    ended.clear();
    frame.regions = frame.nextRegions;
    frame.nextRegions = ended;
    frame.row = null;
  }

  private openCell(frame: TableFrame, row: DocRow): void {
    const cell: DocCell = {
      rowIndex: row.rowIndex,
      cellIndex: 0,
      gridColumn: 0,
      colSpan: 1,
      rowSpan: 1,
      vMerge: "none",
      text: "",
      tables: [],
    };
    frame.cell = { cell, texts: [], hMerge: H_NONE, depth: this.actions.length };
  }

  private closeCell(sc: XmlScanner): void {
    const frame = this.top();
    const state = frame?.cell;
    if (!frame || !state || !frame.row) return;
    frame.cell = null;
    const row = frame.row;
    const cell = state.cell;
    cell.text = state.texts.length === 1 ? state.texts[0] : state.texts.join("\n");
    if (frame.nextColumn < 0) frame.nextColumn = row.gridBefore;

    // Legacy horizontal merge: fold a continuation into the cell it continues, as Word does when it
    // opens such a file (it turns them into one cell with a grid span).
    const last = frame.lastCell;
    if (state.hMerge === H_CONTINUE && frame.hMergeOpen && last) {
      last.colSpan += cell.colSpan;
      if (cell.text !== "") last.text = last.text === "" ? cell.text : `${last.text}\n${cell.text}`;
      for (const nested of cell.tables) last.tables.push(nested);
      frame.nextColumn += cell.colSpan;
      this.locator?.cellClosed(sc, last, true);
      return;
    }
    frame.hMergeOpen = state.hMerge !== H_NONE;

    cell.cellIndex = row.cells.length;
    cell.gridColumn = frame.nextColumn;
    frame.nextColumn += cell.colSpan;
    if (cell.vMerge === "continue") {
      const owner = frame.regions.get(cell.gridColumn);
      if (owner) {
        owner.rowSpan++;
        frame.nextRegions.set(cell.gridColumn, owner);
      } else cell.vMerge = "none"; // nothing above to continue
    } else if (cell.vMerge === "restart") frame.nextRegions.set(cell.gridColumn, cell);
    row.cells.push(cell);
    frame.lastCell = cell;
    this.locator?.cellClosed(sc, cell, false);
  }
}
