/**
 * The CLI's actions and their exit codes: 0 no errors, 1 errors found, 2 a file could not be
 * read (or nothing could be checked), 64 a bad command line.
 */
import { Batch } from "./batch";
import { checkFile, outcomeJson, writeTemplate, type FileOutcome } from "./main";
import { humanError, humanReport } from "./humanReport";
import { closingLines, summaryLine } from "./humanSummary";
import { notCheckedJson } from "./jsonReport";
import { expandInputs } from "./readInput";
import { t, type Lang, type Style } from "./style";
import type { CheckResult } from "../report/checkReport";
import type { FormatId } from "../report/formats/types";

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_UNREADABLE = 2;
export const EXIT_USAGE = 64;

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

export interface CheckCommandOptions {
  json: boolean;
  prior?: string;
  lang: Lang;
  style: Style;
  /** Show only errors (human output), keep only error findings (JSON). */
  errorsOnly?: boolean;
  /** One line per file instead of the full report. */
  summary?: boolean;
  /** `--annotate`: marked copies beside the inputs (true), or into the folder / to the file given. */
  annotate?: true | string;
  /** `--report review.html`: the batch review page. */
  report?: string;
  /** `--csv summary.csv`: the spreadsheet. */
  csv?: string;
}

export async function checkCommand(
  inputs: string[],
  options: CheckCommandOptions,
  io: Output,
): Promise<number> {
  const { lang, style } = options;
  const { files, notChecked } = await expandInputs(inputs);
  if (files.length === 0 && notChecked.length === 0) {
    io.err(t(lang, "没有找到 .docx 文件。\n", "No .docx files found.\n"));
    return EXIT_USAGE;
  }
  let prior: CheckResult | undefined;
  if (options.prior) {
    const p = await checkFile(options.prior);
    if ("error" in p) {
      io.err(humanError(options.prior, p.error, lang, style));
      return EXIT_UNREADABLE;
    }
    prior = p.result;
  }

  // Legacy files (.doc, .wps) go to LibreOffice when it is installed; the rest are listed as before.
  const batch = new Batch(
    {
      annotate: options.annotate,
      report: options.report,
      csv: options.csv,
      lang,
      inputs,
      progressStream: process.stderr,
    },
    io,
  );
  const legacy = notChecked.filter((n) => n.code === "doc" || n.code === "wps");
  const prepared = await batch.prepare(
    files,
    legacy.map((n) => ({ file: n.file, kind: n.code, message: n.message, messageEn: n.messageEn })),
  );
  // Not checked, in the order found: legacy files that could not be converted take their place.
  const failed = new Map(prepared.notChecked.map((n) => [n.file, n]));
  const unchecked = notChecked.flatMap((n) => {
    if (!legacy.includes(n)) return [n];
    const line = failed.get(n.file);
    return line ? [line] : [];
  });
  for (const n of prepared.notChecked) if (!notChecked.some((m) => m.file === n.file)) unchecked.push(n);
  for (const n of notChecked) if (!legacy.includes(n)) batch.notChecked(n.file, n);
  const say = batch.output();

  const outcomes: FileOutcome[] = [];
  for (const item of prepared.work) {
    const outcome = await batch.check(item, prior);
    const file = item.file;
    outcomes.push(outcome);
    if (options.json) continue;
    if (options.summary) say.out(summaryLine(outcome, lang, style) + batch.notes(file));
    else if ("error" in outcome) say.err(humanError(file, outcome.error, lang, style));
    else
      say.out(
        humanReport(file, outcome.result, { lang, style, errorsOnly: options.errorsOnly }) +
          batch.notes(file),
      );
  }
  const failedOutputs = await batch.finish();
  if (options.json) {
    const reports = [
      ...outcomes.map((o) => ({
        ...outcomeJson(o, { errorsOnly: options.errorsOnly }),
        ...batch.jsonExtras(o.file),
      })),
      ...unchecked.map((n) => notCheckedJson(n.file, n)),
    ];
    io.out(`${JSON.stringify(reports, null, 2)}\n`);
  } else {
    const closing = closingLines(outcomes, unchecked, { lang, style, listFiles: !options.summary });
    // Set apart from the last report; after --summary's lines, straight on.
    if (closing) io.out(options.summary || outcomes.length === 0 ? closing : `\n${closing}`);
  }

  const unreadable = outcomes.some((o) => "error" in o);
  const withErrors = outcomes.some((o) => "result" in o && o.result.counts.error > 0);
  // Report-like files that are not .docx do not change the code, unless nothing could be checked.
  // A marked copy, review page or spreadsheet that could not be written counts as a failure too.
  if (unreadable || outcomes.length === 0 || failedOutputs > 0) return EXIT_UNREADABLE;
  return withErrors ? EXIT_ERRORS : EXIT_OK;
}

/** Why a file cannot be written, in words; the codes of a bad output path. */
const WRITE_ERRORS: Record<string, [string, string]> = {
  ENOENT: ["文件夹不存在", "the folder does not exist"],
  ENOTDIR: ["路径中有一项不是文件夹", "a part of the path is not a folder"],
  EISDIR: ["这是一个文件夹", "it is a folder"],
  EACCES: ["没有写入权限", "permission denied"],
  EPERM: ["没有写入权限", "permission denied"],
  EROFS: ["位置只读", "read-only location"],
};

export async function templateCommand(
  out: string,
  format: FormatId,
  lang: Lang,
  io: Output,
): Promise<number> {
  try {
    await writeTemplate(out, format);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "";
    const words = WRITE_ERRORS[code];
    io.err(
      t(
        lang,
        `无法写入 ${out}：${words ? words[0] : (e as Error).message}\n`,
        `Cannot write ${out}: ${words ? words[1] : (e as Error).message}\n`,
      ),
    );
    // A path that cannot be written is a bad command line; anything else is an I/O failure.
    return words ? EXIT_USAGE : EXIT_UNREADABLE;
  }
  io.out(
    t(lang, `已写入 ${format} 年格式空白模板：${out}\n`, `Wrote the blank ${format} template: ${out}\n`),
  );
  return EXIT_OK;
}
