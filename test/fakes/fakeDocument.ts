/**
 * The document behind the fake Word: built from a real .docx (word/document.xml walked as Word
 * would see it), it outlives the fake's sessions — shading written in one session is there in the
 * next, and so are the saved settings and the comments.
 *
 * What Word computes itself — a paragraph's outline level and list string — the fake takes from the
 * product's own .docx reader for the same paragraph (Word would render them from styles and
 * numbering). The adapter's use of them is therefore only checked for plumbing, not against Word.
 */
import JSZip from "jszip";
import { readDocx } from "../../src/ooxml";
import { bodyParagraphs } from "../../src/report/model";
import { flatOpcPackage, SKIPPED } from "./flatOpc";
import {
  elements,
  firstElement,
  getAttr,
  isElement,
  parseXmlElement,
  removeNode,
  serialize,
  setAttr,
  startTag,
  type XmlElement,
} from "./xmlTree";

export interface FakeParagraph {
  /** Position in `body.paragraphs`. */
  index: number;
  /** `Paragraph.text` as Word gives it: a manual line break is "\v", a page break "\f". */
  text: string;
  /** 0 outside tables. */
  tableNestingLevel: number;
  /** Word's 1-based outline level; 10 = body text. */
  outlineLevel: number;
  isListItem: boolean;
  listString: string;
  /** The innermost table cell holding it. */
  cell?: FakeCell;
  node: XmlElement;
}

export interface FakeTable {
  /** Pre-order index among all tables (= `DocTable.index`). */
  index: number;
  nestingLevel: number;
  node: XmlElement;
  rows: FakeRow[];
  parent?: FakeCell;
  gridColumns: number;
  /** Paragraphs inside it (nested tables' included), first and one past the last. */
  paragraphs: [number, number];
}

export interface FakeRow {
  table: FakeTable;
  rowIndex: number;
  cells: FakeCell[];
  /** The `w:tr`. */
  tr: XmlElement;
}

export interface FakeCell {
  row: FakeRow;
  /** Position of the `w:tc` in its row (continuation cells counted). */
  tcIndex: number;
  gridColumn: number;
  colSpan: number;
  /** A `w:vMerge` continuation of a merge started above. */
  continuation: boolean;
  node: XmlElement;
  /** The cell's own paragraphs and those of the tables nested in it. */
  paragraphs: FakeParagraph[];
  tables: FakeTable[];
}

/** Word's change tracking (`Document.changeTrackingMode`, WordApi 1.4). */
export type TrackingMode = "Off" | "TrackAll" | "TrackMineOnly";

/** What Word does when `shadingColor` is set to a value that means "no fill" to the adapter. */
export type NoFillBehaviour = "clears" | "white" | "rejects";

export interface FakeComment {
  id: string;
  text: string;
  /** The `w:tc` it is on. */
  tc: XmlElement;
}

/** What Word renders for a paragraph from styles and numbering. */
interface Rendered {
  outlineLevel: number;
  isListItem: boolean;
  listString: string;
}

export class FakeDocument {
  paragraphs: FakeParagraph[] = [];
  tables: FakeTable[] = [];
  private readonly rendered = new Map<XmlElement, Rendered>();
  readonly comments: FakeComment[] = [];
  /** Settings as saved into the document (`saveAsync`); each session starts from a copy. */
  savedSettings: Record<string, unknown> = {};
  /** Track changes, as the user set it (Word keeps it with the document). */
  changeTrackingMode: TrackingMode = "Off";
  private nextCommentId = 1;

  private constructor(
    private readonly rootTag: string,
    readonly body: XmlElement,
    private readonly parts: { styles?: string; numbering?: string },
  ) {}

