/**
 * Getting a .docx into the preview: the bundled sample (fetched from the page's own origin) or a
 * file the user picks or drops (read locally with File.arrayBuffer). Nothing is uploaded.
 */

/** The sample report copied into the build (see webpack.config.js). */
export const SAMPLE = { url: "samples/liuying-2019.docx", name: "liuying-2019.docx" };

/** Larger files are refused before reading (the reader also limits each part). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
  sample: boolean;
}

export class OpenError extends Error {
  constructor(
    readonly messageZh: string,
    messageEn: string,
  ) {
    super(messageEn);
    this.name = "OpenError";
  }
}

export async function fetchSample(): Promise<OpenedFile> {
  const response = await fetch(SAMPLE.url);
  if (!response.ok)
    throw new OpenError(
      `示例报告无法加载（HTTP ${response.status}）。`,
      `The sample report could not be loaded (HTTP ${response.status}).`,
    );
  return { name: SAMPLE.name, bytes: new Uint8Array(await response.arrayBuffer()), sample: true };
}

export async function readFile(file: File): Promise<OpenedFile> {
  if (!/\.(docx|docm|dotx|dotm)$/i.test(file.name))
    throw new OpenError(
      `「${file.name}」不是 .docx 文件。请选择 Word 文档（.docx）；.doc 文件请先在 Word 或 WPS 中另存为 .docx。`,
      `“${file.name}” is not a .docx file. Choose a Word document (.docx); save a .doc as .docx first.`,
    );
  if (file.size > MAX_FILE_BYTES)
    throw new OpenError(
      `「${file.name}」太大（超过 50 MB），不像一份年度报告。`,
      `“${file.name}” is too large (over 50 MB) for an annual report.`,
    );
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()), sample: false };
}
