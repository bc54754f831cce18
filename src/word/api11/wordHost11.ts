/**
 * The ReportHost on WordApi 1.1 (Office 2016 volume licence): no table API, so the document is
 * read from the body's OOXML, cells are reached through their paragraphs, and marks are text
 * highlights (./highlightMarks). What it does, in round trips:
 *
 * - read: 1 (`body.getOoxml()` and the paragraphs' texts);
 * - mark: 2; clear: 2; select a cell or a paragraph: 2 (3 to select a quoted excerpt);
 * - insert the template: 1 — at the end of the document, since 1.1 cannot tell whether the cursor
 *   is in a table (`parentTableOrNullObject` is 1.3), and a template inserted there would become
 *   tables nested in a cell.
 */
import { notFoundError, readOnlyError, unaddressableError } from "../../host/errors";
import {
  type CellMark,
  type ClearOutcome,
  type DocumentValueKey,
  type HostCapabilities,
  type HostReadResult,
  type ReportHost,
} from "../../host/reportHost";
import type { CellRef } from "../../report/findings";
import { allTables, bodyParagraphs, type DocTable } from "../../report/model";
import { runWord } from "../errors";
import { loadDocumentValue, saveDocumentValue } from "../documentValues";
import { loadIgnored, saveIgnored } from "../ignoredFindings";
import { MAX_INSERT_BYTES, tooLargeError } from "../insertDocx";
import { isReadOnly } from "../office";
import {
  applyHighlights,
  forgetHighlights,
  removeHighlights,
  wordParagraphsOf,
  type HighlightMarkOutcome,
} from "./highlightMarks";
import { cellKey } from "./paragraphMap";
import { readBody, type BodySnapshot } from "./readBody";
import { selectWordParagraph, staleError } from "./select11";

/** The cell whose paragraphs show a covered cell's place: the start of its vertical merge. */
function visibleCell(table: DocTable, row: number, cell: number): { row: number; cell: number } {
  const c = table.rows[row]?.cells[cell];
  if (c === undefined || c.vMerge !== "continue") return { row, cell };
  for (let r = row - 1; r >= 0; r--) {
    const above = table.rows[r].cells.find((x) => x.gridColumn === c.gridColumn);
    if (above && above.vMerge === "restart") return { row: r, cell: above.cellIndex };
    if (!above || above.vMerge !== "continue") break;
  }
  return { row, cell };
}

export class WordHost11 implements ReportHost {
  /** Marks are text highlights: the pane says so, and shows the highlight colours. */
  readonly marksByHighlight = true;
  private snapshot: BodySnapshot | null = null;

  capabilities(): HostCapabilities {
    return { comments: false, readOnly: isReadOnly(), marksMayBeTracked: true };
  }

  async read(): Promise<HostReadResult> {
    const snapshot = await runWord((context) => readBody(context));
    this.snapshot = snapshot;
    // Without a proven line-up of the paragraphs, no cell can be reached.
    const unaddressable = snapshot.alignment === null ? allTables(snapshot.doc).map((t) => t.index) : [];
    return { doc: snapshot.doc, unaddressable };
  }

  private async current(): Promise<BodySnapshot> {
    if (this.snapshot === null) await this.read();
    const snapshot = this.snapshot as BodySnapshot | null;
    if (snapshot === null) throw notFoundError("The document", "文档");
    return snapshot;
  }

  async mark(marks: CellMark[]): Promise<HighlightMarkOutcome> {
    if (isReadOnly()) throw readOnlyError("mark");
    const checked = await this.current();
    return runWord((context) => applyHighlights(context, checked, marks));
  }

  async clearMarks(): Promise<ClearOutcome> {
    if (isReadOnly()) throw readOnlyError("clear");
    return runWord((context) => removeHighlights(context, true));
  }

  async forgetMarks(): Promise<number> {
    return forgetHighlights(true);
  }

  async selectCell(ref: CellRef): Promise<void> {
    const snapshot = await this.current();
    const table = allTables(snapshot.doc)[ref.table];
    if (table === undefined) throw notFoundError(`Table ${ref.table + 1}`, `第 ${ref.table + 1} 个表格`);
    const { row, cell } = visibleCell(table, ref.row, ref.cell);
    const words = wordParagraphsOf(snapshot, table.index, row, cell);
    if (words === "missing") throw notFoundError("The cell", "该单元格");
    if (words === "unaddressable") throw unaddressableError(ref.table);
    if (words === "unproven") throw staleError();
    const first = snapshot.map.cells.get(cellKey(table.index, row, cell))?.[0];
    if (first === undefined) throw notFoundError("The cell", "该单元格");
    await runWord((context) =>
      selectWordParagraph(context, snapshot, words[0], snapshot.map.paragraphs[first].text),
    );
  }

  async selectParagraph(paragraph: number, excerpt?: string): Promise<void> {
    const snapshot = await this.current();
    const body = bodyParagraphs(snapshot.doc).find((p) => p.index === paragraph);
    const word = snapshot.alignment?.toWord(paragraph) ?? null;
    if (body === undefined) throw notFoundError(`Paragraph ${paragraph + 1}`, `第 ${paragraph + 1} 段`);
    if (word === null) throw staleError();
    await runWord((context) => selectWordParagraph(context, snapshot, word, body.text, excerpt));
  }

  async insertDocx(docx: Uint8Array): Promise<void> {
    if (isReadOnly()) throw readOnlyError("insert");
    if (docx.length > MAX_INSERT_BYTES) throw tooLargeError(docx.length);
    const { toBase64 } = await import("../../docx/writeDocx");
    const base64 = toBase64(docx);
    await runWord(async (context) => {
      context.document.body.insertFileFromBase64(base64, "End");
      await context.sync();
    });
    this.snapshot = null;
  }

  async loadIgnored(): Promise<string[]> {
    return loadIgnored();
  }

  async saveIgnored(fingerprints: string[]): Promise<void> {
    await saveIgnored(fingerprints);
  }

  // Document settings are WordApi-independent (Office's common API): the same as on 1.3.
  async loadDocumentValue(key: DocumentValueKey): Promise<string | null> {
    return loadDocumentValue(key);
  }

  async saveDocumentValue(key: DocumentValueKey, value: string | null): Promise<void> {
    await saveDocumentValue(key, value);
  }
}
