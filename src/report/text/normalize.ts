/**
 * Text normalisation shared by label matching, value reading and the narrative checks.
 * Chinese documents mix full- and half-width forms freely; these functions make them comparable.
 */

/** Every kind of whitespace, including U+3000 (ideographic space), NBSP and zero-width spaces. */
const WHITESPACE = /[\s\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+/g;

/** The same set as WHITESPACE, for code that walks a string one character at a time. */
export function isWhitespaceCode(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

export function stripWhitespace(text: string): string {
  return text.replace(WHITESPACE, "");
}

/** Collapse runs of whitespace to one ASCII space and trim. */
export function collapseWhitespace(text: string): string {
  return text.replace(WHITESPACE, " ").trim();
}

/** Full-width ASCII forms (U+FF01–U+FF5E) to their ASCII counterparts: `０` → `0`, `（` → `(`. */
export function toHalfWidth(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    out += code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : ch;
  }
  return out;
}

/** True when the text holds full-width digits or signs (`０-９`, `＋`, `－`, `．`). */
export function hasFullWidthDigits(text: string): boolean {
  return /[\uff10-\uff19\uff0b\uff0d\uff0e]/.test(text);
}

/**
 * A comparison key for labels: no whitespace, half-width, one kind of bracket, quotes removed,
 * enumeration punctuation unified (`1、` `1．` → `1.`), and the common punctuation variants folded.
 */
export function labelKey(text: string): string {
  const cached = keyCache.get(text);
  if (cached !== undefined) return cached;
  const key = computeLabelKey(text);
  remember(keyCache, text, key);
  return key;
}

/** Labels repeat across rows, tables and documents: computing each key once keeps checks fast. */
const keyCache = new Map<string, string>();
const CACHE_LIMIT = 20000;

export function remember<V>(cache: Map<string, V>, key: string, value: V): void {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
}

function computeLabelKey(text: string): string {
  return toHalfWidth(stripWhitespace(text))
    .replace(/[“”‘’"'「」『』]/g, "")
    .replace(/[【〔［]/g, "[")
    .replace(/[】〕］]/g, "]")
    .replace(/、/g, ",")
    .replace(/[，]/g, ",")
    .replace(/[：]/g, ":")
    .replace(/[；]/g, ";")
    .replace(/[。．]/g, ".")
    .replace(/^(\d+),/, "$1.")
    .replace(/[—–－‐-]+/g, "-");
}

/** The value of each Chinese digit (两 too: `两件`). */
export const CHINESE_DIGIT_VALUES: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Chinese numerals 一…十九 (and 〇/零) to numbers; undefined when the text is not one. */
export function chineseNumeral(text: string): number | undefined {
  const digits = CHINESE_DIGIT_VALUES;
  if (text.length === 0) return undefined;
  if (text.length === 1) {
    if (text === "十") return 10;
    return digits[text];
  }
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(text);
  if (m) return (m[1] ? digits[m[1]] : 1) * 10 + (m[2] ? digits[m[2]] : 0);
  return undefined;
}

const CN_DIGITS = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** 1…99 as Chinese numerals: 3 → 三, 12 → 十二, 20 → 二十. */
export function toChineseNumeral(n: number): string {
  if (n < 10) return CN_DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : CN_DIGITS[tens]}十${ones ? CN_DIGITS[ones] : ""}`;
}
