/**
 * The CLI's human output for one file: the headline first, then the format, year and tables, then
 * the findings as the shared view groups them (errors, then warnings, then info, each in document
 * order, under their section headings; repeats of a rule in one table as one line with a compact
 * list of the cells), and a one-line summary.
 */
import type { CheckResult } from "../report/checkReport";
import type { FieldReading } from "../report/checks/fieldReadings";
import { describeField, fieldWords, TABLE_INFO } from "../report/describe";
import type { CellRef, Finding, Severity } from "../report/findings";
import { FORMATS } from "../report/formats";
import type { TableId } from "../report/formats/types";
import { standardHeading, TITLES_EN, type SectionNumber } from "../report/sections";
import {
  checkedScope,
  countWords,
  excerptText,
  groupFindings,
  resultHeadline,
  type FindingGroup,
} from "../report/view";
import type { InputError } from "./readInput";
import { label, t, type Lang, type Style } from "./style";

export interface HumanOptions {
  lang: Lang;
  style: Style;
  /** Show only the errors (the summary still counts everything). */
  errorsOnly?: boolean;
}

const SEVERITY_WORDS: Record<Severity, [string, string]> = {
  error: ["错误", "error"],
  warning: ["警告", "warning"],
  info: ["提示", "info"],
};
const SEVERITY_HEADINGS: Record<Severity, [string, string]> = {
  error: ["错误", "Errors"],
  warning: ["警告", "Warnings"],
  info: ["提示", "Notes"],
};

/** At most this many cells are named for one finding. */
const MAX_CELLS = 6;

/** A cell's position as a person counts: Word's table, row and cell, 1-based. */
export function cellPosition(ref: CellRef, lang: Lang): string {
  return t(
    lang,
    `第${ref.table + 1}个表格 第${ref.row + 1}行 第${ref.cell + 1}格`,
    `table ${ref.table + 1}, row ${ref.row + 1}, cell ${ref.cell + 1}`,
  );
}

/** "1 个错误，136 个警告，2 条提示" / "1 error, 136 warnings, 2 notes". */
export function summaryWords(counts: Record<Severity, number>, lang: Lang): string {
  const words = (["error", "warning", "info"] as const).map((s) => countWords(counts[s], s));
  return lang === "zh" ? words.map((w) => w.zh).join("，") : words.map((w) => w.en).join(", ");
}

/** Section headings: section 0 holds what concerns the whole document. */
function sectionTitle(section: number, table: TableId | undefined, lang: Lang): string {
  let title: string;
  if (section < 1 || section > 6) title = t(lang, "全文", "Whole document");
  else {
    const n = section as SectionNumber;
    title = t(lang, standardHeading(n), `${n}. ${TITLES_EN[n]}`);
  }
  return table ? `${title} · ${t(lang, TABLE_INFO[table].name, TABLE_INFO[table].nameEn)}` : title;
}

/** The format in words: "2019 年格式（国办公开办函〔2019〕60号）". */
export function formatWords(format: CheckResult["format"], lang: Lang): string {
  if (!format) return t(lang, "格式未能识别", "format not recognised");
  return t(lang, `${format} 年格式（${FORMATS[format].issuedBy}）`, `${format} format`);
}

export function yearWords(year: number | null, lang: Lang): string {
  return year === null ? t(lang, "年度未能识别", "year not found") : t(lang, `${year} 年度`, `year ${year}`);
}

export function humanReport(file: string, result: CheckResult, options: HumanOptions): string {
  const { lang, style } = options;
  const out: string[] = [style.bold(file)];
  const groups = groupFindings(result.findings, (f) => f, { blankTemplate: result.blankTemplate });
  const headline = resultHeadline(groups, result.counts);
  const headlineText = lang === "zh" ? headline.zh : headline.en;
  out.push(`  ${headline.severity ? style.severity(headline.severity, headlineText) : headlineText}`);

  const tables = (Object.keys(result.tables) as TableId[])
    .map((k) => {
      const loc = result.tables[k];
      const where = loc ? loc.map((l) => `${l.table + 1}`).join(t(lang, "、", ", ")) : "—";
      return t(
        lang,
        `${TABLE_INFO[k].name}：第${where}个表格`,
        `${TABLE_INFO[k].nameEn}: Word table ${where}`,
      );
    })
    .join(" · ");
  out.push(`  ${formatWords(result.format, lang)} · ${yearWords(result.reportYear, lang)} · ${tables}`);
  if (result.counts.error === 0) {
    const scope = checkedScope(result);
    out.push(`  ${style.dim(label(lang, "已检查", "Checked"))}${lang === "zh" ? scope.zh : scope.en}`);
  }

  const shown = options.errorsOnly ? groups.filter((g) => g.severity === "error") : groups;
  let severity: Severity | undefined;
  let place = "";
  for (const group of shown) {
    if (group.severity !== severity) {
      severity = group.severity;
      place = "";
      const [zh, en] = SEVERITY_HEADINGS[severity];
      const n = result.counts[severity];
      out.push("", style.severity(severity, t(lang, `${zh}（${n}）`, `${en} (${n})`)));
    }
    const heading = sectionTitle(group.section, group.table, lang);
    if (heading !== place) {
      place = heading;
      out.push(` ${style.bold(heading)}`);
    }
    out.push(...groupLines(group, result, lang, style));
  }

  out.push("", `  ${label(lang, "小结", "Summary")}${summaryWords(result.counts, lang)}`);
  if (options.errorsOnly) {
    const hidden = (["warning", "info"] as const).filter((s) => result.counts[s] > 0);
    if (hidden.length > 0)
      out.push(
        `  ${style.dim(
          lang === "zh"
            ? `（只显示错误；另有 ${hidden.map((s) => countWords(result.counts[s], s).zh).join("、")}未显示）`
            : `(errors only; ${hidden.map((s) => countWords(result.counts[s], s).en).join(" and ")} not shown)`,
        )}`,
      );
  }
  out.push("");
  return out.join("\n");
}

