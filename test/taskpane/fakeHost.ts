/**
 * An in-memory ReportHost: serves one ReportDocument, keeps marks and ignored fingerprints the way
 * a document would, and records every call so that a test can say "one read and one mark per
 * check". It can act read-only, refuse to address some tables, fail a method with a HostError,
 * offer comments, hold a method's answer until the test releases it, and — as Word does when a
 * table was edited after the check — keep marks it cannot prove are still on the cells they were
 * put on (`stick`), until they are forgotten or the edit is undone (`unstick`). Its document values
 * (`values`) are the document's: a new FakeHost given them is a later session.
 */
import {
  HostError,
  NOTHING_KEPT,
  type ClearOutcome,
  type CellMark,
  type DocumentValueKey,
  type HostCapabilities,
  type HostReadResult,
  type KeptMarks,
  type KeptReason,
  type MarkOutcome,
  type ReportHost,
} from "../../src/host/reportHost";
import type { CellRef } from "../../src/report/findings";
import type { ReportDocument } from "../../src/report/model";

export type HostMethod = Exclude<keyof ReportHost, "capabilities">;

export interface HostCall {
  method: HostMethod | "capabilities";
  args: unknown[];
}

export interface FakeHostOptions {
  readOnly?: boolean;
  comments?: boolean;
  /** Tables (`DocTable.index`) the host cannot address. */
  unaddressable?: number[];
  /** Fingerprints already saved with the document. */
  ignored?: string[];
  /** Cells marked by an earlier session, still on the document. */
  marked?: CellRef[];
  /** `capabilities().marksMayBeTracked`. */
  marksMayBeTracked?: boolean;
  /** Restored cells that read back differently (`ClearOutcome.differing`). */
  differing?: number;
  /** Comments of restored marks left in the document (`ClearOutcome.commentsLeft`). */
  commentsLeft?: number;
  /** Values already kept with the document (`loadDocumentValue`): shared, as a document's are. */
  values?: Map<DocumentValueKey, string>;
}

export class FakeHost implements ReportHost {
  readonly calls: HostCall[] = [];
  /** Cells currently marked, by key table:row:cell. */
  readonly marks = new Map<string, CellMark>();
  saved: string[];
  /** The document's values (`saveDocumentValue`); pass it to another FakeHost for a later session. */
  readonly values: Map<DocumentValueKey, string>;
  private failures = new Map<HostMethod, unknown>();
  private holds = new Map<HostMethod, Array<() => void>>();
  private held = new Set<HostMethod>();
  /** Marked cells whose mark cannot be restored now, and why. */
  private readonly stuck = new Map<string, KeptReason>();

  constructor(
    public doc: ReportDocument,
    private readonly options: FakeHostOptions = {},
  ) {
    this.saved = [...(options.ignored ?? [])];
    this.values = options.values ?? new Map();
    for (const cell of options.marked ?? [])
      this.marks.set(key(cell), { cell, look: "suspect", severity: "error", note: "" });
  }

  // ---- Test controls ------------------------------------------------------------------------

  /** The next calls of `method` reject with `error` (a HostError by default) until `succeed`. */
  fail(
    method: HostMethod,
    error: unknown = new HostError("host", "模拟的宿主错误", "simulated host error"),
  ): void {
    this.failures.set(method, error);
  }

  succeed(method: HostMethod): void {
    this.failures.delete(method);
  }

  /** Calls of `method` wait until `release(method)`. */
  hold(method: HostMethod): void {
    this.held.add(method);
  }

  release(method: HostMethod): void {
    this.held.delete(method);
    for (const resume of this.holds.get(method) ?? []) resume();
    this.holds.delete(method);
  }

  /** Marks on these cells cannot be restored (their table was edited or deleted) until `unstick`. */
  stick(cells: CellRef[], reason: KeptReason = "table_changed"): void {
    for (const cell of cells) {
      if (!this.marks.has(key(cell)))
        this.marks.set(key(cell), { cell, look: "suspect", severity: "error", note: "" });
      this.stuck.set(key(cell), reason);
    }
  }

  /** The edit was undone: every mark can be restored again. */
  unstick(): void {
    this.stuck.clear();
  }

  callsOf(method: HostCall["method"]): HostCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Calls other than `capabilities` (which is synchronous and free). */
  get roundTrips(): HostCall[] {
    return this.calls.filter((c) => c.method !== "capabilities");
  }

  lastMarks(): CellMark[] {
    const call = this.callsOf("mark").at(-1);
    return call ? (call.args[0] as CellMark[]) : [];
  }

