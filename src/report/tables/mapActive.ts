/** Mapping the active-disclosure table (二、主动公开政府信息情况) to field ids, block by block. */
import { FORMATS, fieldOf, type FieldDef } from "../formats";
import type { ActiveBlockDef, ColumnDef, FormatDef, FormatId } from "../formats/types";
import { compareLabel, labelCore, MATCH_THRESHOLD, trailingNote } from "../labels/compareLabel";
import type { DocCell } from "../model";
import { chineseNumeral, labelKey, remember, toHalfWidth } from "../text/normalize";
import { assignRows, type RowCandidate } from "./assignRows";
import { headerRanges, matchColumns } from "./columnLayout";
import {
  cellRef,
  cellStartingIn,
  isEmptyRow,
  locationsOf,
  logicalRows,
  originsIn,
  type FieldCell,
  type LogicalRow,
  type MappedField,
  type MappedTable,
} from "./mappedTable";
import type { FoundTable } from "./recognize";
import * as structure from "./structureFindings";

const MARKERS: Record<FormatId, string[]> = {
  "2021": [
    "本年制发件数",
    "本年废止件数",
    "现行有效件数",
    "本年收费金额",
    "本年处理决定数量",
    "行政规范性文件",
  ],
  "2019": [
    "本年新制作数量",
    "本年新公开数量",
    "对外公开总数量",
    "上一年项目数量",
    "本年增/减",
    "其他对外管理服务事项",
    "第二十条第(九)项",
    "政府集中采购",
  ],
};

const markerCache = new Map<string, FormatId[]>();

/** The formats whose marker words a cell's text holds (cached per text). */
function markersIn(text: string): FormatId[] {
  let found = markerCache.get(text);
  if (!found) {
    const key = labelKey(text);
    found = (["2019", "2021"] as FormatId[]).filter((id) => MARKERS[id].some((m) => key.includes(m)));
    remember(markerCache, text, found);
  }
  return found;
}

export function detectActiveFormat(found: FoundTable): FormatId | null {
  const hits: Record<FormatId, number> = { "2019": 0, "2021": 0 };
  for (const row of logicalRows(found.segments))
    for (const cell of row.grid.rowCells(row.r)) {
      if (cell.text === "") continue;
      for (const id of markersIn(cell.text)) hits[id]++;
    }
  if (hits["2019"] === hits["2021"]) return null;
  return hits["2019"] > hits["2021"] ? "2019" : "2021";
}

const CAPTION = /第二十条第\(([一二三四五六七八九十]+)\)项/;

function captionItem(row: LogicalRow): string | undefined {
  for (const cell of row.grid.rowCells(row.r)) {
    const m = CAPTION.exec(toHalfWidth(labelKey(cell.text)));
    if (m) return m[1];
  }
  return undefined;
}

const headerCores = new WeakMap<ActiveBlockDef, Set<string>>();

/** A header row holds `信息内容` or one of the block's column labels (up to ordinals and notes). */
function isHeaderRow(row: LogicalRow, block: ActiveBlockDef, headerLabel: string): boolean {
  let cores = headerCores.get(block);
  if (!cores) {
    cores = new Set([headerLabel, ...block.columns.map((c) => c.label)].map(labelCore));
    headerCores.set(block, cores);
  }
  return row.grid
    .rowCells(row.r)
    .some((c) => c.vMerge !== "continue" && c.text !== "" && cores.has(labelCore(c.text)));
}

/** An amount header that only adds its unit (`采购总金额（万元，保留四位小数）`) keeps the standard wording. */
function onlyAddsUnit(observed: string, col: ColumnDef): boolean {
  const note = trailingNote(observed);
  return col.kind === "amount" && !!note && /元|小数|单位/.test(note);
}

interface Block {
  def: ActiveBlockDef | undefined;
  caption?: string;
  captionRow?: LogicalRow;
  rows: LogicalRow[];
}

