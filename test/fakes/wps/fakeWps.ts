/**
 * The fake of WPS 文字's JS object model: `window.Application` over FakeWpsDocuments. It does
 * what wps-notes.md is sure of — synchronous calls, 1-based collections with `Item(i)`, colours as
 * BGR integers with `wdColorAutomatic`, a refusal to write to a read-only or protected document —
 * and, where the notes are not sure, what the options choose:
 *
 * - `numbering`: how `Table.Cell(row, column)` numbers a row with merged cells — `counts` (one
 *   column per `w:tc`, vertical-merge continuations included: Word's VBA), `skips` (continuations
 *   not counted) or `grid` (one column per grid column);
 * - `coveredCell`: what `Cell(r, c)` gives on a covered position — `throws` (Word's VBA), `owner`
 *   (the cell covering it) or `self` (the continuation cell itself);
 * - `contentXml` / `documentXml`: `Content.WordOpenXML` and `Document.WordOpenXML` are `full`,
 *   `absent`, `noTables` (the XML without table markup) or `throws`;
 * - `fileSystem` present or not, and how `writeAsBinaryString` behaves (`binaryWrite`);
 * - `propertyLimit` / `propertyOverflow`: the length of a custom property's value, and whether a
 *   longer one `throws` or `truncates`;
 * - `cellTextSuffix`: what `Cell.Range.Text` ends with ("\r\u0007" as Word);
 * - `undoRecord`, `commentsOnCells`, `scrollIntoView`: members present or refusing;
 * - `methodProperties`: property names this build exposes as zero-argument methods;
 * - `automaticFill`: what writing `wdColorAutomatic` to a background does — no fill, a refusal, or
 *   white (a restore that does not come out as recorded).
 *
 * Every member access through the bridge is counted (`session.calls`): each is a synchronous
 * round trip into WPS on a real machine.
 */
// The fake's WPS objects are object literals with getters and setters (WPS's members are properties), and
// their accessors reach the session through a local alias: `this` inside them is the literal.
/* eslint-disable @typescript-eslint/no-this-alias */
import { FakeFileSystem, type BinaryWrite } from "./fakeFileSystem";
import {
  FakeWpsDocument,
  WD_COLOR_AUTOMATIC,
  type FakeComment,
  type FakeProperty,
  type LCell,
  type LTable,
} from "./fakeWpsDocument";
import type { XmlElement } from "../xmlTree";

export type Numbering = "counts" | "skips" | "grid";
export type CoveredCell = "throws" | "owner" | "self";
export type XmlMode = "full" | "absent" | "noTables" | "throws";

export interface FakeWpsOptions {
  numbering?: Numbering;
  coveredCell?: CoveredCell;
  contentXml?: XmlMode;
  documentXml?: XmlMode;
  fileSystem?: boolean;
  binaryWrite?: BinaryWrite;
  propertyLimit?: number;
  propertyOverflow?: "throws" | "truncates";
  cellTextSuffix?: string;
  undoRecord?: boolean;
  commentsOnCells?: boolean;
  scrollIntoView?: boolean;
  methodProperties?: string[];
  /** Writing `wdColorAutomatic` to a background: `kept` (no fill), `refused` (throws), `white`. */
  automaticFill?: "kept" | "refused" | "white";
}

const DEFAULTS: Required<FakeWpsOptions> = {
  numbering: "counts",
  coveredCell: "throws",
  contentXml: "full",
  documentXml: "full",
  fileSystem: true,
  binaryWrite: "works",
  propertyLimit: 255,
  propertyOverflow: "throws",
  cellTextSuffix: "\r\u0007",
  undoRecord: true,
  commentsOnCells: true,
  scrollIntoView: true,
  methodProperties: [],
  automaticFill: "kept",
};

const MEMBER_MISSING =
  "fake WPS: 要求的集合成员不存在。(the requested member of the collection does not exist)";

interface Slot {
  cell: LCell;
  covered: boolean;
  /** Who shows on a covered position. */
  owner?: LCell;
}

