/**
 * text.change: a year-on-year change the text states (`较上年增加6件`, `同比下降15%`, `与上年持平`)
 * that the two reports' tables contradict. Runs only with last year's report (`CheckOptions.prior`),
 * and only when that report is of the year before.
 */
import type { Finding } from "../findings";
import { makeFinding } from "../finding";
import { quoteEn } from "../text/quoteEn";
import { locate } from "./paragraphs";
import type { ChangeMention, PlacedMention } from "./quantities";
import { asWritten, evaluate, evaluatedWords, quoteOf } from "./quantityValues";
import type { Weighing } from "./tableMentions";

export function checkChanges(
  quantities: PlacedMention[],
  weighing: Weighing,
  reportYear: number | null,
): Finding[] {
  const ctx = weighing.ctx;
  const prior = ctx.prior;
  if (!prior || reportYear === null || prior.reportYear !== reportYear - 1) return [];
  const out: Finding[] = [];
  for (const { para, mention } of quantities) {
    if (mention.kind !== "change") continue;
    const m: ChangeMention = mention;
    // A wrong count is reported as such.
    if (m.base) {
      const v = weighing.verdict(m.base);
      if (!v || !v.ok) continue;
    }
    const now = evaluate(m.subjects, ctx.format, (id) => ctx.field(id));
    const before = evaluate(m.subjects, prior.format, (id) => prior.field(id));
    if (!now || !before) continue;
    const delta = Math.round((now.sum - before.sum) * 1e6) / 1e6;
    let computed: string;
    if (m.percent) {
      if (before.sum === 0) continue;
      const pct = (delta / before.sum) * 100;
      if (asWritten(m.value, pct, 10 ** -m.decimals)) continue;
      computed = `${pct > 0 ? "+" : ""}${pct.toFixed(Math.max(1, m.decimals))}%`;
    } else {
      if (delta === m.value) continue;
      computed = `${delta > 0 ? "+" : ""}${delta}`;
    }
    const stated = m.percent ? `${m.value > 0 ? "+" : ""}${m.value}%` : `${m.value > 0 ? "+" : ""}${m.value}`;
    const words = evaluatedWords(now, ctx.format);
    const quote = quoteOf(para, m);
    const change = delta === 0 ? "持平" : `${delta > 0 ? "增加" : "减少"} ${Math.abs(delta)}`;
    out.push(
      makeFinding("text.change", {
        message: `正文称「${quote}」，而${words.zh}本年为 ${now.sum}、上年度报告为 ${before.sum}，实际${change}${m.percent ? `（${computed}）` : ""}，两者不一致。`,
        messageEn: `The text says ${quoteEn(quote)} (${stated}), but ${words.en} is ${now.sum} this year and ${before.sum} in last year's report: ${computed}.`,
        fields: now.ids,
        cells: now.cells,
        expected: computed,
        actual: stated,
        location: locate(para, m.start, m.end),
      }),
    );
  }
  return out;
}
