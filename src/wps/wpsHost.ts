/**
 * The task pane's ReportHost in WPS 文字, over `window.Application`. WPS's calls are synchronous;
 * the interface is asynchronous because Word's is. It keeps what the last read learnt (the
 * snapshot): a check's marks and selections refer to it, and every write proves its cells against
 * the document as it is now (./cellAddress), so edits made since are never written over.
 */
import {
  HostError,
  NOTHING_KEPT,
  type CellMark,
  type ClearOutcome,
  type DocumentValueKey,
  type HostCapabilities,
  type HostReadResult,
  type MarkOutcome,
  type ReportHost,
} from "../host/reportHost";
import { readDocx } from "../ooxml";
import { checkReport } from "../report/checkReport";
import type { FormatId } from "../report/formats/types";
import type { CellRef } from "../report/findings";
import type { WpsApplication } from "./api";
import { tryRead } from "./access";
import { loadDocumentValue, saveDocumentValue } from "./documentValues";
import { readOnlyError, toHostError } from "./errors";
import { loadIgnored, saveIgnored } from "./ignoredFindings";
import { cursorOf, insertionRange, removeFile, tableAtCursor, writeTempFile } from "./insertDocx";
import { loadMarkRecord, recordedCells, saveMarkRecord, EMPTY_RECORD } from "./markRecord";
import { applyMarks, asOneStep, keptSummary, restoreRecord } from "./marks";
import { activeDocument, isReadOnly, readDocument, type WpsSnapshot } from "./readDocument";
import { assertActive, selectCell, selectParagraph } from "./select";

export interface WpsHostOptions {
  /** The add-in's own copy of a blank template (a native path), for when no temp file can be written. */
  bundledTemplate?: (format: FormatId) => string | null;
}

/** Runs a WPS operation, turning what WPS throws into HostErrors. */
async function run<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toHostError(error);
  }
}

export class WpsHost implements ReportHost {
  private snapshot: WpsSnapshot | null = null;

  constructor(
    private readonly app: WpsApplication,
    private readonly options: WpsHostOptions = {},
  ) {}

  capabilities(): HostCapabilities {
    const doc = tryRead(this.app, "ActiveDocument");
    const comments = doc ? tryRead(doc, "Comments") : undefined;
    return {
      comments: typeof comments?.Add === "function",
      readOnly: doc ? isReadOnly(doc) : true,
    };
  }

  read(): Promise<HostReadResult> {
    return run(async () => {
      const snapshot = await readDocument(this.app);
      this.snapshot = snapshot;
      return { doc: snapshot.doc, unaddressable: [...snapshot.unaddressable] };
    });
  }

  mark(marks: CellMark[], options: { comments: boolean }): Promise<MarkOutcome> {
    return run(async () => {
      if (this.snapshot === null) await this.read();
      const snapshot = this.snapshot as WpsSnapshot | null;
      if (snapshot === null) throw toHostError(new Error("no document was read"));
      assertActive(this.app, snapshot);
      if (isReadOnly(snapshot.document)) throw readOnlyError("mark");
      const withComments = options.comments && this.capabilities().comments;
      const result = asOneStep(this.app, "年报校对：标记单元格", () =>
        applyMarks(snapshot.document, snapshot, marks, withComments),
      );
      const outcome: MarkOutcome = { marked: result.marked, skipped: result.skipped };
      if (result.kept.cells > 0) outcome.kept = result.kept;
      return outcome;
    });
  }

  clearMarks(): Promise<ClearOutcome> {
    return run(() => {
      const doc = activeDocument(this.app);
      if (isReadOnly(doc)) throw readOnlyError("clear");
      const record = loadMarkRecord(doc);
      if (record.tables.length === 0) return { restored: 0, kept: NOTHING_KEPT, differing: 0 };
      const result = asOneStep(this.app, "年报校对：清除标记", () => restoreRecord(doc, record));
      saveMarkRecord(doc, result.kept.record);
      return { restored: result.restored, kept: keptSummary(result.kept), differing: result.differing };
    });
  }

