/** Field ids in words, the way reviewers name cells: 表三 · 自然人 · （七）总计. */
import type { Finding } from "./findings";
import { FORMAT_2019, FORMAT_2021, fieldsOf, type FieldDef } from "./formats";
import type { FormatDef, TableId } from "./formats/types";

export interface TableInfo {
  /** The report section the table belongs to. */
  section: number;
  /** Tables are named after their section: the requests table is 表三. */
  name: string;
  nameEn: string;
  title: string;
}

export const TABLE_INFO: Record<TableId, TableInfo> = {
  active: { section: 2, name: "表二", nameEn: "Table 2", title: "主动公开政府信息情况" },
  requests: { section: 3, name: "表三", nameEn: "Table 3", title: "收到和处理政府信息公开申请情况" },
  appeals: { section: 4, name: "表四", nameEn: "Table 4", title: "政府信息公开行政复议、行政诉讼情况" },
};

/** Where findings about a table belong: its section and the table (one shared object per table). */
export const TABLE_LOCATIONS: Record<TableId, { section: number; table: TableId }> = {
  active: { section: TABLE_INFO.active.section, table: "active" },
  requests: { section: TABLE_INFO.requests.section, table: "requests" },
  appeals: { section: TABLE_INFO.appeals.section, table: "appeals" },
};

/** The section a finding belongs to, for grouping: 0 for the whole document. */
export function findingSection(f: Finding): number {
  return f.location.section ?? (f.location.table ? TABLE_INFO[f.location.table].section : 0);
}

export interface FieldWords {
  table: TableId;
  /** e.g. 表三 */
  tableName: string;
  row: string;
  column: string;
  /** e.g. 表三 · 自然人 · （七）总计 */
  text: string;
}

interface Labels {
  def: FieldDef;
  row: string;
  column: string;
}

function labelsOf(format: FormatDef): Map<string, Labels> {
  const rowLabel = new Map<string, string>();
  const colLabel = new Map<string, string>();
  for (const block of format.active.blocks) {
    for (const row of block.rows) rowLabel.set(`active.${row.id}`, row.label);
    for (const col of block.columns) colLabel.set(`active.${col.id}`, col.label);
  }
  for (const row of format.requests.rows)
    rowLabel.set(`requests.${row.id}`, row.group ? `${row.group} ${row.label}` : row.label);
  for (const col of format.requests.columns) colLabel.set(`requests.${col.id}`, col.label);
  for (const g of format.appeals.groups) rowLabel.set(`appeals.${g.id}`, g.label);
  for (const col of format.appeals.columns) colLabel.set(`appeals.${col.id}`, col.label);
  const out = new Map<string, Labels>();
  for (const def of fieldsOf(format))
    out.set(def.id, {
      def,
      row: rowLabel.get(`${def.table}.${def.row}`) ?? def.row,
      column: colLabel.get(`${def.table}.${def.column}`) ?? def.column,
    });
  return out;
}

// Ids common to both formats read the same; 2021 wording wins where they differ.
const LABELS = new Map([...labelsOf(FORMAT_2019), ...labelsOf(FORMAT_2021)]);

export function fieldDef(id: string): FieldDef | undefined {
  return LABELS.get(id)?.def;
}

const WORDS = new Map<string, FieldWords>();

/** The field in words; computed once per id (messages name fields constantly). */
export function describeField(id: string): FieldWords | undefined {
  let words = WORDS.get(id);
  if (!words) {
    words = computeWords(id);
    if (words) WORDS.set(id, words);
  }
  return words;
}

function computeWords(id: string): FieldWords | undefined {
  const labels = LABELS.get(id);
  if (!labels) return undefined;
  const { def, row, column } = labels;
  const tableName = TABLE_INFO[def.table].name;
  // Requests are read applicant first, then the result (as the 表三 · 自然人 · （七）总计).
  const text =
    def.table === "requests" ? `${tableName} · ${column} · ${row}` : `${tableName} · ${row} · ${column}`;
  return { table: def.table, tableName, row, column, text };
}
