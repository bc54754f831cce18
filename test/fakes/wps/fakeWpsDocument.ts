/**
 * The document behind the fake WPS: built from a real .docx (word/document.xml as a mutable XML
 * tree), it outlives the fake's sessions — shading, comments and custom properties written in one
 * session are there in the next (the pane reloaded), and `save()` writes a real .docx (stored zip,
 * custom properties in docProps/custom.xml) that `FakeWpsDocument.open` reads back (the document
 * closed and reopened).
 *
 * Character positions (`Range.Start/End`) follow Word's model closely enough for the adapter: a
 * paragraph is its text and a paragraph mark; a table row ends with an end-of-row mark. A cell's
 * `Range.Text` ends with the end-of-cell mark the options say ("\r\u0007" as in Word).
 */
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
} from "../xmlTree";
import { flatOpcPackage, MAIN, SKIPPED } from "../flatOpc";
import type { XmlElement, XmlNode } from "../xmlTree";
import { readZipSync, utf8Text, writeZipSync } from "./zip";
import type { FakeFileSystem } from "./fakeFileSystem";

export const WD_COLOR_AUTOMATIC = -16777216;

export interface LParagraph {
  node: XmlElement;
  parent: XmlElement;
  text: string;
  start: number;
  end: number;
  cell?: LCell;
}

export interface LTable {
  node: XmlElement;
  parent: XmlElement;
  nestingLevel: number;
  rows: LRow[];
  start: number;
  end: number;
  parentCell?: LCell;
  /** Tables directly nested in its cells. */
  tables: LTable[];
}

export interface LRow {
  table: LTable;
  index: number;
  tr: XmlElement;
  cells: LCell[];
  /** Grid columns of the row (after gridBefore), for the `grid` numbering. */
  gridEnd: number;
}

export interface LCell {
  row: LRow;
  tcIndex: number;
  node: XmlElement;
  gridColumn: number;
  colSpan: number;
  continuation: boolean;
  /** For a continuation: the cell that starts the vertical merge. */
  owner?: LCell;
  paragraphs: LParagraph[];
  start: number;
  end: number;
}

/** A block of the body (or of a cell): where `InsertFile` and `InsertParagraphBefore` put things. */
interface LBlock {
  node: XmlElement;
  parent: XmlElement;
  start: number;
  end: number;
}

export interface FakeComment {
  id: number;
  /** The `w:tc` or `w:p` it is anchored to. */
  anchor: XmlElement;
  text: string;
  author: string;
}

export interface FakeProperty {
  name: string;
  value: string;
}

export interface InsertedFile {
  path: string;
  bytes: Uint8Array;
  /** The position inserted at, and whether that was inside a table. */
  at: number;
  inTable: boolean;
}

interface UndoStep {
  name: string;
  /** Every element's attributes and children as they were: restored in place, so that objects
   * WPS handed out before (cells, ranges) see the undone state, as in WPS. */
  body: Map<XmlElement, { attrs: [string, string][]; children: XmlNode[] }>;
  comments: FakeComment[];
}

function snapshotTree(root: XmlElement): UndoStep["body"] {
  const out: UndoStep["body"] = new Map();
  const visit = (el: XmlElement) => {
    out.set(el, { attrs: el.attrs.map(([n, v]) => [n, v] as [string, string]), children: [...el.children] });
    elements(el).forEach(visit);
  };
  visit(root);
  return out;
}

const TEXTURES: [string, number][] = [
  ["clear", 0],
  ["nil", 0],
  ["solid", 1000],
  ["pct5", 50],
  ["pct10", 100],
  ["pct12", 125],
  ["pct15", 150],
  ["pct20", 200],
  ["pct25", 250],
  ["pct30", 300],
  ["pct35", 350],
  ["pct37", 375],
  ["pct40", 400],
  ["pct45", 450],
  ["pct50", 500],
  ["pct55", 550],
  ["pct60", 600],
  ["pct62", 625],
  ["pct65", 650],
  ["pct70", 700],
  ["pct75", 750],
  ["pct80", 800],
  ["pct85", 850],
  ["pct87", 875],
  ["pct90", 900],
  ["pct95", 950],
  ["horzStripe", -7],
  ["vertStripe", -8],
  ["diagStripe", -10],
  ["reverseDiagStripe", -9],
  ["horzCross", -11],
  ["diagCross", -12],
];

