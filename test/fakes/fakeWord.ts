/**
 * An in-memory fake of exactly the part of Word's JavaScript API the adapter (src/word) uses, over
 * a FakeDocument. It is strict where Word is strict, so that mistakes show up in tests:
 *
 * - a proxy's property can be read only after `load` of that property *and* a `sync()`: reading an
 *   unloaded property throws, reading a loaded one before the sync throws;
 * - `load` takes only scalar properties ("items/x" on collections); a bare `load()`, a navigation
 *   property or a property the fake does not know throws; loading `shadingColor` fails the sync
 *   (office-notes: it fails in Word on the web) unless `shadingColorReadable`;
 * - navigation (`getCell`, `getNext`, `parentTable`, …) is resolved when the batch runs: an
 *   address that does not exist fails the whole `sync()` with ItemNotFound, and the commands queued
 *   before it have run (Word does not roll back);
 * - proxies die with their `Word.run`: queuing anything on one afterwards throws;
 * - every member has the WordApi requirement set Word's reference gives it (`API_LEVELS`): on a
 *   Word below it (`apiVersion`), using it fails the sync with ApiNotFound — so 1.4's comments and
 *   change tracking fail on 1.3, and a 1.1 Word (Office 2016) is one more value of the switch
 *   (`apiVersion: "1.1"`: the table API fails; `body.getOoxml()`, `body.insertFileFromBase64`,
 *   `paragraph.font.highlightColor` and search results as `items` are what the lite pane uses);
 * - a response larger than `maxResponseBytes` (Word on the web: about 5 MB) fails the sync with a
 *   GeneralException after its commands ran; every sync's response size is counted;
 * - every `sync()` is counted and every write recorded (shading, with whether change tracking was
 *   on; comments, inserted files, paragraphs, selections, saved settings, tracking mode). There is
 *   no way to write text into a cell.
 *
 * What the documentation leaves open is switchable: how "no fill" is spelt (`noFill`), whether
 * `shadingColor` can be loaded (`shadingColorReadable`), whether `body.tables` and `getNext` see
 * nested tables, and how merged cells are numbered:
 *
 * `convention`, per table if needed: "counted" — continuation cells of vertical merges are cells of their row (cellCount, values,
 * getCell); "skipped" — they are not; "mixed" — `cellCount` counts them but `values` and
 * `getCell` do not (a disagreement neither convention of the adapter accepts).
 */
import {
  FakeShadingRejected,
  type FakeCell,
  type FakeComment,
  type FakeDocument,
  type FakeParagraph,
  type FakeRow,
  type FakeTable,
  type NoFillBehaviour,
  type TrackingMode,
} from "./fakeDocument";
import { elements, parseXmlElement, type XmlElement } from "./xmlTree";

export type CellConvention = "counted" | "skipped" | "mixed";

/** The values a "no fill" can be spelt as through `shadingColor` (`null` as the key "null"). */
export type NoFillSpelling = "" | "None" | "null";

/**
 * The WordApi requirement set of every member the fake implements, from Word's API reference
 * (`@types/office-js`). A member missing here cannot be used at all (the fake throws).
 */
export const API_LEVELS: Record<string, string> = {
  "Document.getSelection": "1.1",
  "Document.changeTrackingMode": "1.4",
  "Body.paragraphs": "1.1",
  "Body.tables": "1.3",
  "Body.getRange": "1.3",
  "Body.getComments": "1.4",
  "Body.insertOoxml": "1.1",
  "Body.getOoxml": "1.1",
  "Body.insertFileFromBase64": "1.1",
  "Paragraph.text": "1.1",
  "Paragraph.outlineLevel": "1.1",
  "Paragraph.tableNestingLevel": "1.3",
  "Paragraph.isListItem": "1.3",
  "Paragraph.listItemOrNullObject": "1.3",
  "Paragraph.select": "1.1",
  "Paragraph.search": "1.1",
  "Paragraph.insertFileFromBase64": "1.1",
  "Paragraph.font": "1.1",
  "Font.highlightColor": "1.1",
  "ListItem.listString": "1.3",
  "TableCollection.getFirst": "1.3",
  "Table.nestingLevel": "1.3",
  "Table.rowCount": "1.3",
  "Table.values": "1.3",
  "Table.rows": "1.3",
  "Table.getCell": "1.3",
  "Table.getCellOrNullObject": "1.3",
  "Table.getRange": "1.3",
  "Table.getNext": "1.3",
  "Table.getNextOrNullObject": "1.3",
  "Table.parentTable": "1.3",
  "Table.insertParagraph": "1.3",
  "TableRow.cellCount": "1.3",
  "TableCell.value": "1.3",
  "TableCell.shadingColor": "1.3",
  "TableCell.body": "1.3",
  "Range.text": "1.1",
  "Range.select": "1.1",
  "Range.getOoxml": "1.1",
  "Range.compareLocationWith": "1.3",
  "Range.parentTableOrNullObject": "1.3",
  "Range.insertFileFromBase64": "1.1",
  "Range.insertComment": "1.4",
  "Range.tables": "1.3",
  "Range.paragraphs": "1.1",
  "Range.delete": "1.1",
  "RangeCollection.getFirst": "1.3",
  "RangeCollection.getFirstOrNullObject": "1.3",
  "Comment.id": "1.4",
  "Comment.delete": "1.4",
};