function groupLines(group: FindingGroup<Finding>, result: CheckResult, lang: Lang, style: Style): string[] {
  if (group.kind === "single") return findingLines(group.items[0], result, lang, style);
  const sev = SEVERITY_WORDS[group.severity][lang === "zh" ? 0 : 1];
  const lines = [
    `  ${style.severity(group.severity, sev)} ${style.dim(group.rule)}  ${lang === "zh" ? group.title : group.titleEn}`,
  ];
  if (group.kind === "blank_template") return lines;
  const compact = compactCells(group.items, result, lang);
  if (compact) return [...lines, ...compact.map((l) => `      ${l}`)];
  for (const f of group.items) lines.push(...findingLines(f, result, lang, style).map((l) => `  ${l}`));
  return lines;
}

/** One finding in full: the message, the cells, the quoted text, expected and found, the suggestion. */
function findingLines(f: Finding, result: CheckResult, lang: Lang, style: Style): string[] {
  const sev = SEVERITY_WORDS[f.severity][lang === "zh" ? 0 : 1];
  const lines = [
    `  ${style.severity(f.severity, sev)} ${style.dim(f.rule)}  ${lang === "zh" ? f.message : f.messageEn}`,
  ];
  const pad = "      ";
  const cells = cellEntries(f, result.fields, result.format, lang);
  if (cells.length > 0) {
    const named = cells.slice(0, MAX_CELLS);
    const more =
      cells.length > named.length
        ? t(lang, ` 等 ${cells.length} 个单元格`, `, and ${cells.length - named.length} more`)
        : "";
    lines.push(`${pad}${style.dim(label(lang, "单元格", "Cells"))}${named.join(t(lang, "；", "; "))}${more}`);
  }
  const excerpt = excerptText(f.location);
  if (excerpt)
    lines.push(`${pad}${style.dim(label(lang, "原文", "Text"))}${t(lang, `「${excerpt}」`, `"${excerpt}"`)}`);
  const values = valueWords(f, lang, style);
  if (values) lines.push(`${pad}${values}`);
  if (f.suggestion && !restatesExpected(f))
    lines.push(`${pad}→ ${lang === "zh" ? f.suggestion.message : f.suggestion.messageEn}`);
  return lines;
}

/** Expected and found, when there is something to say: never an empty "应为：". */
function valueWords(f: Finding, lang: Lang, style: Style): string | undefined {
  // In English, words from the document stand in quotes like any Chinese in English text.
  const show = (v: number | string) =>
    v === ""
      ? t(lang, "（空白）", "(blank)")
      : lang === "en" && typeof v === "string" && !/^[-+]?[\d.,]+$/.test(v)
        ? `"${v}"`
        : String(v);
  const parts: string[] = [];
  if (f.expected !== undefined && f.expected !== "")
    parts.push(`${style.dim(label(lang, "应为", "Expected"))}${show(f.expected)}`);
  if (f.actual !== undefined && (parts.length > 0 || f.actual !== ""))
    parts.push(`${style.dim(label(lang, "实为", "Found"))}${show(f.actual)}`);
  return parts.length > 0 ? parts.join("  ") : undefined;
}

/** A suggestion that only repeats the expected value for the finding's own cell says nothing new. */
function restatesExpected(f: Finding): boolean {
  const s = f.suggestion;
  return !!s && s.field === f.fields[0] && f.expected !== undefined && String(s.value) === String(f.expected);
}

