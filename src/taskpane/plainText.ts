/**
 * The check result as plain text for 复制结果: no file, no formatting — a reviewer pastes it into
 * an email or an OA system. A header (format, report year, counts), then the findings grouped by
 * section and table, each with its severity, message, cells in words, expected / found and the
 * suggestion.
 */
import type { CheckResult } from "../report/checkReport";
import type { Finding, Severity } from "../report/findings";
import { cellsLine, findingCellsInWords, valueInWords } from "./cellWords";
import { fingerprint } from "./fingerprint";
import { groupFindings, groupTitle } from "./findingGroups";
import { STRINGS, type Lang } from "./strings";

export interface PlainTextOptions {
  lang?: Lang;
  /** Fingerprints of ignored findings: left out (and counted). */
  ignored?: ReadonlySet<string>;
}

export function plainText(result: CheckResult, options: PlainTextOptions = {}): string {
  const lang = options.lang ?? "zh";
  const s = STRINGS[lang];
  const colon = lang === "zh" ? "：" : ": ";
  const ignored = options.ignored ?? new Set<string>();
  const listed = result.findings.filter((f) => !ignored.has(fingerprint(f)));
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of listed) counts[f.severity]++;

  const lines: string[] = [s.plainTitle];
  lines.push(`${s.formatLabel}${colon}${result.format ? s.formatName(result.format) : s.formatUnknown}`);
  lines.push(`${s.yearLabel}${colon}${result.reportYear ? s.yearName(result.reportYear) : s.yearUnknown}`);
  lines.push(`${s.countsLabel}${colon}${s.plainCounts(counts)}`);
  if (result.blankTemplate) lines.push(s.blankTemplate);
  if (Object.values(result.tables).every((t) => t === null)) lines.push(s.noTables);
  const hidden = result.findings.length - listed.length;
  if (hidden > 0) lines.push(s.plainIgnored(hidden));
  if (listed.length === 0) lines.push("", s.plainNoFindings);

  for (const group of groupFindings(listed, (f) => f)) {
    lines.push("", groupTitle(group, s));
    group.items.forEach((f, i) => lines.push(...findingLines(f, i + 1, lang)));
  }
  return lines.join("\n") + "\n";
}

function findingLines(f: Finding, n: number, lang: Lang): string[] {
  const s = STRINGS[lang];
  const colon = lang === "zh" ? "：" : ": ";
  const pad = "   ";
  const lines = [`${n}. [${s.severity[f.severity]}] ${lang === "zh" ? f.message : f.messageEn}`];
  const cells = findingCellsInWords(f, lang);
  if (cells.total > 0) lines.push(`${pad}${s.cells}${colon}${cellsLine(cells, lang)}`);
  if (f.location.excerpt) lines.push(`${pad}${s.excerpt}${colon}「${f.location.excerpt}」`);
  const expected = valueInWords(f.expected, lang);
  const actual = valueInWords(f.actual, lang);
  const values = [
    expected !== undefined ? `${s.expected}${colon}${expected}` : "",
    actual !== undefined ? `${s.actual}${colon}${actual}` : "",
  ].filter(Boolean);
  if (values.length > 0) lines.push(`${pad}${values.join(lang === "zh" ? "；" : "; ")}`);
  if (f.suggestion)
    lines.push(
      `${pad}${s.suggestion}${colon}${lang === "zh" ? f.suggestion.message : f.suggestion.messageEn}`,
    );
  return lines;
}