/** `detected` is what `detectActiveFormat` said of this table; `fallback` the document's format. */
export function mapActive(
  found: FoundTable,
  detected: FormatId | null,
  fallback: FormatId | null,
): MappedTable {
  const format: FormatDef = FORMATS[detected ?? fallback ?? "2021"];
  const table: MappedTable = {
    kind: "active",
    format: detected,
    locations: locationsOf(found.segments),
    fields: [],
    findings: [],
  };

  // Split into blocks at caption rows (第二十条第（X）项).
  const blocks: Block[] = [];
  for (const row of logicalRows(found.segments)) {
    const item = captionItem(row);
    if (item !== undefined) {
      const def = format.active.blocks.find((b) => chineseNumeral(b.item) === chineseNumeral(item));
      blocks.push({ def, caption: item, captionRow: row, rows: [] });
    } else if (blocks.length === 0) blocks.push({ def: undefined, rows: [row] });
    else blocks[blocks.length - 1].rows.push(row);
  }
  // A block without a caption is identified by its row labels.
  for (const block of blocks)
    if (!block.def && block.caption === undefined) {
      let best = 0;
      for (const candidate of format.active.blocks) {
        if (blocks.some((b) => b.def === candidate)) continue;
        let score = 0;
        for (const row of block.rows)
          for (const cell of row.grid.rowCells(row.r))
            for (const r of candidate.rows) score = Math.max(score, compareLabel(cell.text, r.label).score);
        if (score > best && score >= 0.9) {
          best = score;
          block.def = candidate;
        }
      }
    }

  const seen = new Set<ActiveBlockDef>();
  for (const block of blocks) {
    if (!block.def || seen.has(block.def)) {
      for (const row of block.rows) if (!isEmptyRow(row)) reportExtra(table, row);
      if (block.captionRow && block.caption !== undefined && !block.def) reportExtra(table, block.captionRow);
      continue;
    }
    seen.add(block.def);
    mapBlock(table, block.def, block.rows, format);
  }
  for (const def of format.active.blocks)
    if (!seen.has(def))
      for (const row of def.rows)
        table.findings.push(
          structure.rowMissing(
            "active",
            `${def.caption} ${row.label}`,
            `${def.captionEn}, ${row.labelEn}`,
            def.columns.map((c) => `active.${row.id}.${c.id}`),
          ),
        );
  return table;
}

function reportExtra(table: MappedTable, row: LogicalRow): void {
  const cells = row.grid.rowCells(row.r).filter((c) => c.vMerge !== "continue");
  const label = cells
    .map((c) => c.text.trim())
    .filter((t) => t !== "")
    .join(" ");
  table.findings.push(
    structure.extraRow(
      "active",
      label,
      cells.map((c) => cellRef(row.grid, c)),
    ),
  );
}

