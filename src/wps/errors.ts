/**
 * WPS's refusals in the pane's terms: HostErrors with a Chinese message and an English one. The
 * refusals every host shares (not found, unaddressable) are in ../host/errors.
 */
import { readOnlyError as hostReadOnlyError, type ReadOnlyAction } from "../host/errors";
import { HostError } from "../host/reportHost";
import { DocxReadError } from "../ooxml";

/** WPS's read-only test also counts a protected document (./readDocument `isReadOnly`): say both. */
export const readOnlyError = (what: ReadOnlyAction): HostError =>
  hostReadOnlyError(what, { zh: "文档为只读或受保护", en: "The document is read-only or protected" });

export const noDocumentError = (): HostError =>
  new HostError("not_found", "WPS 中没有打开的文档。", "No document is open in WPS.");

export const staleError = (): HostError =>
  new HostError(
    "stale",
    "文档在检查后已修改，找不到原来的位置：请重新检查。",
    "The document has changed since the check and the place cannot be found again: check again.",
  );

export const otherDocumentError = (): HostError =>
  new HostError(
    "stale",
    "当前文档已不是检查时的文档：请切换回该文档，或重新检查。",
    "The active document is not the one that was checked: switch back to it, or check again.",
  );

export const unsavedError = (): HostError =>
  new HostError(
    "host",
    "WPS 未提供文档的表格结构，只能读取已保存的文件：请先将文档保存为 .docx 格式，再检查。",
    "WPS did not give the document's table structure, and only a saved file can be read instead: " +
      "save the document as .docx, then check again.",
  );

export const recordNotSavedError = (): HostError =>
  new HostError(
    "host",
    "无法在文档中保存标记记录（自定义文档属性），为免无法清除，未标记任何单元格。",
    "The record of the marks cannot be kept in the document (custom document properties); " +
      "nothing was marked, so that nothing is left that cannot be cleared.",
  );

/** Anything WPS threw → a HostError in words (ours and the reader's pass through as such). */
export function toHostError(error: unknown): HostError {
  if (error instanceof HostError) return error;
  if (error instanceof DocxReadError)
    return new HostError(
      error.code === "too_large" ? "too_large" : "host",
      `无法读取文档：${error.messageZh}`,
      `The document cannot be read: ${error.message}`,
    );
  const detail = error instanceof Error ? error.message : String(error);
  return new HostError("host", `WPS 返回错误：${detail}`, `WPS reported an error: ${detail}`);
}
