/**
 * A finding in one short line, for a group's title and the summary ("缺少第六部分"): the lead
 * clause of its message when that is short enough to stand alone, else where it is and which rule.
 */
import type { Finding } from "../findings";
import { ruleDef } from "../rules";
import { placeName } from "./placeName";

const MAX_ZH = 24;
const MAX_EN = 60;

export function findingTitle(f: Finding): { zh: string; en: string } {
  const place = placeName(f);
  const def = ruleDef(f.rule);
  const zh = leadClause(f.message, "：", MAX_ZH) ?? `${place.zh}：${def.title}`;
  const en = leadClause(f.messageEn, ": ", MAX_EN) ?? `${place.en}: ${def.titleEn}`;
  return { zh, en };
}

/** The text before the first `separator`, when it is short and not a bare quotation. */
function leadClause(message: string, separator: string, max: number): string | null {
  const at = message.indexOf(separator);
  if (at <= 0) return null;
  const lead = message.slice(0, at).trim();
  if (lead.length > max || /^[「“"]/.test(lead)) return null;
  return lead;
}
