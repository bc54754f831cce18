/**
 * Legacy files in a batch — Word 97–2003 .doc and WPS 文字 .wps — are converted to .docx by
 * LibreOffice when it is installed (./libreOffice: a temporary folder, a time limit, the originals
 * untouched) and then checked like the rest; without LibreOffice they are listed as not checked,
 * with the command that would convert them.
 */
import { promises as fs } from "fs";
import { conversionCommand, convertWithLibreOffice, findSoffice } from "./libreOffice";
import { notCheckedReason } from "./notChecked";
import type { Problem } from "./reviewEntry";

export interface LegacyFile {
  file: string;
  /** "doc" or "wps". */
  kind: string;
  /** Why it is not checked as it is (./notChecked's words), which we extend. */
  message?: string;
  messageEn?: string;
}

export interface LegacyOutcome extends LegacyFile {
  /** The converted .docx (in a temporary folder, until `dispose`). */
  docx?: string;
  /** Why it was not checked. */
  problem?: Problem;
}

export const LEGACY_KINDS = ["doc", "wps"];

export function legacyKind(file: string): string | undefined {
  const ext = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase();
  return ext && LEGACY_KINDS.includes(ext) ? ext : undefined;
}

/** The not-checked words of ./notChecked for this kind of file, to extend rather than restate. */
function baseReason(file: LegacyFile): [string, string] {
  if (file.message !== undefined && file.messageEn !== undefined) return [file.message, file.messageEn];
  const reason = notCheckedReason(file.file);
  return reason ? [reason.message, reason.messageEn] : [`.${file.kind}`, `.${file.kind}`];
}

/** The not-checked entry of a legacy file when LibreOffice is not installed. */
export function withoutLibreOffice(file: LegacyFile): Problem {
  const [zh, en] = baseReason(file);
  return {
    code: file.kind,
    message: `${zh}；或安装 LibreOffice 后重新运行，将自动转换后检查`,
    messageEn: `${en}; or install LibreOffice and run again: it will be converted and checked`,
    command: conversionCommand(file.file),
  };
}

/**
 * What a legacy-named file holds: a Word 97–2003 / WPS compound file, RTF or HTML (which Word and
 * WPS also save under .doc) go to LibreOffice; a zip is a .docx under another name and is read as
 * one; anything else is no document at all and is not handed to LibreOffice (which would open any
 * text as a document).
 */
export async function legacyContent(file: string): Promise<"convert" | "docx" | "other" | "unreadable"> {
  let head: Buffer;
  try {
    const handle = await fs.open(file, "r");
    try {
      head = Buffer.alloc(512);
      const { bytesRead } = await handle.read(head, 0, 512, 0);
      head = head.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch {
    return "unreadable";
  }
  if (head.length >= 4 && head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0)
    return "convert";
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04)
    return "docx";
  const text = head
    .toString("latin1")
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, "")
    .trimStart()
    .toLowerCase();
  if (
    text.startsWith("{\\rtf") ||
    /^(<!doctype html|<html|<\?xml[^>]*>\s*<\?mso-application|mime-version:)/.test(text)
  )
    return "convert";
  return "other";
}

export async function convertLegacy(
  files: LegacyFile[],
  soffice: string | undefined = findSoffice(),
): Promise<{ outcomes: LegacyOutcome[]; dispose(): Promise<void> }> {
  const outcomes: LegacyOutcome[] = [];
  const toConvert: number[] = [];
  for (const f of files) {
    const content = await legacyContent(f.file);
    const [zh, en] = baseReason(f);
    if (content === "docx") outcomes.push({ ...f, docx: f.file });
    else if (soffice === undefined) outcomes.push({ ...f, problem: withoutLibreOffice(f) });
    else if (content === "convert") {
      toConvert.push(outcomes.length);
      outcomes.push({ ...f });
    } else
      outcomes.push({
        ...f,
        problem: {
          code: f.kind,
          message: `${zh}（文件内容不是 Word 或 WPS 文档，未转换）`,
          messageEn: `${en} (its content is no Word or WPS document: not converted)`,
        },
      });
  }
  if (soffice === undefined || toConvert.length === 0) return { outcomes, dispose: async () => undefined };
  const run = await convertWithLibreOffice(
    soffice,
    toConvert.map((i) => outcomes[i].file),
    "docx",
  );
  toConvert.forEach((at, k) => {
    const r = run.results[k];
    const f = outcomes[at];
    if (r.output) f.docx = r.output;
    else
      f.problem = {
        code: "conversion_failed",
        message: `LibreOffice 未能将此文件转换为 .docx（${r.error ?? "原因不明"}）：请在 Word 或 WPS 中另存为 .docx 后再检查`,
        messageEn: `LibreOffice could not convert it to .docx (${r.error ?? "no reason given"}): save it as .docx in Word or WPS, then check it`,
        command: conversionCommand(f.file),
      };
  });
  return { outcomes, dispose: run.dispose };
}
