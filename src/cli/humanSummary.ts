/**
 * The CLI's human output over several files: `--summary`'s one line per file, and the closing
 * lists (files with errors, files that could not be read, files not checked) with the totals.
 */
import type { Severity } from "../report/findings";
import { groupFindings, resultHeadline } from "../report/view";
import { summaryWords, yearWords } from "./humanReport";
import type { FileOutcome } from "./main";
import type { NotChecked } from "./notChecked";
import { label, t, type Lang, type Style } from "./style";

/** Between a file's name and what is said of it. */
const dash = (lang: Lang) => t(lang, " — ", " - ");

/** One line: name · format · year · counts · the first error. */
export function summaryLine(outcome: FileOutcome, lang: Lang, style: Style): string {
  if ("error" in outcome)
    return `${outcome.file} · ${style.severity("error", label(lang, "无法读取", "cannot read"))}${
      lang === "zh" ? outcome.error.message : outcome.error.messageEn
    }\n`;
  const r = outcome.result;
  const parts = [
    outcome.file,
    r.format
      ? t(lang, `${r.format} 年格式`, `${r.format} format`)
      : t(lang, "格式未能识别", "format not recognised"),
    yearWords(r.reportYear, lang),
    summaryWords(r.counts, lang),
  ];
  const first = groupFindings(r.findings, (f) => f, { blankTemplate: r.blankTemplate })[0];
  if (first?.severity === "error")
    parts.push(style.severity("error", lang === "zh" ? first.title : first.titleEn));
  return `${parts.join(" · ")}\n`;
}

export interface ClosingOptions {
  lang: Lang;
  style: Style;
  /** List the files with errors and those that could not be read (not needed after --summary). */
  listFiles: boolean;
}

/** After the reports: which files have errors, which could not be read or were not checked, totals. */
export function closingLines(
  outcomes: FileOutcome[],
  notChecked: NotChecked[],
  options: ClosingOptions,
): string {
  const { lang, style } = options;
  const out: string[] = [];
  const withErrors = outcomes.filter((o) => "result" in o && o.result.counts.error > 0);
  const unreadable = outcomes.filter((o) => "error" in o);
  const many = outcomes.length > 1;

  if (options.listFiles && many && withErrors.length > 0) {
    out.push(
      style.bold(
        t(lang, `有错误的文件（${withErrors.length} 个）：`, `Files with errors (${withErrors.length}):`),
      ),
    );
    for (const o of withErrors)
      if ("result" in o) {
        const r = o.result;
        const h = resultHeadline(
          groupFindings(r.findings, (f) => f, { blankTemplate: r.blankTemplate }),
          r.counts,
        );
        out.push(`  ${o.file}${dash(lang)}${style.severity("error", lang === "zh" ? h.zh : h.en)}`);
      }
  }
  if (options.listFiles && many && unreadable.length > 0) {
    out.push(
      style.bold(
        t(
          lang,
          `无法读取的文件（${unreadable.length} 个）：`,
          `Files that could not be read (${unreadable.length}):`,
        ),
      ),
    );
    for (const o of unreadable)
      if ("error" in o)
        out.push(`  ${o.file}${dash(lang)}${lang === "zh" ? o.error.message : o.error.messageEn}`);
  }
  if (notChecked.length > 0) {
    out.push(
      style.bold(
        t(
          lang,
          `未检查的文件（${notChecked.length} 个，不是 .docx）：`,
          `Files not checked (${notChecked.length}, not .docx):`,
        ),
      ),
    );
    for (const n of notChecked)
      out.push(`  ${n.file}${dash(lang)}${lang === "zh" ? n.message : n.messageEn}`);
  }
  if (many || notChecked.length > 0) {
    const total: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const o of outcomes)
      if ("result" in o)
        for (const k of ["error", "warning", "info"] as const) total[k] += o.result.counts[k];
    const skipped =
      notChecked.length > 0
        ? t(lang, `，${notChecked.length} 个未检查`, `, ${notChecked.length} not checked`)
        : "";
    out.push(
      t(
        lang,
        `共 ${outcomes.length} 个文件：${withErrors.length} 个有错误，${unreadable.length} 个无法读取${skipped}；${summaryWords(total, "zh")}`,
        `${outcomes.length} ${outcomes.length === 1 ? "file" : "files"}: ${withErrors.length} with errors, ${unreadable.length} unreadable${skipped}; ${summaryWords(total, "en")}`,
      ),
    );
  }
  return out.length > 0 ? `${out.join("\n")}\n` : "";
}
