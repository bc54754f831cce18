/**
 * Property-based tests: whatever tables and text a document holds, recognition, mapping, checks
 * and value reading return a result and never throw.
 */
import fc from "fast-check";
import { checkReport } from "../../src/report/checkReport";
import { FORMATS } from "../../src/report/formats";
import type { DocBlock, DocCell, DocTable, ReportDocument } from "../../src/report/model";
import { readCellValue } from "../../src/report/values/readCellValue";
import { buildDoc } from "../report/support/docBuilder";
import { activeTable, appealsTable, requestsTable } from "../report/support/standardTables";

// Cell texts drawn from what reports contain: standard labels, numbers of every shape, noise.
const LABELS = [
  ...FORMATS["2021"].requests.rows.map((r) => r.label),
  ...FORMATS["2019"].active.blocks.flatMap((b) => [
    b.caption,
    ...b.rows.map((r) => r.label),
    ...b.columns.map((c) => c.label),
  ]),
  ...FORMATS["2021"].active.blocks.flatMap((b) => [b.caption, ...b.columns.map((c) => c.label)]),
  ...FORMATS["2021"].appeals.columns.map((c) => c.label),
  "行政复议",
  "行政诉讼",
  "未经复议直接起诉",
  "复议后起诉",
  "申请人情况",
  "自然人",
  "法人或其他组织",
  "总计",
  "信息内容",
  FORMATS["2021"].requests.note,
];
const cellText = fc.oneof(
  fc.constantFrom(...LABELS),
  fc.integer({ min: -1000, max: 100000 }).map(String),
  fc.constantFrom(
    "",
    " ",
    "\u3000",
    "—",
    "/",
    "无",
    "00",
    "+337",
    "１２",
    "1,234",
    "约5件",
    "251000元",
    "3.5万元",
    "见附件",
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "binary", maxLength: 6 }),
);

interface CellPlan {
  text: string;
  colSpan: number;
  rowSpan: number;
}

/** A table with arbitrary shape: ragged rows, horizontal and vertical merges, possibly overlapping. */
const tablePlan = fc.array(
  fc.array(
    fc.record({
      text: cellText,
      colSpan: fc.integer({ min: 1, max: 4 }),
      rowSpan: fc.integer({ min: 1, max: 4 }),
    }),
    { minLength: 0, maxLength: 12 },
  ),
  { minLength: 0, maxLength: 30 },
);

function toTable(plan: CellPlan[][], index: number): DocTable {
  const rows = plan.map((cells, r) => {
    let g = 0;
    const out: DocCell[] = cells.map((c, i) => {
      const cell: DocCell = {
        rowIndex: r,
        cellIndex: i,
        gridColumn: g,
        colSpan: c.colSpan,
        rowSpan: c.rowSpan,
        // Vertical merges as written, consistent or not: a hostile document need not be consistent.
        vMerge: c.rowSpan > 1 ? "restart" : c.text === "" && r > 0 && i % 2 === 0 ? "continue" : "none",
        text: c.text,
        tables: [],
      };
      g += c.colSpan;
      return cell;
    });
    return { rowIndex: r, cells: out, isHeader: false, gridBefore: 0, gridAfter: 0 };
  });
  const width = Math.max(0, ...rows.map((r) => r.cells.reduce((n, c) => n + c.colSpan, 0)));
  return { kind: "table", index, nestingLevel: 1, gridColumnCount: width, rows };
}

const documentPlan = fc.array(
  fc.oneof(
    tablePlan.map((t) => ({ t })),
    fc.string({ maxLength: 60 }).map((p) => ({ p })),
  ),
  {
    maxLength: 8,
  },
);

function toDocument(plan: ({ t: CellPlan[][] } | { p: string })[]): ReportDocument {
  let tables = 0;
  let paragraphs = 0;
  const blocks: DocBlock[] = plan.map((b) =>
    "t" in b ? toTable(b.t, tables++) : { kind: "paragraph", index: paragraphs++, text: b.p },
  );
  return { blocks };
}

describe("never throws, always a result", () => {
  it("checkReport on arbitrary documents", () => {
    fc.assert(
      fc.property(documentPlan, (plan) => {
        const result = checkReport(toDocument(plan));
        expect(Array.isArray(result.findings)).toBe(true);
        for (const f of result.findings) {
          expect(typeof f.message).toBe("string");
          expect(["error", "warning", "info"]).toContain(f.severity);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("checkReport on standard tables with arbitrary cell texts", () => {
    // Standard layouts keep the recognisers busy: every path through mapping and arithmetic.
    fc.assert(
      fc.property(
        fc.constantFrom("2019", "2021"),
        fc.array(fc.array(cellText, { minLength: 7, maxLength: 7 }), { minLength: 28, maxLength: 28 }),
        fc.array(cellText, { minLength: 15, maxLength: 15 }),
        (format, reqValues, appealValues) => {
          const rows = FORMATS[format as "2019" | "2021"].requests.rows;
          const req = Object.fromEntries(rows.map((r, i) => [r.id, reqValues[i]]));
          const appeals = {
            review: appealValues.slice(0, 5),
            suit_direct: appealValues.slice(5, 10),
            suit_after_review: appealValues.slice(10),
          };
          const result = checkReport(
            buildDoc(activeTable(format), requestsTable(format, req), appealsTable(appeals)),
          );
          expect(result.tables.requests).not.toBeNull();
        },
      ),
      { numRuns: 200 },
    );
  });

  it("readCellValue on arbitrary strings", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary" }),
        fc.constantFrom("count", "signed", "amount"),
        (raw, kind) => {
          const v = readCellValue(raw, kind as "count" | "signed" | "amount");
          expect(["number", "blank", "not_number"]).toContain(v.status);
          if (v.status === "number") expect(Number.isFinite(v.value)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