export interface FakeWordOptions {
  /**
   * Highest WordApi requirement set supported (default "1.3": Office 2019/2021). "1.4" adds
   * comments and change tracking. Members above it fail with ApiNotFound (see `API_LEVELS`).
   */
  apiVersion?: string;
  readOnly?: boolean;
  /** How Word numbers vertical-merge continuation cells (default "counted"). */
  convention?: CellConvention;
  /** Per table (`DocTable.index`), overriding `convention`. */
  conventions?: Record<number, CellConvention>;
  /** `body.tables` lists nested tables too (default true). */
  tablesIncludeNested?: boolean;
  /** `Table.getNext()` steps into nested tables (default false). */
  chainIncludesNested?: boolean;
  /** `getOoxml()` of a table ends with a paragraph after it, as Word's does (default true). */
  trailingParagraph?: boolean;
  /** Paragraph index where the cursor is (default: the last paragraph). */
  cursor?: number;
  /** `settings.saveAsync` fails. */
  failSave?: boolean;
  /**
   * What this Word does with each "no fill" spelling set through `shadingColor` (default: ""
   * clears the fill, anything else is refused). "white" paints FFFFFF instead of clearing.
   */
  noFill?: Partial<Record<NoFillSpelling, NoFillBehaviour>>;
  /** Loading `TableCell.shadingColor` works (default false: it fails, as reported for Word on the web). */
  shadingColorReadable?: boolean;
  /** Largest response of one sync, in bytes (Word on the web: about 5 MB); unlimited by default. */
  maxResponseBytes?: number;
  /** Track changes is on when the session starts (the user's setting; kept with the document). */
  changeTracking?: TrackingMode;
  /**
   * `body.paragraphs` lists the paragraphs of the covered cells of vertical merges (default true;
   * whether Word does is not documented).
   */
  coveredCellParagraphs?: boolean;
}

/** Word on the web's limit on one response (about 5 MB). */
export const WEB_RESPONSE_LIMIT = 5 * 1024 * 1024;

export type FakeWrite =
  | {
      kind: "shading";
      table: number;
      row: number;
      cell: number;
      tc: number;
      value: string | null;
      /** Change tracking was on: Word recorded it as a tracked formatting change. */
      tracked: boolean;
    }
  | { kind: "comment"; id: string; table: number; row: number; tc: number; text: string }
  | { kind: "deleteComment"; id: string }
  | { kind: "insertParagraph"; afterTable: number }
  | {
      kind: "insertFile";
      base64: string;
      location: string;
      anchor: { afterTable: number } | { selection: number } | { body: true };
    }
  | { kind: "highlight"; paragraph: number; value: string | null }
  | { kind: "select"; target: SelectTarget }
  | { kind: "saveSettings"; settings: Record<string, unknown> }
  | { kind: "trackingMode"; value: TrackingMode }
  | { kind: "insertOoxml"; tables: number; paragraphs: number }
  | { kind: "deleteRange"; tables: number; paragraphs: number };

export type Stamped<W> = W & { sync: number };

export type SelectTarget =
  | { kind: "cell"; table: number; row: number; tc: number }
  | { kind: "paragraph"; index: number }
  | { kind: "text"; paragraph: number; text: string };

/** `OfficeExtension.Error` as the fake throws it. */
export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string };
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message };
  }
}

const notFound = (what: string) =>
  new FakeOfficeError("ItemNotFound", `The requested resource (${what}) doesn't exist.`);

// Node's Buffer where there is one; in the browser (the lite pane's end-to-end test) the same count.
const utf8Bytes = (text: string) =>
  typeof Buffer !== "undefined" ? Buffer.byteLength(text, "utf8") : new TextEncoder().encode(text).length;

// ---- Context, sync and the object model's base -----------------------------------------------

type Action = () => void;

/** What one sync sent back. */
export interface SyncLog {
  /** Bytes of the response: loaded values (as JSON) and results (`getOoxml`, …). */
  bytes: number;
  /** Of which `getOoxml()` packages. */
  ooxmlBytes: number;
  /** The sync failed (a command failed, or the response was too large). */
  failed: boolean;
}

export class FakeContext {
  readonly document: DocumentProxy;
  private queue: Action[] = [];
  closed = false;
  /** The response being built by the sync that is running. */
  private response = { bytes: 0, ooxmlBytes: 0 };

  constructor(readonly session: FakeSession) {
    this.document = new DocumentProxy(this);
  }

  enqueue(action: Action): void {
    if (this.closed)
      throw new Error("fake: a proxy was used after its Word.run ended (proxies do not survive)");
    this.queue.push(action);
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Counts what a command sends back. */
  respond(bytes: number, ooxml = false): void {
    this.response.bytes += bytes;
    if (ooxml) this.response.ooxmlBytes += bytes;
  }

  async sync(): Promise<void> {
    if (this.closed) throw new Error("fake: sync() after Word.run ended");
    this.session.syncs++;
    const queue = this.queue;
    this.queue = [];
    this.response = { bytes: 0, ooxmlBytes: 0 };
    await Promise.resolve(); // a round trip is asynchronous
    const log: SyncLog = { ...this.response, failed: false };
    this.session.syncLog.push(log);
    try {
      for (const action of queue) action(); // a failing command stops the batch; earlier ones stay done
    } catch (error) {
      log.failed = true;
      throw error;
    } finally {
      log.bytes = this.response.bytes;
      log.ooxmlBytes = this.response.ooxmlBytes;
    }
    const limit = this.session.options.maxResponseBytes;
    if (limit !== undefined && log.bytes > limit) {
      log.failed = true;
      throw new FakeOfficeError(
        "GeneralException",
        `fake: the response (${log.bytes} bytes) is larger than this Word sends (${limit})`,
      );
    }
  }
}

/** Base of every proxy: lazy resolution, load bookkeeping, strict reads. */
abstract class FakeObject<T> {
  private target: T | null | undefined;
  private readonly loadedValues = new Map<string, unknown>();
  private readonly pendingLoads = new Set<string>();
  private resolvedInSync = false;

