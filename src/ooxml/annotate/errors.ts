/** Why a marked copy could not be made, or a marked copy could not be cleaned. */
export type AnnotateErrorCode =
  /** `clean` of a file that holds no marks of ours. */
  | "not_marked"
  /** The marked copy changed since it was written: what we added can no longer be taken out exactly. */
  | "changed_since"
  /** document.xml is UTF-16, which no editor writes and the byte-exact edit does not handle. */
  | "unsupported_encoding";

const MESSAGES: Record<AnnotateErrorCode, [string, string]> = {
  not_marked: [
    "文件中没有年报校对添加的标注（不是标注版），无需清除",
    "the file holds no marks of nianbao-check (it is not a marked copy): nothing to clean",
  ],
  changed_since: [
    "标注版在标注之后已被修改（例如在编辑器中保存过），无法逐字节还原；请使用原文件",
    "the marked copy was changed after it was marked (e.g. saved in an editor): it cannot be restored byte for byte; use the original file",
  ],
  unsupported_encoding: [
    "正文部分为 UTF-16 编码，无法生成标注版",
    "the main document part is UTF-16: no marked copy can be made of it",
  ],
};

export class AnnotateError extends Error {
  readonly code: AnnotateErrorCode;
  readonly messageZh: string;
  constructor(code: AnnotateErrorCode, detail?: string) {
    const [zh, en] = MESSAGES[code];
    super(detail ? `${en} (${detail})` : en);
    this.name = "AnnotateError";
    this.code = code;
    this.messageZh = detail ? `${zh}（${detail}）` : zh;
  }
}
