/**
 * 下载标注版: the marked copy of the opened .docx — its cells shaded and a Word comment per finding
 * — made in this browser by the same code as `nianbao check --annotate` (src/ooxml/annotate), and
 * saved as `<name>.checked.docx`. Nothing is uploaded: the file is a blob handed to the browser's
 * own download. The marking code is loaded only when first asked for.
 */
const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** `报告.docx` → `报告.checked.docx` (the CLI's name for it). */
export function markedCopyName(name: string): string {
  return `${name.replace(/\.(docx|docm|dotx|dotm)$/i, "")}.checked.docx`;
}

export interface MarkedCopy {
  name: string;
  comments: number;
  shaded: number;
}

/** `lang`: the comments' language (the page's, which follows the pane's). */
export async function downloadMarkedCopy(
  file: { name: string; bytes: Uint8Array },
  lang: "zh" | "en" = "zh",
): Promise<MarkedCopy> {
  const { annotateDocx } = await import(/* webpackChunkName: "marked-copy" */ "../ooxml/annotate");
  const outcome = annotateDocx(file.bytes, { lang });
  const name = markedCopyName(file.name);
  // A copy on an ArrayBuffer of its own (a Blob takes no view of a possibly shared buffer).
  const bytes = new Uint8Array(outcome.bytes.length);
  bytes.set(outcome.bytes);
  const url = URL.createObjectURL(new Blob([bytes.buffer], { type: DOCX_TYPE }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the blob; keep it a while for slow browsers, then let it go.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { name, comments: outcome.comments.length, shaded: outcome.shaded };
}
