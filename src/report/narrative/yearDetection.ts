/**
 * The report year (spec §1): from the title `XX2023年政府信息公开工作年度报告` (often split over
 * two or three paragraphs) or from the statistical-period sentence
 * `统计期限自2023年1月1日至2023年12月31日`.
 */
import type { Analysis, Para } from "./paragraphs";
import { parseYear, YEAR_SOURCE, type Span } from "./text";

export interface StatisticalPeriod {
  startYear: number;
  startMonth: number;
  startDay: number;
  endYear: number;
  endMonth: number;
  endDay: number;
}

export interface ReportYear {
  /** The title's year when there is one, else the statistical period's; null when neither is found. */
  year: number | null;
  source: "title" | "period" | null;
  titleYear?: number;
  /** `DocParagraph.index` of the title paragraph holding the year. */
  titleParagraph?: number;
  /** The year the statistical period ends in. */
  periodYear?: number;
  periodParagraph?: number;
  period?: StatisticalPeriod;
}

/** Where the years were found, for the findings about them. */
export interface YearSources {
  result: ReportYear;
  title?: { para: Para; span: Span };
  period?: { para: Para; span: Span; period: StatisticalPeriod };
}

/** Title lines: short, no sentence punctuation. */
function isTitleLine(p: Para): boolean {
  return p.t.norm.length > 0 && p.t.norm.length <= 60 && !/[。,;:!?]/.test(p.t.norm);
}

function findTitle(analysis: Analysis): YearSources["title"] {
  const first = analysis.paras.findIndex((p) => p.heading);
  const region = analysis.paras.slice(0, first >= 0 ? Math.min(first, 15) : 15);
  for (let i = 0; i < region.length; i++) {
    if (!isTitleLine(region[i]) || !region[i].t.norm.includes("报告")) continue;
    // The title may be split: join up to two title lines before this one (blank paragraphs skipped).
    const group: Para[] = [region[i]];
    for (let j = i - 1; j >= 0 && group.length < 3; j--) {
      if (region[j].t.norm.length === 0) continue;
      if (!isTitleLine(region[j])) break;
      group.unshift(region[j]);
    }
    const offsets: number[] = [];
    let joined = "";
    for (const p of group) {
      offsets.push(joined.length);
      joined += p.t.norm;
    }
    if (!/政府信息公开|政务公开/.test(joined)) continue;
    const reportAt = joined.lastIndexOf("报告");
    const re = new RegExp(`${YEAR_SOURCE}年`, "g");
    let last: RegExpExecArray | undefined;
    for (let m = re.exec(joined); m; m = re.exec(joined)) if (m.index < reportAt) last = m;
    if (!last) continue;
    let k = group.length - 1;
    while (offsets[k] > last.index) k--;
    const start = last.index - offsets[k];
    return { para: group[k], span: { start, end: start + last[1].length + 1 } };
  }
  return undefined;
}

const PERIOD = new RegExp(
  `统计(?:期限|时限|时间|期间|区间|周期|范围|口径)?[^。]{0,20}?${YEAR_SOURCE}年(\\d{1,2})月(\\d{1,2})日(?:起)?` +
    `(?:至|到|-|~|—|–)(?:${YEAR_SOURCE}年)?(\\d{1,2})月(\\d{1,2})日`,
  "d",
);

function findPeriod(analysis: Analysis): YearSources["period"] {
  for (const para of analysis.paras) {
    const m = PERIOD.exec(para.t.norm);
    if (!m) continue;
    const startYear = parseYear(m[1]);
    const period: StatisticalPeriod = {
      startYear,
      startMonth: Number(m[2]),
      startDay: Number(m[3]),
      endYear: m[4] ? parseYear(m[4]) : startYear,
      endMonth: Number(m[5]),
      endDay: Number(m[6]),
    };
    // The span starts at the first date, not at 统计.
    const start = m.indices?.[1]?.[0] ?? m.index;
    return { para, span: { start, end: m.index + m[0].length }, period };
  }
  return undefined;
}

export function detectYearSources(analysis: Analysis): YearSources {
  const title = findTitle(analysis);
  const period = findPeriod(analysis);
  const result: ReportYear = { year: null, source: null };
  if (title) {
    result.titleYear = parseYear(title.para.t.norm.slice(title.span.start, title.span.end - 1));
    result.titleParagraph = title.para.index;
  }
  if (period) {
    result.periodYear = period.period.endYear;
    result.periodParagraph = period.para.index;
    result.period = period.period;
  }
  if (result.titleYear !== undefined) {
    result.year = result.titleYear;
    result.source = "title";
  } else if (result.periodYear !== undefined) {
    result.year = result.periodYear;
    result.source = "period";
  }
  return { result, title, period };
}
