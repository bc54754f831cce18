/**
 * Tolerant label matching. Offices retype the standard's labels with other spaces, brackets,
 * punctuation, notes appended in parentheses, and typos; all of them must still find their row.
 */
import { labelKey, remember } from "../text/normalize";

export interface LabelComparison {
  /** 0–1; 1 is the standard's wording up to whitespace and punctuation. */
  score: number;
  /** Same wording up to whitespace and punctuation: no `table.label_changed`. */
  same: boolean;
}

/** Below this a label is not the standard one. */
export const MATCH_THRESHOLD = 0.6;

/** Leading enumeration: 一、 （一） 1. （1） 第一 — and the 三、 of 三、本年度办理结果. */
const ORDINAL = /^(?:\(?[一二三四五六七八九十]+\)|[一二三四五六七八九十]+[,.]|\(?\d+\)|\d+[.,]?)/;

/** Trailing notes in parentheses, possibly several: 处理决定数量(2023年办件量). */
const TRAILING_NOTE = /\([^()]*\)$/;

export function stripOrdinal(key: string): string {
  return key.replace(ORDINAL, "");
}

export function stripNotes(key: string): string {
  let out = key;
  while (TRAILING_NOTE.test(out) && out.replace(TRAILING_NOTE, "") !== "")
    out = out.replace(TRAILING_NOTE, "");
  return out;
}

const cores = new Map<string, string>();

/** The part of a label that carries its meaning: no ordinal, no trailing note. */
export function labelCore(text: string): string {
  let core = cores.get(text);
  if (core === undefined) {
    core = stripOrdinal(stripNotes(labelKey(text)));
    remember(cores, text, core);
  }
  return core;
}

/** The trailing note of a label, e.g. `万元,保留四位小数` for `采购总金额(万元,保留四位小数)`. */
export function trailingNote(text: string): string | undefined {
  const key = labelKey(text);
  const m = /\(([^()]*)\)$/.exec(key);
  return m && key.replace(TRAILING_NOTE, "") !== "" ? m[1] : undefined;
}

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

export function similarity(a: string, b: string): number {
  const max = Math.max(a.length, b.length);
  return max === 0 ? 1 : 1 - levenshtein(a, b) / max;
}

// Keyed by the standard label, then the observed one: no key strings to build on the hot path.
const comparisons = new Map<string, Map<string, LabelComparison>>();

/** Compare an observed label with the standard's. Both may carry ordinals and notes. */
export function compareLabel(observed: string, standard: string): LabelComparison {
  let byObserved = comparisons.get(standard);
  if (!byObserved) comparisons.set(standard, (byObserved = new Map()));
  const cached = byObserved.get(observed);
  if (cached) return cached;
  const result = computeComparison(observed, standard);
  remember(byObserved, observed, result);
  return result;
}

function computeComparison(observed: string, standard: string): LabelComparison {
  const obsKey = labelKey(observed);
  const stdKey = labelKey(standard);
  if (obsKey === stdKey) return { score: 1, same: true };
  const obsCore = stripOrdinal(stripNotes(obsKey));
  const stdCore = stripOrdinal(stripNotes(stdKey));
  if (obsCore === "" || stdCore === "") return { score: 0, same: false };
  if (obsCore === stdCore) return { score: 0.95, same: false };
  // A typo in a long label costs less than one in a short label.
  return { score: 0.9 * similarity(obsCore, stdCore), same: false };
}
