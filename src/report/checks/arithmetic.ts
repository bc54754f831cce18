/**
 * Evaluating the equations with blanks handled as the spec asks: a blank total whose parts are
 * filled gets the sum as a suggested fill (and the checks it would break stay quiet); a single
 * blank that alone explains a failure gets the missing value; when two failing checks cross in
 * one cell and one change there fixes both, that cell is named as the likely wrong one.
 */
import { describeField, fieldWords, TABLE_INFO, TABLE_LOCATIONS } from "../describe";
import type { Finding, Suggestion } from "../findings";
import { makeFinding } from "../finding";
import { FORMATS } from "../formats";
import { ruleDef } from "../rules";
import type { Equation } from "./equations";
import { refsOf, roundAmount, type Readings } from "./fieldReadings";

export interface BlankFill {
  value: number;
  /** Why this value: zh / en. */
  reason: string;
  reasonEn: string;
}

export interface ArithmeticResult {
  findings: Finding[];
  /** Suggested values for blank cells, by field id. */
  fills: Map<string, BlankFill>;
}

const sum = (ns: number[]) => roundAmount(ns.reduce((a, b) => a + b, 0));

function rowLabel(id: string): string {
  return describeField(id)?.row ?? id;
}
function columnLabel(id: string): string {
  return describeField(id)?.column ?? id;
}
function rowLabelEn(id: string): string {
  return describeField(id)?.rowEn ?? id;
}
function columnLabelEn(id: string): string {
  return describeField(id)?.columnEn ?? id;
}

export function evaluateEquations(equations: Equation[], readings: Readings): ArithmeticResult {
  // Effective values: the numbers read, then the fills below; a blank counts 0 until filled.
  const filled = new Map<string, number>();
  let anyBlank = false;
  for (const r of readings.values())
    if (r.status === "blank") {
      anyBlank = true;
      break;
    }
  // Only equations whose every cell was found and is readable; an unreadable cell is reported
  // by the cell checks, and a missing one by the structure checks.
  const usable = equations.filter((eq) =>
    eq.cells.every((id) => {
      const r = readings.get(id);
      return r !== undefined && r.status !== "not_number";
    }),
  );
  const isBlank = (id: string) => readings.get(id)?.status === "blank";
  const fills = new Map<string, BlankFill>();
  const derived = new Set<string>();
  const fill = (id: string, f: BlankFill) => {
    fills.set(id, f);
    filled.set(id, f.value);
  };
  const value = (id: string) =>
    (filled.size > 0 ? filled.get(id) : undefined) ?? readings.get(id)?.value ?? 0;
  const residual = (eq: Equation) => {
    let r = 0;
    for (const id of eq.plus) r += value(id);
    for (const id of eq.minus) r -= value(id);
    return roundAmount(r);
  };

  if (anyBlank) {
    const targets = new Set(usable.flatMap((eq) => (eq.target ? [eq.target] : [])));
    // 1. Blank totals: the sum of their parts, parts' blank totals first.
    for (let changed = true; changed;) {
      changed = false;
      for (const eq of usable) {
        const t = eq.target;
        if (!t || !isBlank(t) || fills.has(t)) continue;
        if (eq.plus.some((id) => isBlank(id) && targets.has(id) && !fills.has(id))) continue;
        const total = sum(eq.plus.map(value));
        fill(t, {
          value: total,
          reason: `按${partsName(eq)}之和应为 ${total}`,
          reasonEn: `the sum of ${partsNameEn(eq)} is ${total}`,
        });
        derived.add(t);
        changed = true;
      }
    }
    // 2. A failure that one blank cell alone explains: that blank's value.
    for (const eq of usable) {
      const r = residual(eq);
      if (r === 0) continue;
      const blanks = eq.cells.filter((id) => isBlank(id) && !fills.has(id));
      if (blanks.length !== 1) continue;
      const x = eq.plus.includes(blanks[0]) ? -r : r;
      if (x > 0 && Number.isInteger(x))
        fill(blanks[0], {
          value: x,
          reason: `使「${ruleDef(eq.rule).title}」成立应为 ${x}`,
          reasonEn: `${x} makes "${ruleDef(eq.rule).titleEn}" hold`,
        });
    }
  }

  // 3. What still fails is reported, with the likely wrong cell where one change fixes everything.
  const failing = usable.filter((eq) => residual(eq) !== 0);
  if (failing.length === 0) return { findings: [], fills };
  const likely = pinpoint(failing, usable, readings, residual);
  const findings = failing.map((eq) => equationFinding(eq, readings, fills, derived, likely.get(eq)));
  return { findings, fills };
}

interface Likely {
  field: string;
  value: number;
}

function pinpoint(
  failing: Equation[],
  all: Equation[],
  readings: Readings,
  residual: (eq: Equation) => number,
): Map<Equation, Likely> {
  const coefficient = (eq: Equation, id: string) =>
    eq.plus.includes(id) ? 1 : eq.minus.includes(id) ? -1 : 0;
  const candidates = new Map<Equation, Likely[]>();
  const ids = new Set(failing.flatMap((eq) => [...eq.plus, ...eq.minus]));
  for (const id of ids) {
    const reading = readings.get(id);
    if (!reading || reading.status !== "number" || reading.value === null) continue;
    const inFailing = failing.filter((eq) => coefficient(eq, id) !== 0);
    if (inFailing.length < 2) continue;
    // Changing the cell by x must fix every failing check through it and break no passing one.
    if (all.some((eq) => !failing.includes(eq) && coefficient(eq, id) !== 0)) continue;
    const xs = inFailing.map((eq) => -residual(eq) / coefficient(eq, id));
    if (!xs.every((x) => x === xs[0])) continue;
    const fixed = roundAmount(reading.value + xs[0]);
    if (fixed < 0) continue;
    for (const eq of inFailing)
      candidates.set(eq, [...(candidates.get(eq) ?? []), { field: id, value: fixed }]);
  }
  const out = new Map<Equation, Likely>();
  for (const [eq, list] of candidates) if (list.length === 1) out.set(eq, list[0]);
  return out;
}