  static async fromDocx(bytes: Uint8Array): Promise<FakeDocument> {
    const zip = await JSZip.loadAsync(bytes);
    const part = async (name: string) => zip.file(name)?.async("string");
    const documentXml = await part("word/document.xml");
    if (documentXml === undefined) throw new Error("fake: no word/document.xml");
    const root = parseXmlElement(documentXml);
    const body = firstElement(root, "w:body");
    if (!body) throw new Error("fake: no w:body");
    const doc = new FakeDocument(startTag(root), body, {
      styles: await part("word/styles.xml"),
      numbering: await part("word/numbering.xml"),
    });
    doc.walkBlocks(body, undefined);
    // What Word renders from styles and numbering, taken from the product's reader.
    const read = await readDocx(bytes);
    for (const p of bodyParagraphs(read)) {
      const fake = doc.paragraphs[p.index];
      if (fake?.tableNestingLevel !== 0)
        throw new Error(`fake: paragraph ${p.index} is not a body paragraph for the fake`);
      doc.rendered.set(fake.node, {
        outlineLevel: p.outlineLevel === undefined ? 10 : p.outlineLevel + 1,
        isListItem: p.listLabel !== undefined,
        listString: p.listLabel ?? "",
      });
    }
    doc.rebuild();
    return doc;
  }

  /** Walks the body again after an edit (paragraph and table indexes change). */
  private rebuild(): void {
    this.paragraphs = [];
    this.tables = [];
    this.walkBlocks(this.body, undefined);
  }

  // ---- The user edits the document between checks ----------------------------------------

  /** Deletes a row of a table (by `DocTable.index` and row index). */
  deleteRow(table: number, row: number): void {
    const tr = this.tables[table].rows[row].tr;
    removeNode(this.tables[table].node, tr);
    this.rebuild();
  }

  /** Puts a row deleted with `deleteRow` back where it was (what Undo does). */
  undoDeleteRow(table: number, row: number, tr: XmlElement): void {
    const rows = this.tables[table].rows;
    const after = rows[row - 1]?.tr;
    const parent = parentOf(this.tables[table].node, after ?? rows[0].tr) ?? this.tables[table].node;
    const at = after === undefined ? parent.children.indexOf(rows[0].tr) : parent.children.indexOf(after) + 1;
    parent.children.splice(at, 0, tr);
    this.rebuild();
  }

  /** Replaces the text of a cell (by `w:tc` position) with one paragraph of `text`. */
  typeIntoCell(table: number, row: number, tc: number, text: string): void {
    const cell = this.tables[table].rows[row].cells[tc];
    const paragraphs = elements(cell.node, "w:p");
    if (paragraphs.length === 0) throw new Error("fake: a cell without paragraphs");
    const [first, ...rest] = paragraphs;
    first.children = first.children.filter((c) => isElement(c) && c.name === "w:pPr");
    first.children.push({
      name: "w:r",
      attrs: [],
      children: [{ name: "w:t", attrs: [["xml:space", "preserve"]], children: [text] }],
    });
    cell.node.children = cell.node.children.filter((c) => !rest.includes(c as XmlElement));
    this.rebuild();
  }

  /** Deletes a whole table (by `DocTable.index`; a top-level one). */
  deleteTable(table: number): void {
    removeNode(this.body, this.tables[table].node);
    this.rebuild();
  }

  /**
   * Inserts the body of a .docx (e.g. the blank template) before top-level table `beforeTable`,
   * or at the end of the body: what `insertFileFromBase64` does at a cursor there.
   */
  async insertDocx(bytes: Uint8Array, beforeTable?: number): Promise<void> {
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file("word/document.xml")?.async("string");
    if (xml === undefined) throw new Error("fake: no word/document.xml to insert");
    const body = firstElement(parseXmlElement(xml), "w:body");
    if (!body) throw new Error("fake: no w:body to insert");
    this.insertBlocks(
      elements(body).filter((e) => e.name !== "w:sectPr"),
      beforeTable,
    );
  }

  /**
   * Pastes a copy of a table (text, shading and all, as copy and paste does) before top-level
   * table `beforeTable`, followed by an empty paragraph (so that Word keeps the two tables apart).
   */
  pasteTableCopy(copyOf: number, beforeTable: number): void {
    const copy = structuredClone(this.tables[copyOf].node);
    this.insertBlocks([copy, { name: "w:p", attrs: [], children: [] }], beforeTable);
  }

  /** Inserts body-level elements before a top-level table, or at the end (before w:sectPr). */
  insertBlocks(blocks: XmlElement[], beforeTable?: number): void {
    const anchor: XmlElement | undefined =
      beforeTable === undefined ? elements(this.body, "w:sectPr")[0] : this.tables[beforeTable].node;
    const parent = anchor === undefined ? this.body : (parentOf(this.body, anchor) ?? this.body);
    const at = anchor === undefined ? parent.children.length : parent.children.indexOf(anchor);
    parent.children.splice(at, 0, ...blocks);
    this.rebuild();
  }

