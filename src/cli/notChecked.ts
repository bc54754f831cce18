/**
 * Files in a folder that are not .docx but look like reports: they are listed as not checked,
 * with the reason, so that a reviewer going through a folder of submissions knows what was left
 * out. One function decides; a converter (e.g. LibreOffice for .doc and .wps) would turn some of
 * these into checked files here.
 */

export interface NotChecked {
  file: string;
  /** The kind of file: `doc`, `wps`, `pdf`, `odt`. */
  code: string;
  /** zh-CN: why it was not checked and what to do. */
  message: string;
  messageEn: string;
}

const REASONS: Record<string, [zh: string, en: string]> = {
  doc: [
    "Word 97–2003 格式（.doc），不能直接检查：请在 Word 或 WPS 中另存为 .docx 后再检查",
    "Word 97-2003 format (.doc), which cannot be checked: save it as .docx in Word or WPS, then check it",
  ],
  wps: [
    "WPS 文字格式（.wps），不能直接检查：请在 WPS 中另存为 .docx 后再检查",
    "WPS Writer format (.wps), which cannot be checked: save it as .docx in WPS, then check it",
  ],
  pdf: [
    "PDF 文件，无法核对其中的表格：请检查原始的 Word 文档（.docx）",
    "a PDF, whose tables cannot be checked: check the original Word document (.docx)",
  ],
  odt: [
    "OpenDocument 格式（.odt），不能直接检查：请另存为 .docx 后再检查",
    "OpenDocument format (.odt), which cannot be checked: save it as .docx, then check it",
  ],
};

/** Why a file found in a folder is not checked; undefined for a file that is no report at all. */
export function notCheckedReason(file: string): NotChecked | undefined {
  const name = file.split(/[\\/]/).pop() ?? file;
  // Word's lock files (~$name.doc) are not documents.
  if (name.startsWith("~$")) return undefined;
  const ext = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  const reason = ext ? REASONS[ext] : undefined;
  return reason && ext ? { file, code: ext, message: reason[0], messageEn: reason[1] } : undefined;
}
