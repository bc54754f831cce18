/**
 * The task pane's ReportHost in Word. It keeps what the last read learnt about the tables (the
 * snapshot): the marks of a check refer to it, and right after a read it is fresh enough to mark
 * without another round trip. Any write makes it stale.
 */
import { notFoundError, readOnlyError, unaddressableError } from "../host/errors";
import type {
  CellMark,
  ClearOutcome,
  DocumentValueKey,
  HostCapabilities,
  HostReadResult,
  MarkOutcome,
  ReportHost,
} from "../host/reportHost";
import type { CellRef } from "../report/findings";
import { allTables } from "../report/model";
import { loadDocumentValue, saveDocumentValue } from "./documentValues";
import { runWord } from "./errors";
import { loadIgnored, saveIgnored } from "./ignoredFindings";
import { insertDocxAtSelection } from "./insertDocx";
import { applyMarks, forgetKeptMarks, restoreMarks, type MarkState } from "./marks";
import { isReadOnly, supportsChangeTracking, supportsComments } from "./office";
import { readDocument, type DocumentSnapshot } from "./readDocument";
import { selectCell, selectParagraph } from "./select";
import type { NoFillKnowledge } from "./writeBatch";

export class WordHost implements ReportHost {
  private snapshot: DocumentSnapshot | null = null;
  /** No write since the snapshot was read. */
  private fresh = false;
  /** What this Word did with the "no fill" spellings (learnt once per session). */
  private readonly noFill: NoFillKnowledge = {};

  capabilities(): HostCapabilities {
    return {
      comments: supportsComments(),
      readOnly: isReadOnly(),
      // Below WordApi 1.4 track changes can be neither read nor paused.
      marksMayBeTracked: !supportsChangeTracking(),
    };
  }

  async read(): Promise<HostReadResult> {
    const snapshot = await runWord((context) => readDocument(context));
    this.snapshot = snapshot;
    this.fresh = true;
    return { doc: snapshot.doc, unaddressable: [...snapshot.unaddressable] };
  }

  private state(): MarkState {
    return {
      snapshot: this.snapshot,
      fresh: this.fresh,
      canDeleteComments: supportsComments(),
      knowledge: this.noFill,
    };
  }

  async mark(marks: CellMark[], options: { comments: boolean }): Promise<MarkOutcome> {
    if (isReadOnly()) throw readOnlyError("mark");
    if (this.snapshot === null) await this.read();
    const snapshot = this.snapshot as DocumentSnapshot | null;
    if (snapshot === null) throw notFoundError("The document", "文档");
    const state = { ...this.state(), snapshot };
    this.fresh = false;
    return runWord((context) => applyMarks(context, state, marks, options.comments && supportsComments()));
  }

  async clearMarks(): Promise<ClearOutcome> {
    if (isReadOnly()) throw readOnlyError("clear");
    const state = this.state();
    this.fresh = false;
    return runWord((context) => restoreMarks(context, state));
  }

  async forgetMarks(): Promise<number> {
    return forgetKeptMarks();
  }

  async selectCell(cell: CellRef): Promise<void> {
    if (this.snapshot === null) await this.read();
    const snapshot = this.snapshot as DocumentSnapshot | null;
    if (snapshot === null) throw notFoundError("The document", "文档");
    const top = snapshot.byIndex.get(cell.table);
    if (top === undefined) {
      const exists = allTables(snapshot.doc).some((t) => t.index === cell.table);
      throw exists
        ? unaddressableError(cell.table)
        : notFoundError(`Table ${cell.table + 1}`, `第 ${cell.table + 1} 个表格`);
    }
    if (top.addressing === null) throw unaddressableError(cell.table);
    const address = top.addressing.toWord(cell.row, cell.cell);
    if (address === null) throw notFoundError("The cell", "该单元格");
    await runWord((context) => selectCell(context, snapshot, top, address));
  }

  async selectParagraph(paragraph: number, excerpt?: string): Promise<void> {
    await runWord((context) => selectParagraph(context, paragraph, excerpt));
  }

  async insertDocx(docx: Uint8Array): Promise<void> {
    if (isReadOnly()) throw readOnlyError("insert");
    this.fresh = false;
    await runWord((context) => insertDocxAtSelection(context, docx));
  }

  async loadIgnored(): Promise<string[]> {
    return loadIgnored();
  }

  async saveIgnored(fingerprints: string[]): Promise<void> {
    await saveIgnored(fingerprints);
  }

  async loadDocumentValue(key: DocumentValueKey): Promise<string | null> {
    return loadDocumentValue(key);
  }

  async saveDocumentValue(key: DocumentValueKey, value: string | null): Promise<void> {
    await saveDocumentValue(key, value);
  }
}
