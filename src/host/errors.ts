/**
 * The refusals every host words alike, as HostErrors with a Chinese message and an English one.
 * Each adapter's own errors (Word's, WPS's) are in its errors.ts.
 */
import { HostError } from "./reportHost";

/** What a host refuses to do in a document it cannot change. */
export type ReadOnlyAction = "mark" | "clear" | "insert" | "save" | "keep";

/** How a host names a document it cannot change. */
export interface ReadOnlyState {
  zh: string;
  en: string;
}

export const READ_ONLY: ReadOnlyState = { zh: "文档为只读", en: "The document is read-only" };

const REFUSED: Record<ReadOnlyAction, ReadOnlyState> = {
  mark: { zh: "标记单元格", en: "cells cannot be marked" },
  clear: { zh: "清除标记", en: "marks cannot be cleared" },
  insert: { zh: "插入模板", en: "no template can be inserted" },
  save: { zh: "保存忽略的问题", en: "ignored findings cannot be saved" },
  keep: { zh: "在文档中保存设置", en: "nothing can be kept in the document" },
};

export const readOnlyError = (what: ReadOnlyAction, state: ReadOnlyState = READ_ONLY): HostError =>
  new HostError("read_only", `${state.zh}，不能${REFUSED[what].zh}。`, `${state.en}: ${REFUSED[what].en}.`);

export const unaddressableError = (table: number): HostError =>
  new HostError(
    "unaddressable",
    `无法在文档中准确定位第 ${table + 1} 个表格的单元格。`,
    `The cells of table ${table + 1} cannot be located in the document with certainty.`,
  );

export const notFoundError = (what: string, whatZh: string): HostError =>
  new HostError(
    "not_found",
    `在文档中找不到${whatZh}：文档可能已修改，请重新检查。`,
    `${what} is not in the document any more: it may have changed; check again.`,
  );