/** The positions of `Cell(r, ·)` in a row, under a numbering (the fake's own, not the adapter's). */
function slotsOf(cells: readonly LCell[], numbering: Numbering): Slot[] {
  const out: Slot[] = [];
  for (const cell of cells) {
    if (numbering === "skips" && cell.continuation) continue;
    out.push({ cell, covered: cell.continuation, owner: cell.owner });
    if (numbering === "grid")
      for (let k = 1; k < cell.colSpan; k++)
        out.push({ cell, covered: true, owner: cell.continuation ? cell.owner : cell });
  }
  return out;
}

export interface FakeTaskPane {
  ID: number;
  url: string;
  title?: string;
  Visible: boolean;
  DockPosition: number;
  Width: number;
  navigations: string[];
}

export class FakeWpsSession {
  readonly options: Required<FakeWpsOptions>;
  readonly documents: FakeWpsDocument[];
  active: FakeWpsDocument | null;
  /** Member accesses through the bridge (each a round trip into WPS). */
  calls = 0;
  selection = { start: 0, end: 0 };
  readonly scrolled: { start: number; end: number }[] = [];
  readonly pluginStorage = new Map<string, unknown>();
  readonly taskPanes: FakeTaskPane[] = [];
  readonly dialogs: { url: string; title?: string }[] = [];
  readonly undoNames: string[] = [];
  readonly app: Record<string, unknown>;
  private undoLevel = 0;
  private readonly proxies = new WeakMap<object, object>();
  private readonly targets = new WeakMap<object, object>();
  private readonly documentApis = new Map<FakeWpsDocument, object>();

  constructor(
    documents: FakeWpsDocument | FakeWpsDocument[],
    options: FakeWpsOptions = {},
    readonly fs: FakeFileSystem = (Array.isArray(documents) ? documents[0] : documents)?.fs ??
      new FakeFileSystem(),
  ) {
    this.options = { ...DEFAULTS, ...options };
    this.documents = Array.isArray(documents) ? [...documents] : [documents];
    this.active = this.documents[0] ?? null;
    this.app = this.bridge(this.application()) as Record<string, unknown>;
  }

  // ---- Test helpers ---------------------------------------------------------------------------

  activate(doc: FakeWpsDocument | null): void {
    this.active = doc;
    if (doc && !this.documents.includes(doc)) this.documents.push(doc);
  }

  /** Puts the cursor at a position of the active document. */
  cursorAt(position: number): void {
    this.selection = { start: position, end: position };
  }

  /** Puts the cursor into a cell (table by pre-order index, row, `w:tc` position). */
  cursorInCell(table: number, row: number, tc: number): void {
    const cell = this.doc().layout().tables[table].rows[row].cells[tc];
    this.cursorAt(cell.start);
  }

  /** The text of what is selected. */
  selectedText(): string {
    return this.doc().layout().text(this.selection.start, this.selection.end);
  }

  private doc(): FakeWpsDocument {
    if (!this.active) throw new Error("fake WPS: no active document");
    return this.active;
  }

  // ---- The bridge -------------------------------------------------------------------------------

  /** Wraps an object so that every access is counted and results are bridged in turn. */
  bridge<T extends object>(target: T): T {
    const known = this.proxies.get(target);
    if (known) return known as T;
    const methodProperties = new Set(this.options.methodProperties);
    const wrap = (value: unknown): unknown =>
      typeof value === "object" &&
      value !== null &&
      !(value instanceof ArrayBuffer) &&
      !ArrayBuffer.isView(value)
        ? this.bridge(value)
        : value;
    const proxy = new Proxy(target, {
      get: (t, key, receiver) => {
        if (typeof key === "symbol") return Reflect.get(t, key, receiver);
        this.calls++;
        const value = Reflect.get(t, key, t);
        if (typeof value === "function")
          return (...args: unknown[]) =>
            wrap(
              (value as (...a: unknown[]) => unknown).apply(
                t,
                args.map((a) => this.unwrap(a)),
              ),
            );
        if (methodProperties.has(key)) return () => wrap(value);
        return wrap(value);
      },
      set: (t, key, value) => {
        this.calls++;
        return Reflect.set(t, key, this.unwrap(value), t);
      },
    });
    this.proxies.set(target, proxy);
    this.targets.set(proxy, target);
    return proxy;
  }

