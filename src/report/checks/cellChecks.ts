/** Findings about single cells: blank, not a number, written irregularly, negative, fractional, units. */
import { describeField, TABLE_LOCATIONS } from "../describe";
import { quoteEn } from "../text/quoteEn";
import type { CellRef, Finding } from "../findings";
import { makeFinding, type FindingInput } from "../finding";
import { ruleDef } from "../rules";
import { unitInLabel, type CellValue } from "../values/readCellValue";
import type { BlankFill } from "./arithmetic";
import type { FieldReading, Readings } from "./fieldReadings";

/** Units in English output. */
const UNIT_EN: Record<string, string> = { 元: "yuan", 万元: "10,000 yuan" };
const unitEn = (unit: string) => UNIT_EN[unit] ?? quoteEn(unit);

const ISSUE_WORDS: Record<string, [string, string]> = {
  full_width: ["使用了全角数字或符号", "full-width digits or signs"],
  leading_zeros: ["数字前有多余的 0", "leading zeros"],
  stray_text: ["数字前后有其他文字", "text around the number"],
  thousands_separator: ["数量使用了千位分隔符", "a thousands separator in a count"],
  sign: ["数量前带有正负号", "a sign in front of a count"],
};

export interface CellCheckOptions {
  /** Suggested values for blank cells (from the arithmetic). */
  fills: Map<string, BlankFill>;
  /** A blank template: say the cells are blank, but suggest nothing. */
  blankTemplate: boolean;
}

export function checkCells(readings: Readings, options: CellCheckOptions): Finding[] {
  const out: Finding[] = [];
  for (const reading of readings.values())
    for (let i = 0; i < reading.values.length; i++) {
      const v = reading.values[i];
      // A plain count says nothing: by far the most cells, so they are passed over first.
      if (v.status === "number" && v.issues.length === 0 && reading.def.kind === "count" && isCount(v.value))
        continue;
      if (v.status === "blank") out.push(blankFinding(reading, v, reading.cells[i].ref, i, options));
      else out.push(...checkCell(reading, v, reading.cells[i].ref, i));
    }
  return out;
}

const isCount = (n: number | undefined) => n !== undefined && Number.isInteger(n) && n >= 0;

/** The cell in words, zh and en; a sub-row of a split row adds its own label. */
function cellWords(reading: FieldReading, index: number): { zh: string; en: string } {
  const words = describeField(reading.id, reading.def.format);
  const zh = words?.text ?? reading.id;
  const en = words?.textEn ?? reading.id;
  const sub = reading.cells[index].subLabel;
  return sub ? { zh: `${zh}（${sub}）`, en: `${en} (sub-row ${quoteEn(sub)})` } : { zh, en };
}

const BLANK_SEVERITY = ruleDef("cell.blank").severity;

/** The most frequent finding by far (a half-filled table has dozens): built directly. */
function blankFinding(
  reading: FieldReading,
  v: CellValue,
  ref: CellRef,
  index: number,
  options: CellCheckOptions,
): Finding {
  const fill = options.blankTemplate || reading.cells.length > 1 ? undefined : options.fills.get(reading.id);
  const raw = v.raw.trim();
  const what = v.placeholder ? `填写了占位符「${raw}」` : "为空白";
  const where = cellWords(reading, index);
  const finding: Finding = {
    rule: "cell.blank",
    severity: BLANK_SEVERITY,
    message: `「${where.zh}」${what}，统计数为 0 时应填写 0${fill ? `；${fill.reason}` : ""}`,
    messageEn: `${where.en} ${v.placeholder ? `holds the placeholder ${quoteEn(raw)}` : "is blank"}; write 0 where the count is zero${fill ? `; ${fill.reasonEn}` : ""}`,
    fields: [reading.id],
    cells: [ref],
    location: TABLE_LOCATIONS[reading.def.table],
    actual: raw,
  };
  if (fill) {
    finding.expected = fill.value;
    finding.suggestion = {
      field: reading.id,
      cell: ref,
      value: fill.value,
      message: `填写 ${fill.value}`,
      messageEn: `write ${fill.value}`,
    };
  }
  return finding;
}