export class FakeWpsDocument {
  readonly id: number;
  name: string;
  fullName: string;
  saved: boolean;
  readOnly = false;
  /** `wdNoProtection` = -1; `wdAllowOnlyReading` = 3. */
  protectionType = -1;
  comments: FakeComment[] = [];
  properties: FakeProperty[] = [];
  readonly insertedFiles: InsertedFile[] = [];
  /** Every cell whose shading was written, in order (the `w:tc`, and what was written). */
  readonly shadingWrites: { tc: XmlElement; what: string }[] = [];
  readonly undoStack: UndoStep[] = [];
  /** Set by the session's UndoRecord: writes go into this one step. */
  recording: { name: string; step: UndoStep | null } | null = null;
  private nextComment = 1;
  private laidOut: Layout | null = null;
  private static nextId = 1;

  private constructor(
    private readonly rootTag: string,
    readonly body: XmlElement,
    private readonly parts: { styles?: string; numbering?: string },
    readonly fs: FakeFileSystem,
    fullName: string,
    saved: boolean,
  ) {
    this.id = FakeWpsDocument.nextId++;
    this.fullName = fullName;
    this.name = fullName.split(/[\\/]/).pop() ?? fullName;
    this.saved = saved;
  }

  /**
   * A document opened from .docx bytes. With a path it is a saved file (the bytes are put there in
   * the fake file system); without, an unsaved new document named `文档1`.
   */
  static fromDocx(bytes: Uint8Array, fs: FakeFileSystem, path?: string): FakeWpsDocument {
    const files = readZipSync(bytes);
    const part = (name: string) => {
      const data = files.get(name);
      return data ? utf8Text(data) : undefined;
    };
    const documentXml = part("word/document.xml");
    if (documentXml === undefined) throw new Error("fake WPS: no word/document.xml");
    const root = parseXmlElement(documentXml);
    const body = firstElement(root, "w:body");
    if (!body) throw new Error("fake WPS: no w:body");
    const doc = new FakeWpsDocument(
      startTag(root),
      body,
      { styles: part("word/styles.xml"), numbering: part("word/numbering.xml") },
      fs,
      path ?? "文档1",
      path !== undefined,
    );
    doc.properties = readCustomProperties(part("docProps/custom.xml"));
    const comments = part("fake/comments.json");
    if (comments) doc.restoreComments(JSON.parse(comments) as SavedComment[]);
    if (path !== undefined) fs.write(path, bytes);
    return doc;
  }

  /** Opens the file at `path` again (after `save()`): a new document object, a new session's view. */
  static open(fs: FakeFileSystem, path: string): FakeWpsDocument {
    return FakeWpsDocument.fromDocx(fs.read(path), fs, path);
  }

  /** A new blank document (`Documents.Add()`): one empty paragraph, unsaved, named 文档<n>. */
  static blank(fs: FakeFileSystem, name: string): FakeWpsDocument {
    const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    const bytes = writeZipSync(
      new Map([
        ["word/document.xml", `<w:document xmlns:w="${W}"><w:body><w:p/><w:sectPr/></w:body></w:document>`],
      ]),
    );
    const doc = FakeWpsDocument.fromDocx(bytes, fs);
    doc.fullName = doc.name = name;
    return doc;
  }

  // ---- Layout: paragraphs, tables and character positions ---------------------------------

  layout(): Layout {
    this.laidOut ??= new Layout(this.body);
    return this.laidOut;
  }

  /** The tree changed shape or text: positions are laid out again when next asked. */
  private invalidate(): void {
    this.laidOut = null;
  }

  // ---- The user edits the document (not through the API: no undo step, no write log) -------

