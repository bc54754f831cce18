/**
 * Numbers with their units in normalised text: `46件`, `四十六件`, `一百零五件`, `1,234件`,
 * `12.5万元`, `43.5%`. (Full-width digits and whitespace are already gone from normalised text:
 * `４ ６件` reads `46件`.)
 */

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

const CN_DIGITS: Record<string, number> = {
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

const NUMBER_UNIT =
  /(\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万]+)(件次|件|条|个|份|次|起|项|宗|例|家|部|篇|万元|元|%)/g;
/** A number right after one of these is part of something else (`第3件`, `1.5件`, `十二件` read from 十). */
const NOT_BEFORE = /[0-9.第零〇一二两三四五六七八九十百千万\-~]/;

function unitKind(unit: string): UnitKind {
  if (unit === "%") return "percent";
  if (unit === "万元") return "wan";
  if (unit === "元") return "yuan";
  return "count";
}

/** Every number with a unit in `text`, left to right. */
export function findNumbers(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  NUMBER_UNIT.lastIndex = 0;
  for (let m = NUMBER_UNIT.exec(text); m; m = NUMBER_UNIT.exec(text)) {
    const start = m.index;
    if (start > 0 && NOT_BEFORE.test(text[start - 1])) continue;
    const digits = m[1];
    let value: number | undefined;
    let decimals = 0;
    if (/^[\d,.]+$/.test(digits)) {
      value = Number(digits.replace(/,/g, ""));
      const dot = digits.indexOf(".");
      decimals = dot < 0 ? 0 : digits.length - dot - 1;
    } else value = parseChineseNumber(digits);
    if (value === undefined || !Number.isFinite(value)) continue;
    out.push({ start, end: start + m[0].length, value, unit: unitKind(m[2]), decimals });
  }
  return out;
}

/** Whether `text` may hold a number with a unit: a fast test before any reading. */
export const MAY_HOLD_NUMBER = /[0-9零〇一二两三四五六七八九十百千][件条个份次起项宗例家部篇元%]|万元/;
