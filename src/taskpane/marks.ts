/**
 * Findings → the cells to mark. Errors and warnings only (info is never marked); one mark per
 * cell, however many findings involve it; an error on a cell wins over a warning. The note names
 * every rule the cell is involved in (it becomes the comment when comments are on) and, on the
 * cell a finding pinpoints, the suggested value.
 */
import type { CellMark } from "../host/reportHost";
import type { CellRef, Finding } from "../report/findings";
import { ruleDef } from "../report/rules";
import { STRINGS, type Lang } from "./strings";

interface CellEntry {
  cell: CellRef;
  severity: "error" | "warning";
  rules: Map<string, "error" | "warning">;
  suggestions: string[];
}

const cellKey = (c: CellRef) => `${c.table}:${c.row}:${c.cell}`;

export function marksFor(findings: readonly Finding[], lang: Lang = "zh"): CellMark[] {
  const byCell = new Map<string, CellEntry>();
  for (const f of findings) {
    if (f.severity === "info") continue;
    const severity = f.severity;
    for (const cell of f.cells) {
      const key = cellKey(cell);
      let entry = byCell.get(key);
      if (!entry) byCell.set(key, (entry = { cell, severity, rules: new Map(), suggestions: [] }));
      if (severity === "error") entry.severity = "error";
      if (entry.rules.get(f.rule) !== "error") entry.rules.set(f.rule, severity);
      const s = f.suggestion;
      if (s?.cell && cellKey(s.cell) === key) {
        const text = lang === "zh" ? s.message : s.messageEn;
        if (!entry.suggestions.includes(text)) entry.suggestions.push(text);
      }
    }
  }
  return [...byCell.values()]
    .sort((a, b) => a.cell.table - b.cell.table || a.cell.row - b.cell.row || a.cell.cell - b.cell.cell)
    .map((e) => ({ cell: e.cell, severity: e.severity, note: noteOf(e, lang) }));
}

function noteOf(entry: CellEntry, lang: Lang): string {
  const s = STRINGS[lang];
  const sep = lang === "zh" ? "；" : "; ";
  const colon = lang === "zh" ? "：" : ": ";
  const parts: string[] = [];
  for (const severity of ["error", "warning"] as const) {
    const rules = [...entry.rules].filter(([, sev]) => sev === severity).map(([id]) => ruleText(id, lang));
    if (rules.length > 0) parts.push(`${s.severity[severity]}${colon}${rules.join(sep)}`);
  }
  const suggestions = entry.suggestions.map((t) => `${s.suggestion}${colon}${t}`);
  return [`${s.appTitle}${colon}${parts.join(sep)}`, ...suggestions].join(lang === "zh" ? "。" : ". ");
}

function ruleText(id: string, lang: Lang): string {
  let title: string;
  try {
    const def = ruleDef(id);
    title = lang === "zh" ? def.title : def.titleEn;
  } catch {
    return id;
  }
  return `${title} [${id}]`;
}
