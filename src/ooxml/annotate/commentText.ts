/**
 * What a comment in the marked copy says: for one finding, its message, the expected and found
 * values, the suggestion and the rule; for a group of repeats, the group's title and each member in
 * one line. Plain paragraphs, so that every editor shows them alike.
 */
import type { CellRef, Finding, Severity } from "../../report/findings";
import { fieldName, type FindingGroup } from "../../report/view";

export type CommentLang = "zh" | "en";

/** Members listed by name in a group's comment; the rest are counted. */
export const GROUP_LINES = 30;

const SEVERITY: Record<Severity, [string, string]> = {
  error: ["错误", "Error"],
  warning: ["警告", "Warning"],
  info: ["提示", "Note"],
};

const t = (lang: CommentLang, zh: string, en: string): string => (lang === "zh" ? zh : en);

function severityTag(severity: Severity, lang: CommentLang): string {
  const [zh, en] = SEVERITY[severity];
  return t(lang, `〔${zh}〕`, `[${en}] `);
}

function value(v: number | string, lang: CommentLang): string {
  return v === "" ? t(lang, "（空白）", "(blank)") : String(v);
}

/** "第2个表格 第5行 第3格": as the CLI and the pane count, from 1. */
export function cellPosition(cell: CellRef, lang: CommentLang): string {
  return t(
    lang,
    `第${cell.table + 1}个表格 第${cell.row + 1}行 第${cell.cell + 1}格`,
    `table ${cell.table + 1}, row ${cell.row + 1}, cell ${cell.cell + 1}`,
  );
}

function valuesLine(f: Finding, lang: CommentLang): string | undefined {
  const parts: string[] = [];
  if (f.expected !== undefined && f.expected !== "")
    parts.push(`${t(lang, "应为：", "expected: ")}${value(f.expected, lang)}`);
  if (f.actual !== undefined) parts.push(`${t(lang, "实为：", "found: ")}${value(f.actual, lang)}`);
  return parts.length > 0 ? parts.join(t(lang, "；", "; ")) : undefined;
}

/** The paragraphs of one finding's comment. */
export function findingComment(f: Finding, lang: CommentLang): string[] {
  const out = [`${severityTag(f.severity, lang)}${lang === "zh" ? f.message : f.messageEn}`];
  const values = valuesLine(f, lang);
  if (values) out.push(values);
  if (f.suggestion)
    out.push(
      `${t(lang, "建议：", "Suggestion: ")}${lang === "zh" ? f.suggestion.message : f.suggestion.messageEn}`,
    );
  out.push(t(lang, `规则 ${f.rule} · 年报校对`, `Rule ${f.rule} · nianbao-check`));
  return out;
}

/** One member of a group in a line: where it is and what to do. */
function memberLine(f: Finding, lang: CommentLang, here: boolean): string {
  const cell = f.suggestion?.cell ?? f.cells[0];
  const field = f.suggestion?.field ?? f.fields[0];
  const name =
    (field !== undefined ? fieldName(field, lang) : undefined) ?? (lang === "zh" ? f.message : f.messageEn);
  const where = cell ? `（${cellPosition(cell, lang)}）` : "";
  const detail = f.suggestion
    ? lang === "zh"
      ? f.suggestion.message
      : f.suggestion.messageEn
    : (valuesLine(f, lang) ?? "");
  const mark = here ? t(lang, "【此处】", "[here] ") : "";
  return `· ${mark}${name}${where}${detail ? t(lang, "，", ", ") + detail : ""}`;
}

/** The paragraphs of a group's comment, written on its first cell: the others are named here. */
export function groupComment(group: FindingGroup<Finding>, lang: CommentLang): string[] {
  const n = group.items.length;
  const out = [
    `${severityTag(group.severity, lang)}${lang === "zh" ? group.title : group.titleEn}`,
    t(
      lang,
      `同类共 ${n} 处，均已着色；此批注写在第一处，其余不再逐一批注：`,
      `${n} alike, all shaded; this comment, on the first, stands for them all:`,
    ),
  ];
  group.items.slice(0, GROUP_LINES).forEach((f, i) => out.push(memberLine(f, lang, i === 0)));
  if (n > GROUP_LINES)
    out.push(
      t(
        lang,
        `……另有 ${n - GROUP_LINES} 处，见着色的单元格。`,
        `… and ${n - GROUP_LINES} more: see the shaded cells.`,
      ),
    );
  out.push(t(lang, `规则 ${group.rule} · 年报校对`, `Rule ${group.rule} · nianbao-check`));
  return out;
}
