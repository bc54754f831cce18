/**
 * Numbers with their units in normalised text: `46件`, `四十六件`, `一百零五件`, `1,234件`,
 * `12.5万元`, `43.5%`. (Full-width digits and whitespace are already gone from normalised text:
 * `４ ６件` reads `46件`.)
 */

import { CHINESE_DIGIT_VALUES } from "../../text/normalize";

/** How a number counts: things (件 条 个 …), money in 万元 or 元, or a percentage. */
export type UnitKind = "count" | "wan" | "yuan" | "percent";

export interface NumberToken {
  /** Positions in the searched text: from the first digit to after the unit. */
  start: number;
  end: number;
  value: number;
  unit: UnitKind;
  /** Digits after the decimal point as written (the precision a share or an amount states). */
  decimals: number;
}

const CN_DIGITS = CHINESE_DIGIT_VALUES;
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** A Chinese numeral up to 99,999,999 (`二十三`, `一百零五`, `两千三百`, `三万`); undefined otherwise. */
export function parseChineseNumber(s: string): number | undefined {
  if (s.length === 1) return s === "十" ? 10 : s === "万" ? undefined : CN_DIGITS[s];
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let units = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch in CN_DIGITS) {
      const d = CN_DIGITS[ch];
      if (d === 0) {
        if (digit !== null) return undefined;
        continue; // 一百零五: the zero only marks a gap
      }
      if (digit !== null) return undefined; // 一一: digit by digit is not a count
      digit = d;
    } else if (ch in CN_UNITS) {
      units = true;
      const n = digit ?? (i === 0 || s[i - 1] === "零" ? 1 : undefined);
      if (n === undefined) return undefined;
      section += n * CN_UNITS[ch];
      digit = null;
    } else if (ch === "万") {
      units = true;
      const n = section + (digit ?? 0);
      if (n === 0 || total > 0) return undefined;
      total = n * 10000;
      section = 0;
      digit = null;
    } else return undefined;
  }
  if (!units) return undefined;
  return total + section + (digit ?? 0);
}

// Character tests are written out (no 64 KB lookup tables: the lookups of Chinese text would be
// scattered over them, and in a full check each would miss the processor's cache).

/** `零〇一…九十百千万` (两 too): the characters of a Chinese numeral. */
export function isChineseNumeral(c: number): boolean {
  switch (c) {
    case 0x96f6: // 零
    case 0x3007: // 〇
    case 0x4e00: // 一
    case 0x4e8c: // 二
    case 0x4e24: // 两
    case 0x4e09: // 三
    case 0x56db: // 四
    case 0x4e94: // 五
    case 0x516d: // 六
    case 0x4e03: // 七
    case 0x516b: // 八
    case 0x4e5d: // 九
    case 0x5341: // 十
    case 0x767e: // 百
    case 0x5343: // 千
    case 0x4e07: // 万
      return true;
    default:
      return false;
  }
}
/**
 * A unit character right after a digit or a numeral, found by the regular-expression engine (a
 * native scan of the paragraph; the unit characters alone are common words: 条例, 部门, 个别).
 */
const UNIT = /[0-9零〇一二两三四五六七八九十百千万][件条个份次起项宗例家部篇元%]/g;
/** A number right after one of these is part of something else (`第3件`, `3-5件`). */
const notBefore = (c: number) => c === 0x7b2c || c === 0x2d || c === 0x7e; // 第 - ~
const C = (ch: string) => ch.charCodeAt(0);
const JIAN = C("件");
const CI = C("次");
const YUAN = C("元");
const WAN = C("万");
const PERCENT = C("%");
const DOT = C(".");
const COMMA = C(",");

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function unitKind(unit: number, wan: boolean): UnitKind {
  if (unit === PERCENT) return "percent";
  if (unit === YUAN) return wan ? "wan" : "yuan";
  return "count";
}

/**
 * Every number with a unit in `text[from, to)`, left to right. Found from the units, which are
 * few, by reading back over the digits or numerals before each. (Character codes throughout: a
 * report is Chinese, and every `text[i]` of a Chinese character would be a new string.)
 */
export function findNumbers(text: string, from = 0, to = text.length): NumberToken[] {
  const out: NumberToken[] = [];
  UNIT.lastIndex = from;
  // `test` rather than `exec`: only the position is needed, no match object.
  while (UNIT.test(text)) {
    const u = UNIT.lastIndex - 1;
    if (u >= to) break;
    const n = numberAt(text, u, from, to);
    if (!n) continue;
    out.push(n);
    UNIT.lastIndex = n.end;
  }
  return out;
}

/** The number whose unit is at `u`; undefined when the digits before it are not a count. */
function numberAt(text: string, u: number, from: number, to: number): NumberToken | undefined {
  const unit = text.charCodeAt(u);
  let end = u + 1;
  if (unit === JIAN && end < to && text.charCodeAt(end) === CI) end++; // 件次
  let numEnd = u;
  let wan = false;
  if (unit === YUAN && u - 2 >= from && text.charCodeAt(u - 1) === WAN) {
    // `5万元` `五万元`: the unit is 万元
    const before = text.charCodeAt(u - 2);
    if (isDigit(before) || isChineseNumeral(before)) {
      wan = true;
      numEnd = u - 1;
    }
  }
  let start = numEnd;
  if (start > from && isDigit(text.charCodeAt(start - 1))) {
    while (start > from && (isDigit(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === DOT))
      start--;
    // `1,234`: thousands separators between groups of three digits
    while (
      start - 2 >= from &&
      text.charCodeAt(start - 1) === COMMA &&
      isDigit(text.charCodeAt(start - 2)) &&
      isDigit(text.charCodeAt(start)) &&
      isDigit(text.charCodeAt(start + 1)) &&
      isDigit(text.charCodeAt(start + 2)) &&
      (start + 3 === numEnd || text.charCodeAt(start + 3) === COMMA || text.charCodeAt(start + 3) === DOT)
    ) {
      start -= 2;
      while (start > from && isDigit(text.charCodeAt(start - 1))) start--;
    }
    if (text.charCodeAt(start) === DOT) return undefined;
  } else while (start > from && isChineseNumeral(text.charCodeAt(start - 1))) start--;
  if (start === numEnd) return undefined;
  // Part of something else: an ordinal, a range, a numeral run into digits or the reverse.
  if (start > from) {
    const before = text.charCodeAt(start - 1);
    if (notBefore(before) || isDigit(before) || isChineseNumeral(before)) return undefined;
  }
  const digits = text.slice(start, numEnd);
  let value: number | undefined;
  let decimals = 0;
  if (isDigit(digits.charCodeAt(0))) {
    value = Number(digits.includes(",") ? digits.replace(/,/g, "") : digits);
    const dot = digits.indexOf(".");
    decimals = dot < 0 ? 0 : digits.length - dot - 1;
  } else value = parseChineseNumber(digits);
  if (value === undefined || !Number.isFinite(value)) return undefined;
  return { start, end, value, unit: unitKind(unit, wan), decimals };
}
