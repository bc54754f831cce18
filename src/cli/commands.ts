/** The CLI's actions and their exit codes: 0 no errors, 1 errors found, 2 a file could not be read. */
import { checkFile, outcomeJson, writeTemplate, type FileOutcome } from "./main";
import { humanError, humanReport, summaryWords, type Lang, type Style } from "./humanReport";
import { expandInputs } from "./readInput";
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
}

export async function checkCommand(
  inputs: string[],
  options: CheckCommandOptions,
  io: Output,
): Promise<number> {
  const files = await expandInputs(inputs);
  if (files.length === 0) {
    io.err(options.lang === "zh" ? "没有找到 .docx 文件。\n" : "No .docx files found.\n");
    return EXIT_USAGE;
  }
  let prior: CheckResult | undefined;
  if (options.prior) {
    const p = await checkFile(options.prior);
    if ("error" in p) {
      io.err(humanError(options.prior, p.error, options.lang, options.style));
      return EXIT_UNREADABLE;
    }
    prior = p.result;
  }

  const outcomes: FileOutcome[] = [];
  for (const file of files) {
    const outcome = await checkFile(file, prior);
    outcomes.push(outcome);
    if (options.json) continue;
    if ("error" in outcome) io.err(humanError(file, outcome.error, options.lang, options.style));
    else io.out(humanReport(file, outcome.result, options.lang, options.style));
  }
  if (options.json) io.out(`${JSON.stringify(outcomes.map(outcomeJson), null, 2)}\n`);

  const unreadable = outcomes.filter((o) => "error" in o).length;
  const withErrors = outcomes.filter((o) => "result" in o && o.result.counts.error > 0).length;
  if (!options.json && files.length > 1) {
    const total = { error: 0, warning: 0, info: 0 };
    for (const o of outcomes)
      if ("result" in o)
        for (const k of ["error", "warning", "info"] as const) total[k] += o.result.counts[k];
    io.out(
      options.lang === "zh"
        ? `共 ${files.length} 个文件：${withErrors} 个有错误，${unreadable} 个无法读取；${summaryWords(total, "zh")}\n`
        : `${files.length} files: ${withErrors} with errors, ${unreadable} unreadable; ${summaryWords(total, "en")}\n`,
    );
  }
  return unreadable > 0 ? EXIT_UNREADABLE : withErrors > 0 ? EXIT_ERRORS : EXIT_OK;
}

export async function templateCommand(
  out: string,
  format: FormatId,
  lang: Lang,
  io: Output,
): Promise<number> {
  await writeTemplate(out, format);
  io.out(
    lang === "zh"
      ? `已写入 ${format} 年格式空白模板：${out}\n`
      : `Wrote the blank ${format} template: ${out}\n`,
  );
  return EXIT_OK;
}
