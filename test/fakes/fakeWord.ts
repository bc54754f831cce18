/**
 * An in-memory fake of exactly the part of Word's JavaScript API the adapter (src/word) uses, over
 * a FakeDocument. It is strict where Word is strict, so that mistakes show up in tests:
 *
 * - a proxy's property can be read only after `load` of that property *and* a `sync()`: reading an
 *   unloaded property throws, reading a loaded one before the sync throws;
 * - `load` takes only scalar properties ("items/x" on collections); a bare `load()`, a navigation
 *   property or a property the fake does not know throws — so does loading `shadingColor`, which
 *   office-notes says fails in Word on the web: originals come from the OOXML;
 * - navigation (`getCell`, `getNext`, `parentTable`, …) is resolved when the batch runs: an
 *   address that does not exist fails the whole `sync()` with ItemNotFound, and the commands queued
 *   before it have run (Word does not roll back);
 * - proxies die with their `Word.run`: queuing anything on one afterwards throws;
 * - WordApi 1.4 calls (`insertComment`, `getComments`) fail with ApiNotFound on a 1.3 Word;
 * - every `sync()` is counted and every write recorded (shading, comments, inserted files,
 *   paragraphs, selections, saved settings). There is no way to write text into a cell.
 *
 * How Word numbers merged cells is a setting (`convention`), per table if needed:
 * "counted" — continuation cells of vertical merges are cells of their row (cellCount, values,
 * getCell); "skipped" — they are not; "mixed" — `cellCount` counts them but `values` and
 * `getCell` do not (a disagreement neither convention of the adapter accepts).
 */
import type { FakeCell, FakeComment, FakeDocument, FakeParagraph, FakeRow, FakeTable } from "./fakeDocument";

export type CellConvention = "counted" | "skipped" | "mixed";

export interface FakeWordOptions {
  /** Highest WordApi requirement set supported (default "1.3"). */
  wordApi?: string;
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
}

export type FakeWrite =
  | { kind: "shading"; table: number; row: number; cell: number; tc: number; value: string }
  | { kind: "comment"; id: string; table: number; row: number; tc: number; text: string }
  | { kind: "deleteComment"; id: string }
  | { kind: "insertParagraph"; afterTable: number }
  | {
      kind: "insertFile";
      base64: string;
      location: string;
      anchor: { afterTable: number } | { selection: number };
    }
  | { kind: "select"; target: SelectTarget }
  | { kind: "saveSettings"; settings: Record<string, unknown> };

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

// ---- Context, sync and the object model's base -----------------------------------------------

type Action = () => void;

export class FakeContext {
  readonly document: DocumentProxy;
  private queue: Action[] = [];
  closed = false;

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