  // ---- ReportHost ---------------------------------------------------------------------------

  capabilities(): HostCapabilities {
    this.calls.push({ method: "capabilities", args: [] });
    return {
      comments: this.options.comments ?? false,
      readOnly: this.options.readOnly ?? false,
      ...(this.options.marksMayBeTracked ? { marksMayBeTracked: true } : {}),
    };
  }

  async read(): Promise<HostReadResult> {
    await this.enter("read", []);
    return { doc: this.doc, unaddressable: [...(this.options.unaddressable ?? [])] };
  }

  async mark(marks: CellMark[], options: { comments: boolean }): Promise<MarkOutcome> {
    await this.enter("mark", [marks, options]);
    this.refuseWhenReadOnly();
    const { kept } = this.removeMarks();
    let skipped = 0;
    let marked = 0;
    for (const m of marks) {
      if (this.options.unaddressable?.includes(m.cell.table)) skipped++;
      else if (!this.stuck.has(key(m.cell))) {
        this.marks.set(key(m.cell), m);
        marked++;
      }
    }
    return { marked, skipped, ...(kept.cells > 0 ? { kept } : {}) };
  }

  async clearMarks(): Promise<ClearOutcome> {
    await this.enter("clearMarks", []);
    this.refuseWhenReadOnly();
    const { restored, kept } = this.removeMarks();
    return {
      restored,
      kept,
      differing: Math.min(restored, this.options.differing ?? 0),
      ...(this.options.commentsLeft ? { commentsLeft: this.options.commentsLeft } : {}),
    };
  }

  async forgetMarks(): Promise<number> {
    await this.enter("forgetMarks", []);
    const n = this.stuck.size;
    for (const k of this.stuck.keys()) this.marks.delete(k);
    this.stuck.clear();
    return n;
  }

  async selectCell(cell: CellRef): Promise<void> {
    await this.enter("selectCell", [cell]);
    if (this.options.unaddressable?.includes(cell.table))
      throw new HostError("unaddressable", "无法定位该表格", "cannot address the table");
  }

  async selectParagraph(paragraph: number, excerpt?: string): Promise<void> {
    await this.enter("selectParagraph", excerpt === undefined ? [paragraph] : [paragraph, excerpt]);
  }

  async insertDocx(docx: Uint8Array): Promise<void> {
    await this.enter("insertDocx", [docx]);
    this.refuseWhenReadOnly();
  }

  async loadIgnored(): Promise<string[]> {
    await this.enter("loadIgnored", []);
    return [...this.saved];
  }

  async saveIgnored(fingerprints: string[]): Promise<void> {
    await this.enter("saveIgnored", [fingerprints]);
    this.refuseWhenReadOnly();
    this.saved = [...fingerprints];
  }

  async loadDocumentValue(key: DocumentValueKey): Promise<string | null> {
    await this.enter("loadDocumentValue", [key]);
    return this.values.get(key) ?? null;
  }

  async saveDocumentValue(key: DocumentValueKey, value: string | null): Promise<void> {
    await this.enter("saveDocumentValue", [key, value]);
    this.refuseWhenReadOnly();
    if (value === null) this.values.delete(key);
    else this.values.set(key, value);
  }

  // ---- Internals ----------------------------------------------------------------------------

  /** Restores every mark it can; the stuck ones stay, and are counted by reason. */
  private removeMarks(): { restored: number; kept: KeptMarks } {
    let restored = 0;
    const reasons = new Map<KeptReason, number>();
    for (const k of [...this.marks.keys()]) {
      const reason = this.stuck.get(k);
      if (reason) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
      else {
        this.marks.delete(k);
        restored++;
      }
    }
    const cells = [...reasons.values()].reduce((a, b) => a + b, 0);
    if (cells === 0) return { restored, kept: NOTHING_KEPT };
    return { restored, kept: { cells, reasons: [...reasons].map(([reason, n]) => ({ reason, cells: n })) } };
  }

  private async enter(method: HostMethod, args: unknown[]): Promise<void> {
    this.calls.push({ method, args });
    if (this.held.has(method)) {
      await new Promise<void>((resume) =>
        this.holds.set(method, [...(this.holds.get(method) ?? []), resume]),
      );
    }
    if (this.failures.has(method)) throw this.failures.get(method);
  }

  private refuseWhenReadOnly(): void {
    if (this.options.readOnly) throw new HostError("read_only", "文档为只读", "the document is read-only");
  }
}

function key(cell: CellRef): string {
  return `${cell.table}:${cell.row}:${cell.cell}`;
}
