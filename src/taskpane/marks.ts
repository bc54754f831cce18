/**
 * Findings → the cells to mark: one mark per cell in the look `src/report/view/cellLooks` gives it
 * (suspect, involved, blank). The note says what the look means and names, in words, every rule
 * the cell is involved in, and on the cell a finding pinpoints the suggested value. It is the
 * cell's tooltip in the preview and its comment in Word, both read by people: no rule ids (the
 * pane and the command line show those beside each finding).
 */
import type { CellMark } from "../host/reportHost";
import type { Finding } from "../report/findings";
import { ruleDef } from "../report/rules";
import { cellKey, cellLooks, type CellLook } from "../report/view";
import { STRINGS, type Lang } from "./strings";
import { suggestionWords } from "./suggestionText";

export function marksFor(findings: readonly Finding[], lang: Lang = "zh"): CellMark[] {
  return cellLooks(findings).map((entry) => ({
    cell: entry.cell,
    look: entry.look,
    severity: entry.severity,
    note: noteOf(entry, lang),
  }));
}

function noteOf(entry: CellLook, lang: Lang): string {
  const s = STRINGS[lang];
  const sep = lang === "zh" ? "；" : "; ";
  const colon = lang === "zh" ? "：" : ": ";
  // Each rule once, at its gravest severity.
  const rules = new Map<string, "error" | "warning">();
  for (const f of entry.findings)
    if (f.severity !== "info" && rules.get(f.rule) !== "error") rules.set(f.rule, f.severity);
  const parts: string[] = [];
  for (const severity of ["error", "warning"] as const) {
    const titles = [...rules].filter(([, sev]) => sev === severity).map(([id]) => ruleText(id, lang));
    if (titles.length > 0) parts.push(`${s.severity[severity]}${colon}${titles.join(sep)}`);
  }
  const key = cellKey(entry.cell);
  const suggestions: string[] = [];
  for (const f of entry.findings) {
    const sg = f.suggestion;
    if (!sg?.cell || cellKey(sg.cell) !== key) continue;
    const text = `${s.suggestion}${colon}${suggestionWords(lang === "zh" ? sg.message : sg.messageEn, lang)}`;
    if (!suggestions.includes(text)) suggestions.push(text);
  }
  const lead = `${s.appTitle}${colon}${s.lookNote(entry.look, entry.severity)}`;
  return [lead, parts.join(sep), ...suggestions].join(lang === "zh" ? "。" : ". ");
}

function ruleText(id: string, lang: Lang): string {
  try {
    const def = ruleDef(id);
    return lang === "zh" ? def.title : def.titleEn;
  } catch {
    // A rule the list does not know (never expected): its id is all there is to say.
    return id;
  }
}
