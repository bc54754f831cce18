/**
 * Inserting a .docx (the blank template) at the cursor with `insertFileFromBase64` (WordApi 1.1,
 * at most 4 MB). When the cursor is inside a table, the template's tables would become tables
 * nested in that cell: it goes after the (top-level) table instead, in a new paragraph.
 *
 * `toBase64` comes from src/docx, which also holds the writer and its heavy `docx` dependency: it
 * is imported on demand, from the chunk the template was just built with, so the pane's main
 * bundle does not carry the writer.
 */
import { HostError } from "../host/reportHost";

/** Word inserts documents of at most 4 MB. */
export const MAX_INSERT_BYTES = 4 * 1024 * 1024;

export function tooLargeError(bytes: number): HostError {
  const mb = (bytes / 1024 / 1024).toFixed(1);
  return new HostError(
    "too_large",
    `要插入的文件有 ${mb} MB，超过 Word 允许的 4 MB。`,
    `The file to insert is ${mb} MB; Word inserts at most 4 MB.`,
  );
}

export async function insertDocxAtSelection(context: Word.RequestContext, docx: Uint8Array): Promise<void> {
  if (docx.length > MAX_INSERT_BYTES) throw tooLargeError(docx.length);
  const { toBase64 } = await import("../docx/writeDocx");
  const base64 = toBase64(docx);
  // Navigation only (`parentTableOrNullObject` is a proxy, not a value): nothing to read yet.
  const inTable = context.document.getSelection().parentTableOrNullObject;
  inTable.load("nestingLevel");
  await context.sync();

  if (inTable.isNullObject) {
    // After the selection: at a bare cursor that is the cursor; a selected text is kept.
    context.document.getSelection().insertFileFromBase64(base64, "After");
  } else {
    let table = inTable;
    for (let level = inTable.nestingLevel; level > 1; level--) table = table.parentTable;
    table.insertParagraph("", "After").insertFileFromBase64(base64, "Start");
  }
  await context.sync();
}
