/**
 * The blank report template of a format: title, the six sections, and the three standard tables
 * with empty value cells and the standard merges (laid out like the official templates). Built
 * from the format data, so labels are never restated here.
 */
import { SECTION_NUMBERS, standardHeading } from "../report/sections";
import type { CellSpec, DocSpec, ParagraphSpec, TableSpec } from "../docx/docSpec";
import type { ActiveTableDef, AppealsTableDef, FormatDef, RequestsTableDef } from "../report/formats";

export const TEMPLATE_TITLE = "政府信息公开工作年度报告";

/** The six section headings (spec §2), in order. */
export const SECTION_HEADINGS = SECTION_NUMBERS.map(standardHeading);

const empty = (colSpan?: number): CellSpec => ({ text: "", colSpan });

/** The `active` table: per 第二十条 block a caption row, a header row and the data rows. */
export function activeTableSpec(active: ActiveTableDef): TableSpec {
  const valueColumns = Math.max(...active.blocks.map((b) => b.columns.length));
  const width = 1 + valueColumns;
  const rows: CellSpec[][] = [];
  for (const block of active.blocks) {
    // Blocks with fewer value columns let their last column span the rest of the width.
    const spanOf = (i: number) =>
      i === block.columns.length - 1 && block.columns.length < valueColumns
        ? valueColumns - block.columns.length + 1
        : undefined;
    rows.push([{ text: block.caption, colSpan: width }]);
    rows.push([
      { text: active.headerLabel },
      ...block.columns.map((c, i) => ({ text: c.label, colSpan: spanOf(i) })),
    ]);
    for (const row of block.rows)
      rows.push([{ text: row.label }, ...block.columns.map((_, i) => empty(spanOf(i)))]);
  }
  return { rows, columnWidths: [1.4, ...Array<number>(valueColumns).fill(1)] };
}

/**
 * The `requests` table: a 3-row header under the note cell, then one row per format row with the
 * label spread over three columns (`三、本年度办理结果` and the group labels merged vertically).
 */
export function requestsTableSpec(requests: RequestsTableDef): TableSpec {
  const columns = requests.columns;
  const [natural, total] = [columns[0], columns[columns.length - 1]];
  const orgs = columns.slice(1, -1);
  const rows: CellSpec[][] = [
    [
      { text: requests.note, colSpan: 3, rowSpan: 3 },
      { text: requests.applicantHeader, colSpan: columns.length },
    ],
    [
      { text: natural.label, rowSpan: 2 },
      { text: requests.orgHeader, colSpan: orgs.length },
      { text: total.label, rowSpan: 2 },
    ],
    orgs.map((c) => ({ text: c.label })),
  ];
  // The results block: the leaves that add up to （七）总计, and （七）总计 itself.
  const isResult = (r: RequestsTableDef["rows"][number]) => r.leaf || r.id === "results_total";
  const resultCount = requests.rows.filter(isResult).length;
  const values = () => columns.map(() => empty());
  let resultsStarted = false;
  requests.rows.forEach((row, i) => {
    if (!isResult(row)) {
      rows.push([{ text: row.label, colSpan: 3 }, ...values()]);
      return;
    }
    const label: CellSpec[] = [];
    if (!resultsStarted) {
      label.push({ text: requests.resultsLabel, rowSpan: resultCount });
      resultsStarted = true;
    }
    if (row.group === undefined) label.push({ text: row.label, colSpan: 2 });
    else {
      if (requests.rows[i - 1]?.group !== row.group) {
        let size = 1;
        while (requests.rows[i + size]?.group === row.group) size++;
        label.push({ text: row.group, rowSpan: size });
      }
      label.push({ text: row.label });
    }
    rows.push([...label, ...values()]);
  });
  return { rows, columnWidths: [0.8, 1, 3.4, ...columns.map(() => 0.75)] };
}

/** The `appeals` table: 3 header rows (group parents, groups or columns, columns) and one data row. */
export function appealsTableSpec(appeals: AppealsTableDef): TableSpec {
  const n = appeals.columns.length;
  const top: CellSpec[] = [];
  const middle: CellSpec[] = [];
  const bottom: CellSpec[] = [];
  for (const group of appeals.groups) {
    const last = top[top.length - 1];
    if (last && last.text === group.parent) last.colSpan = (last.colSpan ?? 1) + n;
    else top.push({ text: group.parent, colSpan: n });
    if (group.label === group.parent) {
      // 行政复议 has no group row of its own: its column labels fill both lower header rows.
      middle.push(...appeals.columns.map((c) => ({ text: c.label, rowSpan: 2 })));
    } else {
      middle.push({ text: group.label, colSpan: n });
      bottom.push(...appeals.columns.map((c) => ({ text: c.label })));
    }
  }
  const data = appeals.groups.flatMap(() => appeals.columns.map(() => empty()));
  return { rows: [top, middle, bottom, data] };
}

/** The blank template of a format, ready for `writeDocx`. No year anywhere: the user adds it. */
export function templateSpec(format: FormatDef): DocSpec {
  const heading = (i: number): ParagraphSpec => ({ text: SECTION_HEADINGS[i], kind: "heading" });
  // A fresh empty paragraph each time, so that editing one block never changes another.
  const blank = (): ParagraphSpec => ({ text: "" });
  return {
    blocks: [
      { text: TEMPLATE_TITLE, kind: "title" },
      blank(),
      heading(0),
      blank(),
      heading(1),
      activeTableSpec(format.active),
      blank(),
      heading(2),
      requestsTableSpec(format.requests),
      blank(),
      heading(3),
      appealsTableSpec(format.appeals),
      blank(),
      heading(4),
      blank(),
      heading(5),
      blank(),
    ],
  };
}
