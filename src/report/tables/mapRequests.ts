/** Mapping the requests table (三、收到和处理政府信息公开申请情况) to field ids. */
import { FORMATS, fieldOf, requestRowEn, type FieldDef } from "../formats";
import type { ColumnDef, FormatDef, FormatId, RequestRowDef } from "../formats/types";
import { compareLabel, labelCore, MATCH_THRESHOLD } from "../labels/compareLabel";
import type { DocCell } from "../model";
import { labelKey } from "../text/normalize";
import { assignRows, outOfOrder, type RowCandidate } from "./assignRows";
import { headerRanges, matchColumns } from "./columnLayout";
import {
  cellRef,
  headerRowTest,
  cellStartingIn,
  isEmptyRow,
  locationsOf,
  logicalRows,
  originsIn,
  type LogicalRow,
  type MappedTable,
} from "./mappedTable";
import type { FoundTable } from "./recognize";
import * as structure from "./structureFindings";

// Words of the header rows, from the format (both formats share the header): a word of the note,
// the two group headers, and the column labels but 其他 and 总计, which also label result rows.
const REQUESTS = FORMATS["2021"].requests;
const HEADER_WORDS = [
  "勾稽关系",
  REQUESTS.applicantHeader,
  REQUESTS.orgHeader,
  ...REQUESTS.columns.map((c) => c.label).filter((label) => label !== "其他" && label !== "总计"),
];
const RESULTS_CORE = labelCore("三、本年度办理结果");

interface Layout {
  labelEnd: number;
  columns: { def: ColumnDef; from: number; to: number }[];
}

const isHeaderRow = headerRowTest(HEADER_WORDS);

/** 2021 splits （六）其他处理 into three rows; 2019 has it as one row with values. */
export function detectRequestsFormat(found: FoundTable): FormatId | null {
  let sixAsLeaf = false;
  for (const row of logicalRows(found.segments)) {
    for (const cell of row.grid.rowCells(row.r)) {
      const key = labelKey(cell.text);
      if (key.includes("逾期不补正") || key.includes("收费通知") || key.includes("缴纳费用")) return "2021";
    }
    if (!row.grid.rowCells(row.r).some((c) => c.text.includes("其他处理"))) continue;
    const parts = originsIn(row, 0, row.grid.width).filter((c) => c.text.trim() !== "");
    const idx = parts.findIndex((c) => labelCore(c.text) === "其他处理");
    // In 2019 the next cell after （六）其他处理 is a value, not an item label.
    if (idx >= 0 && (idx === parts.length - 1 || /^[\d\s０-９]*$/.test(parts[idx + 1].text)))
      sixAsLeaf = true;
  }
  return sixAsLeaf ? "2019" : null;
}

