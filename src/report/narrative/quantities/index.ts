/**
 * The quantities a report's text states, read once per report: every number with its unit
 * attached to what it counts (see ./grammar), and the zero statements (`未发生行政复议`). The
 * text checks (text.table_mismatch, text.percent, text.change, text.inconsistent) all read this.
 */
import type { Analysis, Para } from "../paragraphs";
import { FORWARD_LOOKING, sentences } from "../text";
import { readSentence, type GrammarEnv, type Mention, type ParagraphState } from "./grammar";
import { MAY_HOLD_NUMBER } from "./numbers";
import { tokenize } from "./tokens";

export type { ChangeMention, CountMention, Mention, ShareMention, Subject } from "./grammar";
export { subjectFields, subjectsFields } from "./resolve";

export interface PlacedMention<M extends Mention = Mention> {
  para: Para;
  mention: M;
}

/** Quantities stated without a number: a zero by negation (`未发生…`), no change (`与上年持平`). */
const MAY_STATE_ZERO = /未|没有|无|持平|不变/;

export function readQuantities(analysis: Analysis, reportYear: number | null): PlacedMention[] {
  const env: GrammarEnv = { reportYear };
  const out: PlacedMention[] = [];
  for (const para of analysis.paras) {
    if (para.heading) continue;
    const norm = para.t.norm;
    if (!MAY_HOLD_NUMBER.test(norm) && !MAY_STATE_ZERO.test(norm)) continue;
    const state: ParagraphState = { lastByTable: {} };
    for (const s of sentences(norm)) {
      const text = norm.slice(s.start, s.end);
      if (!MAY_HOLD_NUMBER.test(text) && !MAY_STATE_ZERO.test(text)) continue;
      if (FORWARD_LOOKING.test(text)) continue; // a plan
      for (const mention of readSentence(tokenize(norm, s.start, s.end), env, state))
        out.push({ para, mention });
    }
  }
  return out;
}
