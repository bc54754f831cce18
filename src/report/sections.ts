/** The six sections every report has, in this order (spec §2): one list the whole product uses. */
import { toChineseNumeral } from "./text/normalize";

export type SectionNumber = 1 | 2 | 3 | 4 | 5 | 6;
export const SECTION_NUMBERS: readonly SectionNumber[] = [1, 2, 3, 4, 5, 6];

/** The standard titles, without their numbering. */
export const STANDARD_TITLES: Record<SectionNumber, string> = {
  1: "总体情况",
  2: "主动公开政府信息情况",
  3: "收到和处理政府信息公开申请情况",
  4: "政府信息公开行政复议、行政诉讼情况",
  5: "存在的主要问题及改进情况",
  6: "其他需要报告的事项",
};

/** The titles in English, for English output (the Chinese stays the reference). */
export const TITLES_EN: Record<SectionNumber, string> = {
  1: "Overview",
  2: "Proactive disclosure",
  3: "Requests received and handled",
  4: "Administrative review and litigation",
  5: "Problems and improvements",
  6: "Other matters",
};

/** `一、总体情况` */
export function standardHeading(n: SectionNumber): string {
  return `${toChineseNumeral(n)}、${STANDARD_TITLES[n]}`;
}