  unwrap<T>(value: T): T {
    return typeof value === "object" && value !== null ? ((this.targets.get(value) as T) ?? value) : value;
  }

  // ---- Application --------------------------------------------------------------------------------

  private application(): Record<string, unknown> {
    const session = this;
    const o = this.options;
    const app: Record<string, unknown> = {
      Name: "WPS 文字 (fake)",
      Build: "12.1.0.fake",
      Version: "12.0",
      get ActiveDocument() {
        return session.active ? session.documentApi(session.active) : null;
      },
      get Selection() {
        return session.selectionApi();
      },
      Documents: {
        get Count() {
          return session.documents.length;
        },
        Item(index: number) {
          const doc = session.documents[index - 1];
          if (!doc) throw new Error(MEMBER_MISSING);
          return session.documentApi(doc);
        },
        Add() {
          const doc = FakeWpsDocument.blank(session.fs, `文档${session.documents.length + 1}`);
          session.activate(doc);
          return session.documentApi(doc);
        },
        Open(path: string) {
          const doc = FakeWpsDocument.open(session.fs, path);
          session.activate(doc);
          return session.documentApi(doc);
        },
      },
      ActiveWindow: {
        ScrollIntoView(target: unknown) {
          if (!o.scrollIntoView) throw new Error("fake WPS: ScrollIntoView failed");
          const range = target as { Start?: unknown; End?: unknown };
          session.scrolled.push({ start: Number(range.Start), end: Number(range.End) });
        },
      },
      ScreenUpdating: true,
      Env: {
        GetTempPath: () => `${session.fs.tempDir}/`,
        GetHomePath: () => "/home/fake",
        GetAppDataPath: () => "/home/fake/.local/share",
      },
      PluginStorage: {
        getItem: (key: string) => (session.pluginStorage.has(key) ? session.pluginStorage.get(key) : null),
        setItem: (key: string, value: unknown) => void session.pluginStorage.set(key, value),
        removeItem: (key: string) => void session.pluginStorage.delete(key),
      },
      CreateTaskPane(url: string, title?: string) {
        const pane: FakeTaskPane = {
          ID: 1000 + session.taskPanes.length,
          url,
          title,
          Visible: false,
          DockPosition: 0,
          Width: 300,
          navigations: [url],
        };
        session.taskPanes.push(pane);
        return Object.assign(pane, {
          Navigate(next: string) {
            pane.url = next;
            pane.navigations.push(next);
          },
        });
      },
      GetTaskPane(id: number) {
        const pane = session.taskPanes.find((p) => p.ID === id);
        if (!pane) throw new Error(`fake WPS: no task pane ${id}`);
        return pane;
      },
      ShowDialog(url: string, title?: string) {
        session.dialogs.push({ url, title });
      },
      ribbonUI: null,
      ApiEvent: { AddApiEventListener: () => undefined, RemoveApiEventListener: () => undefined },
    };
    if (o.undoRecord)
      app.UndoRecord = {
        StartCustomRecord(name?: string) {
          session.undoLevel++;
          if (session.undoLevel === 1) {
            session.undoNames.push(name ?? "");
            for (const doc of session.documents) doc.recording = { name: name ?? "", step: null };
          }
        },
        EndCustomRecord() {
          if (session.undoLevel === 0) throw new Error("fake WPS: EndCustomRecord without a start");
          session.undoLevel--;
          if (session.undoLevel === 0) for (const doc of session.documents) doc.recording = null;
        },
      };
    if (o.fileSystem) app.FileSystem = this.fs.api(o.binaryWrite);
    return app;
  }