  /** Takes body-level elements out again (what `Range.delete()` does to an inserted range). */
  removeBlocks(blocks: readonly XmlElement[]): void {
    for (const block of blocks) removeNode(this.body, block);
    this.rebuild();
  }

  /** The whole body as XML (to prove that something left the document exactly as it was). */
  bodyXml(): string {
    return serialize(this.body);
  }

  topLevelTables(): FakeTable[] {
    return this.tables.filter((t) => t.nestingLevel === 1);
  }

  /** A table's OOXML as `Range.getOoxml()` gives it: a flat-OPC package with styles and numbering. */
  tableOoxml(table: FakeTable, options: { trailingParagraph?: boolean } = {}): string {
    const trailing = options.trailingParagraph === false ? "" : "<w:p/>";
    return this.package(`<w:body>${serialize(table.node)}${trailing}<w:sectPr/></w:body>`);
  }

  /** The whole body as `Body.getOoxml()` gives it (WordApi 1.1). */
  bodyOoxml(): string {
    return this.package(serialize(this.body));
  }

  private package(body: string): string {
    return flatOpcPackage(`${this.rootTag}${body}</w:document>`, this.parts);
  }

  /**
   * `Paragraph.font.highlightColor = value` on every run of the paragraph: a colour of Word's
   * highlight palette as "#RRGGBB" (written as its `w:highlight` name), or null to remove it.
   * Anything else is refused: that the palette's exact colours are accepted is what the WordApi
   * 1.1 adapter assumes.
   */
  setParagraphHighlight(paragraph: FakeParagraph, value: string | null): void {
    const name = value === null ? null : HIGHLIGHT_NAMES[value.toUpperCase()];
    if (name === undefined) throw new Error(`fake: highlightColor "${value}" is not a highlight colour`);
    for (const run of runsOf(paragraph.node)) {
      let rPr = firstElement(run, "w:rPr");
      if (!rPr) {
        if (name === null) continue;
        rPr = { name: "w:rPr", attrs: [], children: [] };
        run.children.unshift(rPr);
      }
      rPr.children = rPr.children.filter((c) => !isElement(c) || c.name !== "w:highlight");
      if (name === null) continue;
      const at = rPr.children.findIndex((c) => isElement(c) && AFTER_HIGHLIGHT.has(c.name));
      const highlight: XmlElement = { name: "w:highlight", attrs: [["w:val", name]], children: [] };
      if (at < 0) rPr.children.push(highlight);
      else rPr.children.splice(at, 0, highlight);
    }
  }

  /** The highlight names on a paragraph's runs ("" for a run without one). */
  paragraphHighlights(paragraph: FakeParagraph): string[] {
    return runsOf(paragraph.node).map((run) => {
      const rPr = firstElement(run, "w:rPr");
      const highlight = rPr && firstElement(rPr, "w:highlight");
      return (highlight && getAttr(highlight, "w:val")) ?? "";
    });
  }

  /** The cell's fill as its OOXML says (`w:shd/@w:fill`), undefined when none. */
  cellFill(cell: FakeCell): string | undefined {
    const shd = firstElement(firstElement(cell.node, "w:tcPr") ?? cell.node, "w:shd");
    return shd && getAttr(shd, "w:fill");
  }

