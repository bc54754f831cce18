/**
 * What the tables say about a stated quantity: the cells of its subjects, their values and sum,
 * the cells in words, and the quote of the sentence. Shared by the text.* checks.
 */
import { describeField, TABLE_INFO } from "../describe";
import type { CellRef } from "../findings";
import type { FormatId } from "../formats/types";
import type { NarrativeContext } from "./context";
import type { Para } from "./paragraphs";
import { subjectFields, subjectsFields, type CountMention, type Mention, type Subject } from "./quantities";
import { rawSlice } from "./text";

export interface SubjectValue {
  subject: Subject;
  ids: string[];
  sum: number;
  cells: CellRef[];
}

export interface Evaluated {
  parts: SubjectValue[];
  ids: string[];
  cells: CellRef[];
  sum: number;
}

/**
 * The table's sum for the subjects, without the cells and parts (the common case: a count that
 * agrees); undefined unless every cell they name holds a number.
 */
export function tableSum(
  subjects: Subject[],
  format: FormatId | null,
  ctx: NarrativeContext,
): number | undefined {
  let sum = 0;
  for (const s of subjects) {
    const ids = subjectFields(s, format);
    if (!ids) return undefined;
    for (const id of ids) {
      const v = ctx.field(id);
      if (v === undefined) return undefined;
      sum += v.value;
    }
  }
  return round(sum);
}

/** The table's values for the subjects; undefined unless every cell they name holds a number. */
export function evaluate(
  subjects: Subject[],
  format: FormatId | null,
  field: (id: string) => { value: number; cell?: CellRef } | number | undefined,
): Evaluated | undefined {
  const fields = subjectsFields(subjects, format);
  if (!fields) return undefined;
  const parts: SubjectValue[] = [];
  for (let i = 0; i < subjects.length; i++) {
    let sum = 0;
    const cells: CellRef[] = [];
    for (const id of fields[i]) {
      const v = field(id);
      if (v === undefined) return undefined;
      if (typeof v === "number") sum += v;
      else {
        sum += v.value;
        if (v.cell) cells.push(v.cell);
      }
    }
    parts.push({ subject: subjects[i], ids: fields[i], sum: round(sum), cells });
  }
  return {
    parts,
    ids: parts.flatMap((p) => p.ids),
    cells: parts.flatMap((p) => p.cells),
    sum: round(parts.reduce((s, p) => s + p.sum, 0)),
  };
}

/** Sums of amounts in 万元 carry binary noise: 0.1 + 0.2. */
function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** Whether a stated count agrees with the table (amounts within the precision stated). */
export function agrees(m: CountMention, table: number, ctx: NarrativeContext): boolean {
  if (m.unit === "count") {
    if (table === m.value) return true;
    if (m.subjects.length !== 1) return false;
    const s = m.subjects[0];
    // `已办结43件` may count only this year's new requests (new − carried forward);
    // `共受理申请50件` the carried-over ones too (new + carried over).
    const other =
      s.row.id === "requests.results_total"
        ? { row: "carried_forward", sign: -1 }
        : s.row.id === "requests.new" && s.received
          ? { row: "carried_over", sign: 1 }
          : undefined;
    if (!other) return false;
    let alt = 0;
    for (const c of s.cols ?? ["total"]) {
      const n = ctx.field(`requests.new.${c}`);
      const o = ctx.field(`requests.${other.row}.${c}`);
      if (!n || !o) return false;
      alt += n.value + other.sign * o.value;
    }
    return alt === m.value;
  }
  // Money: the table's amounts are in 万元 (the only amount column whose unit the format fixes).
  const stated = m.unit === "yuan" ? m.value / 10000 : m.value;
  const step = (m.unit === "yuan" ? 1 / 10000 : 1) * 10 ** -m.decimals;
  return asWritten(stated, table, step);
}

/**
 * Whether `stated` is `exact` written to `step` (0.1 for one decimal): rounded, or cut off
 * (reports do both, for shares and for amounts).
 */
export function asWritten(stated: number, exact: number, step: number): boolean {
  const eps = step * 1e-6;
  if (Math.abs(stated - exact) <= step / 2 + eps) return true;
  const cut = Math.abs(exact) - Math.abs(stated);
  return (stated === 0 || Math.sign(stated) === Math.sign(exact)) && cut >= -eps && cut < step - eps;
}

/**
 * `表三「（一）予以公开」「总计」` / `Table 3 · (1) disclosed · total`; several cells say how many
 * are added.
 */
export function subjectWords(p: SubjectValue, format: FormatId | null): { zh: string; en: string } {
  const info = TABLE_INFO[p.subject.table];
  const field = describeField(p.ids[0], format);
  // Several columns (法人或其他组织): the qualifier's words; one: the column's own label.
  const several = new Set(p.ids.map((id) => id.slice(id.lastIndexOf(".") + 1))).size > 1;
  const col = several ? (p.subject.colConcept?.label ?? "") : (field?.column ?? "");
  const colEn = several ? (p.subject.colConcept?.labelEn ?? "") : (field?.columnEn ?? "");
  const row = p.subject.row;
  const n = p.ids.length;
  // Requests are read applicant first, then the result (as describeField does).
  const en =
    p.subject.table === "requests"
      ? `${info.nameEn} · ${colEn} · ${row.labelEn}`
      : `${info.nameEn} · ${row.labelEn} · ${colEn}`;
  return {
    zh: `${info.name}「${row.label}」「${col}」${n > 1 ? `（${n} 个单元格之和）` : ""}`,
    en: `${en}${n > 1 ? ` (the sum of ${n} cells)` : ""}`,
  };
}

/** The cells in words, for one subject or for a sum of several. */
export function evaluatedWords(ev: Evaluated, format: FormatId | null): { zh: string; en: string } {
  const words = ev.parts.map((p) => subjectWords(p, format));
  if (words.length === 1) return words[0];
  return {
    zh: `${words.map((w) => w.zh).join("与")}之和`,
    en: `the sum of ${words.map((w) => w.en).join(" and ")}`,
  };
}

/** `（20 + 4）` for a sum of several subjects; empty for one. */
export function breakdown(ev: Evaluated): string {
  return ev.parts.length > 1 ? `（${ev.parts.map((p) => p.sum).join(" + ")}）` : "";
}

/** The clause that states the mention, as written (or the mention itself in a long clause). */
export function quoteOf(para: Para, m: Mention): string {
  const clause = rawSlice(para.t, m.clauseStart, m.clauseEnd);
  if (clause.length <= 60) return clause;
  const own = rawSlice(para.t, m.start, m.end);
  return own.length <= 60 ? own : `${own.slice(0, 59)}…`;
}