  private selectionApi(): object {
    const session = this;
    const doc = this.doc();
    return {
      get Start() {
        return session.selection.start;
      },
      get End() {
        return session.selection.end;
      },
      get Range() {
        return session.range(doc, session.selection.start, session.selection.end);
      },
      Information(type: number) {
        if (type === 12) return doc.layout().paragraphAt(session.selection.start)?.cell !== undefined;
        throw new Error(`fake WPS: Information(${type}) not modelled`);
      },
    };
  }

  // ---- Document -------------------------------------------------------------------------------------

  documentApi(doc: FakeWpsDocument): object {
    const known = this.documentApis.get(doc);
    if (known) return known;
    const session = this;
    const o = this.options;
    const api: Record<string, unknown> = {
      get Name() {
        return doc.name;
      },
      get FullName() {
        return doc.fullName;
      },
      get Path() {
        const at = Math.max(doc.fullName.lastIndexOf("/"), doc.fullName.lastIndexOf("\\"));
        return at < 0 ? "" : doc.fullName.slice(0, at);
      },
      get Saved() {
        return doc.saved;
      },
      get ReadOnly() {
        return doc.readOnly;
      },
      get ProtectionType() {
        return doc.protectionType;
      },
      get DocID() {
        return doc.id;
      },
      get Content() {
        return session.range(doc, 0, doc.layout().length, { content: true });
      },
      get Tables() {
        return session.collection(() =>
          doc
            .layout()
            .topLevelTables()
            .map((t) => session.tableApi(doc, t.node)),
        );
      },
      get Paragraphs() {
        return session.collection(() =>
          doc.layout().paragraphs.map((p) => ({ Range: session.range(doc, p.start, p.end) })),
        );
      },
      get Comments() {
        return session.commentsApi(doc);
      },
      get CustomDocumentProperties() {
        return session.propertiesApi(doc);
      },
      Range(start = 0, end = doc.layout().length) {
        const length = doc.layout().length;
        if (start < 0 || end > length || start > end)
          throw new Error(`fake WPS: Range(${start}, ${end}) is outside`);
        return session.range(doc, start, end);
      },
      Save() {
        doc.save();
      },
      Undo(times = 1) {
        for (let i = 0; i < times; i++) doc.undo();
        return true;
      },
      SaveAs2(path: string) {
        doc.save(path);
      },
      SaveCopyAs(path: string) {
        doc.fs.write(path, doc.toDocx());
      },
      Close() {
        const at = session.documents.indexOf(doc);
        if (at >= 0) session.documents.splice(at, 1);
        if (session.active === doc) session.active = session.documents.at(-1) ?? null;
      },
      Activate() {
        session.activate(doc);
      },
    };
    if (o.documentXml !== "absent")
      Object.defineProperty(api, "WordOpenXML", { get: () => xmlOf(doc, o.documentXml), enumerable: true });
    this.documentApis.set(doc, api);
    return api;
  }

  private collection<T>(list: () => T[]): object {
    return {
      get Count() {
        return list().length;
      },
      Item(index: number) {
        const items = list();
        if (!Number.isInteger(index) || index < 1 || index > items.length) throw new Error(MEMBER_MISSING);
        return items[index - 1];
      },
    };
  }

  private table(doc: FakeWpsDocument, node: XmlElement): LTable {
    const table = doc.layout().tables.find((t) => t.node === node);
    if (!table) throw new Error("fake WPS: the table was deleted");
    return table;
  }

