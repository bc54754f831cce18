/**
 * text.table_mismatch: a quantity the text states (`新收政府信息公开申请8件`, `予以公开和部分公开
 * 共24件`, `未发生行政复议`) that contradicts the table cells it counts. The reading is done once
 * per report by ./quantities; only mentions whose subject resolves to cells that hold numbers are
 * compared, and a mention that may also count something else (`46件（含上年结转4件）`) is not.
 */
import type { Finding } from "../findings";
import { makeFinding } from "../finding";
import { quoteEn } from "../text/quoteEn";
import type { NarrativeContext } from "./context";
import { locate } from "./paragraphs";
import type { CountMention, PlacedMention } from "./quantities";
import { agrees, breakdown, evaluate, evaluatedWords, quoteOf, tableSum } from "./quantityValues";

/** The table's sum for a stated count, and whether they agree. */
export type Verdict = { sum: number; ok: boolean } | undefined;

/**
 * The stated counts of one report weighed against its tables: the table's side of a count, or
 * undefined when it cannot be compared. Several checks ask; each count is weighed once.
 */
export class Weighing {
  private readonly verdicts = new Map<CountMention, Verdict>();

  constructor(readonly ctx: NarrativeContext) {}

  verdict(m: CountMention): Verdict {
    if (this.verdicts.has(m)) return this.verdicts.get(m);
    const v = weigh(m, this.ctx);
    this.verdicts.set(m, v);
    return v;
  }
}

function weigh(m: CountMention, ctx: NarrativeContext): Verdict {
  if (m.ambiguous) return undefined;
  // Counts are compared with counts; money only with 本年收费金额 (its unit fixed at 万元).
  const money = m.unit !== "count";
  for (const s of m.subjects) {
    const amount = s.cols !== undefined && s.cols.includes("amount");
    if (amount !== money || (money && s.row.id !== "active.fees")) return undefined;
  }
  const sum = tableSum(m.subjects, ctx.format, ctx);
  if (sum === undefined) return undefined;
  return { sum, ok: agrees(m, sum, ctx) };
}

/** Units in English (the tables' amounts are in 10,000 yuan). */
const UNIT_EN: Record<CountMention["unit"], string> = {
  count: "",
  wan: " (10,000 yuan)",
  yuan: " yuan",
  percent: "%",
};

export function checkTableMentions(quantities: PlacedMention[], weighing: Weighing): Finding[] {
  const out: Finding[] = [];
  for (const { para, mention } of quantities) {
    if (mention.kind !== "count") continue;
    const verdict = weighing.verdict(mention);
    if (!verdict || verdict.ok) continue;
    const ev = evaluate(mention.subjects, weighing.ctx.format, (id) => weighing.ctx.field(id));
    if (!ev) continue;
    const quote = quoteOf(para, mention);
    const words = evaluatedWords(ev, weighing.ctx.format);
    const stated = mention.zero ? "（即 0）" : "";
    const unit = mention.unit === "count" ? "" : " 万元"; // the table's amounts are in 万元
    out.push(
      makeFinding("text.table_mismatch", {
        message: `正文称「${quote}」${stated}，而${words.zh}为 ${ev.sum}${unit}${breakdown(ev)}，两者不一致。`,
        messageEn: `The text says ${quoteEn(quote)} (${mention.zero ? "none" : mention.value}${UNIT_EN[mention.unit]}), but ${words.en} is ${ev.sum}${ev.parts.length > 1 ? ` (${ev.parts.map((p) => p.sum).join(" + ")})` : ""}.`,
        fields: ev.ids,
        cells: ev.cells,
        expected: mention.unit === "yuan" ? `${ev.sum}万元` : ev.sum,
        actual: mention.unit === "yuan" ? `${mention.value}元` : mention.value,
        location: locate(para, mention.start, mention.end),
      }),
    );
  }
  return out;
}
