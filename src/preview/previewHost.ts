/**
 * The browser preview's ReportHost: the same interface as the Word host (src/word), over the
 * HTML rendering of a .docx read in the browser. Reading gives the engine the model the page was
 * drawn from; marks shade the HTML cells in the shared view's three looks and are restored exactly;
 * selecting shows the cell or paragraph selected and scrolls it into view (the focus stays in the
 * pane, as in Word); inserting reads the template .docx and draws its blocks at
 * the cursor. Ignored findings and the pane's small values are kept per document in the browser.
 * The pane cannot tell the difference.
 */
import { notFoundError } from "../host/errors";
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
import type { CellRef } from "../report/findings";
import { CellMarks } from "./cellMarks";
import type { DocumentValueStore, IgnoredStore } from "./ignoredStore";
import type { PreviewDocument } from "./previewDocument";
import { selectExcerpt } from "./reveal";

export class PreviewHost implements ReportHost {
  private readonly marks = new CellMarks();

  constructor(
    private readonly document: PreviewDocument,
    private readonly ignored: IgnoredStore,
    private readonly values: DocumentValueStore,
  ) {}

  capabilities(): HostCapabilities {
    return { comments: false, readOnly: false };
  }

  async read(): Promise<HostReadResult> {
    // Every table of a .docx read here is addressable: the page was drawn from this very model.
    return { doc: this.document.snapshot(), unaddressable: [] };
  }

  /** No comments in the preview (`capabilities().comments` is false): the note is the cell's title. */
  async mark(marks: CellMark[], _options?: { comments: boolean }): Promise<MarkOutcome> {
    this.marks.clear();
    let skipped = 0;
    for (const m of marks) {
      const el = this.document.cellElement(m.cell);
      if (el) this.marks.mark(el, m.look, m.severity, m.note);
      else skipped++;
    }
    return { marked: this.marks.size, skipped };
  }

  async clearMarks(): Promise<ClearOutcome> {
    // The marks live on this page's own elements: every one can be restored.
    return { restored: this.marks.clear(), kept: NOTHING_KEPT, differing: 0 };
  }

  async forgetMarks(): Promise<number> {
    return 0;
  }

  async selectCell(cell: CellRef): Promise<void> {
    const el = this.document.cellElement(cell);
    if (!el) throw notFoundError("The cell", "该单元格");
    this.document.select(el);
  }

  async selectParagraph(paragraph: number, excerpt?: string): Promise<void> {
    const el = this.document.paragraphElement(paragraph);
    if (!el) throw notFoundError(`Paragraph ${paragraph + 1}`, `第 ${paragraph + 1} 段`);
    this.document.select(el);
    if (excerpt) selectExcerpt(el, excerpt);
  }

  async insertDocx(docx: Uint8Array): Promise<void> {
    let doc;
    try {
      doc = await readDocx(docx);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new HostError(
        "host",
        `无法读取要插入的文件：${detail}`,
        `The file to insert cannot be read: ${detail}`,
      );
    }
    const inserted = this.document.insertAtCursor(doc);
    inserted[0]?.scrollIntoView?.({ block: "start" });
  }

  /** Where 插入空白模板 puts the template (the pane's dialog says it). */
  insertionPoint(lang: "zh" | "en"): string {
    const at = this.document.cursorInWords(lang);
    return lang === "zh"
      ? `模板（六个部分的标题和三张标准统计表）将插入在${at}。在浏览器预览中，插入位置是最后点击或定位到的段落或表格之后，没有时为文档末尾；插入只改变页面上的预览，不会写回 .docx 文件。`
      : `The template (the six section headings and the three standard tables) goes ${at === "the end of the document" ? "at the end of the document" : at}. In the browser preview it goes after the paragraph or table last clicked or selected, else at the end; it changes the preview on this page only, never the .docx file.`;
  }

  async loadIgnored(): Promise<string[]> {
    return this.ignored.load();
  }

  async saveIgnored(fingerprints: string[]): Promise<void> {
    this.ignored.save(fingerprints);
  }

  async loadDocumentValue(key: DocumentValueKey): Promise<string | null> {
    return this.values.load(key);
  }

  async saveDocumentValue(key: DocumentValueKey, value: string | null): Promise<void> {
    this.values.save(key, value);
  }
}
