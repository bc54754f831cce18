/** The one error type the .docx reader throws, with a message a drafter can act on. */

export type DocxErrorCode =
  | "not_zip"
  | "no_document"
  | "encrypted"
  | "legacy_doc"
  | "too_large"
  | "invalid_xml"
  | "invalid_encoding"
  | "too_deep"
  | "too_many_rows";

export interface DocxErrorDetails {
  /** Package part the problem is in, e.g. "word/document.xml". */
  part?: string;
  /** 1-based position of an XML error in that part. */
  line?: number;
  column?: number;
}

export class DocxReadError extends Error {
  readonly code: DocxErrorCode;
  /** The same one-line message in Chinese, for the drafter. */
  readonly messageZh: string;
  readonly part?: string;
  readonly line?: number;
  readonly column?: number;

  constructor(code: DocxErrorCode, message: string, messageZh: string, details: DocxErrorDetails = {}) {
    super(message);
    this.name = "DocxReadError";
    this.code = code;
    this.messageZh = messageZh;
    if (details.part !== undefined) this.part = details.part;
    if (details.line !== undefined) this.line = details.line;
    if (details.column !== undefined) this.column = details.column;
  }
}

const MIB = 1024 * 1024;

function sizeText(bytes: number): string {
  return bytes % MIB === 0 ? `${bytes / MIB} MiB` : `${bytes} bytes`;
}

export const docxErrors = {
  notZip(damaged: boolean): DocxReadError {
    return damaged
      ? new DocxReadError(
          "not_zip",
          "not a readable .docx file (the zip archive is damaged)",
          "文件不是有效的 .docx（zip 压缩包已损坏）",
        )
      : new DocxReadError(
          "not_zip",
          "not a .docx file (not a zip archive)",
          "文件不是有效的 .docx（不是 zip 压缩包）",
        );
  },
  noDocument(): DocxReadError {
    return new DocxReadError(
      "no_document",
      "not a Word document: the .docx has no main document part (word/document.xml)",
      "文件不是 Word 文档（压缩包中没有正文部分 word/document.xml）",
    );
  },
  encrypted(): DocxReadError {
    return new DocxReadError(
      "encrypted",
      "the document is password-protected: remove the password in Word, save, and check again",
      "文档设置了打开密码：请在 Word 中取消密码并保存后再检查",
    );
  },
  legacyDoc(): DocxReadError {
    return new DocxReadError(
      "legacy_doc",
      "this is an old Word 97–2003 .doc file: save it as .docx in Word and check again",
      "这是旧版 Word 97–2003 .doc 文件：请在 Word 中另存为 .docx 后再检查",
    );
  },
  tooLarge(part: string, limit: number): DocxReadError {
    return new DocxReadError(
      "too_large",
      `the document is too large to check (${part} is over ${sizeText(limit)} uncompressed)`,
      `文档过大，无法检查（${part} 解压后超过 ${sizeText(limit)}）`,
      { part },
    );
  },
  invalidXml(part: string, reason: string, line: number, column: number): DocxReadError {
    return new DocxReadError(
      "invalid_xml",
      `the document is damaged: XML error in ${part} at line ${line}, column ${column} (${reason})`,
      `文档已损坏：${part} 第 ${line} 行第 ${column} 列 XML 格式错误（${reason}）`,
      { part, line, column },
    );
  },
  doctype(part: string, line: number, column: number): DocxReadError {
    return new DocxReadError(
      "invalid_xml",
      `the document was rejected: ${part} contains a DOCTYPE declaration, which a real .docx never has`,
      `文档已拒绝读取：${part} 含有 DOCTYPE 声明（正常的 .docx 不会有）`,
      { part, line, column },
    );
  },
  invalidEncoding(part: string): DocxReadError {
    return new DocxReadError(
      "invalid_encoding",
      `the document is damaged: ${part} is not valid UTF-8 text`,
      `文档已损坏：${part} 不是有效的 UTF-8 文本`,
      { part },
    );
  },
  tooDeep(limit: number): DocxReadError {
    return new DocxReadError(
      "too_deep",
      `tables are nested more than ${limit} levels deep; the document cannot be checked`,
      `表格嵌套超过 ${limit} 层，无法检查`,
    );
  },
  tooManyRows(limit: number): DocxReadError {
    return new DocxReadError(
      "too_many_rows",
      `a table has more than ${limit} rows; the document cannot be checked`,
      `有表格超过 ${limit} 行，无法检查`,
    );
  },
};