  /**
   * `TableCell.shadingColor = value`: "#RRGGBB" fills the cell; `noFill` is what this Word does
   * with any other value (the adapter's "no fill" spellings: "", "None", null): "clears" writes
   * `w:fill="auto"` (looks the same as no `w:shd`), "white" paints FFFFFF, "rejects" throws.
   */
  setCellShading(cell: FakeCell, value: string | null, noFill: NoFillBehaviour): void {
    let fill: string;
    if (value !== null && /^#[0-9A-Fa-f]{6}$/.test(value)) fill = value.slice(1).toUpperCase();
    else if (noFill === "clears") fill = "auto";
    else if (noFill === "white") fill = "FFFFFF";
    else throw new FakeShadingRejected(value);
    let tcPr = firstElement(cell.node, "w:tcPr");
    if (!tcPr) {
      tcPr = { name: "w:tcPr", attrs: [], children: [] };
      cell.node.children.unshift(tcPr);
    }
    let shd = firstElement(tcPr, "w:shd");
    if (!shd) {
      shd = { name: "w:shd", attrs: [], children: [] };
      // Schema order: tcW, gridSpan, hMerge, vMerge, tcBorders come before shd.
      const before = new Set(["w:cnfStyle", "w:tcW", "w:gridSpan", "w:hMerge", "w:vMerge", "w:tcBorders"]);
      let at = 0;
      tcPr.children.forEach((c, i) => {
        if (isElement(c) && before.has(c.name)) at = i + 1;
      });
      tcPr.children.splice(at, 0, shd);
    }
    setAttr(shd, "w:val", getAttr(shd, "w:val") ?? "clear");
    setAttr(shd, "w:color", getAttr(shd, "w:color") ?? "auto");
    setAttr(shd, "w:fill", fill);
  }

  addComment(cell: FakeCell, text: string): FakeComment {
    const comment = { id: `{fake-comment-${this.nextCommentId++}}`, text, tc: cell.node };
    this.comments.push(comment);
    return comment;
  }

  deleteComment(id: string): void {
    const at = this.comments.findIndex((c) => c.id === id);
    if (at < 0) throw new Error(`fake: no comment ${id}`);
    this.comments.splice(at, 1);
  }

  /** The text Word shows for a cell in `Table.values`: its paragraphs, one per line. */
  cellValue(cell: FakeCell): string {
    return cell.paragraphs.map((p) => p.text).join("\n");
  }

  // ---- Walking document.xml as Word's object model sees it ---------------------------------

  private walkBlocks(container: XmlElement, cell: FakeCell | undefined): void {
    for (const child of elements(container)) {
      if (SKIPPED.has(child.name)) continue;
      if (child.name === "w:p") this.addParagraph(child, cell);
      else if (child.name === "w:tbl") this.addTable(child, cell);
      else this.walkBlocks(child, cell); // w:sdt, w:sdtContent, w:customXml, w:ins, …
    }
  }

  private addParagraph(node: XmlElement, cell: FakeCell | undefined): void {
    const level = cell ? cell.row.table.nestingLevel : 0;
    const numPr = firstElement(firstElement(node, "w:pPr") ?? node, "w:numPr");
    const paragraph: FakeParagraph = {
      index: this.paragraphs.length,
      text: paragraphText(node),
      tableNestingLevel: level,
      outlineLevel: 10,
      isListItem: numPr !== undefined,
      listString: "",
      cell,
      node,
      ...this.rendered.get(node),
    };
    this.paragraphs.push(paragraph);
    for (let c = cell; c; c = c.row.table.parent) c.paragraphs.push(paragraph);
  }

  private addTable(node: XmlElement, parent: FakeCell | undefined): void {
    const grid = firstElement(node, "w:tblGrid");
    const table: FakeTable = {
      index: this.tables.length,
      nestingLevel: parent ? parent.row.table.nestingLevel + 1 : 1,
      node,
      rows: [],
      parent,
      gridColumns: grid ? elements(grid, "w:gridCol").length : 0,
      paragraphs: [this.paragraphs.length, this.paragraphs.length],
    };
    this.tables.push(table);
    parent?.tables.push(table);
    const open = new Map<number, true>(); // grid columns with a vertical merge going on
    for (const tr of descendantsOutsideTables(node, "w:tr")) {
      const row: FakeRow = { table, rowIndex: table.rows.length, cells: [], tr: tr };
      table.rows.push(row);
      const trPr = firstElement(tr, "w:trPr");
      const gridBefore = trPr && firstElement(trPr, "w:gridBefore");
      let column = gridBefore ? Number(getAttr(gridBefore, "w:val") ?? 0) : 0;
      const stillOpen = new Map<number, true>();
      for (const tc of descendantsOutsideTables(tr, "w:tc")) {
        const tcPr = firstElement(tc, "w:tcPr");
        const span = tcPr && firstElement(tcPr, "w:gridSpan");
        const vMerge = tcPr && firstElement(tcPr, "w:vMerge");
        const restart = vMerge !== undefined && getAttr(vMerge, "w:val") === "restart";
        const continuation = vMerge !== undefined && !restart && open.has(column);
        const cell: FakeCell = {
          row,
          tcIndex: row.cells.length,
          gridColumn: column,
          colSpan: span ? Number(getAttr(span, "w:val") ?? 1) : 1,
          continuation,
          node: tc,
          paragraphs: [],
          tables: [],
        };
        row.cells.push(cell);
        if (restart || continuation) stillOpen.set(column, true);
        column += cell.colSpan;
        this.walkBlocks(tc, cell);
      }
      open.clear();
      for (const c of stillOpen.keys()) open.set(c, true);
    }
    table.paragraphs[1] = this.paragraphs.length;
  }
}

/** Thrown by `setCellShading` for a value this Word refuses (the session turns it into Word's error). */
export class FakeShadingRejected extends Error {
  constructor(readonly value: string | null) {
    super(`fake: this Word refuses shadingColor ${JSON.stringify(value)}`);
  }
}

function parentOf(root: XmlElement, node: XmlElement): XmlElement | undefined {
  if (root.children.includes(node)) return root;
  for (const child of elements(root)) {
    const found = parentOf(child, node);
    if (found) return found;
  }
  return undefined;
}

/** Word's highlight palette: "#RRGGBB" → the `w:highlight` value. */
const HIGHLIGHT_NAMES: Record<string, string | null> = {
  "#FFFF00": "yellow",
  "#00FF00": "green",
  "#00FFFF": "cyan",
  "#FF00FF": "magenta",
  "#0000FF": "blue",
  "#FF0000": "red",
  "#000080": "darkBlue",
  "#008080": "darkCyan",
  "#008000": "darkGreen",
  "#800080": "darkMagenta",
  "#800000": "darkRed",
  "#808000": "darkYellow",
  "#808080": "darkGray",
  "#C0C0C0": "lightGray",
  "#000000": "black",
};

/** Run properties after `w:highlight` in the schema's order. */
const AFTER_HIGHLIGHT = new Set([
  "w:u",
  "w:effect",
  "w:bdr",
  "w:shd",
  "w:fitText",
  "w:vertAlign",
  "w:rtl",
  "w:cs",
  "w:em",
  "w:lang",
  "w:eastAsianLayout",
  "w:specVanish",
  "w:oMath",
  "w:rPrChange",
]);

/** The runs of a paragraph (in hyperlinks, insertions, content controls too), not deleted ones. */
function runsOf(p: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (el: XmlElement): void => {
    for (const child of elements(el)) {
      if (child.name === "w:r") out.push(child);
      else if (!SKIPPED.has(child.name) && child.name !== "w:p") walk(child);
    }
  };
  walk(p);
  return out;
}

/** Elements of that name under `el`, not looking into nested tables (rows through w:sdt etc.). */
function descendantsOutsideTables(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of elements(el)) {
    if (child.name === name) out.push(child);
    else if (child.name !== "w:tbl" && !SKIPPED.has(child.name))
      out.push(...descendantsOutsideTables(child, name));
  }
  return out;
}

/** A paragraph's text as Word's `Paragraph.text` gives it (Word's control characters for breaks). */
function paragraphText(p: XmlElement): string {
  let text = "";
  const walk = (el: XmlElement): void => {
    for (const child of el.children) {
      if (!isElement(child)) continue;
      if (SKIPPED.has(child.name) || child.name === "w:p" || child.name === "w:tbl") continue;
      switch (child.name) {
        case "w:t":
          text += child.children.filter((c): c is string => !isElement(c)).join("");
          break;
        case "w:tab":
        case "w:ptab":
          text += "\t";
          break;
        case "w:br": {
          const type = getAttr(child, "w:type");
          text += type === "page" ? "\f" : type === "column" ? "\u000e" : "\v";
          break;
        }
        case "w:cr":
          text += "\v";
          break;
        case "w:noBreakHyphen":
          text += "\u001e";
          break;
        case "w:softHyphen":
          text += "\u001f";
          break;
        default:
          walk(child);
      }
    }
  };
  walk(p);
  return text;
}
