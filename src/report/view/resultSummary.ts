/**
 * The first thing a reader sees: what matters most, in one line — "1 个错误：缺少第六部分" — and,
 * when nothing is wrong, that the tables add up and what was checked.
 */
import type { CheckResult } from "../checkReport";
import { TABLE_INFO } from "../describe";
import type { Severity } from "../findings";
import type { TableId } from "../formats/types";
import type { FindingGroup } from "./groupFindings";

export interface ResultHeadline {
  /** The gravest severity present, or null when there are no findings. */
  severity: Severity | null;
  zh: string;
  en: string;
}

const MEASURE: Record<Severity, [string, string, string]> = {
  error: ["个错误", "error", "errors"],
  warning: ["个警告", "warning", "warnings"],
  info: ["条提示", "note", "notes"],
};

/** "3 个错误" / "3 errors" (the number and its measure word never apart: U+00A0 in English). */
export function countWords(n: number, severity: Severity): { zh: string; en: string } {
  const [zh, one, many] = MEASURE[severity];
  return { zh: `${n} ${zh}`, en: `${n}\u00a0${n === 1 ? one : many}` };
}

/**
 * The headline over the groups of one result (as ./groupFindings orders them, gravest first):
 * the count of the gravest severity and the first such group's title, "等" when there are more.
 */
export function resultHeadline<T>(
  groups: readonly FindingGroup<T>[],
  counts: Record<Severity, number>,
): ResultHeadline {
  const first = groups[0];
  if (!first) return { severity: null, zh: "未发现问题", en: "No problems found" };
  const severity = first.severity;
  const n = counts[severity];
  const c = countWords(n, severity);
  const more = groups.filter((g) => g.severity === severity).length > 1 || first.items.length < n;
  const lead = severity === "error" ? "" : severity === "warning" ? "没有错误，" : "没有错误或警告，";
  const leadEn =
    severity === "error" ? "" : severity === "warning" ? "No errors; " : "No errors or warnings; ";
  return {
    severity,
    zh: `${lead}${c.zh}：${first.title}${more ? " 等" : ""}`,
    en: `${leadEn}${c.en}: ${first.titleEn}${more ? ", and more" : ""}`,
  };
}

export interface CheckedScope {
  format: CheckResult["format"];
  reportYear: number | null;
  /** The standard tables found, in report order. */
  tables: TableId[];
  /** Statistical cells read. */
  cells: number;
  /** Sections found of the six. */
  sections: number;
  zh: string;
  en: string;
}

/** What a check covered, in words: "2021 年格式 · 2023 年度 · 表二、表三、表四（共 113 个统计单元格）· 六个部分". */
export function checkedScope(result: CheckResult): CheckedScope {
  const tables = (Object.keys(TABLE_INFO) as TableId[]).filter((t) => result.tables[t] !== null);
  const cells = result.fields.size;
  const sections = new Set(result.sections.map((s) => s.number)).size;
  const zh: string[] = [];
  const en: string[] = [];
  if (result.format) {
    zh.push(`${result.format} 年格式`);
    en.push(`${result.format} format`);
  }
  if (result.reportYear !== null) {
    zh.push(`${result.reportYear} 年度`);
    en.push(`year ${result.reportYear}`);
  }
  if (tables.length > 0) {
    zh.push(`${tables.map((t) => TABLE_INFO[t].name).join("、")}（共 ${cells} 个统计单元格）`);
    en.push(`${tables.map((t) => TABLE_INFO[t].nameEn).join(", ")} (${cells} statistical cells)`);
  }
  zh.push(`正文 ${sections} 个部分`);
  en.push(`${sections} of 6 sections`);
  return {
    format: result.format,
    reportYear: result.reportYear,
    tables,
    cells,
    sections,
    zh: zh.join(" · "),
    en: en.join(" · "),
  };
}
