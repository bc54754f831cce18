/** Findings about a table's shape: missing, extra, renamed or misplaced rows and columns. */
import { TABLE_INFO, TABLE_LOCATIONS } from "../describe";
import type { CellRef, Finding } from "../findings";
import { makeFinding } from "../finding";
import type { TableId } from "../formats/types";
import { collapseWhitespace } from "../text/normalize";
import { quoteEn } from "../text/quoteEn";

const loc = (kind: TableId) => TABLE_LOCATIONS[kind];
const name = (kind: TableId) => TABLE_INFO[kind].name;
const nameEn = (kind: TableId) => TABLE_INFO[kind].nameEn;
/** Labels quoted in messages: one line, not too long. */
export const quote = (text: string): string => {
  const one = collapseWhitespace(text);
  return one.length > 40 ? `${one.slice(0, 39)}…` : one;
};

export function tableMissing(kind: TableId): Finding {
  return makeFinding("table.missing", {
    message: `未找到${name(kind)}「${TABLE_INFO[kind].title}」统计表`,
    messageEn: `${nameEn(kind)} (${TABLE_INFO[kind].titleEn}) was not found`,
    location: loc(kind),
  });
}

export function tableDuplicate(kind: TableId, cells: CellRef[]): Finding {
  return makeFinding("table.duplicate", {
    message: `${name(kind)}「${TABLE_INFO[kind].title}」出现不止一次，只核对了第一个`,
    messageEn: `${nameEn(kind)} (${TABLE_INFO[kind].titleEn}) appears more than once; only the first was checked`,
    cells,
    location: loc(kind),
  });
}

/** `label` is the standard's wording, `labelEn` the row's English name (./formats). */
export function rowMissing(kind: TableId, label: string, labelEn: string, fields: string[]): Finding {
  return makeFinding("table.row_missing", {
    message: `${name(kind)}缺少标准行「${label}」`,
    messageEn: `${nameEn(kind)} lacks the standard row ${quoteEn(labelEn)} (${quoteEn(label)})`,
    fields,
    expected: label,
    location: loc(kind),
  });
}

export function columnMissing(kind: TableId, label: string, labelEn: string, fields: string[]): Finding {
  return makeFinding("table.column_missing", {
    message: `${name(kind)}缺少标准列「${label}」`,
    messageEn: `${nameEn(kind)} lacks the standard column ${quoteEn(labelEn)} (${quoteEn(label)})`,
    fields,
    expected: label,
    location: loc(kind),
  });
}

export function extraRow(kind: TableId, label: string, cells: CellRef[]): Finding {
  const shown = quote(label);
  return makeFinding("table.extra_row", {
    message: `${name(kind)}有非标准行${shown ? `「${shown}」` : "（空白行名）"}（地方增加的内容，不参与核对）`,
    messageEn: `${nameEn(kind)} has a non-standard row ${shown ? quoteEn(shown) : "(no label)"} (a local addition, not checked)`,
    cells,
    actual: label,
    location: loc(kind),
  });
}

export function splitRow(
  kind: TableId,
  label: string,
  labelEn: string,
  subLabels: string[],
  fields: string[],
  cells: CellRef[],
): Finding {
  const subs = subLabels.map(quote).join("、");
  const subsEn = subLabels.map((l) => quoteEn(quote(l))).join(", ");
  return makeFinding("table.extra_row", {
    message: `${name(kind)}「${label}」拆分为子行（${subs}），按各子行之和核对`,
    messageEn: `${nameEn(kind)}: the row ${quoteEn(labelEn)} is split into sub-rows (${subsEn}); their sum is checked`,
    fields,
    cells,
    location: loc(kind),
  });
}

export function labelChanged(
  kind: TableId,
  what: "row" | "column",
  observed: string,
  standard: string,
  standardEn: string,
  fields: string[],
  cells: CellRef[],
): Finding {
  const zh = what === "row" ? "行名" : "列名";
  return makeFinding("table.label_changed", {
    message: `${name(kind)}${zh}「${quote(observed)}」与标准表述「${standard}」不同`,
    messageEn: `${nameEn(kind)}, ${what} ${quoteEn(standardEn)}: the label ${quoteEn(quote(observed))} differs from the standard wording ${quoteEn(standard)}`,
    fields,
    cells,
    expected: standard,
    actual: observed,
    location: loc(kind),
  });
}

export function rowOrder(
  kind: TableId,
  label: string,
  labelEn: string,
  fields: string[],
  cells: CellRef[],
): Finding {
  return makeFinding("table.row_order", {
    message: `${name(kind)}中「${label}」的位置与标准格式的行顺序不同，请核对行名与数据是否对应`,
    messageEn: `${nameEn(kind)}: the row ${quoteEn(labelEn)} is out of the standard row order; check that labels and values belong together`,
    fields,
    cells,
    location: loc(kind),
  });
}
