/**
 * The check result as plain text for 复制结果: a reviewer pastes it into an email or an OA system.
 * A header (the document, the headline, format, year, what was checked, the cross-year checks,
 * counts), then the findings
 * as the pane lists them (the shared view's groups): a band per severity, the sections as
 * headings, a numbered line per finding or per group of repeats with the group's findings under
 * it (a blank template stays one line).
 */
import type { CheckResult } from "../report/checkReport";
import type { Finding, Severity } from "../report/findings";
import {
  checkedScope,
  countWords,
  excerptText,
  groupFindings,
  resultHeadline,
  type FindingGroup,
} from "../report/view";
import { cellsLine, findingCellsInWords, valueInWords } from "./cellWords";
import { fingerprint } from "./fingerprint";
import type { CrossYearStatus } from "./priorReport";
import { layoutGroups, runTitle } from "./listLayout";
import { STRINGS, type Lang } from "./strings";
import { suggestionWords } from "./suggestionText";

export interface PlainTextOptions {
  lang?: Lang;
  /** Fingerprints of ignored findings: left out (and counted). */
  ignored?: ReadonlySet<string>;
  /** The document's file name or title. */
  documentName?: string;
  /** Whether the cross-year checks ran (the pane's; left out when not given). */
  crossYear?: CrossYearStatus;
}

export function plainText(result: CheckResult, options: PlainTextOptions = {}): string {
  const lang = options.lang ?? "zh";
  const s = STRINGS[lang];
  const colon = lang === "zh" ? "：" : ": ";
  const ignored = options.ignored ?? new Set<string>();
  const listed = result.findings.filter((f) => !ignored.has(fingerprint(f)));
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of listed) counts[f.severity]++;
  const groups = groupFindings(listed, (f) => f, { blankTemplate: result.blankTemplate });
  const headline = resultHeadline(groups, counts);
  const scope = checkedScope(result);

  const lines: string[] = [s.plainTitle];
  if (options.documentName) lines.push(`${s.plainDocument}${colon}${options.documentName}`);
  lines.push(`${s.plainHeadline}${colon}${lang === "zh" ? headline.zh : headline.en}`);
  lines.push(`${s.formatLabel}${colon}${result.format ? s.formatName(result.format) : s.formatUnknown}`);
  lines.push(`${s.yearLabel}${colon}${result.reportYear ? s.yearName(result.reportYear) : s.yearUnknown}`);
  lines.push(`${s.scopeLabel}${colon}${lang === "zh" ? scope.zh : scope.en}`);
  if (options.crossYear) lines.push(`${s.crossYearLabel}${colon}${s.crossYear(options.crossYear)}`);
  lines.push(`${s.countsLabel}${colon}${s.plainCounts(counts)}`);
  if (result.blankTemplate) lines.push(s.blankTemplate);
  if (Object.values(result.tables).every((t) => t === null)) lines.push(s.noTables);
  const hidden = result.findings.length - listed.length;
  if (hidden > 0) lines.push(s.plainIgnored(hidden));
  if (listed.length === 0) lines.push("", s.plainNoFindings);

  // Bands in brackets, sections as headings, findings numbered and indented under them.
  let n = 0;
  for (const band of layoutGroups(groups)) {
    const count = countWords(band.count, band.severity)[lang];
    lines.push("", lang === "zh" ? `【${count}】` : `[${count}]`);
    for (const run of band.runs) {
      if (run.headed)
        lines.push(lang === "en" && run.section > 0 ? `Section ${runTitle(run, s)}` : runTitle(run, s));
      for (const group of run.groups) lines.push(...groupLines(group, ++n, lang));
    }
  }
  return lines.join("\n") + "\n";
}

const INDENT = "  ";

function groupLines(group: FindingGroup<Finding>, n: number, lang: Lang): string[] {
  const lead = `${INDENT}${n}. `;
  const pad = " ".repeat(lead.length);
  if (group.kind === "single") return findingLines(group.items[0], lead, pad, lang);
  const title = `${lead}${lang === "zh" ? group.title : group.titleEn}`;
  if (group.kind === "blank_template") return [title];
  return [title, ...group.items.flatMap((f) => findingLines(f, `${pad}- `, `${pad}  `, lang, true))];
}

function findingLines(f: Finding, lead: string, pad: string, lang: Lang, inGroup = false): string[] {
  const s = STRINGS[lang];
  const colon = lang === "zh" ? "：" : ": ";
  const message = lang === "zh" ? f.message : f.messageEn;
  const lines = [`${lead}${message}`];
  const cells = findingCellsInWords(f, lang);
  const named = cells.total === cells.shown.length && cells.shown.every((c) => message.includes(c));
  if (cells.total > 0 && !named && !inGroup) lines.push(`${pad}${s.cells}${colon}${cellsLine(cells, lang)}`);
  if (f.location.excerpt) lines.push(`${pad}${s.excerpt}${colon}「${excerptText(f.location)}」`);
  const expected = valueInWords(f.expected, lang);
  const actual = f.rule === "cell.blank" && f.actual === "" ? undefined : valueInWords(f.actual, lang);
  const values = [
    expected !== undefined ? `${s.expected}${colon}${expected}` : "",
    actual !== undefined ? `${s.actual}${colon}${actual}` : "",
  ].filter(Boolean);
  if (values.length > 0) lines.push(`${pad}${values.join(lang === "zh" ? "；" : "; ")}`);
  if (f.suggestion) {
    const words = suggestionWords(lang === "zh" ? f.suggestion.message : f.suggestion.messageEn, lang);
    lines.push(`${pad}${s.suggestion}${colon}${words}`);
  }
  return lines;
}