  constructor(
    protected readonly ctx: FakeContext,
    private readonly resolver: () => T | null,
  ) {}

  /** The class's name in Word's API ("Table"), for `API_LEVELS`. */
  protected abstract readonly apiName: string;
  /** The scalar properties `load` accepts, and their values on a target. */
  protected abstract readonly scalars: Record<string, (target: T) => unknown>;

  /** Fails the running command when this Word lacks the member. */
  protected requireApi(member: string): void {
    this.ctx.session.requireApi(`${this.apiName}.${member}`);
  }

  /** The object this proxy stands for; null for a null object. Called while a batch runs. */
  resolve(): T | null {
    if (this.target === undefined) this.target = this.resolver();
    this.resolvedInSync = true;
    return this.target;
  }

  resolveExisting(what: string): T {
    const target = this.resolve();
    if (target === null) throw new FakeOfficeError("InvalidObjectPath", `fake: ${what} on a null object`);
    return target;
  }

  get isNullObject(): boolean {
    if (!this.resolvedInSync)
      throw new Error("fake: isNullObject read before the object was loaded and synced");
    return this.target === null;
  }

  load(spec?: string | string[]): this {
    const names = this.parseLoad(spec);
    for (const name of names) this.pendingLoads.add(name);
    this.ctx.enqueue(() => this.fill(names));
    return this;
  }

  /** Takes the values now (while a batch runs). */
  fill(names: readonly string[]): void {
    const target = this.resolve();
    for (const name of names) {
      this.requireApi(name);
      this.pendingLoads.delete(name);
      if (target === null) continue;
      const value = structuredClone(this.scalars[name](target));
      this.ctx.respond(utf8Bytes(JSON.stringify(value) ?? "null"));
      this.loadedValues.set(name, value);
    }
  }

  parseLoad(spec: string | string[] | undefined): string[] {
    const names = (Array.isArray(spec) ? spec : (spec ?? "").split(",")).map((s) => s.trim()).filter(Boolean);
    if (names.length === 0)
      throw new Error(`fake: bare load() on ${this.constructor.name}: load only what you read`);
    for (const name of names)
      if (!(name in this.scalars))
        throw new Error(`fake: ${this.constructor.name} cannot load "${name}" (not a scalar the fake knows)`);
    return names;
  }

