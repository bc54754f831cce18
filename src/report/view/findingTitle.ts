/**
 * A finding in one short line, for a group's title and the summary ("缺少第六部分"): the lead
 * clause of its message when that is short enough to stand alone, else where it is and which rule.
 */
import type { Finding } from "../findings";
import { ruleDef } from "../rules";
import { placeName } from "./placeName";

const MAX_ZH = 30;
const MAX_EN = 60;

/** Rules whose title states the rule, not the problem: the problem, for a title. */
const PROBLEMS: Record<string, [zh: string, en: string]> = {
  "requests.balance": ["不满足勾稽关系", "the balance fails"],
  "requests.results_total": ["（七）总计与各项办理结果之和不符", "(7) total is not the sum of the results"],
  "requests.row_total": ["总计与各类申请人之和不符", "a total is not the sum of the applicants"],
  "appeals.total": ["总计与各项结果之和不符", "a total is not the sum of the outcomes"],
};

export function findingTitle(f: Finding): { zh: string; en: string } {
  const place = placeName(f);
  const def = ruleDef(f.rule);
  const [problem, problemEn] = PROBLEMS[f.rule] ?? [def.title, def.titleEn];
  const zh = leadClause(f.message, "：", MAX_ZH) ?? `${place.zh}：${problem}`;
  const en = leadClause(f.messageEn, ": ", MAX_EN) ?? `${place.en}: ${problemEn}`;
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
