/**
 * The three standard tables laid out as the official formats lay them out (real merges), filled
 * with given values, for unit tests. Values are strings as written in the cells.
 */
import { FORMATS } from "../../../src/report/formats";
import type { FormatId } from "../../../src/report/formats/types";
import type { TableSpec } from "./docBuilder";

/** Row id → the 7 cells (six applicants, total). Missing rows are filled with zeros. */
export type RequestValues = Record<string, string[]>;

export function requestsTable(formatId: FormatId, values: RequestValues = {}): TableSpec {
  const def = FORMATS[formatId].requests;
  const zeros = def.columns.map(() => "0");
  const rows: TableSpec = [
    [`{c=3,r=3}${def.note}`, `{c=7}${def.applicantHeader}`],
    ["{^,c=3}", "{r=2}自然人", `{c=5}${def.orgHeader}`, "{r=2}总计"],
    ["{^,c=3}", "{^}", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "{^}"],
  ];
  const results = def.rows.filter(
    (r) => r.id !== "new" && r.id !== "carried_over" && r.id !== "carried_forward",
  );
  let resultsStarted = false;
  let group: string | undefined;
  for (const row of def.rows) {
    const vals = values[row.id] ?? zeros;
    if (row.id === "new" || row.id === "carried_over" || row.id === "carried_forward") {
      rows.push([`{c=3}${row.label}`, ...vals]);
      continue;
    }
    const first = resultsStarted ? "{^}" : `{r=${results.length}}${def.resultsLabel}`;
    resultsStarted = true;
    if (row.group) {
      const groupSize = def.rows.filter((r) => r.group === row.group).length;
      const groupCell = group === row.group ? "{^}" : `{r=${groupSize}}${row.group}`;
      group = row.group;
      rows.push([first, groupCell, row.label, ...vals]);
    } else {
      group = undefined;
      rows.push([first, `{c=2}${row.label}`, ...vals]);
    }
  }
  return rows;
}

/** Group id → the 5 cells (upheld, corrected, other, pending, total). */
export type AppealValues = Record<string, string[]>;

export function appealsTable(values: AppealValues = {}): TableSpec {
  const def = FORMATS["2021"].appeals;
  const cols = def.columns.map((c) => c.label);
  const row = def.groups.flatMap((g) => values[g.id] ?? cols.map(() => "0"));
  return [
    ["{c=5}行政复议", "{c=10}行政诉讼"],
    [...cols.map((c) => `{r=2}${c}`), "{c=5}未经复议直接起诉", "{c=5}复议后起诉"],
    [...cols.map(() => "{^}"), ...cols, ...cols],
    row,
  ];
}

/** Row id → that row's value cells in the block's column order. */
export type ActiveValues = Record<string, string[]>;

export function activeTable(formatId: FormatId, values: ActiveValues = {}): TableSpec {
  const def = FORMATS[formatId].active;
  const width = 1 + Math.max(...def.blocks.map((b) => b.columns.length));
  const rows: TableSpec = [];
  for (const block of def.blocks) {
    rows.push([`{c=${width}}${block.caption}`]);
    // Fewer columns than the widest block: the last column spans the rest.
    const span = (i: number) => (i === block.columns.length - 1 ? width - block.columns.length : 1);
    const cell = (text: string, i: number) => (span(i) > 1 ? `{c=${span(i)}}${text}` : text);
    rows.push([def.headerLabel, ...block.columns.map((c, i) => cell(c.label, i))]);
    for (const r of block.rows) {
      const vals = values[r.id] ?? block.columns.map(() => "0");
      rows.push([r.label, ...vals.map((v, i) => cell(v, i))]);
    }
  }
  return rows;
}