  protected get<V>(name: string): V {
    if (this.loadedValues.has(name)) return this.loadedValues.get(name) as V;
    if (this.pendingLoads.has(name))
      throw new Error(`fake: "${name}" was loaded but read before context.sync()`);
    if (this.resolvedInSync && this.target === null) throw new Error(`fake: "${name}" read on a null object`);
    throw new FakeOfficeError(
      "PropertyNotLoaded",
      `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    );
  }
}

/** What a collection needs of its item proxies. */
interface Loadable {
  parseLoad(spec: string[]): string[];
  fill(names: readonly string[]): void;
}

/** A collection proxy: `load("items/a,items/b")` fills `items` with loaded item proxies. */
abstract class FakeCollection<T, P extends Loadable> {
  private loadedItems: P[] | undefined;
  private pending = false;

  constructor(
    protected readonly ctx: FakeContext,
    private readonly list: () => T[],
  ) {}

  protected abstract item(target: T): P;

  get items(): P[] {
    if (this.loadedItems) return this.loadedItems;
    throw new Error(
      this.pending ? "fake: items read before context.sync()" : 'fake: items read without load("items/…")',
    );
  }

  load(spec?: string | string[]): this {
    const names = (Array.isArray(spec) ? spec : (spec ?? "").split(",")).map((s) => s.trim()).filter(Boolean);
    if (names.length === 0) throw new Error(`fake: bare load() on ${this.constructor.name}`);
    const itemNames = names.map((n) => {
      if (!n.startsWith("items/"))
        throw new Error(`fake: ${this.constructor.name} loads "items/…" only, not "${n}"`);
      return n.slice("items/".length);
    });
    this.pending = true;
    this.ctx.enqueue(() => {
      this.loadedItems = this.list().map((target) => {
        const proxy = this.item(target);
        proxy.parseLoad(itemNames);
        proxy.fill(itemNames);
        return proxy;
      });
      this.pending = false;
    });
    return this;
  }
}

class FakeClientResult<V> {
  private set = false;
  private result: V | undefined;
  get value(): V {
    if (!this.set) throw new Error("fake: ClientResult.value read before context.sync()");
    return this.result as V;
  }
  resolveWith(value: V): void {
    this.result = value;
    this.set = true;
  }
}

// ---- The object model ------------------------------------------------------------------------

class DocumentProxy extends FakeObject<FakeDocument> {
  protected readonly apiName = "Document";
  protected readonly scalars = {
    changeTrackingMode: (d: FakeDocument) => d.changeTrackingMode,
  };
  readonly body: BodyProxy;

  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.session.document);
    this.body = new BodyProxy(ctx, { kind: "document" });
  }

  get changeTrackingMode(): TrackingMode {
    return this.get("changeTrackingMode");
  }

  set changeTrackingMode(value: TrackingMode) {
    this.ctx.enqueue(() => {
      this.requireApi("changeTrackingMode");
      if (!["Off", "TrackAll", "TrackMineOnly"].includes(value))
        throw new FakeOfficeError("InvalidArgument", `fake: changeTrackingMode "${String(value)}"`);
      this.ctx.session.document.changeTrackingMode = value;
      this.ctx.session.record({ kind: "trackingMode", value });
    });
  }

  /** The cursor: a collapsed range in the cursor paragraph. */
  getSelection(): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      this.requireApi("getSelection");
      const doc = this.ctx.session.document;
      const index = this.ctx.session.options.cursor ?? doc.paragraphs.length - 1;
      return { kind: "selection", paragraph: doc.paragraphs[index] };
    });
  }
}

type BodyKind = { kind: "document" } | { kind: "cell"; cell: TableCellProxy };

class BodyProxy {
  private paragraphsProxy?: ParagraphCollection;
  private tablesProxy?: TableCollection;

  constructor(
    private readonly ctx: FakeContext,
    private readonly where: BodyKind,
  ) {}

  private documentOnly(what: string): void {
    if (this.where.kind !== "document") throw new Error(`fake: ${what} is only faked on the document body`);
  }

  get paragraphs(): ParagraphCollection {
    this.documentOnly("body.paragraphs");
    return (this.paragraphsProxy ??= new ParagraphCollection(this.ctx, () => {
      this.ctx.session.requireApi("Body.paragraphs");
      return this.ctx.session.paragraphList();
    }));
  }

  /** `body.tables`: top-level tables, and nested ones too when `tablesIncludeNested`. */
  get tables(): TableCollection {
    this.documentOnly("body.tables");
    return (this.tablesProxy ??= new TableCollection(this.ctx, () => {
      this.ctx.session.requireApi("Body.tables");
      return this.ctx.session.tableList();
    }));
  }

  getRange(): RangeProxy {
    const where = this.where;
    if (where.kind !== "cell") throw new Error("fake: body.getRange() is only faked on a cell's body");
    return new RangeProxy(this.ctx, () => {
      this.ctx.session.requireApi("Body.getRange");
      return { kind: "cell", cell: where.cell.resolveExisting("cell.body") };
    });
  }

  /** The whole body as a flat-OPC package (WordApi 1.1), with the current highlights and shading. */
  getOoxml(): FakeClientResult<string> {
    this.documentOnly("body.getOoxml()");
    const result = new FakeClientResult<string>();
    this.ctx.enqueue(() => {
      this.ctx.session.requireApi("Body.getOoxml");
      const ooxml = this.ctx.session.document.bodyOoxml();
      this.ctx.respond(utf8Bytes(ooxml), true);
      result.resolveWith(ooxml);
    });
    return result;
  }

  /** `body.insertFileFromBase64(base64, "Start" | "End")` (WordApi 1.1). */
  insertFileFromBase64(base64: string, location: "Start" | "End"): RangeProxy {
    this.documentOnly("body.insertFileFromBase64");
    if (location !== "Start" && location !== "End")
      throw new Error(`fake: body.insertFileFromBase64 at "${location}" is not faked`);
    this.ctx.enqueue(() => {
      this.ctx.session.requireApi("Body.insertFileFromBase64");
      this.ctx.session.record({ kind: "insertFile", base64, location, anchor: { body: true } });
    });
    return new RangeProxy(this.ctx, () => ({ kind: "inserted" }));
  }

  getComments(): CommentCollection {
    this.documentOnly("body.getComments()");
    return new CommentCollection(this.ctx, () => {
      this.ctx.session.requireApi("Body.getComments");
      return [...this.ctx.session.document.comments];
    });
  }

  /**
   * `body.insertOoxml(ooxml, "End")`: the body of the package's main part goes at the end of the
   * document; the range returned covers it (for the diagnostics' scratch table).
   */
  insertOoxml(ooxml: string, location: "End"): RangeProxy {
    this.documentOnly("body.insertOoxml");
    if (location !== "End") throw new Error('fake: only insertOoxml(…, "End") is faked');
    let blocks: XmlElement[] | undefined;
    this.ctx.enqueue(() => {
      this.ctx.session.requireApi("Body.insertOoxml");
      blocks = bodyBlocksOf(ooxml);
      const document = this.ctx.session.document;
      document.insertBlocks(blocks);
      const inside = blockContents(document, blocks);
      this.ctx.session.record({
        kind: "insertOoxml",
        tables: inside.tables.length,
        paragraphs: inside.paragraphs.length,
      });
    });
    return new RangeProxy(this.ctx, () => {
      if (!blocks) throw new Error("fake: inserted range used before its insertion ran");
      return { kind: "blocks", blocks };
    });
  }
}

/** The body-level elements of a flat-OPC package's main part (its trailing w:sectPr left out). */
function bodyBlocksOf(ooxml: string): XmlElement[] {
  let root: XmlElement;
  try {
    root = parseXmlElement(ooxml);
  } catch {
    throw new FakeOfficeError("InvalidArgument", "fake: insertOoxml got XML that does not parse");
  }
  const find = (el: XmlElement): XmlElement | undefined => {
    if (el.name === "w:body") return el;
    for (const child of elements(el)) {
      const found = find(child);
      if (found) return found;
    }
    return undefined;
  };
  const body = find(root);
  if (!body) throw new FakeOfficeError("InvalidArgument", "fake: insertOoxml got a package without w:body");
  return elements(body).filter((e) => e.name !== "w:sectPr");
}

/** The paragraphs and tables (all levels) inside body-level elements. */
function blockContents(
  document: FakeDocument,
  blocks: readonly XmlElement[],
): { paragraphs: FakeParagraph[]; tables: FakeTable[] } {
  const within = (node: XmlElement): boolean => {
    const contains = (el: XmlElement): boolean => el === node || elements(el).some(contains);
    return blocks.some(contains);
  };
  return {
    paragraphs: document.paragraphs.filter((p) => within(p.node)),
    tables: document.tables.filter((t) => within(t.node)),
  };
}

class ParagraphCollection extends FakeCollection<FakeParagraph, ParagraphProxy> {
  protected item(target: FakeParagraph): ParagraphProxy {
    return new ParagraphProxy(this.ctx, () => target);
  }
}

/** A paragraph of the document, or (`inserted`) an empty one the adapter inserted after a table. */
type ParagraphTarget = FakeParagraph | { inserted: true; afterTable: FakeTable };

class ParagraphProxy extends FakeObject<ParagraphTarget> {
  protected readonly apiName = "Paragraph";
  protected readonly scalars = {
    text: (p: ParagraphTarget) => ("inserted" in p ? "" : p.text),
    outlineLevel: (p: ParagraphTarget) => ("inserted" in p ? 10 : p.outlineLevel),
    tableNestingLevel: (p: ParagraphTarget) => ("inserted" in p ? 0 : p.tableNestingLevel),
    isListItem: (p: ParagraphTarget) => ("inserted" in p ? false : p.isListItem),
  };
  private fontProxy?: FontProxy;

  private paragraph(what: string): FakeParagraph {
    const p = this.resolveExisting(what);
    if ("inserted" in p) throw new Error(`fake: ${what} on an inserted paragraph is not faked`);
    return p;
  }

  get text(): string {
    return this.get("text");
  }
  get outlineLevel(): number {
    return this.get("outlineLevel");
  }
  get tableNestingLevel(): number {
    return this.get("tableNestingLevel");
  }
  get isListItem(): boolean {
    return this.get("isListItem");
  }

  /** `Paragraph.font` (WordApi 1.1): only `highlightColor` is faked, and only written. */
  get font(): FontProxy {
    return (this.fontProxy ??= new FontProxy(this.ctx, () => {
      this.requireApi("font");
      return this.paragraph("font");
    }));
  }

  get listItemOrNullObject(): ListItemProxy {
    return new ListItemProxy(this.ctx, () => {
      this.requireApi("listItemOrNullObject");
      const p = this.paragraph("listItemOrNullObject");
      return p.isListItem ? p : null;
    });
  }

  select(): void {
    this.ctx.enqueue(() => {
      this.requireApi("select");
      this.ctx.session.record({
        kind: "select",
        target: { kind: "paragraph", index: this.paragraph("select").index },
      });
    });
  }

  /** Word's search: plain text, "^^" for "^", at most 255 characters. */
  search(text: string, options?: { matchCase?: boolean }): RangeCollection {
    return new RangeCollection(this.ctx, () => {
      this.requireApi("search");
      if (text.length > 255)
        throw new FakeOfficeError("InvalidArgument", "fake: search text longer than 255");
      if (/\^[^^]|\^$/.test(text.replace(/\^\^/g, "")))
        throw new Error(`fake: Word search codes in "${text}"`);
      const plain = text.replace(/\^\^/g, "^");
      const p = this.paragraph("search");
      const hay = options?.matchCase ? p.text : p.text.toLowerCase();
      const needle = options?.matchCase ? plain : plain.toLowerCase();
      const found: RangeTarget[] = [];
      for (let at = hay.indexOf(needle); at >= 0 && needle; at = hay.indexOf(needle, at + needle.length))
        found.push({ kind: "text", paragraph: p, text: p.text.slice(at, at + needle.length) });
      return found;
    });
  }

  insertFileFromBase64(base64: string, location: "Replace" | "Start" | "End"): RangeProxy {
    this.ctx.enqueue(() => {
      this.requireApi("insertFileFromBase64");
      const p = this.resolveExisting("insertFileFromBase64");
      const anchor = "inserted" in p ? { afterTable: p.afterTable.index } : { selection: p.index };
      this.ctx.session.record({ kind: "insertFile", base64, location, anchor });
    });
    return new RangeProxy(this.ctx, () => ({ kind: "inserted" }));
  }
}

class FontProxy extends FakeObject<FakeParagraph> {
  protected readonly apiName = "Font";
  protected readonly scalars = {};

  get highlightColor(): string {
    throw new Error("fake: highlightColor is never read (the original comes from the OOXML)");
  }

  /** A colour of Word's highlight palette as "#RRGGBB", or null to remove the highlight. */
  set highlightColor(value: string | null) {
    this.ctx.enqueue(() => {
      this.requireApi("highlightColor");
      const paragraph = this.resolveExisting("highlightColor");
      this.ctx.session.document.setParagraphHighlight(paragraph, value);
      this.ctx.session.record({ kind: "highlight", paragraph: paragraph.index, value });
    });
  }
}

class ListItemProxy extends FakeObject<FakeParagraph> {
  protected readonly apiName = "ListItem";
  protected readonly scalars = { listString: (p: FakeParagraph) => p.listString };
  get listString(): string {
    return this.get("listString");
  }
}

class TableCollection extends FakeCollection<FakeTable, TableProxy> {
  constructor(
    ctx: FakeContext,
    private readonly tables: () => FakeTable[],
  ) {
    super(ctx, tables);
  }

  protected item(target: FakeTable): TableProxy {
    return new TableProxy(this.ctx, () => target);
  }

  getFirst(): TableProxy {
    return new TableProxy(this.ctx, () => {
      this.ctx.session.requireApi("TableCollection.getFirst");
      const first = this.tables()[0];
      if (!first) throw notFound("the first table");
      return first;
    });
  }
}

class TableProxy extends FakeObject<FakeTable> {
  protected readonly apiName = "Table";
  private rowsProxy?: TableRowCollection;
  protected readonly scalars = {
    nestingLevel: (t: FakeTable) => t.nestingLevel,
    rowCount: (t: FakeTable) => t.rows.length,
    values: (t: FakeTable) =>
      t.rows.map((row) =>
        this.ctx.session.wordCells(row, "values").map((c) => this.ctx.session.document.cellValue(c)),
      ),
  };

  get nestingLevel(): number {
    return this.get("nestingLevel");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get values(): string[][] {
    return this.get("values");
  }

  get rows(): TableRowCollection {
    return (this.rowsProxy ??= new TableRowCollection(this.ctx, () => {
      this.requireApi("rows");
      return this.resolveExisting("rows").rows;
    }));
  }

  private cellAt(rowIndex: number, cellIndex: number): FakeCell | undefined {
    const row = this.resolveExisting("getCell").rows[rowIndex];
    return row && this.ctx.session.wordCells(row, "address")[cellIndex];
  }

  getCell(rowIndex: number, cellIndex: number): TableCellProxy {
    return new TableCellProxy(this.ctx, () => {
      this.requireApi("getCell");
      const cell = this.cellAt(rowIndex, cellIndex);
      if (!cell) throw notFound(`cell (${rowIndex}, ${cellIndex})`);
      return cell;
    });
  }

  getCellOrNullObject(rowIndex: number, cellIndex: number): TableCellProxy {
    return new TableCellProxy(this.ctx, () => {
      this.requireApi("getCellOrNullObject");
      return this.cellAt(rowIndex, cellIndex) ?? null;
    });
  }

  getRange(): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      this.requireApi("getRange");
      return { kind: "table", table: this.resolveExisting("getRange") };
    });
  }

  /** The next table in the chain: top-level tables, or all of them with `chainIncludesNested`. */
  getNext(): TableProxy {
    return new TableProxy(this.ctx, () => {
      this.requireApi("getNext");
      const next = this.ctx.session.nextInChain(this.resolveExisting("getNext"));
      if (!next) throw notFound("the next table");
      return next;
    });
  }

  getNextOrNullObject(): TableProxy {
    return new TableProxy(this.ctx, () => {
      this.requireApi("getNextOrNullObject");
      return this.ctx.session.nextInChain(this.resolveExisting("getNextOrNullObject"));
    });
  }

  get parentTable(): TableProxy {
    return new TableProxy(this.ctx, () => {
      this.requireApi("parentTable");
      const parent = this.resolveExisting("parentTable").parent?.row.table;
      if (!parent) throw notFound("the parent table");
      return parent;
    });
  }

  insertParagraph(text: string, location: "Before" | "After"): ParagraphProxy {
    if (location !== "After" || text !== "")
      throw new Error('fake: only insertParagraph("", "After") is faked');
    let inserted: ParagraphTarget | undefined;
    this.ctx.enqueue(() => {
      this.requireApi("insertParagraph");
      const table = this.resolveExisting("insertParagraph");
      inserted = { inserted: true, afterTable: table };
      this.ctx.session.record({ kind: "insertParagraph", afterTable: table.index });
    });
    return new ParagraphProxy(this.ctx, () => {
      if (!inserted) throw new Error("fake: inserted paragraph used before its insertion ran");
      return inserted;
    });
  }
}

class TableRowCollection extends FakeCollection<FakeRow, TableRowProxy> {
  protected item(target: FakeRow): TableRowProxy {
    return new TableRowProxy(this.ctx, () => target);
  }
}

class TableRowProxy extends FakeObject<FakeRow> {
  protected readonly apiName = "TableRow";
  protected readonly scalars = {
    cellCount: (row: FakeRow) => this.ctx.session.wordCells(row, "cellCount").length,
  };
  get cellCount(): number {
    return this.get("cellCount");
  }
}

class TableCellProxy extends FakeObject<FakeCell> {
  protected readonly apiName = "TableCell";
  protected readonly scalars = {
    value: (cell: FakeCell) => this.ctx.session.document.cellValue(cell),
    /** "#RRGGBB", or "" for no fill — only where `shadingColorReadable` (else the sync fails). */
    shadingColor: (cell: FakeCell) => {
      if (!this.ctx.session.options.shadingColorReadable)
        throw new FakeOfficeError("GeneralException", "fake: this Word cannot load shadingColor");
      const fill = this.ctx.session.document.cellFill(cell);
      return fill && /^[0-9A-Fa-f]{6}$/.test(fill) ? `#${fill.toUpperCase()}` : "";
    },
  };
  private bodyProxy?: BodyProxy;

