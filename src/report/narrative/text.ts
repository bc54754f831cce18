/**
 * Paragraph text as the narrative checks read it: the automatic list label plus the runs, matched
 * in a normalised form (no whitespace, half-width) while excerpts quote the original.
 */
import type { DocParagraph } from "../model";
import { chineseNumeral, isWhitespaceCode } from "../text/normalize";
import { excerptText } from "../view/excerptText";

/**
 * A paragraph's text in both forms. `norm` drops every whitespace character and folds full-width
 * forms (`（` → `(`, `，` → `,`, `：` → `:`, `；` → `;`, `２` → `2`); `。` and `、` stay as they are.
 */
export interface NormText {
  raw: string;
  norm: string;
  /**
   * `map[i]` is the position in `raw` of `norm[i]`; `map[norm.length]` is `raw.length`. Built only
   * when an excerpt needs it (`rawAt`); undefined until then, null when `norm` is `raw` unchanged.
   */
  map?: number[] | null;
}

const WHITESPACE = /[\s\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+/g;
const FULL_WIDTH = /[\uff01-\uff5e]/g;
const halfWidth = (ch: string) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0);

export function normText(raw: string): NormText {
  // Regular-expression replaces run in the engine's native code: this runs on every paragraph.
  const norm = raw.replace(WHITESPACE, "").replace(FULL_WIDTH, halfWidth);
  return norm === raw ? { raw, norm, map: null } : { raw, norm };
}

/** Position in `raw` of `norm[i]`. */
function rawAt(t: NormText, i: number): number {
  if (t.map === undefined) t.map = buildMap(t.raw);
  return t.map ? t.map[i] : i;
}

function buildMap(raw: string): number[] {
  const map: number[] = [];
  for (let i = 0; i < raw.length; i++) if (!isWhitespaceCode(raw.charCodeAt(i))) map.push(i);
  map.push(raw.length);
  return map;
}

/** What the reader sees: Word's automatic number (e.g. `一、`) followed by the text. */
export function paragraphRaw(p: DocParagraph): string {
  return (p.listLabel ?? "") + p.text;
}

/** The original text of `norm[start, end)`. */
export function rawSlice(t: NormText, start: number, end: number): string {
  if (end <= start) return "";
  return t.raw.slice(rawAt(t, start), rawAt(t, end - 1) + 1);
}

/** An excerpt and whether the paragraph goes on before or after it. */
export interface Excerpt {
  text: string;
  /** Undefined when the excerpt is the whole paragraph. */
  cut?: "start" | "end" | "both";
}

/**
 * At most `max` characters of the original paragraph around `norm[start, end)`: a plain substring
 * (trimmed), so the add-in can search for it in the paragraph.
 */
export function excerpt(t: NormText, start = 0, end = t.norm.length, max = 40): string {
  return excerptOf(t, start, end, max).text;
}

/** `excerpt`, saying where it was cut. */
export function excerptOf(t: NormText, start = 0, end = t.norm.length, max = 40): Excerpt {
  if (t.norm.length === 0) return { text: "" };
  const s = Math.max(0, Math.min(start, t.norm.length - 1));
  const e = Math.max(s + 1, Math.min(end, t.norm.length));
  const rawStart = rawAt(t, s);
  const rawEnd = rawAt(t, e - 1) + 1;
  const room = max - (rawEnd - rawStart);
  let from: number;
  let to: number;
  if (room <= 0) {
    from = rawStart;
    to = rawStart + max;
  } else {
    // Some context on both sides; what one side cannot use goes to the other.
    let before = Math.min(rawStart, Math.floor(room / 2));
    const after = Math.min(t.raw.length - rawEnd, room - before);
    before = Math.min(rawStart, room - after);
    from = rawStart - before;
    to = rawEnd + after;
  }
  const text = t.raw.slice(from, to).trim();
  const cutStart = t.raw.slice(0, from).trim() !== "";
  const cutEnd = t.raw.slice(to).trim() !== "";
  const cut = cutStart && cutEnd ? "both" : cutStart ? "start" : cutEnd ? "end" : undefined;
  return cut ? { text, cut } : { text };
}

/** An excerpt for a location: `excerpt` and, when it is cut, `excerptCut`. */
export function excerptLocation(
  t: NormText,
  start?: number,
  end?: number,
  max?: number,
): { excerpt: string; excerptCut?: "start" | "end" | "both" } {
  const { text, cut } = excerptOf(t, start, end, max);
  return cut ? { excerpt: text, excerptCut: cut } : { excerpt: text };
}

/** An excerpt to quote inside a message: "…" where the text goes on. */
export function quotedExcerpt(t: NormText, start?: number, end?: number, max?: number): string {
  return excerptText(excerptLocation(t, start, end, max));
}

/** A span `[start, end)` of `norm`. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Sentences (clauses ended by `。！？；`) of a normalised text. The semicolon ends one too: a
 * number and the keyword it belongs to never stand on two sides of one.
 */
export function sentences(norm: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i < norm.length; i++) {
    if (endsSentence(norm.charCodeAt(i))) {
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
  }
  if (norm.length > start) out.push({ start, end: norm.length });
  return out;
}

/** Whether a character of `norm` ends a sentence: 。 ! ? ; (full-width ！？； are folded to ASCII). */
export function endsSentence(c: number): boolean {
  return c === 0x3002 || c === 0x21 || c === 0x3f || c === 0x3b;
}

/**
 * Words that make a sentence forward-looking: a year in it is a plan, not a statement of fact.
 * `现将…报告如下` is the one common 将 that is not about the future. For `test()` only (a 将 not
 * after 现 is matched with the character before it); written without a lookbehind, which
 * Internet Explorer 11 (the lite task pane) cannot parse.
 */
export const FORWARD_LOOKING = /(?:^|[^现])将|计划|拟|下一步|明年|今后|预计|力争/;

/** A year's digits as written in Chinese (`二〇二三`), with the look-alikes 〇 ○ O. */
const CN_YEAR_DIGITS: Readonly<Record<string, string>> = {
  〇: "0",
  "○": "0",
  零: "0",
  O: "0",
  一: "1",
  二: "2",
  三: "3",
  四: "4",
  五: "5",
  六: "6",
  七: "7",
  八: "8",
  九: "9",
};

/** A year written `2023` or `二〇二三` (digit by digit, as years are read). */
export const YEAR_SOURCE = "((?:19|20)\\d{2}|二[〇○零O][〇○零O一二三四五六七八九]{2})";

export function parseYear(text: string): number {
  if (/^\d{4}$/.test(text)) return Number(text);
  return Number([...text].map((ch) => CN_YEAR_DIGITS[ch] ?? "?").join(""));
}

/** A count written in digits or simple Chinese numerals (零…九十九, 两); undefined otherwise. */
export function parseCount(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  return chineseNumeral(text);
}
