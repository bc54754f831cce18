/** The official formats as data: every table, row, column, label and field id. */

export type FormatId = "2019" | "2021";
export type TableId = "active" | "requests" | "appeals";

/**
 * How a cell's value is read: `count` is a non-negative integer, `signed` may carry a sign
 * (2019 `本年增/减`), `amount` may have decimals (money).
 */
export type ValueKind = "count" | "signed" | "amount";

export interface ColumnDef {
  id: string;
  /** The standard's wording. */
  label: string;
  /** In English, for English output (the Chinese stays the reference). */
  labelEn: string;
  kind: ValueKind;
  /** The unit the standard fixes for an amount column; undefined where it leaves it open. */
  unit?: "万元" | "元";
}

export interface RowDef {
  id: string;
  label: string;
  labelEn: string;
}

/** One 第二十条 block of the `active` table: caption row, header row, data rows. */
export interface ActiveBlockDef {
  /** `第二十条第（一）项` */
  caption: string;
  /** `Article 20 (1)` */
  captionEn: string;
  /** The item number in the caption: 一, 五, 六, 八, 九. */
  item: string;
  columns: ColumnDef[];
  rows: RowDef[];
}

export interface ActiveTableDef {
  /** Label of the header row's first cell. */
  headerLabel: string;
  blocks: ActiveBlockDef[];
}

export interface RequestRowDef {
  id: string;
  /** The row's own label, e.g. `1.属于国家秘密` or `（一）予以公开`. */
  label: string;
  labelEn: string;
  /** The merged group label to the left, e.g. `（三）不予公开`; undefined for rows without one. */
  group?: string;
  groupEn?: string;
  /** True for the rows that add up to （七）总计. */
  leaf: boolean;
}

export interface RequestsTableDef {
  /** The header's top-left note. */
  note: string;
  applicantHeader: string;
  orgHeader: string;
  /** The six applicant columns, then `total`. */
  columns: ColumnDef[];
  /** Label spanning all result rows. */
  resultsLabel: string;
  rows: RequestRowDef[];
}

export interface AppealsGroupDef {
  id: string;
  label: string;
  labelEn: string;
  /** `行政复议` or `行政诉讼` (the top header over the group). */
  parent: string;
}

export interface AppealsTableDef {
  groups: AppealsGroupDef[];
  columns: ColumnDef[];
}

export interface FormatDef {
  id: FormatId;
  /** e.g. 国办公开办函〔2021〕30号 */
  issuedBy: string;
  /** First report year the format applies to; `lastYear` undefined while it is in force. */
  firstYear: number;
  lastYear?: number;
  active: ActiveTableDef;
  requests: RequestsTableDef;
  appeals: AppealsTableDef;
}

export function fieldId(table: TableId, row: string, column: string): string {
  return `${table}.${row}.${column}`;
}

/** A requests row in English with its group: `(3) withheld / 1. state secret`. */
export function requestRowEn(row: RequestRowDef): string {
  return row.groupEn ? `${row.groupEn} / ${row.labelEn}` : row.labelEn;
}