  get value(): string {
    return this.get("value");
  }

  get shadingColor(): string {
    return this.get("shadingColor");
  }

  set shadingColor(value: string) {
    this.ctx.enqueue(() => {
      this.requireApi("shadingColor");
      const cell = this.resolveExisting("shadingColor");
      const session = this.ctx.session;
      try {
        session.document.setCellShading(cell, value, session.noFillBehaviour(value));
      } catch (error) {
        if (error instanceof FakeShadingRejected)
          throw new FakeOfficeError("InvalidArgument", `The argument is invalid or missing (shadingColor).`);
        throw error;
      }
      session.shadedCells.push({ sync: session.syncs, tc: cell.node, value });
      session.record({
        kind: "shading",
        table: cell.row.table.index,
        row: cell.row.rowIndex,
        cell: session.wordCells(cell.row, "address").indexOf(cell),
        tc: cell.tcIndex,
        value,
        tracked: session.document.changeTrackingMode !== "Off",
      });
    });
  }

  get body(): BodyProxy {
    return (this.bodyProxy ??= new BodyProxy(this.ctx, { kind: "cell", cell: this }));
  }
}

type RangeTarget =
  | { kind: "selection"; paragraph: FakeParagraph }
  | { kind: "table"; table: FakeTable }
  | { kind: "cell"; cell: FakeCell }
  | { kind: "text"; paragraph: FakeParagraph; text: string }
  | { kind: "blocks"; blocks: XmlElement[] }
  | { kind: "inserted" };

class RangeProxy extends FakeObject<RangeTarget> {
  protected readonly apiName = "Range";
  protected readonly scalars = {
    text: (r: RangeTarget) => ("text" in r ? r.text : ""),
  };