  private cellAt(table: number, row: number, tc: number): LCell {
    const cell = this.layout().tables[table]?.rows[row]?.cells[tc];
    if (!cell) throw new Error(`fake WPS: no cell ${table}:${row}:${tc}`);
    return cell;
  }

  /** Replaces a cell's text (by pre-order table index, row, `w:tc` position) with one paragraph. */
  typeIntoCell(table: number, row: number, tc: number, text: string): void {
    const cell = this.cellAt(table, row, tc);
    const paragraphs = elements(cell.node, "w:p");
    const [first, ...rest] = paragraphs;
    if (!first) throw new Error("fake WPS: a cell without paragraphs");
    first.children = first.children.filter((c) => isElement(c) && c.name === "w:pPr");
    first.children.push({ name: "w:r", attrs: [], children: [{ name: "w:t", attrs: [], children: [text] }] });
    cell.node.children = cell.node.children.filter((c) => !rest.includes(c as XmlElement));
    this.saved = false;
    this.invalidate();
  }

  /** Fills a cell by hand (`hex`, or null to take the fill away). */
  recolour(table: number, row: number, tc: number, hex: string | null): void {
    const shd = this.shd(this.cellAt(table, row, tc).node, true) as XmlElement;
    setAttr(shd, "w:val", "clear");
    setAttr(shd, "w:fill", hex ?? "auto");
    this.saved = false;
  }

  deleteRow(table: number, row: number): void {
    const t = this.layout().tables[table];
    const tr = t.rows[row].tr;
    removeNode(t.node, tr);
    this.saved = false;
    this.invalidate();
  }

  deleteTable(table: number): void {
    const t = this.layout().tables[table];
    t.parent.children.splice(t.parent.children.indexOf(t.node), 1);
    this.saved = false;
    this.invalidate();
  }

  /** Adds a paragraph of text at the very start of the body. */
  typeParagraphAtStart(text: string): void {
    this.body.children.unshift({
      name: "w:p",
      attrs: [],
      children: [{ name: "w:r", attrs: [], children: [{ name: "w:t", attrs: [], children: [text] }] }],
    });
    this.saved = false;
    this.invalidate();
  }

  /** Copies a table (by pre-order index) to the very start of the body, with a paragraph after it. */
  copyTableToStart(table: number): void {
    const copy = parseXmlElement(serialize(this.layout().tables[table].node));
    this.body.children.unshift(copy, { name: "w:p", attrs: [], children: [] });
    this.saved = false;
    this.invalidate();
  }

  // ---- Writes -------------------------------------------------------------------------------

  /** Every write goes through here: read-only documents refuse, undo steps are recorded. */
  beforeWrite(what: string): void {
    if (this.readOnly || this.protectionType !== -1)
      throw new Error(`fake WPS: 文档为只读或受保护，不能${what}`);
    this.saved = false;
    const snapshot = (): UndoStep => ({
      name: this.recording?.name ?? what,
      body: snapshotTree(this.body),
      comments: [...this.comments],
    });
    if (this.recording) {
      if (!this.recording.step) {
        this.recording.step = snapshot();
        this.undoStack.push(this.recording.step);
      }
    } else this.undoStack.push(snapshot());
  }

  /** Ctrl+Z: the last undo step (one custom record, or one single write) is taken back. */
  undo(): string | undefined {
    const step = this.undoStack.pop();
    if (!step) return undefined;
    for (const [el, was] of step.body) {
      el.attrs = was.attrs;
      el.children = was.children;
    }
    this.comments = step.comments;
    this.invalidate();
    this.saved = false;
    return step.name;
  }

  shd(tc: XmlElement, create: boolean): XmlElement | undefined {
    let tcPr = firstElement(tc, "w:tcPr");
    if (!tcPr) {
      if (!create) return undefined;
      tcPr = { name: "w:tcPr", attrs: [], children: [] };
      tc.children.unshift(tcPr);
    }
    let shd = firstElement(tcPr, "w:shd");
    if (!shd && create) {
      shd = {
        name: "w:shd",
        attrs: [
          ["w:val", "clear"],
          ["w:color", "auto"],
          ["w:fill", "auto"],
        ],
        children: [],
      };
      const before = new Set(["w:cnfStyle", "w:tcW", "w:gridSpan", "w:hMerge", "w:vMerge", "w:tcBorders"]);
      let at = 0;
      tcPr.children.forEach((c, i) => {
        if (isElement(c) && before.has(c.name)) at = i + 1;
      });
      tcPr.children.splice(at, 0, shd);
    }
    return shd;
  }