  forgetMarks(): Promise<number> {
    return run(() => {
      const doc = activeDocument(this.app);
      if (isReadOnly(doc)) throw readOnlyError("clear");
      const cells = recordedCells(loadMarkRecord(doc));
      if (cells > 0) saveMarkRecord(doc, EMPTY_RECORD);
      return cells;
    });
  }

  selectCell(cell: CellRef): Promise<void> {
    return run(async () => {
      if (this.snapshot === null) await this.read();
      if (this.snapshot) selectCell(this.app, this.snapshot, cell);
    });
  }

  selectParagraph(paragraph: number, excerpt?: string): Promise<void> {
    return run(async () => {
      if (this.snapshot === null) await this.read();
      if (this.snapshot) selectParagraph(this.app, this.snapshot, paragraph, excerpt);
    });
  }

  insertDocx(docx: Uint8Array): Promise<void> {
    return run(async () => {
      const doc = activeDocument(this.app);
      if (isReadOnly(doc)) throw readOnlyError("insert");
      let path = writeTempFile(this.app, docx);
      const temporary = path !== null;
      if (path === null) path = await this.bundledCopyOf(docx);
      if (path === null)
        throw new HostError(
          "host",
          "WPS 无法写入临时文件，也找不到加载项自带的模板文件，不能插入模板。",
          "WPS cannot write a temporary file and the add-in's own template file cannot be found: " +
            "the template cannot be inserted.",
        );
      const file = path;
      try {
        asOneStep(this.app, "年报校对：插入空白模板", () => insertionRange(this.app, doc).InsertFile(file));
      } finally {
        const fs = tryRead(this.app, "FileSystem");
        if (temporary && fs) removeFile(fs, file);
      }
    });
  }

  /**
   * Where 插入空白模板 puts the template, in words, when it is not simply the cursor (the cursor is
   * in a table: after it); undefined otherwise, or when WPS cannot say.
   */
  insertionPoint(lang: "zh" | "en"): string | undefined {
    try {
      const doc = tryRead(this.app, "ActiveDocument");
      const table = doc ? tableAtCursor(doc, cursorOf(this.app)) : null;
      if (!table) return undefined;
      return lang === "zh"
        ? `光标在文档第 ${table.position} 个表格中：模板（六个部分的标题和三张标准统计表）将插入在这个表格之后的新段落中。`
        : `The cursor is in table ${table.position} of the document: the template (the six section headings and the three standard tables) goes into a new paragraph after that table.`;
    } catch {
      return undefined;
    }
  }

  /** The add-in's own template file of the same format as these bytes. */
  private async bundledCopyOf(docx: Uint8Array): Promise<string | null> {
    if (!this.options.bundledTemplate) return null;
    const format = checkReport(await readDocx(docx)).format;
    return format ? this.options.bundledTemplate(format) : null;
  }

  loadIgnored(): Promise<string[]> {
    return run(() => {
      const doc = tryRead(this.app, "ActiveDocument");
      return doc ? loadIgnored(doc) : [];
    });
  }

  saveIgnored(fingerprints: string[]): Promise<void> {
    return run(() => {
      const doc = activeDocument(this.app);
      if (isReadOnly(doc)) throw readOnlyError("save");
      if (!saveIgnored(doc, fingerprints))
        throw new HostError(
          "host",
          "无法在文档中保存忽略的问题（自定义文档属性）。",
          "The ignored findings cannot be kept in the document (custom document properties).",
        );
    });
  }

  loadDocumentValue(key: DocumentValueKey): Promise<string | null> {
    return run(() => {
      const doc = tryRead(this.app, "ActiveDocument");
      return doc ? loadDocumentValue(doc, key) : null;
    });
  }

  saveDocumentValue(key: DocumentValueKey, value: string | null): Promise<void> {
    return run(() => {
      const doc = activeDocument(this.app);
      if (isReadOnly(doc)) throw readOnlyError("keep");
      if (!saveDocumentValue(doc, key, value))
        throw new HostError(
          "host",
          "无法在文档中保存设置（自定义文档属性）。",
          "The setting cannot be kept in the document (custom document properties).",
        );
    });
  }
}
