/**
 * A .docx the user picked (`<input type=file>`, or dropped), read in this webview with the File
 * API: nothing is uploaded. The pane reads last year's report this way; the browser preview the
 * document it shows.
 */

/** Larger files are refused before reading (the reader also limits each part). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

/** A file that cannot be used, in the user's words. */
export class FileOpenError extends Error {
  constructor(
    readonly messageZh: string,
    messageEn: string,
  ) {
    super(messageEn);
    this.name = "FileOpenError";
  }
}

/** `Blob.arrayBuffer`, else FileReader (older webviews; jsdom). */
function arrayBufferOf(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error("FileReader failed"));
    reader.readAsArrayBuffer(file);
  });
}

export async function readPickedDocx(file: File): Promise<PickedFile> {
  if (!/\.(docx|docm|dotx|dotm)$/i.test(file.name))
    throw new FileOpenError(
      `「${file.name}」不是 .docx 文件。请选择 Word 文档（.docx）；.doc 文件请先在 Word 或 WPS 中另存为 .docx。`,
      `“${file.name}” is not a .docx file. Choose a Word document (.docx); save a .doc as .docx first.`,
    );
  if (file.size > MAX_FILE_BYTES)
    throw new FileOpenError(
      `「${file.name}」太大（超过 50 MB），不像一份年度报告。`,
      `“${file.name}” is too large (over 50 MB) for an annual report.`,
    );
  let buffer: ArrayBuffer;
  try {
    buffer = await arrayBufferOf(file);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new FileOpenError(
      `无法读取「${file.name}」（${detail}）：文件可能已被移动、删除或正被其他程序占用。`,
      `“${file.name}” cannot be read (${detail}): it may have been moved, deleted or locked by another program.`,
    );
  }
  return { name: file.name, bytes: new Uint8Array(buffer) };
}