  getColour(tc: XmlElement, which: "fill" | "color"): number {
    const shd = this.shd(tc, false);
    const value = shd && getAttr(shd, `w:${which}`);
    return !value || value.toLowerCase() === "auto" ? WD_COLOR_AUTOMATIC : hexToBgr(value);
  }

  setColour(tc: XmlElement, which: "fill" | "color", bgr: unknown): void {
    if (
      typeof bgr !== "number" ||
      !Number.isInteger(bgr) ||
      (bgr !== WD_COLOR_AUTOMATIC && (bgr < 0 || bgr > 0xffffff))
    )
      throw new Error(`fake WPS: ${String(bgr)} is not a WdColor`);
    this.beforeWrite("设置底纹");
    this.shadingWrites.push({ tc, what: which });
    const shd = this.shd(tc, true) as XmlElement;
    setAttr(shd, `w:${which}`, bgr === WD_COLOR_AUTOMATIC ? "auto" : bgrToHex(bgr));
    // Setting a plain colour unlinks a theme colour (as Word does).
    const theme = which === "fill" ? "w:themeFill" : "w:themeColor";
    shd.attrs = shd.attrs.filter(([n]) => !n.startsWith(theme));
  }

  getTexture(tc: XmlElement): number {
    const shd = this.shd(tc, false);
    const val = shd && getAttr(shd, "w:val");
    if (!val) return 0;
    const known = TEXTURES.find(([name]) => name === val);
    if (!known) throw new Error(`fake WPS: texture ${val} not modelled`);
    return known[1];
  }

  setTexture(tc: XmlElement, texture: unknown): void {
    const known = TEXTURES.find(([name, value]) => value === texture && name !== "nil");
    if (!known) throw new Error(`fake WPS: ${String(texture)} is not a WdTextureIndex the fake knows`);
    this.beforeWrite("设置底纹");
    this.shadingWrites.push({ tc, what: "texture" });
    setAttr(this.shd(tc, true) as XmlElement, "w:val", known[0]);
  }

  addComment(anchor: XmlElement, text: string): FakeComment {
    this.beforeWrite("插入批注");
    const comment = { id: this.nextComment++, anchor, text, author: "fake user" };
    this.comments.push(comment);
    return comment;
  }

  deleteComment(comment: FakeComment): void {
    const at = this.comments.indexOf(comment);
    if (at < 0) throw new Error("fake WPS: the comment was already deleted");
    this.beforeWrite("删除批注");
    this.comments.splice(at, 1);
  }

  /** Inserts body-level XML nodes at a position (before the block that starts there). */
  insertNodes(position: number, nodes: XmlNode[], what: string): void {
    this.beforeWrite(what);
    const { parent, index } = this.insertionPoint(position);
    parent.children.splice(index, 0, ...nodes);
    this.invalidate();
  }

  /** `Range.InsertFile`: the file's body (not its section properties) at the position. */
  insertFile(position: number, path: string): void {
    const bytes = this.fs.read(path);
    const files = readZipSync(bytes);
    const xml = files.get("word/document.xml");
    if (!xml) throw new Error(`fake WPS: ${path} is not a Word document`);
    const body = firstElement(parseXmlElement(utf8Text(xml)), "w:body");
    if (!body) throw new Error(`fake WPS: ${path} has no body`);
    const inTable = this.layout().paragraphAt(position)?.cell !== undefined;
    this.insertedFiles.push({ path, bytes: bytes.slice(), at: position, inTable });
    this.insertNodes(
      position,
      elements(body).filter((e) => e.name !== "w:sectPr"),
      "插入文件",
    );
  }

