/**
 * text.table_mismatch: a quantity the text states (`新收政府信息公开申请8件`, `予以公开和部分公开
 * 共24件`, `未发生行政复议`) that contradicts the table cells it counts. The reading is done once
 * per report by ./quantities; only mentions whose subject resolves to cells that hold numbers are
 * compared, and a mention that may also count something else (`46件（含上年结转4件）`) is not.
 */
import type { Finding } from "../findings";
import { makeFinding } from "../finding";
import type { NarrativeContext } from "./context";
import { locate } from "./paragraphs";
import type { CountMention, PlacedMention } from "./quantities";
import {
  agrees,
  breakdown,
  evaluate,
  evaluatedWords,
  moneyComparable,
  quoteOf,
  type Evaluated,
} from "./quantityValues";

/** The table's side of a stated count; undefined when it cannot be compared. */
export function countVerdict(
  m: CountMention,
  ctx: NarrativeContext,
): { ev: Evaluated; ok: boolean } | undefined {
  if (m.ambiguous) return undefined;
  const ev = evaluate(m.subjects, ctx.format, (id) => ctx.field(id));
  if (!ev) return undefined;
  if (m.unit !== "count" && !moneyComparable(ev)) return undefined;
  if (m.unit === "count" && ev.ids.some((id) => id.endsWith(".amount"))) return undefined;
  return { ev, ok: agrees(m, ev.sum, ev, ctx) };
}

export function checkTableMentions(quantities: PlacedMention[], ctx: NarrativeContext): Finding[] {
  const out: Finding[] = [];
  for (const { para, mention } of quantities) {
    if (mention.kind !== "count") continue;
    const verdict = countVerdict(mention, ctx);
    if (!verdict || verdict.ok) continue;
    const { ev } = verdict;
    const quote = quoteOf(para, mention);
    const words = evaluatedWords(ev);
    const stated = mention.zero ? "（即 0）" : "";
    const unit = mention.unit === "wan" ? " 万元" : "";
    out.push(
      makeFinding("text.table_mismatch", {
        message: `正文称「${quote}」${stated}，而${words.zh}为 ${ev.sum}${unit}${breakdown(ev)}，两者不一致。`,
        messageEn: `The text says “${quote}” (${mention.value}${mention.unit === "wan" ? " 万元" : mention.unit === "yuan" ? " 元" : ""}), but ${words.en} is ${ev.sum}${unit}${ev.parts.length > 1 ? ` (${ev.parts.map((p) => p.sum).join(" + ")})` : ""}.`,
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
