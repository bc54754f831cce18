/** Mapping the appeals table (四、政府信息公开行政复议、行政诉讼情况) to field ids. */
import { FORMATS, fieldOf, type FieldDef } from "../formats";
import type { AppealsGroupDef, ColumnDef, FormatId } from "../formats/types";
import { compareLabel, MATCH_THRESHOLD } from "../labels/compareLabel";
import type { DocCell } from "../model";
import { headerRanges, type HeaderRange } from "./columnLayout";
import {
  cellRef,
  headerRowTest,
  cellStartingIn,
  isEmptyRow,
  locationsOf,
  logicalRows,
  type MappedTable,
} from "./mappedTable";
import type { FoundTable } from "./recognize";
import * as structure from "./structureFindings";

// Words of the header rows, from the format: group headers and column labels — and 直接起诉, which
// some tables write without 未经复议.
const APPEALS = FORMATS["2021"].appeals;
const HEADER_WORDS = [
  ...new Set(APPEALS.groups.flatMap((g) => [g.parent, g.label])),
  ...APPEALS.columns.map((c) => c.label),
  "直接起诉",
];

const isHeaderRow = headerRowTest(HEADER_WORDS);

interface Slot {
  group: AppealsGroupDef;
  column: ColumnDef;
  range: HeaderRange;
}

/** Group of a column: the lowest header text that names one (复议后起诉 under 行政诉讼). */
function groupOf(range: HeaderRange, groups: AppealsGroupDef[]): AppealsGroupDef | undefined {
  for (let i = range.path.length - 2; i >= 0; i--) {
    let best: { g: AppealsGroupDef; score: number } | undefined;
    for (const g of groups) {
      const score = compareLabel(range.path[i], g.label).score;
      if (score >= MATCH_THRESHOLD && (!best || score > best.score)) best = { g, score };
    }
    if (best) return best.g;
  }
  return undefined;
}

export function mapAppeals(found: FoundTable, fallback: FormatId | null): MappedTable {
  const format = FORMATS[fallback ?? "2021"];
  const def = format.appeals;
  const table: MappedTable = {
    kind: "appeals",
    format: null,
    locations: locationsOf(found.segments),
    fields: [],
    findings: [],
  };
  const rows = logicalRows(found.segments);
  const headers = rows.filter(isHeaderRow);
  const dataRows = rows.filter((r) => !isHeaderRow(r));
  const grid = (headers[0] ?? rows[0]).grid;

  // Leaf columns first, then their groups; where the header names no groups, the standard order
  // (行政复议, 未经复议直接起诉, 复议后起诉) decides.
  const ranges = headerRanges(
    headers.filter((h) => h.grid === grid),
    grid.width,
  );
  const slots: Slot[] = [];
  const leafMatches: { column: ColumnDef; range: HeaderRange; same: boolean }[] = [];
  for (const range of ranges) {
    let best: { column: ColumnDef; score: number; same: boolean } | undefined;
    for (const column of def.columns) {
      const c = compareLabel(range.leaf, column.label);
      if (c.score >= MATCH_THRESHOLD && (!best || c.score > best.score))
        best = { column, score: c.score, same: c.same };
    }
    if (best) leafMatches.push({ column: best.column, range, same: best.same });
  }
  const perGroup = def.columns.length;
  leafMatches.forEach((m, i) => {
    const group = groupOf(m.range, def.groups) ?? def.groups[Math.floor(i / perGroup)];
    if (!group || slots.some((s) => s.group === group && s.column === m.column)) return;
    slots.push({ group, column: m.column, range: m.range });
    if (!m.same)
      table.findings.push(
        structure.labelChanged(
          "appeals",
          "column",
          m.range.leaf,
          m.column.label,
          `${group.labelEn} × ${m.column.labelEn}`,
          [`appeals.${group.id}.${m.column.id}`],
          [cellRef(grid, m.range.leafCell)],
        ),
      );
  });

  for (const group of def.groups)
    for (const column of def.columns)
      if (!slots.some((s) => s.group === group && s.column === column))
        table.findings.push(
          structure.columnMissing(
            "appeals",
            `${group.label} ${column.label}`,
            `${group.labelEn} × ${column.labelEn}`,
            [`appeals.${group.id}.${column.id}`],
          ),
        );

  // One data row holds the fifteen values (all blank in a blank template); further non-empty
  // rows are local additions.
  const own = dataRows.filter((r) => r.grid === grid);
  const valueRow = own.find((r) => !isEmptyRow(r)) ?? own[0];
  const extra = own.filter((r) => r !== valueRow && !isEmptyRow(r));
  if (valueRow) {
    for (const slot of slots) {
      const cell: DocCell | undefined = cellStartingIn(valueRow, slot.range.from, slot.range.to);
      const id = `appeals.${slot.group.id}.${slot.column.id}`;
      if (!cell) {
        table.findings.push(
          structure.columnMissing(
            "appeals",
            `${slot.group.label} ${slot.column.label}`,
            `${slot.group.labelEn} × ${slot.column.labelEn}`,
            [id],
          ),
        );
        continue;
      }
      table.fields.push({
        def: fieldOf(format, "appeals", slot.group.id, slot.column.id) as FieldDef,
        cells: [{ ref: cellRef(valueRow.grid, cell), raw: cell.vMerge === "continue" ? "" : cell.text }],
      });
    }
  } else if (slots.length > 0) {
    table.findings.push(
      structure.rowMissing(
        "appeals",
        "数据行",
        "data row",
        slots.map((s) => `appeals.${s.group.id}.${s.column.id}`),
      ),
    );
  }
  for (const row of [...extra, ...dataRows.filter((r) => r.grid !== grid && !isEmptyRow(r))]) {
    const cells = row.grid.rowCells(row.r).filter((c) => c.vMerge !== "continue");
    table.findings.push(
      structure.extraRow(
        "appeals",
        cells
          .map((c) => c.text.trim())
          .filter((t) => t)
          .join(" "),
        cells.map((c) => cellRef(row.grid, c)),
      ),
    );
  }
  return table;
}
