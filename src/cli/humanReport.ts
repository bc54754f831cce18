/** The CLI's human output: per file, the format and year, then findings grouped by section and table. */
import type { CheckResult } from "../report/checkReport";
import { describeField, findingSection, TABLE_INFO } from "../report/describe";
import type { CellRef, Finding, Severity } from "../report/findings";
import { FORMATS } from "../report/formats";
import type { TableId } from "../report/formats/types";
import type { InputError } from "./readInput";
import { standardHeading, TITLES_EN, type SectionNumber } from "../report/sections";

export type Lang = "zh" | "en";

export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  severity(sev: Severity, s: string): string;
}

const ANSI = (code: string) => (s: string) => `\u001b[${code}m${s}\u001b[0m`;
export const COLOUR: Style = {
  bold: ANSI("1"),
  dim: ANSI("2"),
  severity: (sev, s) =>
    sev === "error" ? ANSI("31;1")(s) : sev === "warning" ? ANSI("33")(s) : ANSI("36")(s),
};
export const PLAIN: Style = { bold: (s) => s, dim: (s) => s, severity: (_sev, s) => s };

/** Group headings: section 0 holds what concerns the whole document. */
function sectionTitle(section: number, lang: Lang): string {
  if (section < 1 || section > 6) return t(lang, "全文", "Whole document");
  const n = section as SectionNumber;
  return t(lang, standardHeading(n), `${n}. ${TITLES_EN[n]}`);
}

const SEVERITY_WORDS: Record<Severity, [string, string]> = {
  error: ["错误", "error"],
  warning: ["警告", "warning"],
  info: ["提示", "info"],
};

const t = (lang: Lang, zh: string, en: string) => (lang === "zh" ? zh : en);

/** A cell in words: Word's table/row/cell, 1-based as a person counts. */
export function cellWords(ref: CellRef, lang: Lang): string {
  return t(
    lang,
    `第${ref.table + 1}个表格 第${ref.row + 1}行 第${ref.cell + 1}格`,
    `table ${ref.table + 1}, row ${ref.row + 1}, cell ${ref.cell + 1}`,
  );
}

function show(value: number | string | undefined, lang: Lang): string {
  if (value === undefined) return "";
  if (value === "") return t(lang, "（空白）", "(blank)");
  return String(value);
}

function findingLines(f: Finding, lang: Lang, style: Style): string[] {
  const sev = SEVERITY_WORDS[f.severity][lang === "zh" ? 0 : 1];
  const lines = [
    `  ${style.severity(f.severity, sev)} ${style.dim(f.rule)}  ${lang === "zh" ? f.message : f.messageEn}`,
  ];
  const pad = "      ";
  const shown = f.fields.slice(0, 4).map((id, i) => {
    const words = describeField(id)?.text;
    const ref = f.cells[i];
    return `${id}${words ? ` ${words}` : ""}${ref ? `（${cellWords(ref, lang)}）` : ""}`;
  });
  if (shown.length > 0) {
    const more =
      f.fields.length > 4
        ? t(lang, ` 等 ${f.fields.length} 个单元格`, ` and ${f.fields.length - 4} more`)
        : "";
    lines.push(`${pad}${style.dim(t(lang, "单元格：", "cells: "))}${shown.join("；")}${more}`);
  } else if (f.cells.length > 0) {
    lines.push(
      `${pad}${style.dim(t(lang, "单元格：", "cells: "))}${f.cells
        .slice(0, 4)
        .map((c) => cellWords(c, lang))
        .join("；")}`,
    );
  }
  if (f.location.excerpt)
    lines.push(`${pad}${style.dim(t(lang, "原文：", "text: "))}「${f.location.excerpt}」`);
  if (f.expected !== undefined || f.actual !== undefined)
    lines.push(
      `${pad}${style.dim(t(lang, "应为：", "expected: "))}${show(f.expected, lang)}  ${style.dim(t(lang, "实为：", "found: "))}${show(f.actual, lang)}`,
    );
  if (f.suggestion)
    lines.push(
      `${pad}${style.dim(t(lang, "建议：", "suggestion: "))}${lang === "zh" ? f.suggestion.message : f.suggestion.messageEn}`,
    );
  return lines;
}

export function summaryWords(counts: Record<Severity, number>, lang: Lang): string {
  return t(
    lang,
    `${counts.error} 个错误，${counts.warning} 个警告，${counts.info} 个提示`,
    `${counts.error} errors, ${counts.warning} warnings, ${counts.info} info`,
  );
}

export function humanReport(file: string, result: CheckResult, lang: Lang, style: Style): string {
  const out: string[] = [style.bold(file)];
  const format = result.format
    ? t(lang, `${result.format}年格式（${FORMATS[result.format].issuedBy}）`, `${result.format} format`)
    : t(lang, "未能识别", "not recognised");
  const year = result.reportYear ?? t(lang, "未能识别", "not found");
  const tables = (Object.keys(result.tables) as TableId[])
    .map((k) => {
      const loc = result.tables[k];
      const where = loc ? loc.map((l) => `${l.table + 1}`).join("、") : "—";
      return t(
        lang,
        `${TABLE_INFO[k].name}：第${where}个表格`,
        `${TABLE_INFO[k].nameEn}: Word table ${where}`,
      );
    })
    .join(" · ");
  out.push(`  ${t(lang, "格式", "Format")}：${format} · ${t(lang, "报告年度", "Report year")}：${year}`);
  out.push(`  ${tables}`);
  if (result.blankTemplate)
    out.push(`  ${t(lang, "（空白模板：统计表尚未填写）", "(a blank template: no table is filled in)")}`);

  const bySection = new Map<number, Finding[]>();
  for (const f of result.findings)
    bySection.set(findingSection(f), [...(bySection.get(findingSection(f)) ?? []), f]);
  for (const section of [...bySection.keys()].sort((a, b) => a - b)) {
    const table = (Object.keys(TABLE_INFO) as TableId[]).find((k) => TABLE_INFO[k].section === section);
    const heading =
      sectionTitle(section, lang) +
      (table ? ` · ${t(lang, TABLE_INFO[table].name, TABLE_INFO[table].nameEn)}` : "");
    out.push("", ` ${style.bold(heading)}`);
    for (const f of bySection.get(section) ?? []) out.push(...findingLines(f, lang, style));
  }
  out.push("", `  ${t(lang, "小结", "Summary")}：${summaryWords(result.counts, lang)}`, "");
  return out.join("\n");
}

export function humanError(file: string, error: InputError, lang: Lang, style: Style): string {
  return `${style.bold(file)}\n  ${style.severity("error", t(lang, "无法读取", "cannot read"))}：${
    lang === "zh" ? error.message : error.messageEn
  }\n`;
}