  private insertionPoint(position: number): { parent: XmlElement; index: number } {
    const layout = this.layout();
    // The outermost block starting there (a table, not the first paragraph of its first cell).
    const block = layout.blocks.filter((b) => b.start === position).sort((a, b) => b.end - a.end)[0] ?? null;
    if (block) return { parent: block.parent, index: block.parent.children.indexOf(block.node) };
    const paragraph = layout.paragraphAt(position);
    if (paragraph) {
      // Inside a paragraph: after it (the fake does not split paragraphs).
      return { parent: paragraph.parent, index: paragraph.parent.children.indexOf(paragraph.node) + 1 };
    }
    const sectPr = firstElement(this.body, "w:sectPr");
    return {
      parent: this.body,
      index: sectPr ? this.body.children.indexOf(sectPr) : this.body.children.length,
    };
  }

  // ---- Custom document properties -----------------------------------------------------------

  addProperty(name: string, value: string): FakeProperty {
    if (this.properties.some((p) => p.name === name)) throw new Error(`fake WPS: property ${name} exists`);
    const property = { name, value };
    this.properties.push(property);
    this.saved = false;
    return property;
  }

  deleteProperty(property: FakeProperty): void {
    const at = this.properties.indexOf(property);
    if (at < 0) throw new Error("fake WPS: the property was already deleted");
    this.properties.splice(at, 1);
    this.saved = false;
  }

  // ---- OOXML out ------------------------------------------------------------------------------

  /** The document as Flat OPC (`Document.WordOpenXML` / `Content.WordOpenXML`). */
  flatOpc(options: { withoutTables?: boolean; only?: XmlElement } = {}): string {
    let bodyXml: string;
    if (options.only) bodyXml = `${serialize(options.only)}<w:p/>`;
    else if (options.withoutTables) bodyXml = elements(this.body).map(flattenTables).join("");
    else bodyXml = this.body.children.map(serialize).join("");
    return flatOpcPackage(`${this.rootTag}<w:body>${bodyXml}</w:body></w:document>`, this.parts);
  }

  /** The document as a .docx (what `Save()` writes). */
  toDocx(): Uint8Array {
    const files = new Map<string, string>();
    const overrides = [
      `<Override PartName="/word/document.xml" ContentType="${MAIN}.document.main+xml"/>`,
      `<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>`,
    ];
    if (this.parts.styles)
      overrides.push(`<Override PartName="/word/styles.xml" ContentType="${MAIN}.styles+xml"/>`);
    if (this.parts.numbering)
      overrides.push(`<Override PartName="/word/numbering.xml" ContentType="${MAIN}.numbering+xml"/>`);
    files.set(
      "[Content_Types].xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="json" ContentType="application/json"/>${overrides.join("")}</Types>`,
    );
    files.set(
      "_rels/.rels",
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>',
    );
    const rels: string[] = [];
    if (this.parts.styles) {
      files.set("word/styles.xml", this.parts.styles);
      rels.push(
        '<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>',
      );
    }
    if (this.parts.numbering) {
      files.set("word/numbering.xml", this.parts.numbering);
      rels.push(
        '<Relationship Id="rIdN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>',
      );
    }
    files.set(
      "word/_rels/document.xml.rels",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`,
    );
    files.set(
      "word/document.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${this.rootTag}${serialize(this.body)}</w:document>`,
    );
    files.set("docProps/custom.xml", customPropertiesXml(this.properties));
    files.set("fake/comments.json", JSON.stringify(this.savedComments()));
    return writeZipSync(files);
  }

  /** `Document.Save()`: the file at `fullName` becomes the document as it is. */
  save(path = this.fullName): void {
    if (!/[\\/]/.test(path)) throw new Error("fake WPS: a new document needs a path to be saved");
    this.fs.write(path, this.toDocx());
    this.fullName = path;
    this.name = path.split(/[\\/]/).pop() ?? path;
    this.saved = true;
  }

