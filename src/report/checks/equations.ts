/** The arithmetic the standard fixes, as equations over field ids: Σ plus = Σ minus. */
import type { FormatDef } from "../formats/types";

export interface Equation {
  rule: "requests.balance" | "requests.results_total" | "requests.row_total" | "appeals.total";
  /** Which row or column (a row id, a column id, or an appeals group id). */
  along: string;
  plus: string[];
  minus: string[];
  /** plus and minus together. */
  cells: string[];
  /** The total this equation defines; a blank target gets the sum as its suggested value. */
  target?: string;
}

const sides = (plus: string[], minus: string[]) => ({ plus, minus, cells: [...plus, ...minus] });

const cache = new WeakMap<object, Equation[]>();

/** Built once per format; the same equations serve every report. */
function memo(key: object, build: () => Equation[]): Equation[] {
  let eqs = cache.get(key);
  if (!eqs) cache.set(key, (eqs = build()));
  return eqs;
}

export function requestEquations(format: FormatDef): Equation[] {
  return memo(format.requests, () => buildRequestEquations(format));
}

export function appealsEquations(format: FormatDef): Equation[] {
  return memo(format.appeals, () => buildAppealsEquations(format));
}

function buildRequestEquations(format: FormatDef): Equation[] {
  const { rows, columns } = format.requests;
  const parts = columns.filter((c) => c.id !== "total");
  const leaves = rows.filter((r) => r.leaf);
  const id = (row: string, col: string) => `requests.${row}.${col}`;
  const out: Equation[] = [];
  // Columns first: the blank （七）总计 is derived from the results before row totals use it.
  for (const col of columns)
    out.push({
      rule: "requests.results_total",
      along: col.id,
      ...sides(
        leaves.map((r) => id(r.id, col.id)),
        [id("results_total", col.id)],
      ),
      target: id("results_total", col.id),
    });
  for (const row of rows)
    out.push({
      rule: "requests.row_total",
      along: row.id,
      ...sides(
        parts.map((c) => id(row.id, c.id)),
        [id(row.id, "total")],
      ),
      target: id(row.id, "total"),
    });
  for (const col of columns)
    out.push({
      rule: "requests.balance",
      along: col.id,
      ...sides(
        [id("new", col.id), id("carried_over", col.id)],
        [id("results_total", col.id), id("carried_forward", col.id)],
      ),
    });
  return out;
}

function buildAppealsEquations(format: FormatDef): Equation[] {
  return format.appeals.groups.map((g) => ({
    rule: "appeals.total" as const,
    along: g.id,
    ...sides(
      format.appeals.columns.filter((c) => c.id !== "total").map((c) => `appeals.${g.id}.${c.id}`),
      [`appeals.${g.id}.total`],
    ),
    target: `appeals.${g.id}.total`,
  }));
}
