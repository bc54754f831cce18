/**
 * The quantities a report's text states, read once per report: every number with its unit
 * attached to what it counts (see ./grammar), and the zero statements (`未发生行政复议`). The
 * text checks (text.table_mismatch, text.percent, text.change, text.inconsistent) all read this.
 */
import type { Analysis, Para } from "../paragraphs";
import { endsSentence, FORWARD_LOOKING, sentences, type Span } from "../text";
import { readSentence, type GrammarEnv, type Mention, type ParagraphState } from "./grammar";
import { findNumbers, type NumberToken } from "./numbers";
import { tokenize, type Token } from "./tokens";

export type { ChangeMention, CountMention, Mention, ShareMention, Subject } from "./grammar";
export { subjectFields, subjectsFields } from "./resolve";

export interface PlacedMention<M extends Mention = Mention> {
  para: Para;
  mention: M;
}

/**
 * Quantities stated without a number: a negation shortly before a subject a zero statement names
 * (`未发生…行政复议`, `未收到…申请`, `未制发规章`), or no change (`与上年持平`).
 * `未发生泄密事件` and `未收取信息处理费` are not worth reading.
 */
const MAY_STATE_NONE =
  /(?:未|没有|无)[^,:;]{0,16}?(?:复议|诉讼|申请|规章|规范性文件|行政许可|行政处罚|行政强制|行政事业性收费|予以公开|部分公开|不予公开|无法提供|不予处理|其他处理|结转|采购)|持平|不变/;

/** Whether a token can name what a number counts. */
function namesSomething(t: Token): boolean {
  return (
    t.k === "row" || t.k === "col" || t.k === "noun" || t.k === "bareNoun" || t.k === "verb" || t.k === "year"
  );
}

export function readQuantities(analysis: Analysis, reportYear: number | null): PlacedMention[] {
  const env: GrammarEnv = { reportYear };
  const out: PlacedMention[] = [];
  for (const para of analysis.paras) {
    if (para.heading) continue;
    const norm = para.t.norm;
    // The numbers of the whole paragraph, found once (one scan of the regular-expression engine).
    const numbers = findNumbers(norm);
    const mayStateZero = MAY_STATE_NONE.test(norm);
    if (!numbers.length && !mayStateZero) continue;
    const state: ParagraphState = {
      lastByTable: { requests: undefined, appeals: undefined, active: undefined },
      lastNew: undefined,
    };
    let next = 0;
    // Only the sentences around the numbers, unless a zero may be stated without one.
    for (const s of mayStateZero ? sentences(norm) : sentencesAround(norm, numbers)) {
      const first = next;
      while (next < numbers.length && numbers[next].start < s.end) next++;
      const text = norm.slice(s.start, s.end);
      if (first === next && !(mayStateZero && MAY_STATE_NONE.test(text))) continue;
      if (FORWARD_LOOKING.test(text)) continue; // a plan
      const tokens = tokenize(norm, s.start, s.end, numbers.slice(first, next));
      if (!tokens.some(namesSomething)) continue; // `开展业务培训两次`
      for (const mention of readSentence(tokens, env, state)) out.push({ para, mention });
    }
  }
  return out;
}

/** The sentences (as `sentences` cuts them) that hold the numbers, in order, each once. */
function sentencesAround(norm: string, numbers: NumberToken[]): Span[] {
  const out: Span[] = [];
  let covered = 0;
  for (const n of numbers) {
    if (n.start < covered) continue;
    let start = n.start;
    while (start > 0 && !endsSentence(norm.charCodeAt(start - 1))) start--;
    let end = n.end;
    while (end < norm.length && !endsSentence(norm.charCodeAt(end))) end++;
    out.push({ start, end });
    covered = end;
  }
  return out;
}
