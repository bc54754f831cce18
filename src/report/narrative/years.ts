/**
 * text.year: years in the title, the statistical period and the body that contradict the report
 * year — the classic trace of a report copied from last year's.
 */
import type { Finding } from "../findings";
import { makeFinding } from "../finding";
import { quoteEn } from "../text/quoteEn";
import { locate, type Analysis, type Para } from "./paragraphs";
import { FORWARD_LOOKING, parseYear, rawSlice, sentences, YEAR_SOURCE, type Span } from "./text";
import type { StatisticalPeriod, YearSources } from "./yearDetection";

function where(para: Para, span: Span) {
  return locate(para, span.start, span.end);
}

function periodText(p: StatisticalPeriod): string {
  return `${p.startYear}年${p.startMonth}月${p.startDay}日至${p.endYear}年${p.endMonth}月${p.endDay}日`;
}

function isCalendarYear(p: StatisticalPeriod): boolean {
  return (
    p.startYear === p.endYear &&
    p.startMonth === 1 &&
    p.startDay === 1 &&
    p.endMonth === 12 &&
    p.endDay === 31
  );
}

/** (a) title ≠ period, (b) a period that is not one calendar year. */
function checkTitleAndPeriod(sources: YearSources, reportYear: number | null): Finding[] {
  const { title, period } = sources;
  if (!period) return [];
  const p = period.period;
  const quoted = rawSlice(period.para.t, period.span.start, period.span.end);
  if (!isCalendarYear(p)) {
    const y = reportYear ?? p.endYear;
    const expected = `${y}年1月1日至${y}年12月31日`;
    return [
      makeFinding("text.year", {
        message: `统计期限「${quoted}」不是一个完整的自然年度，应为「${expected}」。`,
        messageEn: `The statistical period ${quoteEn(quoted)} is not one calendar year; expected ${quoteEn(expected)}.`,
        expected,
        actual: periodText(p),
        location: where(period.para, period.span),
      }),
    ];
  }
  const titleYear = sources.result.titleYear;
  if (title && titleYear !== undefined && titleYear !== p.startYear) {
    return [
      makeFinding("text.year", {
        message: `标题中的年份（${titleYear}年）与统计期限「${quoted}」（${p.startYear}年）不一致。`,
        messageEn: `The title's year (${titleYear}) contradicts the statistical period ${quoteEn(quoted)} (${p.startYear}).`,
        expected: titleYear,
        actual: p.startYear,
        location: where(period.para, period.span),
      }),
    ];
  }
  return [];
}

// (c) the reporting body itself followed by a year: 本单位2022年度…, 我局2022年…
const SUBJECT = new RegExp(
  `(本单位|本机关|本部门|本局|本委|本办|本街道|本镇|本乡|本中心|我局|我委|我办|我街道|我街|我镇|我乡|我单位|我部门|我机关|我中心)(?:在|于)?${YEAR_SOURCE}年`,
  "g",
);
// (d) 截至2022年12月31日
const AS_OF = new RegExp(`(?:截至|截止)(?:到|至)?${YEAR_SOURCE}年12月31日`, "g");
// (e) a paragraph of section 一 opening with last year: 2022年，… / 2022年以来 / 2022年度，…
const OPENING = new RegExp(`^${YEAR_SOURCE}年(?:度)?(?:,|以来)`);

/** Years that only name something dated (a document, a span, a comparison), not the reported year. */
function isReference(norm: string, matchStart: number, yearEnd: number, sentenceEnd: number): boolean {
  const after = norm.slice(yearEnd, sentenceEnd);
  const clause = after.split(/[,:]/)[0];
  const before = norm.slice(Math.max(0, matchStart - 10), matchStart);
  return (
    /^年度?以来/.test(after) ||
    /^年度?(?:至|到|-|~|—)/.test(after) ||
    /^年度?(?:制定|印发|出台|发布|修订|颁布|编制)/.test(after) ||
    /^年度?(?:[^,《]{0,8}的)?《/.test(clause) ||
    /报告(?:中|提出|指出|反映|所)/.test(clause) ||
    /相比|比较|同期/.test(clause) ||
    /[与较比同]/.test(before.slice(-3))
  );
}

function checkBody(analysis: Analysis, reportYear: number, sources: YearSources): Finding[] {
  const out: Finding[] = [];
  for (const para of analysis.paras) {
    if (para.heading || para === sources.title?.para) continue;
    const norm = para.t.norm;
    // Every pattern below names a year (…年): a paragraph without 年 has nothing to check.
    if (!norm.includes("年")) continue;
    const flag = (year: number, span: Span, what: string, whatEn: string, expected: number | string) => {
      const quoted = rawSlice(para.t, span.start, span.end);
      out.push(
        makeFinding("text.year", {
          message: `${what}「${quoted}」中的年份${year}年与报告年度${reportYear}年不符。`,
          messageEn: `${whatEn} ${quoteEn(quoted)} names ${year}, not the report year ${reportYear}.`,
          expected,
          actual: year,
          location: where(para, span),
        }),
      );
    };

    for (const s of sentences(norm)) {
      const text = norm.slice(s.start, s.end);
      if (!text.includes("年") || FORWARD_LOOKING.test(text)) continue;

      for (const m of text.matchAll(SUBJECT)) {
        const year = parseYear(m[2]);
        const start = s.start + (m.index ?? 0);
        const yearEnd = start + m[0].length - 1;
        if (year === reportYear || isReference(norm, start, yearEnd, s.end)) continue;
        const end = Math.min(s.end, yearEnd + 1 + (norm[yearEnd + 1] === "度" ? 1 : 0));
        flag(year, { start, end }, "正文", "The text", reportYear);
      }

      for (const m of text.matchAll(AS_OF)) {
        const year = parseYear(m[1]);
        const start = s.start + (m.index ?? 0);
        const span = { start, end: start + m[0].length };
        if (year === reportYear) continue;
        if (/[与较比同]/.test(norm.slice(Math.max(0, start - 3), start))) continue;
        // The statistical period is checked on its own (checkTitleAndPeriod).
        const period = sources.period;
        if (period && period.para === para && span.start < period.span.end && span.end > period.span.start)
          continue;
        flag(year, span, "正文", "The text", `截至${reportYear}年12月31日`);
      }

      if (s.start === 0 && para.section === 1) {
        const m = OPENING.exec(text);
        if (m) {
          const year = parseYear(m[1]);
          if (year < reportYear)
            flag(
              year,
              { start: 0, end: m[0].length },
              "第一部分的段落开头",
              "Section 1 opens with",
              reportYear,
            );
        }
      }
    }
  }
  return out;
}

export function checkYears(analysis: Analysis, sources: YearSources, reportYear: number | null): Finding[] {
  const out = checkTitleAndPeriod(sources, reportYear);
  if (reportYear !== null) out.push(...checkBody(analysis, reportYear, sources));
  return out;
}
