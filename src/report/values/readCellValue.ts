/**
 * Reading a statistical cell's value (spec §4). Never guesses: text that is not a number is
 * reported as such, and every irregular way of writing a number is recorded as an issue.
 */
import type { ValueKind } from "../formats/types";
import { hasFullWidthDigits, stripWhitespace, toHalfWidth } from "../text/normalize";

export type ValueIssue =
  | "full_width" // ０-９, ＋, －: read as ASCII
  | "leading_zeros" // 00, 007
  | "stray_text" // text around the number: 约5件
  | "thousands_separator" // 1,234 in a count
  | "sign"; // + or - where the column takes no sign

export interface CellValue {
  raw: string;
  /** "blank": empty or a placeholder (-, —, /, 无): incomplete, not zero. */
  status: "number" | "blank" | "not_number";
  value?: number;
  /** True when a placeholder such as `—` or `无` stands where a number belongs. */
  placeholder?: boolean;
  issues: readonly ValueIssue[];
  /** The text around the number, when there is any (without a recognised unit). */
  stray?: string;
  /** A unit written in the cell (amount columns). */
  unit?: "元" | "万元";
  /** Digits after the decimal point as written. */
  decimals: number;
}

const PLACEHOLDERS = new Set(["-", "--", "—", "——", "–", "/", "\\", "无", "空", "暂无", "×", "x", "X", "／"]);
const NUMBER = /[+-]?\d[\d,]*(?:\.\d+)?/g;
const THOUSANDS = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

const PLAIN = /^(?:0|[1-9]\d{0,14})$/;
/** Shared by the plain and blank results (nearly every cell): nothing ever adds to it. */
const NO_ISSUES: readonly ValueIssue[] = Object.freeze([]);

export function readCellValue(raw: string, kind: ValueKind): CellValue {
  // Nearly every cell is a plain count: read it without the full analysis.
  if (raw === "") return { raw, status: "blank", issues: NO_ISSUES, decimals: 0 };
  if (PLAIN.test(raw)) return { raw, status: "number", value: Number(raw), issues: NO_ISSUES, decimals: 0 };
  const compact = stripWhitespace(raw);
  if (compact === "") return { raw, status: "blank", issues: [], decimals: 0 };
  if (PLACEHOLDERS.has(compact) || PLACEHOLDERS.has(toHalfWidth(compact)))
    return { raw, status: "blank", placeholder: true, issues: [], decimals: 0 };

  const issues: ValueIssue[] = [];
  if (hasFullWidthDigits(compact)) issues.push("full_width");
  // Half-width, with the Chinese comma and the minus-like dashes read as their ASCII forms.
  const text = toHalfWidth(compact).replace(/[，]/g, ",").replace(/[−–—]/g, "-");

  const numbers = text.match(NUMBER) ?? [];
  if (numbers.length !== 1) return { raw, status: "not_number", issues, decimals: 0 };
  let token = numbers[0];
  const at = text.indexOf(token);
  let rest = (text.slice(0, at) + text.slice(at + token.length)).trim();

  let unit: CellValue["unit"];
  if (kind === "amount") {
    const u = /万元|元/.exec(rest);
    if (u) {
      unit = u[0] as "元" | "万元";
      rest = rest.replace(u[0], "");
    }
  }
  // A trailing comma is punctuation, not a separator.
  token = token.replace(/,+$/, "");
  if (token.includes(",")) {
    if (!THOUSANDS.test(token)) return { raw, status: "not_number", issues, decimals: 0 };
    if (kind !== "amount") issues.push("thousands_separator");
    token = token.replace(/,/g, "");
  }
  if (rest !== "") issues.push("stray_text");

  const sign = token[0] === "+" || token[0] === "-" ? token[0] : "";
  const digits = sign ? token.slice(1) : token;
  // A sign is expected only in the 2019 本年增/减 column; a minus elsewhere is reported as negative.
  if (sign === "+" && kind !== "signed") issues.push("sign");
  if (/^0\d/.test(digits)) issues.push("leading_zeros");
  const dot = digits.indexOf(".");
  const decimals = dot < 0 ? 0 : digits.length - dot - 1;
  const value = Number(sign === "-" ? `-${digits}` : digits);
  if (!Number.isFinite(value)) return { raw, status: "not_number", issues, decimals: 0 };

  const result: CellValue = { raw, status: "number", value, issues, decimals };
  if (rest !== "") result.stray = rest;
  if (unit) result.unit = unit;
  return result;
}

/** The unit an amount header states, e.g. `采购总金额（万元，保留四位小数）` → 万元. */
export function unitInLabel(label: string): "元" | "万元" | undefined {
  const m = /(万元|元)/.exec(stripWhitespace(label));
  return m ? (m[1] as "元" | "万元") : undefined;
}
