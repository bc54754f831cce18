/**
 * text.percent: a share the text states (`予以公开20件，占43.5%`, `自然人申请占比82.6%`,
 * `占收到申请总数的43.5%`) that no reading of the table gives, within the precision stated (one
 * unit of the last digit written, so that both rounding and cutting off pass). When the whole is
 * not named, the share is taken of the wholes a report may mean — for a result, the results'
 * （七）总计, the new requests, or the new and carried-over requests together — and it is reported
 * only when none of them gives it.
 */
import type { Finding } from "../findings";
import { makeFinding } from "../finding";
import { quoteEn } from "../text/quoteEn";
import { locate } from "./paragraphs";
import { lexicon } from "./quantities/lexicon";
import type { PlacedMention, ShareMention, Subject } from "./quantities";
import { asWritten, evaluate, evaluatedWords, quoteOf, type Evaluated } from "./quantityValues";
import type { Weighing } from "./tableMentions";

/** Rows that are not results: a share of them is not taken of the results. */
const NOT_RESULTS = new Set(["requests.new", "requests.carried_over", "requests.results_total"]);

/** The wholes a share of `part` may be of, most likely first. */
function implicitWholes(part: Subject[]): Subject[][] {
  const rows = lexicon().rows;
  const row = (id: string): Subject => ({
    table: "requests",
    row: rows.get(id) as NonNullable<ReturnType<typeof rows.get>>,
  });
  const results = (): Subject[][] => [
    [row("requests.results_total")],
    [row("requests.new")],
    [row("requests.new"), row("requests.carried_over")],
  ];
  if (part.length === 1) {
    const s = part[0];
    // One applicant type or one outcome: a share of the row's (or group's) total.
    if (s.table !== "active" && s.cols) return [[{ table: s.table, row: s.row }]];
    // The new and the carried-over requests: a share of all the requests to handle.
    if (s.row.id === "requests.new" || s.row.id === "requests.carried_over")
      return [[row("requests.new"), row("requests.carried_over")]];
    if (s.table === "requests" && !NOT_RESULTS.has(s.row.id)) {
      const out = results();
      // A sub-item: also a share of its group (`其中属于国家秘密1件，占不予公开的…`).
      if (s.row.parent) {
        const group = rows.get(s.row.parent);
        if (group) out.push([{ table: "requests", row: group }]);
      }
      return out;
    }
    return [];
  }
  if (part.every((s) => s.table === "requests" && !s.cols && !NOT_RESULTS.has(s.row.id))) return results();
  return [];
}

function percentOf(part: number, whole: number): number {
  return (part / whole) * 100;
}

function fits(stated: number, decimals: number, computed: number): boolean {
  return asWritten(stated, computed, 10 ** -decimals);
}

export function checkShares(quantities: PlacedMention[], weighing: Weighing): Finding[] {
  const ctx = weighing.ctx;
  const out: Finding[] = [];
  for (const { para, mention } of quantities) {
    if (mention.kind !== "share") continue;
    const m: ShareMention = mention;
    // A wrong count is reported as such; its share follows from it.
    if (m.partMention) {
      const v = weighing.verdict(m.partMention);
      if (!v || !v.ok) continue;
    }
    const part = evaluate(m.part, ctx.format, (id) => ctx.field(id));
    if (!part) continue;
    const wholes = m.whole ? [m.whole] : implicitWholes(m.part);
    const parent = m.partMention?.parent;
    if (!m.whole && parent) wholes.unshift(parent.subjects);
    const candidates: Evaluated[] = [];
    for (const w of wholes) {
      const ev = evaluate(w, ctx.format, (id) => ctx.field(id));
      if (ev && ev.sum > 0) candidates.push(ev);
    }
    if (!candidates.length) continue;
    if (candidates.some((w) => fits(m.value, m.decimals, percentOf(part.sum, w.sum)))) continue;
    const whole = candidates[0];
    const computed = percentOf(part.sum, whole.sum).toFixed(Math.max(1, m.decimals));
    const quote = quoteOf(para, m);
    const pw = evaluatedWords(part, ctx.format);
    const ww = evaluatedWords(whole, ctx.format);
    out.push(
      makeFinding("text.percent", {
        message: `正文称「${quote}」，而按表格计算，${pw.zh}（${part.sum}）占${ww.zh}（${whole.sum}）的 ${computed}%${candidates.length > 1 ? "，按其他口径计算也不是该比例" : ""}，两者不一致。`,
        messageEn: `The text says ${quoteEn(quote)} (${m.value}%), but from the tables ${pw.en} (${part.sum}) is ${computed}% of ${ww.en} (${whole.sum})${candidates.length > 1 ? "; no other whole gives the stated share either" : ""}.`,
        fields: [...part.ids, ...whole.ids],
        cells: [...part.cells, ...whole.cells],
        expected: `${computed}%`,
        actual: `${m.value}%`,
        location: locate(para, m.start, m.end),
      }),
    );
  }
  return out;
}