/** `detected` is what `detectRequestsFormat` said of this table; `fallback` the document's format. */
export function mapRequests(
  found: FoundTable,
  detected: FormatId | null,
  fallback: FormatId | null,
): MappedTable {
  const format: FormatDef = FORMATS[detected ?? fallback ?? "2021"];
  const def = format.requests;
  const table: MappedTable = {
    kind: "requests",
    format: detected,
    locations: locationsOf(found.segments),
    fields: [],
    findings: [],
  };

  // Column layouts per Word table, from its header rows; a continuation without its own header
  // (a table broken across a page) borrows the previous layout when the grids agree.
  const rows = logicalRows(found.segments);
  const headerRows = new Set(rows.filter(isHeaderRow));
  const layouts = new Map<LogicalRow["grid"], Layout>();
  const matchedColumns = new Set<ColumnDef>();
  let previous: Layout | undefined;
  for (const segment of found.segments) {
    const segRows = rows.filter(
      (r) => r.grid === segment.grid && r.r >= segment.fromRow && r.r <= segment.toRow,
    );
    const headers = segRows.filter((r) => headerRows.has(r));
    let layout: Layout | undefined;
    if (headers.length > 0) {
      const matches = matchColumns(headerRanges(headers, segment.grid.width), def.columns);
      if (matches.length > 0) {
        layout = {
          labelEnd: Math.min(...matches.map((m) => m.range.from)),
          columns: matches.map((m) => ({ def: m.def, from: m.range.from, to: m.range.to })),
        };
        for (const m of matches) {
          matchedColumns.add(m.def);
          if (!m.same) {
            const fields = def.rows.map((r) => `requests.${r.id}.${m.def.id}`);
            table.findings.push(
              structure.labelChanged("requests", "column", m.range.leaf, m.def.label, m.def.labelEn, fields, [
                cellRef(segment.grid, m.range.leafCell),
              ]),
            );
          }
        }
      }
    } else if (previous && previous.columns.every((c) => c.to <= segment.grid.width)) {
      layout = previous;
    }
    if (layout) {
      layouts.set(segment.grid, layout);
      previous = layout;
    }
  }
  if (layouts.size === 0) {
    // No readable header anywhere: the values are the last seven cells of each row, in order.
    for (const col of def.columns) matchedColumns.add(col);
  }
  for (const col of def.columns)
    if (!matchedColumns.has(col))
      table.findings.push(
        structure.columnMissing(
          "requests",
          col.label,
          col.labelEn,
          def.rows.map((r) => `requests.${r.id}.${col.id}`),
        ),
      );

  // Data rows: their label parts and value cells.
  interface Observed {
    row: LogicalRow;
    parts: DocCell[];
    values: Map<ColumnDef, DocCell | undefined>;
  }
  const observed: Observed[] = [];
  for (const row of rows) {
    if (headerRows.has(row) || isEmptyRow(row)) continue;
    const layout = layouts.get(row.grid);
    let parts: DocCell[];
    const values = new Map<ColumnDef, DocCell | undefined>();
    if (layout) {
      parts = originsIn(row, 0, layout.labelEnd);
      for (const col of layout.columns) values.set(col.def, cellStartingIn(row, col.from, col.to));
    } else {
      const cells = row.grid.rowCells(row.r);
      const valueCells = cells.slice(Math.max(0, cells.length - def.columns.length));
      parts = cells.slice(0, cells.length - valueCells.length).map((c) => row.grid.origin(c));
      def.columns.forEach((col, i) =>
        values.set(col, valueCells[i - (def.columns.length - valueCells.length)]),
      );
    }
    parts = parts.filter((c) => c.text.trim() !== "" && labelCore(c.text) !== RESULTS_CORE);
    // A row holding only the 三、本年度办理结果 label (some layouts give it its own row).
    if (parts.length === 0 && [...values.values()].every((c) => !c || c.text.trim() === "")) continue;
    observed.push({ row, parts, values });
  }

  const candidates: RowCandidate[] = [];
  const exact = new Map(def.rows.map((r, j) => [labelKey(r.label), j]));
  observed.forEach((o, i) => {
    if (o.parts.length === 0) return;
    const leaf = o.parts[o.parts.length - 1].text;
    // The standard wording itself: no need to weigh every other row.
    const j = exact.get(labelKey(leaf));
    if (j !== undefined) {
      candidates.push({ obs: i, std: j, score: 1.1, same: true });
      return;
    }
    const joined = o.parts.map((p) => p.text).join("");
    const group = o.parts.length >= 2 ? o.parts[o.parts.length - 2].text : undefined;
    def.rows.forEach((std: RequestRowDef, j) => {
      const byLeaf = compareLabel(leaf, std.label);
      const byJoined = std.group
        ? compareLabel(joined, std.group + std.label)
        : compareLabel(joined, std.label);
      const best = byLeaf.score >= byJoined.score ? byLeaf : byJoined;
      let score = best.score;
      // The group label breaks ties between items with similar wording in different groups.
      if (std.group && group && compareLabel(group, std.group).score >= MATCH_THRESHOLD) score += 0.02;
      if (best.score >= MATCH_THRESHOLD) candidates.push({ obs: i, std: j, score, same: best.same });
    });
  });
  const assigned = assignRows(candidates);

  const order: number[] = [];
  const orderObs: number[] = [];
  observed.forEach((o, i) => {
    const match = assigned.get(i);
    const labelCell = o.parts[o.parts.length - 1];
    if (!match) {
      const cells = [...o.values.values()]
        .filter((c): c is DocCell => !!c)
        .map((c) => cellRef(o.row.grid, c));
      const label = o.parts.map((p) => p.text).join(" ");
      table.findings.push(structure.extraRow("requests", label, cells));
      return;
    }
    const std = def.rows[match.std];
    order.push(match.std);
    orderObs.push(i);
    if (!match.same)
      table.findings.push(
        structure.labelChanged(
          "requests",
          "row",
          labelCell.text,
          std.label,
          requestRowEn(std),
          def.columns.map((c) => `requests.${std.id}.${c.id}`),
          [cellRef(o.row.grid, labelCell)],
        ),
      );
    for (const col of def.columns) {
      if (!o.values.has(col)) continue;
      const cell = o.values.get(col);
      const fieldDef = fieldOf(format, "requests", std.id, col.id) as FieldDef;
      if (!cell) {
        table.findings.push(
          structure.columnMissing(
            "requests",
            `${std.label} × ${col.label}`,
            `${requestRowEn(std)} × ${col.labelEn}`,
            [fieldDef.id],
          ),
        );
        continue;
      }
      table.fields.push({
        def: fieldDef,
        cells: [{ ref: cellRef(o.row.grid, cell), raw: cell.vMerge === "continue" ? "" : cell.text }],
      });
    }
  });
  for (const pos of outOfOrder(order)) {
    const std = def.rows[order[pos]];
    const o = observed[orderObs[pos]];
    const labelCell = o.parts[o.parts.length - 1];
    table.findings.push(
      structure.rowOrder(
        "requests",
        std.label,
        requestRowEn(std),
        def.columns.map((c) => `requests.${std.id}.${c.id}`),
        [cellRef(o.row.grid, labelCell)],
      ),
    );
  }
  const matchedStd = new Set([...assigned.values()].map((c) => c.std));
  def.rows.forEach((std, j) => {
    if (!matchedStd.has(j))
      table.findings.push(
        structure.rowMissing(
          "requests",
          std.group ? `${std.group} ${std.label}` : std.label,
          requestRowEn(std),
          def.columns.map((c) => `requests.${std.id}.${c.id}`),
        ),
      );
  });
  return table;
}