  async sync(): Promise<void> {
    if (this.closed) throw new Error("fake: sync() after Word.run ended");
    this.session.syncs++;
    const queue = this.queue;
    this.queue = [];
    await Promise.resolve(); // a round trip is asynchronous
    for (const action of queue) action(); // a failing command stops the batch; earlier ones stay done
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

  /** The scalar properties `load` accepts, and their values on a target. */
  protected abstract readonly scalars: Record<string, (target: T) => unknown>;

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
      this.pendingLoads.delete(name);
      if (target !== null) this.loadedValues.set(name, structuredClone(this.scalars[name](target)));
    }
  }

  parseLoad(spec: string | string[] | undefined): string[] {
    const names = (Array.isArray(spec) ? spec : (spec ?? "").split(",")).map((s) => s.trim()).filter(Boolean);
    if (names.length === 0)
      throw new Error(`fake: bare load() on ${this.constructor.name}: load only what you read`);
    for (const name of names)
      if (!(name in this.scalars))
        throw new Error(
          name === "shadingColor"
            ? "fake: loading shadingColor is refused (it fails in Word on the web; read w:shd from the OOXML)"
            : `fake: ${this.constructor.name} cannot load "${name}" (not a scalar the fake knows)`,
        );
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

/** A collection proxy: `load("items/a,items/b")` fills `items` with loaded item proxies. */
/** What a collection needs of its item proxies. */
interface Loadable {
  parseLoad(spec: string[]): string[];
  fill(names: readonly string[]): void;
}

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

class DocumentProxy {
  readonly body: BodyProxy;
  constructor(private readonly ctx: FakeContext) {
    this.body = new BodyProxy(ctx, { kind: "document" });
  }

  /** The cursor: a collapsed range in the cursor paragraph. */
  getSelection(): RangeProxy {
    return new RangeProxy(this.ctx, () => {
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
    return (this.paragraphsProxy ??= new ParagraphCollection(
      this.ctx,
      () => this.ctx.session.document.paragraphs,
    ));
  }

  /** `body.tables`: top-level tables, and nested ones too when `tablesIncludeNested`. */
  get tables(): TableCollection {
    this.documentOnly("body.tables");
    return (this.tablesProxy ??= new TableCollection(this.ctx, () => this.ctx.session.tableList()));
  }

  getRange(): RangeProxy {
    const where = this.where;
    if (where.kind !== "cell") throw new Error("fake: body.getRange() is only faked on a cell's body");
    return new RangeProxy(this.ctx, () => ({ kind: "cell", cell: where.cell.resolveExisting("cell.body") }));
  }

  getComments(): CommentCollection {
    this.documentOnly("body.getComments()");
    return new CommentCollection(this.ctx, () => {
      this.ctx.session.requireApi("1.4", "Body.getComments");
      return [...this.ctx.session.document.comments];
    });
  }
}

class ParagraphCollection extends FakeCollection<FakeParagraph, ParagraphProxy> {
  protected item(target: FakeParagraph): ParagraphProxy {
    return new ParagraphProxy(this.ctx, () => target);
  }
}

/** A paragraph of the document, or (`inserted`) an empty one the adapter inserted after a table. */
type ParagraphTarget = FakeParagraph | { inserted: true; afterTable: FakeTable };

class ParagraphProxy extends FakeObject<ParagraphTarget> {
  protected readonly scalars = {
    text: (p: ParagraphTarget) => ("inserted" in p ? "" : p.text),
    outlineLevel: (p: ParagraphTarget) => ("inserted" in p ? 10 : p.outlineLevel),
    tableNestingLevel: (p: ParagraphTarget) => ("inserted" in p ? 0 : p.tableNestingLevel),
    isListItem: (p: ParagraphTarget) => ("inserted" in p ? false : p.isListItem),
  };

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

  get listItemOrNullObject(): ListItemProxy {
    return new ListItemProxy(this.ctx, () => {
      const p = this.paragraph("listItemOrNullObject");
      return p.isListItem ? p : null;
    });
  }

  select(): void {
    this.ctx.enqueue(() =>
      this.ctx.session.record({
        kind: "select",
        target: { kind: "paragraph", index: this.paragraph("select").index },
      }),
    );
  }

  /** Word's search: plain text, "^^" for "^", at most 255 characters. */
  search(text: string, options?: { matchCase?: boolean }): RangeCollection {
    return new RangeCollection(this.ctx, () => {
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
      const p = this.resolveExisting("insertFileFromBase64");
      const anchor = "inserted" in p ? { afterTable: p.afterTable.index } : { selection: p.index };
      this.ctx.session.record({ kind: "insertFile", base64, location, anchor });
    });
    return new RangeProxy(this.ctx, () => ({ kind: "inserted" }));
  }
}

class ListItemProxy extends FakeObject<FakeParagraph> {
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
      const first = this.tables()[0];
      if (!first) throw notFound("the first table");
      return first;
    });
  }
}

