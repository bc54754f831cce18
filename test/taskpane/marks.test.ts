/** @jest-environment jsdom */
import "./setup";
import type { Finding } from "../../src/report/findings";
import { checkReport } from "../../src/report/checkReport";
import { marksFor } from "../../src/taskpane/marks";
import { mixedReport } from "./fixtures";

const finding = (over: Partial<Finding>): Finding => ({
  rule: "requests.row_total",
  severity: "error",
  message: "",
  messageEn: "",
  fields: [],
  cells: [],
  location: {},
  ...over,
});
const A = { table: 1, row: 5, cell: 3 };
const B = { table: 1, row: 5, cell: 8 };
const C = { table: 0, row: 9, cell: 1 };

test("one mark per cell in its look; the note says the look and lists every rule, in words", () => {
  const marks = marksFor([
    finding({ rule: "cell.blank", severity: "warning", cells: [A] }),
    finding({ rule: "requests.row_total", severity: "error", cells: [A, B] }),
    finding({ rule: "requests.results_total", severity: "error", cells: [A] }),
  ]);
  expect(marks.map((m) => [m.cell, m.look, m.severity])).toEqual([
    [A, "suspect", "error"],
    [B, "involved", "error"],
  ]);
  expect(marks[0].note).toBe(
    "年报校对：最可能填错的单元格。错误：总计等于各类申请人之和；（七）总计等于各项办理结果之和；警告：单元格空白或为占位符（应填 0）",
  );
  expect(marks[1].note).toBe("年报校对：相关单元格。错误：总计等于各类申请人之和");
  // No rule ids in what people read (the tooltip, the comment).
  for (const m of marks) expect(m.note).not.toMatch(/\[|[a-z]+\.[a-z_]+/);
});

test("info findings are never marked; warnings alone stay warnings", () => {
  const marks = marksFor([
    finding({ rule: "table.extra_row", severity: "info", cells: [A] }),
    finding({ rule: "cell.blank", severity: "warning", cells: [C] }),
  ]);
  expect(marks).toEqual([
    { cell: C, look: "blank", severity: "warning", note: expect.stringContaining("警告") },
  ]);
});

test("the cell a finding pinpoints carries the suggestion; marks come in document order", () => {
  const marks = marksFor([
    finding({
      cells: [B, A],
      suggestion: { field: "x", cell: A, value: 3, message: "改为 3", messageEn: "make it 3" },
    }),
    finding({ rule: "cell.blank", severity: "warning", cells: [C] }),
  ]);
  expect(marks.map((m) => m.cell)).toEqual([C, A, B]);
  expect(marks[1].note).toMatch(/。建议：改为 3$/);
  expect(marks[1].look).toBe("suspect");
  expect(marks[2].look).toBe("involved");
  expect(marks[2].note).not.toContain("建议");
  expect(
    marksFor(
      [
        finding({
          cells: [A],
          suggestion: { field: "x", cell: A, value: 3, message: "改为 3", messageEn: "make it 3" },
        }),
      ],
      "en",
    )[0].note,
  ).toBe(
    "Annual report check: the cell most likely wrong. Error: the total equals the sum of the applicant columns. Suggestion: make it 3",
  );
});

test("a suggestion that starts with 建议 is not labelled 建议 twice", () => {
  const [mark] = marksFor([
    finding({
      rule: "cell.blank",
      severity: "warning",
      cells: [A],
      suggestion: { field: "x", cell: A, value: 7, message: "建议填写 7", messageEn: "suggested value 7" },
    }),
  ]);
  expect(mark.note).toBe("年报校对：空白单元格。警告：单元格空白或为占位符（应填 0）。建议：填写 7");
});

test("on a real report: every error and warning cell is marked once, nothing else", async () => {
  const { findings } = checkReport(await mixedReport());
  const marks = marksFor(findings);
  const key = (c: { table: number; row: number; cell: number }) => `${c.table}:${c.row}:${c.cell}`;
  const expected = new Set(findings.filter((f) => f.severity !== "info").flatMap((f) => f.cells.map(key)));
  expect(marks.map((m) => key(m.cell)).sort()).toEqual([...expected].sort());
  expect(marks.find((m) => key(m.cell) === "0:9:1")?.severity).toBe("warning");
});
