/**
 * text.inconsistent: the same quantity stated twice in the text with different numbers (`新收申请46件`
 * in section 一, `收到申请45件` in section 三). Where the table holds the quantity, the number that
 * contradicts it is reported by text.table_mismatch instead: this rule speaks when the table cannot
 * settle which one is right (a blank or unreadable cell, a table not found).
 */
import type { Finding } from "../findings";
import { makeFinding } from "../finding";
import { quoteEn } from "../text/quoteEn";
import { locate, type Para } from "./paragraphs";
import { subjectsFields, type CountMention, type PlacedMention } from "./quantities";
import { quoteOf } from "./quantityValues";
import type { Weighing } from "./tableMentions";

export function checkRestatements(quantities: PlacedMention[], weighing: Weighing): Finding[] {
  const ctx = weighing.ctx;
  const byKey = new Map<string, { para: Para; m: CountMention; ids: string[] }[]>();
  for (const { para, mention } of quantities) {
    if (mention.kind !== "count" || mention.ambiguous) continue;
    if (weighing.verdict(mention)) continue; // the table decides
    const fields = subjectsFields(mention.subjects, ctx.format);
    if (!fields) continue;
    const ids = fields.flat().sort();
    const key = `${mention.unit === "count" ? "n" : "money"}:${ids.join("+")}`;
    let list = byKey.get(key);
    if (!list) byKey.set(key, (list = []));
    list.push({ para, m: mention, ids });
  }
  const out: Finding[] = [];
  for (const list of byKey.values()) {
    if (list.length < 2) continue;
    const first = list[0];
    const reported = new Set<number>([first.m.value]);
    for (const later of list.slice(1)) {
      if (later.m.unit !== first.m.unit || reported.has(later.m.value)) continue;
      reported.add(later.m.value);
      const a = quoteOf(first.para, first.m);
      const b = quoteOf(later.para, later.m);
      out.push(
        makeFinding("text.inconsistent", {
          message: `正文前后说法不一致：前文称「${a}」（${first.m.value}），此处称「${b}」（${later.m.value}）；表格中无可核对的数值，请核实。`,
          messageEn: `The text states one quantity twice with different numbers: ${quoteEn(a)} (${first.m.value}) and later ${quoteEn(b)} (${later.m.value}); the tables hold no value to settle it.`,
          fields: later.ids,
          expected: first.m.value,
          actual: later.m.value,
          location: locate(later.para, later.m.start, later.m.end),
        }),
      );
    }
  }
  return out;
}