  tableApi(doc: FakeWpsDocument, node: XmlElement): object {
    const session = this;
    const o = this.options;
    return {
      get Range() {
        const t = session.table(doc, node);
        return session.range(doc, t.start, t.end, { table: node });
      },
      get Rows() {
        return { Count: session.table(doc, node).rows.length };
      },
      get NestingLevel() {
        return session.table(doc, node).nestingLevel;
      },
      get Tables() {
        return session.collection(() =>
          session.table(doc, node).tables.map((t) => session.tableApi(doc, t.node)),
        );
      },
      Cell(row: number, column: number) {
        const r = session.table(doc, node).rows[row - 1];
        if (!r || !Number.isInteger(column) || column < 1) throw new Error(MEMBER_MISSING);
        const slot = slotsOf(r.cells, o.numbering)[column - 1];
        if (!slot) throw new Error(MEMBER_MISSING);
        if (!slot.covered) return session.cellApi(doc, slot.cell, row, column);
        if (o.coveredCell === "throws") throw new Error(MEMBER_MISSING);
        const shown = o.coveredCell === "owner" ? (slot.owner ?? slot.cell) : slot.cell;
        return session.cellApi(doc, shown, row, column);
      },
    };
  }

  private cellApi(doc: FakeWpsDocument, cell: LCell, row: number, column: number): object {
    const session = this;
    const o = this.options;
    const tc = cell.node;
    const located = () => {
      const now = doc.layout().cellOf(tc);
      if (!now) throw new Error("fake WPS: the cell was deleted");
      return now;
    };
    return {
      RowIndex: row,
      ColumnIndex: column,
      get Range() {
        const c = located();
        return session.range(doc, c.start, c.end, { cell: tc });
      },
      get Shading() {
        return {
          get BackgroundPatternColor() {
            return doc.getColour(tc, "fill");
          },
          set BackgroundPatternColor(value: number) {
            if (value === WD_COLOR_AUTOMATIC && o.automaticFill === "refused")
              throw new Error("fake WPS: 无效的颜色值 wdColorAutomatic");
            doc.setColour(
              tc,
              "fill",
              value === WD_COLOR_AUTOMATIC && o.automaticFill === "white" ? 0xffffff : value,
            );
          },
          get ForegroundPatternColor() {
            return doc.getColour(tc, "color");
          },
          set ForegroundPatternColor(value: number) {
            doc.setColour(tc, "color", value);
          },
          get Texture() {
            return doc.getTexture(tc);
          },
          set Texture(value: number) {
            doc.setTexture(tc, value);
          },
        };
      },
      Select() {
        const c = located();
        session.selection = { start: c.start, end: c.end };
      },
    };
  }

  // ---- Ranges -----------------------------------------------------------------------------------------

  range(
    doc: FakeWpsDocument,
    start: number,
    end: number,
    of: { content?: boolean; table?: XmlElement; cell?: XmlElement } = {},
  ): object {
    const session = this;
    const o = this.options;
    const r: Record<string, unknown> = {
      Start: start,
      End: end,
      get Text() {
        const layout = doc.layout();
        if (of.cell) {
          const cell = layout.cellOf(of.cell);
          if (!cell) throw new Error("fake WPS: the cell was deleted");
          return layout.text(cell.start, Math.max(cell.start, cell.end - 1)) + o.cellTextSuffix;
        }
        return layout.text(r.Start as number, r.End as number);
      },
      Select() {
        session.selection = { start: r.Start as number, end: r.End as number };
      },
      Collapse(direction = 1) {
        if (direction === 0) r.Start = r.End;
        else r.End = r.Start;
      },
      InsertFile(path: string) {
        doc.insertFile(r.Start as number, path);
      },
      InsertParagraphBefore() {
        doc.insertNodes(r.Start as number, [{ name: "w:p", attrs: [], children: [] }], "插入段落");
      },
      Information(type: number) {
        if (type === 12) return doc.layout().paragraphAt(r.Start as number)?.cell !== undefined;
        throw new Error(`fake WPS: Information(${type}) not modelled`);
      },
    };
    const mode = of.content ? o.contentXml : "full";
    if (mode !== "absent")
      Object.defineProperty(r, "WordOpenXML", {
        get: () => (of.table ? doc.flatOpc({ only: of.table }) : xmlOf(doc, mode)),
        enumerable: true,
      });
    return r;
  }

