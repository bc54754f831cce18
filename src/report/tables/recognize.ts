/**
 * Finding the three standard tables among all the document's tables. A standard table may be one
 * Word table, several (one per 第二十条 block, or broken across a page), or share a Word table with
 * another; so rows are classified, runs of rows of one kind form segments, and consecutive
 * segments of one kind join into one logical table.
 */
import type { TableId } from "../formats/types";
import { allTables, type DocTable, type ReportDocument } from "../model";
import { labelKey, remember } from "../text/normalize";
import { TableGrid } from "./tableGrid";

/** A run of rows of one Word table. */
export interface TableSegment {
  grid: TableGrid;
  fromRow: number;
  /** Inclusive. */
  toRow: number;
}

/** One standard table as found: its segments in document order. */
export interface FoundTable {
  kind: TableId;
  segments: TableSegment[];
}

export interface Recognition {
  found: Partial<Record<TableId, FoundTable>>;
  /** Further occurrences of a standard table after the first (a pasted second copy). */
  duplicates: FoundTable[];
}

const KINDS: TableId[] = ["active", "requests", "appeals"];

// Words that only occur in one of the three tables. Matched against label keys (no whitespace,
// half-width punctuation), so `本年增/减` and `本年增／减` are the same.
const SIGNALS: Record<TableId, string[]> = {
  active: [
    "第二十条",
    "信息内容",
    "本年制发件数",
    "本年废止件数",
    "现行有效件数",
    "本年新制作数量",
    "本年新公开数量",
    "对外公开总数量",
    "上一年项目数量",
    "本年增/减",
    "处理决定数量",
    "规章",
    "规范性文件",
    "行政许可",
    "行政处罚",
    "行政强制",
    "行政事业性收费",
    "其他对外管理服务事项",
    "政府集中采购",
    "采购项目数量",
    "采购总金额",
    "本年收费金额",
  ],
  requests: [
    "勾稽关系",
    "申请人情况",
    "自然人",
    "法人或其他组织",
    "商业企业",
    "科研机构",
    "社会公益组织",
    "法律服务机构",
    "本年新收",
    "上年结转",
    "本年度办理结果",
    "予以公开",
    "部分公开",
    "不予公开",
    "国家秘密",
    "无法提供",
    "不予处理",
    "其他处理",
    "结转下年度",
    "信访举报",
    "重复申请",
    "三安全一稳定",
    "第三方合法权益",
    "内部事务信息",
    "过程性信息",
    "行政执法案卷",
    "行政查询事项",
    "不掌握相关政府信息",
    "另行制作",
    "仍不明确",
    "公开出版物",
    "大量反复申请",
    "重新出具",
    "逾期不补正",
    "缴纳费用",
  ],
  appeals: [
    "行政复议",
    "行政诉讼",
    "结果维持",
    "结果纠正",
    "其他结果",
    "尚未审结",
    "未经复议直接起诉",
    "复议后起诉",
  ],
};

/** Fewest distinct signal words for a run of rows to count as a standard table. */
const MIN_SIGNALS = 2;

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const SIGNAL_PATTERNS = Object.fromEntries(
  KINDS.map((k) => [k, new RegExp(SIGNALS[k].map(escape).join("|"), "g")]),
) as Record<TableId, RegExp>;

const signalCache = new Map<string, [TableId, string][]>();

/** The signal words in one cell's text (cached: the same labels recur in every report). */
function cellSignals(text: string): [TableId, string][] {
  let found = signalCache.get(text);
  if (!found) {
    found = [];
    const key = labelKey(text);
    for (const kind of KINDS) for (const m of key.matchAll(SIGNAL_PATTERNS[kind])) found.push([kind, m[0]]);
    remember(signalCache, text, found);
  }
  return found;
}

/**
 * Whether a cell's text holds any signal word of any table. A table none of whose cells does can
 * never be part of a standard table (recognition starts from rows with signal words): hosts that
 * read tables in two steps use it to choose the tables worth reading in full.
 */
export function hasSignalWord(text: string): boolean {
  return cellSignals(text).length > 0;
}

/** The distinct signal words of a row, by kind (plain arrays: a row holds a handful at most). */
function rowSignals(grid: TableGrid, r: number): Record<TableId, string[]> {
  const hits: Record<TableId, string[]> = { active: [], requests: [], appeals: [] };
  for (const cell of grid.rowCells(r)) {
    if (cell.vMerge === "continue" || cell.text === "") continue;
    for (const [kind, word] of cellSignals(cell.text)) if (!hits[kind].includes(word)) hits[kind].push(word);
  }
  return hits;
}

/** A row that only holds tables nested in it is a layout row, not part of a standard table. */
function isContainerRow(table: DocTable, r: number): boolean {
  return table.rows[r].cells.some((c) => c.tables.length > 0);
}

function segmentsOf(table: DocTable): { kind: TableId; segment: TableSegment; signals: Set<string> }[] {
  const grid = new TableGrid(table);
  const out: { kind: TableId; segment: TableSegment; signals: Set<string> }[] = [];
  let current: { kind: TableId; segment: TableSegment; signals: Set<string> } | undefined;
  let pendingFrom: number | undefined;
  for (let r = 0; r < table.rows.length; r++) {
    if (isContainerRow(table, r)) {
      current = undefined;
      pendingFrom = undefined;
      continue;
    }
    const hits = rowSignals(grid, r);
    let best: TableId | undefined;
    for (const kind of KINDS)
      if (hits[kind].length > 0 && (!best || hits[kind].length > hits[best].length)) best = kind;
    // Rows without a signal word (values, blank rows) belong to the run they are in.
    const kind = best ?? current?.kind;
    if (!kind) {
      // Rows before the first signal (a continuation's first rows) join the run that follows.
      pendingFrom ??= r;
      continue;
    }
    if (current && current.kind === kind) {
      current.segment.toRow = r;
      for (const word of hits[kind]) current.signals.add(word);
    } else {
      current = {
        kind,
        segment: { grid, fromRow: pendingFrom ?? r, toRow: r },
        signals: new Set(hits[kind]),
      };
      pendingFrom = undefined;
      out.push(current);
    }
  }
  return out;
}

export function recognizeTables(doc: ReportDocument): Recognition {
  const runs: { kind: TableId; segments: TableSegment[] }[] = [];
  for (const table of allTables(doc)) {
    for (const { kind, segment, signals } of segmentsOf(table)) {
      if (signals.size < MIN_SIGNALS) continue;
      const last = runs[runs.length - 1];
      if (last && last.kind === kind) last.segments.push(segment);
      else runs.push({ kind, segments: [segment] });
    }
  }
  const found: Recognition["found"] = {};
  const duplicates: FoundTable[] = [];
  for (const run of runs) {
    if (found[run.kind]) duplicates.push(run);
    else found[run.kind] = run;
  }
  return { found, duplicates };
}