class TableProxy extends FakeObject<FakeTable> {
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
    return (this.rowsProxy ??= new TableRowCollection(this.ctx, () => this.resolveExisting("rows").rows));
  }

  getCell(rowIndex: number, cellIndex: number): TableCellProxy {
    return new TableCellProxy(this.ctx, () => {
      const row = this.resolveExisting("getCell").rows[rowIndex];
      const cell = row && this.ctx.session.wordCells(row, "address")[cellIndex];
      if (!cell) throw notFound(`cell (${rowIndex}, ${cellIndex})`);
      return cell;
    });
  }

  getRange(): RangeProxy {
    return new RangeProxy(this.ctx, () => ({ kind: "table", table: this.resolveExisting("getRange") }));
  }

  /** The next table in the chain: top-level tables, or all of them with `chainIncludesNested`. */
  getNext(): TableProxy {
    return new TableProxy(this.ctx, () => {
      const next = this.ctx.session.nextInChain(this.resolveExisting("getNext"));
      if (!next) throw notFound("the next table");
      return next;
    });
  }

  getNextOrNullObject(): TableProxy {
    return new TableProxy(this.ctx, () =>
      this.ctx.session.nextInChain(this.resolveExisting("getNextOrNullObject")),
    );
  }

  get parentTable(): TableProxy {
    return new TableProxy(this.ctx, () => {
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
  protected readonly scalars = {
    cellCount: (row: FakeRow) => this.ctx.session.wordCells(row, "cellCount").length,
  };
  get cellCount(): number {
    return this.get("cellCount");
  }
}

class TableCellProxy extends FakeObject<FakeCell> {
  protected readonly scalars = {};
  private bodyProxy?: BodyProxy;

  get shadingColor(): string {
    throw new Error("fake: shadingColor is never read (the original fill comes from the OOXML)");
  }

  set shadingColor(value: string) {
    this.ctx.enqueue(() => {
      const cell = this.resolveExisting("shadingColor");
      this.ctx.session.document.setCellShading(cell, value);
      this.ctx.session.record({
        kind: "shading",
        table: cell.row.table.index,
        row: cell.row.rowIndex,
        cell: this.ctx.session.wordCells(cell.row, "address").indexOf(cell),
        tc: cell.tcIndex,
        value,
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
  | { kind: "inserted" };

class RangeProxy extends FakeObject<RangeTarget> {
  protected readonly scalars = {
    text: (r: RangeTarget) => ("text" in r ? r.text : ""),
  };

  get text(): string {
    return this.get("text");
  }

  select(): void {
    this.ctx.enqueue(() => {
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
      const a = this.resolveExisting("compareLocationWith");
      const b = other.resolveExisting("compareLocationWith");
      if (a.kind !== "table" || b.kind !== "table")
        throw new Error("fake: compareLocationWith only between tables");
      result.resolveWith(relation(a.table, b.table));
    });
    return result;
  }

  getOoxml(): FakeClientResult<string> {
    const result = new FakeClientResult<string>();
    this.ctx.enqueue(() => {
      const r = this.resolveExisting("getOoxml");
      if (r.kind !== "table") throw new Error("fake: getOoxml() is only faked on a table's range");
      const trailingParagraph = this.ctx.session.options.trailingParagraph ?? true;
      result.resolveWith(this.ctx.session.document.tableOoxml(r.table, { trailingParagraph }));
    });
    return result;
  }

  get parentTableOrNullObject(): TableProxy {
    return new TableProxy(this.ctx, () => {
      const r = this.resolveExisting("parentTableOrNullObject");
      if (r.kind !== "selection") throw new Error("fake: parentTableOrNullObject only on the selection");
      return r.paragraph.cell?.row.table ?? null;
    });
  }

  insertFileFromBase64(base64: string, location: string): RangeProxy {
    this.ctx.enqueue(() => {
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
      this.ctx.session.requireApi("1.4", "Range.insertComment");
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

function relation(a: FakeTable, b: FakeTable): string {
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
      const first = this.ranges()[0];
      if (!first) throw notFound("the search result");
      return first;
    });
  }

  getFirstOrNullObject(): RangeProxy {
    return new RangeProxy(this.ctx, () => this.ranges()[0] ?? null);
  }
}

class CommentCollection extends FakeCollection<FakeComment, CommentProxy> {
  protected item(target: FakeComment): CommentProxy {
    return new CommentProxy(this.ctx, () => target);
  }
}

class CommentProxy extends FakeObject<FakeComment> {
  protected readonly scalars = { id: (c: FakeComment) => c.id };
  get id(): string {
    return this.get("id");
  }
  delete(): void {
    this.ctx.enqueue(() => {
      this.ctx.session.requireApi("1.4", "Comment.delete");
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
  runs = 0;

  constructor(
    readonly document: FakeDocument,
    readonly options: FakeWordOptions = {},
  ) {}

  record(write: FakeWrite): void {
    this.writes.push({ ...write, sync: this.syncs });
  }

  writesOf<K extends FakeWrite["kind"]>(kind: K): Stamped<Extract<FakeWrite, { kind: K }>>[] {
    return this.writes.filter((w): w is Stamped<Extract<FakeWrite, { kind: K }>> => w.kind === kind);
  }

  apiVersion(): number {
    return versionNumber(this.options.wordApi ?? "1.3");
  }

  requireApi(version: string, what: string): void {
    if (this.apiVersion() < versionNumber(version))
      throw new FakeOfficeError("ApiNotFound", `${what} needs WordApi ${version}`);
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