function partsName(eq: Equation): string {
  switch (eq.rule) {
    case "requests.results_total":
      return "各项办理结果";
    case "requests.row_total":
      return "各类申请人";
    case "appeals.total":
      return "结果维持、结果纠正、其他结果、尚未审结";
    default:
      return "各项";
  }
}

function partsNameEn(eq: Equation): string {
  return eq.rule === "requests.row_total" ? "the applicant columns" : "the parts";
}

function equationFinding(
  eq: Equation,
  readings: Readings,
  fills: Map<string, { value: number }>,
  derived: Set<string>,
  likely: Likely | undefined,
): Finding {
  const value = (id: string) => readings.get(id)?.value ?? fills.get(id)?.value ?? 0;
  const plus = sum(eq.plus.map(value));
  const minus = sum(eq.minus.map(value));
  const all = [...eq.plus, ...eq.minus];
  const notes: string[] = [];
  const notesEn: string[] = [];
  for (const id of all.filter((id) => derived.has(id))) {
    notes.push(`空白的「${rowLabel(id)}」按各项之和 ${value(id)} 计`);
    notesEn.push(`the blank ${fieldWords(id, "en")} taken as the sum of its parts, ${value(id)}`);
  }
  if (all.some((id) => readings.get(id)?.status === "blank" && !derived.has(id))) {
    notes.push("其余空白单元格按 0 计");
    notesEn.push("other blank cells taken as 0");
  }
  const note = notes.length ? `（${notes.join("；")}）` : "";
  const noteEn = notesEn.length ? ` (${notesEn.join("; ")})` : "";

  let message: string;
  let messageEn: string;
  let expected: number;
  let actual: number;
  const table = eq.rule === "appeals.total" ? "appeals" : "requests";
  const name = TABLE_INFO[table].name;
  const nameEn = TABLE_INFO[table].nameEn;
  switch (eq.rule) {
    case "requests.balance":
      expected = plus;
      actual = minus;
      message = `${name}「${columnLabel(eq.plus[0])}」列不满足勾稽关系：第一项加第二项之和为 ${plus}，第三项（七）总计加第四项之和为 ${minus}（表头注明「${FORMATS["2021"].requests.note}」）${note}`;
      messageEn = `Balance fails in ${nameEn} · ${columnLabelEn(eq.plus[0])}: new + carried over = ${plus} but results total + carried forward = ${minus}${noteEn}`;
      break;
    case "requests.results_total":
      expected = plus;
      actual = minus;
      message = `${name}「${columnLabel(eq.minus[0])}」列（七）总计有误：应为各项办理结果之和 ${plus}，表中为 ${minus}${note}`;
      messageEn = `(7) total wrong in ${nameEn} · ${columnLabelEn(eq.minus[0])}: it should be the sum of the results, ${plus}, but is ${minus}${noteEn}`;
      break;
    case "requests.row_total":
      expected = plus;
      actual = minus;
      message = `${name}「${rowLabel(eq.minus[0])}」行总计有误：应为自然人与法人或其他组织各列之和 ${plus}，表中为 ${minus}${note}`;
      messageEn = `Total wrong in ${nameEn} · ${rowLabelEn(eq.minus[0])}: it should be the sum of the applicant columns, ${plus}, but is ${minus}${noteEn}`;
      break;
    case "appeals.total":
      expected = plus;
      actual = minus;
      message = `${name}「${rowLabel(eq.minus[0])}」总计有误：应为结果维持、结果纠正、其他结果、尚未审结之和 ${plus}，表中为 ${minus}${note}`;
      messageEn = `Total wrong in ${nameEn} · ${rowLabelEn(eq.minus[0])}: it should be upheld + corrected + other + pending = ${plus}, but is ${minus}${noteEn}`;
      break;
  }
  // The likely wrong cell first, then the total, then the parts.
  const order = [...(likely ? [likely.field] : []), ...eq.minus, ...eq.plus].filter(
    (id, i, a) => a.indexOf(id) === i,
  );
  let suggestion: Suggestion | undefined;
  if (likely) {
    const words = describeField(likely.field)?.text ?? likely.field;
    suggestion = {
      field: likely.field,
      value: likely.value,
      message: `可能是「${words}」填错：改为 ${likely.value} 可使相交的行与列同时成立`,
      messageEn: `probably the wrong cell is ${fieldWords(likely.field, "en")}: ${likely.value} there makes the crossing row and column hold`,
    };
    const cell = readings.get(likely.field)?.cells[0]?.ref;
    if (cell) suggestion.cell = cell;
  }
  return makeFinding(eq.rule, {
    message,
    messageEn,
    fields: order,
    cells: refsOf(readings, order),
    expected,
    actual,
    ...(suggestion ? { suggestion } : {}),
    location: TABLE_LOCATIONS[table],
  });
}