  // Comments survive a save as (table, row, cell) addresses: the fake's own part, not OOXML.
  private savedComments(): SavedComment[] {
    const layout = this.layout();
    return this.comments.flatMap((c) => {
      const cell = layout.cellOf(c.anchor);
      if (!cell) return [];
      return [
        {
          table: layout.tables.indexOf(cell.row.table),
          row: cell.row.index,
          tc: cell.tcIndex,
          text: c.text,
          author: c.author,
        },
      ];
    });
  }

  private restoreComments(saved: SavedComment[]): void {
    const layout = this.layout();
    for (const s of saved) {
      const cell = layout.tables[s.table]?.rows[s.row]?.cells[s.tc];
      if (cell)
        this.comments.push({ id: this.nextComment++, anchor: cell.node, text: s.text, author: s.author });
    }
  }
}

interface SavedComment {
  table: number;
  row: number;
  tc: number;
  text: string;
  author: string;
}

/** Paragraphs, tables and positions of a body, computed once per shape. */
export class Layout {
  readonly paragraphs: LParagraph[] = [];
  /** Every table, pre-order (a table before the tables nested in it). */
  readonly tables: LTable[] = [];
  readonly blocks: LBlock[] = [];
  private story = "";
  private readonly cells = new Map<XmlElement, LCell>();

  constructor(body: XmlElement) {
    this.walk(body, undefined);
  }

  get length(): number {
    return this.story.length;
  }

  text(start: number, end: number): string {
    return this.story.slice(start, end);
  }

  topLevelTables(): LTable[] {
    return this.tables.filter((t) => t.nestingLevel === 1);
  }

  cellOf(tc: XmlElement): LCell | undefined {
    return this.cells.get(tc);
  }

  paragraphAt(position: number): LParagraph | undefined {
    return this.paragraphs.find((p) => p.start <= position && position < p.end);
  }

  private walk(container: XmlElement, cell: LCell | undefined): void {
    for (const child of elements(container)) {
      if (SKIPPED.has(child.name)) continue;
      if (child.name === "w:p") {
        const start = this.story.length;
        const paragraph: LParagraph = {
          node: child,
          parent: container,
          text: paragraphText(child),
          start,
          end: 0,
          cell,
        };
        this.story += `${paragraph.text}\r`;
        paragraph.end = this.story.length;
        this.paragraphs.push(paragraph);
        for (let c = cell; c; c = c.row.table.parentCell) c.paragraphs.push(paragraph);
        this.blocks.push({ node: child, parent: container, start, end: paragraph.end });
      } else if (child.name === "w:tbl") {
        this.table(child, container, cell);
      } else this.walk(child, cell);
    }
  }

  private table(node: XmlElement, parent: XmlElement, parentCell: LCell | undefined): void {
    const table: LTable = {
      node,
      parent,
      nestingLevel: parentCell ? parentCell.row.table.nestingLevel + 1 : 1,
      rows: [],
      start: this.story.length,
      end: 0,
      parentCell,
      tables: [],
    };
    this.tables.push(table);
    parentCell?.row.table.tables.push(table);
    const open = new Map<number, LCell>();
    for (const tr of rowsOf(node)) {
      const trPr = firstElement(tr, "w:trPr");
      const before = trPr && firstElement(trPr, "w:gridBefore");
      let column = before ? Number(getAttr(before, "w:val") ?? 0) : 0;
      const row: LRow = { table, index: table.rows.length, tr, cells: [], gridEnd: 0 };
      table.rows.push(row);
      const stillOpen = new Map<number, LCell>();
      for (const tc of cellsOf(tr)) {
        const tcPr = firstElement(tc, "w:tcPr");
        const span = tcPr && firstElement(tcPr, "w:gridSpan");
        const vMerge = tcPr && firstElement(tcPr, "w:vMerge");
        const restart = vMerge !== undefined && getAttr(vMerge, "w:val") === "restart";
        const owner = vMerge !== undefined && !restart ? open.get(column) : undefined;
        const cell: LCell = {
          row,
          tcIndex: row.cells.length,
          node: tc,
          gridColumn: column,
          colSpan: span ? Number(getAttr(span, "w:val") ?? 1) : 1,
          continuation: owner !== undefined,
          owner,
          paragraphs: [],
          start: this.story.length,
          end: 0,
        };
        row.cells.push(cell);
        this.cells.set(tc, cell);
        if (restart) stillOpen.set(column, cell);
        else if (owner) stillOpen.set(column, owner);
        column += cell.colSpan;
        this.walk(tc, cell);
        cell.end = this.story.length;
      }
      row.gridEnd = column;
      this.story += "\u0007"; // end-of-row mark
      open.clear();
      for (const [c, o] of stillOpen) open.set(c, o);
    }
    table.end = this.story.length;
    this.blocks.push({ node, parent, start: table.start, end: table.end });
  }
}