  get text(): string {
    return this.get("text");
  }

  select(): void {
    this.ctx.enqueue(() => {
      this.requireApi("select");
      const r = this.resolveExisting("select");
      const target: SelectTarget =
        r.kind === "cell"
          ? { kind: "cell", table: r.cell.row.table.index, row: r.cell.row.rowIndex, tc: r.cell.tcIndex }
          : r.kind === "text"
            ? { kind: "text", paragraph: r.paragraph.index, text: r.text }
            : r.kind === "selection"
              ? { kind: "paragraph", index: r.paragraph.index }
              : (() => {
                  throw new Error(`fake: select() on a ${r.kind} range is not faked`);
                })();
      this.ctx.session.record({ kind: "select", target });
    });
  }

  /** Only between table ranges: "Equal" for the same table. */
  compareLocationWith(other: RangeProxy): FakeClientResult<string> {
    const result = new FakeClientResult<string>();
    this.ctx.enqueue(() => {
      this.requireApi("compareLocationWith");
      const a = this.resolveExisting("compareLocationWith");
      const b = other.resolveExisting("compareLocationWith");
      if (a.kind !== "table" || b.kind !== "table")
        throw new Error("fake: compareLocationWith only between tables");
      const relation = relationOf(a.table, b.table);
      this.ctx.respond(utf8Bytes(JSON.stringify(relation)));
      result.resolveWith(relation);
    });
    return result;
  }

