/** Tiny builders for narrative tests: paragraphs from strings, a context from a few field values. */
import type { NarrativeContext } from "../../../src/report/narrative";
import type { DocBlock, ReportDocument } from "../../../src/report/model";

/** Stands for a table between paragraphs. */
export const TABLE = "<table>";

export interface ParaSpec {
  text: string;
  listLabel?: string;
}

/** One paragraph per string (or spec); `TABLE` inserts an empty table. Indices count from 0. */
export function docOf(lines: (string | ParaSpec)[]): ReportDocument {
  const blocks: DocBlock[] = [];
  let index = 0;
  let tables = 0;
  for (const line of lines) {
    if (line === TABLE) {
      blocks.push({ kind: "table", index: tables++, nestingLevel: 1, gridColumnCount: 1, rows: [] });
      continue;
    }
    const spec = typeof line === "string" ? { text: line } : line;
    blocks.push({ kind: "paragraph", index: index++, text: spec.text, listLabel: spec.listLabel });
  }
  return { blocks };
}

export interface CtxOptions {
  format?: "2019" | "2021" | null;
  reportYear?: number | null;
  blankTemplate?: boolean;
  fields?: Record<string, number>;
  /** Last year's report: its year and field values (text.change). */
  prior?: { reportYear: number | null; fields: Record<string, number> };
}

/** Field values get made-up cells (table 9, row = position in `fields`) so tests can check them. */
export function ctxOf(opts: CtxOptions = {}): NarrativeContext {
  const fields = opts.fields ?? {};
  const ids = Object.keys(fields);
  return {
    format: opts.format === undefined ? "2021" : opts.format,
    reportYear: opts.reportYear === undefined ? null : opts.reportYear,
    blankTemplate: opts.blankTemplate ?? false,
    field(id) {
      if (!(id in fields)) return undefined;
      return { value: fields[id], cell: { table: 9, row: ids.indexOf(id), cell: 0 } };
    },
    ...(opts.prior
      ? {
          prior: {
            reportYear: opts.prior.reportYear,
            format: opts.format === undefined ? "2021" : opts.format,
            field: (id: string) => opts.prior?.fields[id],
          },
        }
      : {}),
  };
}

/** The six standard headings, for building whole reports around a test's paragraphs. */
export const H = {
  1: "一、总体情况",
  2: "二、主动公开政府信息情况",
  3: "三、收到和处理政府信息公开申请情况",
  4: "四、政府信息公开行政复议、行政诉讼情况",
  5: "五、存在的主要问题及改进情况",
  6: "六、其他需要报告的事项",
} as const;
