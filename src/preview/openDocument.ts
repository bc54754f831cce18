/**
 * Getting a .docx into the preview: the bundled sample (fetched from the page's own origin) or a
 * file the user picks or drops (read locally with the File API). Nothing is uploaded.
 */
import { FileOpenError, readPickedDocx } from "../taskpane/pickedFile";

export { FileOpenError as OpenError, MAX_FILE_BYTES } from "../taskpane/pickedFile";

/** The sample report copied into the build (see webpack.config.js). */
export const SAMPLE = { url: "samples/liuying-2019.docx", name: "liuying-2019.docx" };

export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
  sample: boolean;
}

export async function fetchSample(): Promise<OpenedFile> {
  const response = await fetch(SAMPLE.url);
  if (!response.ok)
    throw new FileOpenError(
      `示例报告无法加载（HTTP ${response.status}）。`,
      `The sample report could not be loaded (HTTP ${response.status}).`,
    );
  return { name: SAMPLE.name, bytes: new Uint8Array(await response.arrayBuffer()), sample: true };
}

/** Checks the name and size before reading (../taskpane/pickedFile, as the pane reads last year's report). */
export async function readFile(file: File): Promise<OpenedFile> {
  return { ...(await readPickedDocx(file)), sample: false };
}