  getOoxml(): FakeClientResult<string> {
    const result = new FakeClientResult<string>();
    this.ctx.enqueue(() => {
      this.requireApi("getOoxml");
      const r = this.resolveExisting("getOoxml");
      if (r.kind !== "table") throw new Error("fake: getOoxml() is only faked on a table's range");
      const trailingParagraph = this.ctx.session.options.trailingParagraph ?? true;
      const xml = this.ctx.session.document.tableOoxml(r.table, { trailingParagraph });
      this.ctx.respond(utf8Bytes(xml), true);
      result.resolveWith(xml);
    });
    return result;
  }

  get parentTableOrNullObject(): TableProxy {
    return new TableProxy(this.ctx, () => {
      this.requireApi("parentTableOrNullObject");
      const r = this.resolveExisting("parentTableOrNullObject");
      if (r.kind !== "selection") throw new Error("fake: parentTableOrNullObject only on the selection");
      return r.paragraph.cell?.row.table ?? null;
    });
  }

  /** The tables in an inserted range (all levels, document order). */
  get tables(): TableCollection {
    const blocksOf = () => {
      this.requireApi("tables");
      const r = this.resolveExisting("tables");
      if (r.kind !== "blocks") throw new Error("fake: Range.tables only on an inserted range");
      return blockContents(this.ctx.session.document, r.blocks).tables;
    };
    return new TableCollection(this.ctx, blocksOf);
  }

  /** The paragraphs in a table's range (nested tables' included) or in an inserted range. */
  get paragraphs(): ParagraphCollection {
    return new ParagraphCollection(this.ctx, () => {
      this.requireApi("paragraphs");
      const r = this.resolveExisting("paragraphs");
      const document = this.ctx.session.document;
      if (r.kind === "table") return document.paragraphs.slice(r.table.paragraphs[0], r.table.paragraphs[1]);
      if (r.kind !== "blocks")
        throw new Error("fake: Range.paragraphs only on a table's or an inserted range");
      return blockContents(document, r.blocks).paragraphs;
    });
  }

  /** Deletes an inserted range (the fake does not delete anything else). */
  delete(): void {
    this.ctx.enqueue(() => {
      this.requireApi("delete");
      const r = this.resolveExisting("delete");
      if (r.kind !== "blocks") throw new Error("fake: Range.delete only on an inserted range");
      const document = this.ctx.session.document;
      const inside = blockContents(document, r.blocks);
      document.removeBlocks(r.blocks);
      this.ctx.session.record({
        kind: "deleteRange",
        tables: inside.tables.length,
        paragraphs: inside.paragraphs.length,
      });
    });
  }

  insertFileFromBase64(base64: string, location: string): RangeProxy {
    this.ctx.enqueue(() => {
      this.requireApi("insertFileFromBase64");
      const r = this.resolveExisting("insertFileFromBase64");
      if (r.kind !== "selection") throw new Error("fake: insertFileFromBase64 only at the selection");
      this.ctx.session.record({
        kind: "insertFile",
        base64,
        location,
        anchor: { selection: r.paragraph.index },
      });
    });
    return new RangeProxy(this.ctx, () => ({ kind: "inserted" }));
  }

  insertComment(text: string): CommentProxy {
    let comment: FakeComment | undefined;
    this.ctx.enqueue(() => {
      this.requireApi("insertComment");
      const r = this.resolveExisting("insertComment");
      if (r.kind !== "cell") throw new Error("fake: insertComment only on a cell's range");
      comment = this.ctx.session.document.addComment(r.cell, text);
      this.ctx.session.record({
        kind: "comment",
        id: comment.id,
        table: r.cell.row.table.index,
        row: r.cell.row.rowIndex,
        tc: r.cell.tcIndex,
        text,
      });
    });
    return new CommentProxy(this.ctx, () => {
      if (!comment) throw new Error("fake: comment used before its insertion ran");
      return comment;
    });
  }
}

function relationOf(a: FakeTable, b: FakeTable): string {
  if (a === b) return "Equal";
  const contains = (outer: FakeTable, inner: FakeTable) =>
    inner.paragraphs[0] >= outer.paragraphs[0] && inner.paragraphs[1] <= outer.paragraphs[1];
  if (contains(a, b)) return "Contains";
  if (contains(b, a)) return "Inside";
  return a.index < b.index ? "Before" : "After";
}

class RangeCollection extends FakeCollection<RangeTarget, RangeProxy> {
  constructor(
    ctx: FakeContext,
    private readonly ranges: () => RangeTarget[],
  ) {
    super(ctx, ranges);
  }