function checkCell(reading: FieldReading, v: CellValue, ref: CellRef, index: number): Finding[] {
  const where = cellWords(reading, index);
  const base = (input: Omit<FindingInput, "location" | "fields" | "cells">): FindingInput => ({
    ...input,
    fields: [reading.id],
    cells: [ref],
    location: TABLE_LOCATIONS[reading.def.table],
  });
  const raw = v.raw.trim();
  const out: Finding[] = [];

  if (v.status === "not_number") {
    out.push(
      makeFinding(
        "cell.not_number",
        base({
          message: `「${where.zh}」应填写数字，表中为「${raw}」`,
          messageEn: `${where.en} should be a number but reads ${quoteEn(raw)}`,
          actual: raw,
        }),
      ),
    );
    return out;
  }

  const value = v.value as number;
  const issues = v.issues.filter((i) => !(i === "thousands_separator" && reading.def.kind === "amount"));
  if (issues.length > 0) {
    // Full-width digits alone read fine: worth a look, no more (spec §4).
    const onlyWidth = issues.every((i) => i === "full_width");
    out.push(
      makeFinding(
        "cell.malformed",
        base({
          severity: onlyWidth ? "info" : undefined,
          message: `「${where.zh}」${issues.map((i) => ISSUE_WORDS[i][0]).join("、")}：「${raw}」按 ${value} 读取`,
          messageEn: `${where.en}: ${issues.map((i) => ISSUE_WORDS[i][1]).join(", ")}; ${quoteEn(raw)} read as ${value}`,
          actual: raw,
          expected: String(value),
        }),
      ),
    );
  }
  if (value < 0 && reading.def.kind !== "signed")
    out.push(
      makeFinding(
        "cell.negative",
        base({
          message: `「${where.zh}」为负数 ${value}，数量不能为负`,
          messageEn: `${where.en} is negative (${value}); a count cannot be`,
          actual: value,
        }),
      ),
    );
  if (!Number.isInteger(value) && reading.def.kind !== "amount")
    out.push(
      makeFinding(
        "cell.fraction",
        base({
          message: `「${where.zh}」为 ${value}，件数应为整数`,
          messageEn: `${where.en} is ${value}; a count must be a whole number`,
          actual: value,
        }),
      ),
    );
  if (reading.def.kind === "amount") out.push(...checkAmount(reading, v, value, where, base));
  return out;
}

function checkAmount(
  reading: FieldReading,
  v: CellValue,
  value: number,
  where: { zh: string; en: string },
  base: (input: Omit<FindingInput, "location" | "fields" | "cells">) => FindingInput,
): Finding[] {
  const out: Finding[] = [];
  const headerUnit = reading.def.unit ?? (reading.header ? unitInLabel(reading.header) : undefined);
  const unit = v.unit ?? headerUnit;
  if (v.unit && headerUnit && v.unit !== headerUnit)
    out.push(
      makeFinding(
        "amount.unit",
        base({
          message: `「${where.zh}」写明单位「${v.unit}」，与表头的「${headerUnit}」不符`,
          messageEn: `${where.en} is written in ${unitEn(v.unit)} but the header says ${unitEn(headerUnit)}`,
          expected: headerUnit,
          actual: v.unit,
        }),
      ),
    );
  else if (!unit && value !== 0)
    out.push(
      makeFinding(
        "amount.unit",
        base({
          message: `「${where.zh}」为 ${value}，但表头和单元格都未注明单位（元或万元）`,
          messageEn: `${where.en} is ${value} with no unit (yuan or 10,000 yuan) in the header or the cell`,
          actual: v.raw.trim(),
        }),
      ),
    );
  if (unit === "万元" && v.decimals > 4)
    out.push(
      makeFinding(
        "amount.decimals",
        base({
          message: `「${where.zh}」以万元计，保留了 ${v.decimals} 位小数，超过 4 位`,
          messageEn: `${where.en} in 10,000 yuan has ${v.decimals} decimals (more than 4)`,
          actual: v.raw.trim(),
        }),
      ),
    );
  return out;
}
