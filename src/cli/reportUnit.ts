/**
 * The body a report is from — 宽城区柳影街道办事处 — read off its title
 * (`宽城区柳影街道办事处2019年度政府信息公开工作年度报告`, often over two or three lines), for the
 * batch review's list of files.
 */
import type { CheckResult } from "../report/checkReport";
import { bodyParagraphs, type ReportDocument } from "../report/model";

const YEAR = String.raw`(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4}`;
const TITLE_WORDS = /政府信息公开|政务公开/;

export function reportUnit(doc: ReportDocument, result: CheckResult): string | undefined {
  const firstSection = Math.min(Infinity, ...result.sections.map((s) => s.paragraph));
  const lines = bodyParagraphs(doc)
    .filter((p) => p.index < firstSection)
    .map((p) => p.text.replace(/\s+/g, ""))
    .filter((t) => t.length > 0)
    .slice(0, 15);
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].includes("报告") || lines[i].length > 60) continue;
    // The title may be split over up to three short lines without sentence punctuation.
    let joined = lines[i];
    for (let j = i - 1; j >= Math.max(0, i - 2) && lines[j].length <= 60 && !/[。，；：]/.test(lines[j]); j--)
      joined = lines[j] + joined;
    if (!TITLE_WORDS.test(joined)) continue;
    const unit = unitOf(joined);
    if (unit) return unit;
  }
  return undefined;
}

/** 「宽城区柳影街道办事处2019年度政府信息公开工作年度报告」→ 宽城区柳影街道办事处. */
export function unitOf(title: string): string | undefined {
  const text = title.replace(/^关于/, "");
  const before = new RegExp(`^(.*?)(?:${YEAR})\\s*年度?`).exec(text)?.[1];
  const rest = before ? before : text.replace(new RegExp(`^(?:${YEAR})年度?`), "");
  const unit = (before ? rest : rest.split(TITLE_WORDS)[0]).replace(/[（(【〔「《"“]+$/, "").trim();
  return unit.length > 0 && unit.length <= 40 ? unit : undefined;
}