  protected item(target: RangeTarget): RangeProxy {
    return new RangeProxy(this.ctx, () => target);
  }

  getFirst(): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      this.ctx.session.requireApi("RangeCollection.getFirst");
      const first = this.ranges()[0];
      if (!first) throw notFound("the search result");
      return first;
    });
  }

  getFirstOrNullObject(): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      this.ctx.session.requireApi("RangeCollection.getFirstOrNullObject");
      return this.ranges()[0] ?? null;
    });
  }
}

class CommentCollection extends FakeCollection<FakeComment, CommentProxy> {
  protected item(target: FakeComment): CommentProxy {
    return new CommentProxy(this.ctx, () => target);
  }
}

class CommentProxy extends FakeObject<FakeComment> {
  protected readonly apiName = "Comment";
  protected readonly scalars = { id: (c: FakeComment) => c.id };
  get id(): string {
    return this.get("id");
  }
  delete(): void {
    this.ctx.enqueue(() => {
      this.requireApi("delete");
      const comment = this.resolveExisting("delete");
      this.ctx.session.document.deleteComment(comment.id);
      this.ctx.session.record({ kind: "deleteComment", id: comment.id });
    });
  }
}

// ---- A session: one task pane's life over the document ----------------------------------------

export class FakeSession {
  syncs = 0;
  /** Every write, stamped with the sync that carried it (1 = the session's first sync). */
  readonly writes: Stamped<FakeWrite>[] = [];
  /** What each sync sent back, in order. */
  readonly syncLog: SyncLog[] = [];
  /**
   * Every shading write with the `w:tc` element it went to: an element stays the same object
   * through the user's edits, so a test can tell whether a write landed on a cell it marked.
   */
  readonly shadedCells: { sync: number; tc: XmlElement; value: string | null }[] = [];
  runs = 0;

  constructor(
    readonly document: FakeDocument,
    readonly options: FakeWordOptions = {},
  ) {
    if (options.changeTracking !== undefined) document.changeTrackingMode = options.changeTracking;
  }

  record(write: FakeWrite): void {
    this.writes.push({ ...write, sync: this.syncs });
  }

  writesOf<K extends FakeWrite["kind"]>(kind: K): Stamped<Extract<FakeWrite, { kind: K }>>[] {
    return this.writes.filter((w): w is Stamped<Extract<FakeWrite, { kind: K }>> => w.kind === kind);
  }

  /** Bytes of every response so far, and of the `getOoxml()` packages among them. */
  get bytesRead(): { total: number; ooxml: number } {
    return this.syncLog.reduce(
      (sum, s) => ({ total: sum.total + s.bytes, ooxml: sum.ooxml + s.ooxmlBytes }),
      { total: 0, ooxml: 0 },
    );
  }

  /** `body.paragraphs`: every paragraph, or all but those of covered cells (`coveredCellParagraphs`). */
  paragraphList(): FakeParagraph[] {
    const all = this.document.paragraphs;
    return this.options.coveredCellParagraphs === false ? all.filter((p) => !p.cell?.continuation) : all;
  }

  apiVersion(): number {
    return versionNumber(this.options.apiVersion ?? "1.3");
  }

  /** Fails the running command with ApiNotFound when this Word is below the member's set. */
  requireApi(member: string): void {
    const level = API_LEVELS[member];
    if (level === undefined) throw new Error(`fake: no requirement set known for ${member}`);
    if (this.apiVersion() < versionNumber(level))
      throw new FakeOfficeError("ApiNotFound", `${member} needs WordApi ${level}`);
  }

  noFillBehaviour(value: string | null): NoFillBehaviour {
    const spelling: string = value === null ? "null" : value;
    const configured = (this.options.noFill ?? {})[spelling as NoFillSpelling];
    return configured ?? (spelling === "" ? "clears" : "rejects");
  }

  /** `body.tables` in document (pre-)order. */
  tableList(): FakeTable[] {
    const all = this.document.tables;
    return this.options.tablesIncludeNested === false ? all.filter((t) => t.nestingLevel === 1) : all;
  }

  nextInChain(table: FakeTable): FakeTable | null {
    const chain = this.options.chainIncludesNested
      ? this.document.tables
      : this.document.tables.filter((t) => t.nestingLevel === 1);
    const at = chain.indexOf(table);
    return at >= 0 ? (chain[at + 1] ?? null) : null;
  }

  convention(table: FakeTable): CellConvention {
    return this.options.conventions?.[table.index] ?? this.options.convention ?? "counted";
  }

  /** The cells Word has in a row, for `cellCount`, for `values`, or for `getCell` addresses. */
  wordCells(row: FakeRow, use: "cellCount" | "values" | "address"): FakeCell[] {
    const convention = this.convention(row.table);
    const counts = convention === "counted" || (convention === "mixed" && use === "cellCount");
    return counts ? row.cells : row.cells.filter((c) => !c.continuation);
  }

  /** `Word.run(batch)`: a fresh context; queued commands left at the end are synced. */
  async run<T>(batch: (context: FakeContext) => Promise<T>): Promise<T> {
    this.runs++;
    const context = new FakeContext(this);
    try {
      const result = await batch(context);
      if (context.pending > 0) await context.sync();
      return result;
    } finally {
      context.closed = true;
    }
  }
}

function versionNumber(version: string): number {
  const [major, minor] = version.split(".").map(Number);
  return major * 1000 + (minor ?? 0);
}