function mapBlock(table: MappedTable, def: ActiveBlockDef, rows: LogicalRow[], format: FormatDef): void {
  const headers = rows.filter((r) => isHeaderRow(r, def, format.active.headerLabel));
  const firstData = headers.length > 0 ? rows.indexOf(headers[headers.length - 1]) + 1 : 0;
  const dataRows = rows.slice(firstData).filter((r) => !isEmptyRow(r) && !headers.includes(r));

  // Columns from the header row; without one, values are the cells after the label, in order.
  let columns: { def: ColumnDef; from: number; to: number; header?: string }[] = [];
  let labelEnd = 1;
  if (headers.length > 0) {
    const grid = headers[0].grid;
    const ranges = headerRanges(headers, grid.width);
    const matches = matchColumns(ranges, def.columns);
    columns = matches.map((m) => ({ def: m.def, from: m.range.from, to: m.range.to, header: m.range.leaf }));
    const labelRange = ranges.find(
      (r) => compareLabel(r.leaf, format.active.headerLabel).score >= MATCH_THRESHOLD,
    );
    labelEnd = labelRange ? labelRange.to : Math.min(...columns.map((c) => c.from), grid.width);
    for (const m of matches)
      if (!m.same && !onlyAddsUnit(m.range.leaf, m.def))
        table.findings.push(
          structure.labelChanged(
            "active",
            "column",
            m.range.leaf,
            m.def.label,
            m.def.labelEn,
            def.rows.map((r) => `active.${r.id}.${m.def.id}`),
            [cellRef(grid, m.range.leafCell)],
          ),
        );
  }
  const positional = columns.length === 0;
  for (const col of def.columns)
    if (!positional && !columns.some((c) => c.def === col))
      table.findings.push(
        structure.columnMissing(
          "active",
          `${def.caption} ${col.label}`,
          `${def.captionEn}, ${col.labelEn}`,
          def.rows.map((r) => `active.${r.id}.${col.id}`),
        ),
      );

  // Each data row: label parts left of the values, matched to the block's standard rows.
  interface Observed {
    row: LogicalRow;
    parts: DocCell[];
    matchedPart?: DocCell;
  }
  const observed: Observed[] = dataRows.map((row) => {
    const cells = row.grid.rowCells(row.r);
    const end = positional ? (cells[0] ? cells[0].gridColumn + cells[0].colSpan : 1) : labelEnd;
    return { row, parts: originsIn(row, 0, end).filter((c) => c.text.trim() !== "") };
  });
  const candidates: (RowCandidate & { part: DocCell })[] = [];
  const exact = new Map(def.rows.map((r, j) => [labelKey(r.label), j]));
  observed.forEach((o, i) => {
    // The standard wording itself: no need to weigh the other rows.
    const hit = o.parts.find((p) => exact.has(labelKey(p.text)));
    if (hit) {
      candidates.push({
        obs: i,
        std: exact.get(labelKey(hit.text)) as number,
        score: 1.1,
        same: true,
        part: hit,
      });
      return;
    }
    def.rows.forEach((std, j) => {
      let best: { score: number; same: boolean; part?: DocCell } = { score: 0, same: false };
      for (const part of o.parts) {
        const c = compareLabel(part.text, std.label);
        if (c.score > best.score) best = { ...c, part };
      }
      if (best.part && best.score >= MATCH_THRESHOLD)
        candidates.push({ obs: i, std: j, score: best.score, same: best.same, part: best.part });
    });
  });
  const assigned = assignRows(candidates);
  for (const [i, c] of assigned) observed[i].matchedPart = c.part;

  // Rows sharing a vertically merged label with a matched row are its sub-rows.
  const subRowsOf = new Map<number, number[]>();
  observed.forEach((o, i) => {
    if (assigned.has(i)) return;
    const parent = [...assigned.entries()].find(([k]) => {
      const part = observed[k].matchedPart;
      return part && o.parts.includes(part) && part !== o.parts[o.parts.length - 1];
    });
    if (parent) subRowsOf.set(parent[0], [...(subRowsOf.get(parent[0]) ?? []), i]);
  });
  const isSub = new Set([...subRowsOf.values()].flat());

  const matchedStd = new Set<number>();
  observed.forEach((o, i) => {
    const match = assigned.get(i);
    if (!match) {
      if (!isSub.has(i)) reportExtra(table, o.row);
      return;
    }
    matchedStd.add(match.std);
    const std = def.rows[match.std];
    const rowFields = def.columns.map((c) => `active.${std.id}.${c.id}`);
    const labelCell = o.matchedPart ?? o.parts[0];
    if (!match.same)
      table.findings.push(
        structure.labelChanged("active", "row", labelCell.text, std.label, std.labelEn, rowFields, [
          cellRef(o.row.grid, labelCell),
        ]),
      );
    const members = [i, ...(subRowsOf.get(i) ?? [])];
    const split =
      members.length > 1 || (o.matchedPart !== undefined && o.matchedPart !== o.parts[o.parts.length - 1]);
    const allCells: FieldCell[] = [];
    def.columns.forEach((col, k) => {
      const id = `active.${std.id}.${col.id}`;
      const column = columns.find((c) => c.def === col);
      if (!positional && !column) return;
      const cells: FieldCell[] = [];
      for (const m of members) {
        const row = observed[m].row;
        const cell = positional
          ? valueCellsAfterLabel(observed[m])[k]
          : cellStartingIn(row, column!.from, column!.to);
        if (!cell) continue;
        const subLabel = split ? observed[m].parts[observed[m].parts.length - 1]?.text : undefined;
        const fc: FieldCell = {
          ref: cellRef(row.grid, cell),
          raw: cell.vMerge === "continue" ? "" : cell.text,
        };
        if (subLabel) fc.subLabel = subLabel;
        cells.push(fc);
      }
      if (cells.length === 0) {
        table.findings.push(
          structure.columnMissing(
            "active",
            `${std.label} × ${col.label}`,
            `${std.labelEn} × ${col.labelEn}`,
            [id],
          ),
        );
        return;
      }
      allCells.push(...cells);
      const field: MappedField = { def: fieldOf(format, "active", std.id, col.id) as FieldDef, cells };
      if (column?.header) field.header = column.header;
      table.fields.push(field);
    });
    if (split)
      table.findings.push(
        structure.splitRow(
          "active",
          std.label,
          std.labelEn,
          members.map((m) => observed[m].parts[observed[m].parts.length - 1]?.text ?? ""),
          rowFields,
          allCells.map((c) => c.ref),
        ),
      );
  });
  def.rows.forEach((std, j) => {
    if (!matchedStd.has(j))
      table.findings.push(
        structure.rowMissing(
          "active",
          std.label,
          std.labelEn,
          def.columns.map((c) => `active.${std.id}.${c.id}`),
        ),
      );
  });
}

/** Without a header: the cells after the label cell, in order. */
function valueCellsAfterLabel(o: { row: LogicalRow; parts: DocCell[] }): DocCell[] {
  const cells = o.row.grid.rowCells(o.row.r);
  const last = o.parts[o.parts.length - 1];
  const end = last ? last.gridColumn + last.colSpan : 1;
  return cells.filter((c) => c.gridColumn >= end);
}