/**
 * The cells of a finding in words, each field with its own cells (a row split into sub-rows has
 * one per sub-row), as the JSON's `fields` gives them; cells that belong to no listed field by
 * position alone.
 */
function cellEntries(
  f: Finding,
  fields: Map<string, FieldReading>,
  format: CheckResult["format"],
  lang: Lang,
): string[] {
  const out: string[] = [];
  const covered = new Set<string>();
  const key = (c: CellRef) => `${c.table}:${c.row}:${c.cell}`;
  const own = new Set(f.cells.map(key));
  for (const id of f.fields) {
    const reading = fields.get(id);
    const words = fieldWords(id, lang, reading?.def.format ?? format);
    // The field's cells that this finding names (all of them when it names none of them).
    const cells = reading?.cells.filter((c) => own.has(key(c.ref))) ?? [];
    const listed = cells.length > 0 ? cells : (reading?.cells ?? []);
    if (listed.length === 0) {
      out.push(words);
      continue;
    }
    const where = listed
      .map((c) => {
        covered.add(key(c.ref));
        const sub = c.subLabel ? t(lang, `「${c.subLabel}」`, `"${c.subLabel}" at `) : "";
        return `${sub}${cellPosition(c.ref, lang)}`;
      })
      .join(t(lang, "，", "; "));
    out.push(t(lang, `${words}（${where}）`, `${words} (${where})`));
  }
  for (const c of f.cells) if (!covered.has(key(c))) out.push(cellPosition(c, lang));
  return out;
}

/**
 * Repeats of a single-cell rule (blank cells, malformed numbers…) listed compactly: one line per
 * table row — the row, its columns, and where — instead of one block per cell. Undefined when the
 * findings are not all about one known cell each.
 */
function compactCells(items: Finding[], result: CheckResult, lang: Lang): string[] | undefined {
  interface RowLine {
    row: string;
    table: number;
    rowIndex: number;
    columns: string[];
    cells: number[];
  }
  const rows = new Map<string, RowLine>();
  for (const f of items) {
    const ref = f.cells[0];
    const reading = f.fields.length === 1 ? result.fields.get(f.fields[0]) : undefined;
    const words =
      f.fields.length === 1 ? describeField(f.fields[0], reading?.def.format ?? result.format) : undefined;
    if (f.cells.length !== 1 || !words || !ref) return undefined;
    const sub = reading?.cells.find(
      (c) => c.ref.table === ref.table && c.ref.row === ref.row && c.ref.cell === ref.cell,
    )?.subLabel;
    const rowName = lang === "zh" ? words.row : words.rowEn;
    const row = sub ? t(lang, `${rowName}（${sub}）`, `${rowName} ("${sub}")`) : rowName;
    const k = `${ref.table}:${ref.row}:${row}`;
    let line = rows.get(k);
    if (!line) rows.set(k, (line = { row, table: ref.table, rowIndex: ref.row, columns: [], cells: [] }));
    let column = lang === "zh" ? words.column : words.columnEn;
    if (f.rule !== "cell.blank" && f.actual !== undefined && f.actual !== "")
      column += t(lang, `「${f.actual}」`, ` "${f.actual}"`);
    if (f.expected !== undefined && f.expected !== "")
      column += t(lang, `（应为 ${f.expected}）`, ` (should be ${f.expected})`);
    line.columns.push(column);
    line.cells.push(ref.cell);
  }
  return [...rows.values()].map((l) => {
    const where = t(
      lang,
      `第${l.table + 1}个表格 第${l.rowIndex + 1}行 第${cellRange(l.cells, "、", "–")}格`,
      `table ${l.table + 1}, row ${l.rowIndex + 1}, ${l.cells.length > 1 ? "cells" : "cell"} ${cellRange(l.cells, ", ", "-")}`,
    );
    return t(
      lang,
      `${l.row}：${l.columns.join("、")}（${where}）`,
      `${l.row}: ${l.columns.join(", ")} (${where})`,
    );
  });
}

/** 1-based cell numbers, runs of three or more as a range: "3–7", "3、5、7". */
function cellRange(cells: number[], sep: string, dash: string): string {
  const ns = [...new Set(cells)].sort((a, b) => a - b).map((c) => c + 1);
  const parts: string[] = [];
  for (let i = 0; i < ns.length;) {
    let j = i;
    while (j + 1 < ns.length && ns[j + 1] === ns[j] + 1) j++;
    if (j - i >= 2) parts.push(`${ns[i]}${dash}${ns[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(ns[k]));
    i = j + 1;
  }
  return parts.join(sep);
}

export function humanError(file: string, error: InputError, lang: Lang, style: Style): string {
  return `${style.bold(file)}\n  ${style.severity("error", label(lang, "无法读取", "Cannot read"))}${
    lang === "zh" ? error.message : error.messageEn
  }\n`;
}