  // ---- Comments and properties -----------------------------------------------------------------

  private commentsApi(doc: FakeWpsDocument): object {
    const session = this;
    const api = this.collection(() => doc.comments.map((c) => session.commentApi(doc, c))) as Record<
      string,
      unknown
    >;
    api.Add = (range: unknown, text: unknown) => {
      const target = session.unwrap(range) as { Start: number };
      const layout = doc.layout();
      const cell = layout.tables
        .flatMap((t) => t.rows.flatMap((row) => row.cells))
        .find((c) => c.start === target.Start && session.isCellRange(range, c));
      if (cell && !session.options.commentsOnCells) throw new Error("fake WPS: 不能在单元格上插入批注");
      const anchor = cell?.node ?? layout.paragraphAt(target.Start)?.node;
      if (!anchor) throw new Error("fake WPS: no place for a comment there");
      return session.commentApi(doc, doc.addComment(anchor, String(text ?? "")));
    };
    return api;
  }

  private isCellRange(range: unknown, cell: LCell): boolean {
    const r = this.unwrap(range) as { Start: number; End: number };
    return r.Start === cell.start && r.End === cell.end;
  }

  private commentApi(doc: FakeWpsDocument, comment: FakeComment): object {
    const session = this;
    const scope = () => {
      const layout = doc.layout();
      const cell = layout.cellOf(comment.anchor);
      if (cell) return { start: cell.start, end: cell.end };
      const p = layout.paragraphs.find((q) => q.node === comment.anchor);
      return p ? { start: p.start, end: p.end } : { start: 0, end: 0 };
    };
    return {
      get Range() {
        return { Text: comment.text, Start: 0, End: comment.text.length };
      },
      get Scope() {
        const s = scope();
        return session.range(doc, s.start, s.end);
      },
      get Author() {
        return comment.author;
      },
      set Author(value: string) {
        comment.author = value;
      },
      Delete() {
        doc.deleteComment(comment);
      },
    };
  }

  private propertiesApi(doc: FakeWpsDocument): object {
    const o = this.options;
    const propertyApi = (p: FakeProperty) => ({
      get Name() {
        return p.name;
      },
      get Value() {
        return p.value;
      },
      Delete() {
        doc.deleteProperty(p);
      },
    });
    return {
      get Count() {
        return doc.properties.length;
      },
      Item(index: number | string) {
        const p =
          typeof index === "string"
            ? doc.properties.find((q) => q.name === index)
            : Number.isInteger(index) && index >= 1
              ? doc.properties[index - 1]
              : undefined;
        if (!p) throw new Error(MEMBER_MISSING);
        return propertyApi(p);
      },
      Add(name: string, _link: boolean, type: number, value: unknown) {
        if (doc.readOnly || doc.protectionType !== -1) throw new Error("fake WPS: 文档为只读或受保护");
        if (type !== 4) throw new Error("fake WPS: only string properties are modelled");
        let text = String(value);
        if (name.length > o.propertyLimit) throw new Error("fake WPS: property name too long");
        if (text.length > o.propertyLimit) {
          if (o.propertyOverflow === "throws") throw new Error("fake WPS: 属性值过长");
          text = text.slice(0, o.propertyLimit);
        }
        return propertyApi(doc.addProperty(name, text));
      },
    };
  }
}

function xmlOf(doc: FakeWpsDocument, mode: XmlMode): string {
  if (mode === "throws") throw new Error("fake WPS: WordOpenXML failed");
  return doc.flatOpc({ withoutTables: mode === "noTables" });
}

/** Makes the session's application the page's `window.Application` (and `window.wps`). */
export function installFakeWps(session: FakeWpsSession, scope: object = globalThis): void {
  Object.assign(scope, { Application: session.app, wps: session.app });
}

export function uninstallFakeWps(scope: object = globalThis): void {
  const g = scope as Record<string, unknown>;
  delete g.Application;
  delete g.wps;
}
