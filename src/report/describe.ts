/** Field ids in words, the way reviewers name cells: 表三 · 自然人 · （七）总计. */
import type { Finding } from "./findings";
import { FORMAT_2019, FORMAT_2021, fieldsOf, requestRowEn, type FieldDef } from "./formats";
import type { FormatDef, FormatId, TableId } from "./formats/types";

export interface TableInfo {
  /** The report section the table belongs to. */
  section: number;
  /** Tables are named after their section: the requests table is 表三. */
  name: string;
  nameEn: string;
  title: string;
  titleEn: string;
}

export const TABLE_INFO: Record<TableId, TableInfo> = {
  active: {
    section: 2,
    name: "表二",
    nameEn: "Table 2",
    title: "主动公开政府信息情况",
    titleEn: "proactive disclosure",
  },
  requests: {
    section: 3,
    name: "表三",
    nameEn: "Table 3",
    title: "收到和处理政府信息公开申请情况",
    titleEn: "requests received and handled",
  },
  appeals: {
    section: 4,
    name: "表四",
    nameEn: "Table 4",
    title: "政府信息公开行政复议、行政诉讼情况",
    titleEn: "administrative review and litigation",
  },
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
  /** e.g. Table 3 */
  tableNameEn: string;
  rowEn: string;
  columnEn: string;
  /** e.g. Table 3 · natural persons · (7) total */
  textEn: string;
}

interface Label {
  zh: string;
  en: string;
}

interface Labels {
  def: FieldDef;
  row: Label;
  column: Label;
}

function labelsOf(format: FormatDef): Map<string, Labels> {
  const rowLabel = new Map<string, Label>();
  const colLabel = new Map<string, Label>();
  for (const block of format.active.blocks) {
    for (const row of block.rows) rowLabel.set(`active.${row.id}`, { zh: row.label, en: row.labelEn });
    for (const col of block.columns) colLabel.set(`active.${col.id}`, { zh: col.label, en: col.labelEn });
  }
  for (const row of format.requests.rows)
    rowLabel.set(`requests.${row.id}`, {
      zh: row.group ? `${row.group} ${row.label}` : row.label,
      en: requestRowEn(row),
    });
  for (const col of format.requests.columns)
    colLabel.set(`requests.${col.id}`, { zh: col.label, en: col.labelEn });
  for (const g of format.appeals.groups) rowLabel.set(`appeals.${g.id}`, { zh: g.label, en: g.labelEn });
  for (const col of format.appeals.columns)
    colLabel.set(`appeals.${col.id}`, { zh: col.label, en: col.labelEn });
  const out = new Map<string, Labels>();
  for (const def of fieldsOf(format)) {
    const fallbackRow = { zh: def.row, en: def.row };
    const fallbackColumn = { zh: def.column, en: def.column };
    out.set(def.id, {
      def,
      row: rowLabel.get(`${def.table}.${def.row}`) ?? fallbackRow,
      column: colLabel.get(`${def.table}.${def.column}`) ?? fallbackColumn,
    });
  }
  return out;
}

// Ids common to both formats read the same; 2021 wording wins where they differ, unless the
// format is known (a 2019 table's 处理决定数量 is not 2021's 本年处理决定数量).
const BY_FORMAT: Record<FormatId, Map<string, Labels>> = {
  "2019": labelsOf(FORMAT_2019),
  "2021": labelsOf(FORMAT_2021),
};
const LABELS = new Map([...BY_FORMAT["2019"], ...BY_FORMAT["2021"]]);

export function fieldDef(id: string): FieldDef | undefined {
  return LABELS.get(id)?.def;
}

const WORDS = new Map<string, FieldWords>();

/**
 * The field in words, in the wording of `format` when given (else 2021's where the formats
 * differ); computed once per id and format (messages name fields constantly).
 */
export function describeField(id: string, format?: FormatId | null): FieldWords | undefined {
  const key = format ? `${format}:${id}` : id;
  let words = WORDS.get(key);
  if (!words) {
    const labels = (format ? BY_FORMAT[format] : LABELS).get(id) ?? LABELS.get(id);
    words = labels && computeWords(labels);
    if (words) WORDS.set(key, words);
  }
  return words;
}

/** A field in words in either language; the id itself only for an id no format knows. */
export function fieldWords(id: string, lang: "zh" | "en", format?: FormatId | null): string {
  const words = describeField(id, format);
  if (!words) return id;
  return lang === "zh" ? words.text : words.textEn;
}

function computeWords(labels: Labels): FieldWords {
  const { def, row, column } = labels;
  const tableName = TABLE_INFO[def.table].name;
  const tableNameEn = TABLE_INFO[def.table].nameEn;
  // Requests are read applicant first, then the result (as the 表三 · 自然人 · （七）总计).
  const requests = def.table === "requests";
  const text = requests
    ? `${tableName} · ${column.zh} · ${row.zh}`
    : `${tableName} · ${row.zh} · ${column.zh}`;
  const textEn = requests
    ? `${tableNameEn} · ${column.en} · ${row.en}`
    : `${tableNameEn} · ${row.en} · ${column.en}`;
  return {
    table: def.table,
    tableName,
    row: row.zh,
    column: column.zh,
    text,
    tableNameEn,
    rowEn: row.en,
    columnEn: column.en,
    textEn,
  };
}