/** Rows of a table, through w:sdt / w:customXml wrappers, not into nested tables. */
function rowsOf(tbl: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of elements(tbl)) {
    if (child.name === "w:tr") out.push(child);
    else if (child.name !== "w:tbl" && !SKIPPED.has(child.name)) out.push(...rowsOf(child));
  }
  return out;
}

function cellsOf(tr: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of elements(tr)) {
    if (child.name === "w:tc") out.push(child);
    else if (child.name !== "w:tbl" && !SKIPPED.has(child.name) && child.name !== "w:tblPrEx")
      out.push(...cellsOf(child));
  }
  return out;
}

function paragraphText(p: XmlElement): string {
  let text = "";
  const walk = (el: XmlElement): void => {
    for (const child of el.children) {
      if (!isElement(child)) continue;
      if (SKIPPED.has(child.name) || child.name === "w:p" || child.name === "w:tbl") continue;
      if (child.name === "w:t") text += child.children.filter((c): c is string => !isElement(c)).join("");
      else if (child.name === "w:tab" || child.name === "w:ptab") text += "\t";
      else if (child.name === "w:br" || child.name === "w:cr") text += "\u000b";
      else walk(child);
    }
  };
  walk(p);
  return text;
}

/** A table replaced by its paragraphs: a WordOpenXML "without table markup". */
function flattenTables(el: XmlElement): string {
  if (el.name !== "w:tbl") return serialize(el);
  const out: string[] = [];
  const visit = (node: XmlElement) => {
    for (const child of elements(node)) {
      if (child.name === "w:p") out.push(serialize(child));
      else if (!SKIPPED.has(child.name)) visit(child);
    }
  };
  visit(el);
  return out.join("");
}

export function hexToBgr(hex: string): number {
  const h = hex.replace(/^#/, "");
  if (!/^[0-9a-f]{6}$/i.test(h)) throw new Error(`fake WPS: fill ${hex} not modelled`);
  return (
    (parseInt(h.slice(4, 6), 16) << 16) | (parseInt(h.slice(2, 4), 16) << 8) | parseInt(h.slice(0, 2), 16)
  );
}

export function bgrToHex(bgr: number): string {
  const r = bgr & 0xff;
  const g = (bgr >> 8) & 0xff;
  const b = (bgr >> 16) & 0xff;
  return [r, g, b].map((c) => c.toString(16).padStart(2, "0").toUpperCase()).join("");
}

const CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
const VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
const FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function customPropertiesXml(properties: readonly FakeProperty[]): string {
  const items = properties
    .map(
      (p, i) =>
        `<property fmtid="${FMTID}" pid="${i + 2}" name="${escapeXml(p.name)}"><vt:lpwstr>${escapeXml(p.value)}</vt:lpwstr></property>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="${CUSTOM_NS}" xmlns:vt="${VT_NS}">${items}</Properties>`;
}

function readCustomProperties(xml: string | undefined): FakeProperty[] {
  if (!xml) return [];
  const root = parseXmlElement(xml);
  return elements(root, "property").map((p) => {
    const value = elements(p)[0];
    return {
      name: getAttr(p, "name") ?? "",
      value: value ? value.children.filter((c): c is string => !isElement(c)).join("") : "",
    };
  });
}
