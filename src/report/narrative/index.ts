/**
 * The checks on the report's text (spec §1, §2, §5): report year, the six sections, enumerations,
 * years, numbers that contradict the tables, and the content of sections 五 and 六.
 * Pure: works on the neutral document model only.
 */
import type { Finding } from "../findings";
import { makeFinding } from "../finding";
import type { ReportDocument } from "../model";
import type { NarrativeContext } from "./context";
import { checkNumbering } from "./numbering";
import { analyse, type Analysis } from "./paragraphs";
import { checkSection5, checkSection6Fee } from "./sections56";
import { checkSections, type SectionInfo } from "./sections";
import { readQuantities } from "./quantities";
import { checkRestatements } from "./restatements";
import { checkShares } from "./shares";
import { checkTableMentions, Weighing } from "./tableMentions";
import { checkChanges } from "./yearOnYear";
import { detectYearSources, type ReportYear } from "./yearDetection";
import { checkYears } from "./years";

export type { NarrativeContext, PriorContext } from "./context";
export type { SectionInfo, SectionNumber } from "./sections";
export { STANDARD_TITLES, standardHeading } from "./sections";
export type { ReportYear, StatisticalPeriod } from "./yearDetection";

/** The paragraphs analysed once (sections recognised, text normalised); every check reads this. */
export type NarrativeAnalysis = Analysis;

export function analyseNarrative(doc: ReportDocument): NarrativeAnalysis {
  return analyse(doc);
}

export function detectReportYear(doc: ReportDocument | NarrativeAnalysis): ReportYear {
  return detectYearSources(analysisOf(doc)).result;
}

/** Recognised section headings in document order (duplicates included). */
export function findSections(doc: ReportDocument | NarrativeAnalysis): SectionInfo[] {
  return analysisOf(doc).sections;
}

export function checkNarrative(doc: ReportDocument | NarrativeAnalysis, ctx: NarrativeContext): Finding[] {
  const analysis = analysisOf(doc);
  const findings = checkSections(analysis.sections, analysis.paras);
  if (ctx.blankTemplate) return findings;

  const sources = detectYearSources(analysis);
  const reportYear = ctx.reportYear ?? sources.result.year;
  if (reportYear === null)
    findings.push(
      makeFinding("format.year_missing", {
        message:
          "未能识别报告年度：标题（如「XX2023年政府信息公开工作年度报告」）和统计期限（如「统计期限自2023年1月1日至2023年12月31日」）中都没有找到年份，与年份有关的检查未进行。",
        messageEn:
          'Report year not found in the title (e.g. "XX2023年政府信息公开工作年度报告") or the statistical period (e.g. "统计期限自2023年1月1日至2023年12月31日"); the year checks were skipped.',
      }),
    );
  // Stated quantities are read once, and weighed once, for the four checks on them.
  const quantities = readQuantities(analysis, reportYear);
  const weighing = new Weighing(ctx);
  findings.push(
    ...checkYears(analysis, sources, reportYear),
    ...checkNumbering(analysis),
    ...checkTableMentions(quantities, weighing),
    ...checkShares(quantities, weighing),
    ...checkChanges(quantities, weighing, reportYear),
    ...checkRestatements(quantities, weighing),
    ...checkSection5(analysis),
    ...checkSection6Fee(analysis, ctx),
  );
  return findings;
}

function analysisOf(input: ReportDocument | NarrativeAnalysis): Analysis {
  return "paras" in input ? input : analyse(input);
}
