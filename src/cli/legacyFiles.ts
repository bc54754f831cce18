/**
 * Legacy files in a batch — Word 97–2003 .doc and WPS 文字 .wps — are converted to .docx by
 * LibreOffice when it is installed (./libreOffice: a temporary folder, a time limit, the originals
 * untouched) and then checked like the rest; without LibreOffice they are listed as not checked,
 * with the command that would convert them.
 */
import { conversionCommand, convertWithLibreOffice, findSoffice } from "./libreOffice";
import type { Problem } from "./reviewEntry";

export interface LegacyFile {
  file: string;
  /** "doc" or "wps". */
  kind: string;
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

const NAMES: Record<string, [string, string]> = {
  doc: ["Word 97–2003 格式（.doc）", "Word 97-2003 format (.doc)"],
  wps: ["WPS 文字格式（.wps）", "WPS Writer format (.wps)"],
};

/** The not-checked entry of a legacy file when LibreOffice is not installed. */
export function withoutLibreOffice(file: LegacyFile): Problem {
  const [zh, en] = NAMES[file.kind] ?? [`.${file.kind}`, `.${file.kind}`];
  return {
    code: file.kind,
    message: `${zh}，未检查：未安装 LibreOffice。请另存为 .docx 后再检查，或安装 LibreOffice 后重新运行（将自动转换）`,
    messageEn: `${en}, not checked: LibreOffice is not installed. Save it as .docx and check it, or install LibreOffice and run again (it will be converted)`,
    command: conversionCommand(file.file),
  };
}

export async function convertLegacy(
  files: LegacyFile[],
  soffice: string | undefined = findSoffice(),
): Promise<{ outcomes: LegacyOutcome[]; dispose(): Promise<void> }> {
  if (files.length === 0) return { outcomes: [], dispose: async () => undefined };
  if (soffice === undefined)
    return {
      outcomes: files.map((f) => ({ ...f, problem: withoutLibreOffice(f) })),
      dispose: async () => undefined,
    };
  const run = await convertWithLibreOffice(
    soffice,
    files.map((f) => f.file),
    "docx",
  );
  const outcomes = files.map((f, i): LegacyOutcome => {
    const r = run.results[i];
    if (r.output) return { ...f, docx: r.output };
    return {
      ...f,
      problem: {
        code: "conversion_failed",
        message: `LibreOffice 未能将此文件转换为 .docx（${r.error ?? "原因不明"}）：请在 Word 或 WPS 中另存为 .docx 后再检查`,
        messageEn: `LibreOffice could not convert it to .docx (${r.error ?? "no reason given"}): save it as .docx in Word or WPS, then check it`,
        command: conversionCommand(f.file),
      },
    };
  });
  return { outcomes, dispose: run.dispose };
}
