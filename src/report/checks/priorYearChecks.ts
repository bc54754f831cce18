/** Checks against last year's report: carried-over requests, and regulations in force. */
import { describeField, TABLE_LOCATIONS } from "../describe";
import type { Finding } from "../findings";
import { makeFinding } from "../finding";
import type { FormatId } from "../formats/types";
import { FORMATS } from "../formats";
import { refsOf, roundAmount, type Readings } from "./fieldReadings";

export interface YearReadings {
  reportYear: number | null;
  format: FormatId | null;
  readings: Readings;
}

const num = (readings: Readings, id: string): number | undefined => {
  const r = readings.get(id);
  return r && r.status === "number" && r.value !== null ? r.value : undefined;
};

export function checkAgainstPrior(current: YearReadings, prior: YearReadings): Finding[] {
  const out: Finding[] = [];
  if (
    current.reportYear !== null &&
    prior.reportYear !== null &&
    prior.reportYear !== current.reportYear - 1
  ) {
    out.push(
      makeFinding("requests.carry_over_prior", {
        severity: "info",
        message: `所附上年度报告的年度为 ${prior.reportYear} 年，不是 ${current.reportYear - 1} 年，未做跨年度核对`,
        messageEn: `The prior report is for ${prior.reportYear}, not ${current.reportYear - 1}; cross-year checks skipped`,
        expected: current.reportYear - 1,
        actual: prior.reportYear,
      }),
    );
    return out;
  }
  for (const col of FORMATS["2021"].requests.columns) {
    const id = `requests.carried_over.${col.id}`;
    const now = num(current.readings, id);
    const before = num(prior.readings, `requests.carried_forward.${col.id}`);
    if (now === undefined || before === undefined || now === before) continue;
    out.push(
      makeFinding("requests.carry_over_prior", {
        message: `表三「${col.label}」列：本年「二、上年结转政府信息公开申请数量」为 ${now}，上年度报告「四、结转下年度继续办理」为 ${before}，两者应相等`,
        messageEn: `Table 3 · ${col.labelEn}: carried over from last year is ${now}, but last year's report carried forward ${before}`,
        fields: [id],
        cells: refsOf(current.readings, [id]),
        expected: before,
        actual: now,
        location: TABLE_LOCATIONS.requests,
      }),
    );
  }
  if (current.format === "2021" && prior.format === "2021")
    for (const row of ["regulations", "normative_docs"]) {
      const id = `active.${row}.in_force`;
      const now = num(current.readings, id);
      const before = num(prior.readings, id);
      const issued = num(current.readings, `active.${row}.issued`);
      const repealed = num(current.readings, `active.${row}.repealed`);
      if ([now, before, issued, repealed].some((v) => v === undefined)) continue;
      const expected = roundAmount((before as number) + (issued as number) - (repealed as number));
      if (expected === now) continue;
      const label = describeField(id)?.row ?? row;
      const labelEn = describeField(id)?.rowEn ?? row;
      out.push(
        makeFinding("active.in_force_prior", {
          message: `表二「${label}」：现行有效件数为 ${now}，按上年度现行有效 ${before} 件加本年制发 ${issued} 件减本年废止 ${repealed} 件，应为 ${expected}`,
          messageEn: `Table 2 · ${labelEn}: in force is ${now}; last year's ${before} + issued ${issued} - repealed ${repealed} = ${expected}`,
          fields: [id, `active.${row}.issued`, `active.${row}.repealed`],
          cells: refsOf(current.readings, [id, `active.${row}.issued`, `active.${row}.repealed`]),
          expected,
          actual: now,
          location: TABLE_LOCATIONS.active,
        }),
      );
    }
  return out;
}
