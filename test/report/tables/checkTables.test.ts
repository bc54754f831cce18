import { checkTables } from "../../../src/report/checkTables";
import type { Finding } from "../../../src/report/findings";
import { FORMATS } from "../../../src/report/formats";
import { buildDoc } from "../support/docBuilder";
import { activeTable, appealsTable, requestsTable } from "../support/standardTables";

const rules = (fs: Finding[]) => fs.map((f) => f.rule);
const notInfo = (fs: Finding[]) => fs.filter((f) => f.severity !== "info");

function fullDoc(format: "2019" | "2021", req = {}, app = {}, act = {}) {
  return buildDoc(
    "二、主动公开政府信息情况",
    activeTable(format, act),
    "三、…",
    requestsTable(format, req),
    "四、…",
    appealsTable(app),
  );
}

describe("checkTables on the standard layouts", () => {
  it.each(["2019", "2021"] as const)(
    "maps every field of a zero-filled %s report and finds nothing",
    (format) => {
      const result = checkTables(fullDoc(format));
      expect(result.format).toBe(format);
      expect(result.findings).toEqual([]);
      const expectedCount = format === "2021" ? 10 + 25 * 7 + 15 : 22 + 23 * 7 + 15;
      expect(result.readings.size).toBe(expectedCount);
      expect(result.tables.active).toEqual([{ table: 0, fromRow: 0, toRow: expect.any(Number) }]);
    },
  );

  it("reads a consistent non-zero report without findings", () => {
    const req = {
      new: ["5", "1", "0", "0", "1", "0", "7"],
      carried_over: ["1", "0", "0", "0", "0", "0", "1"],
      granted: ["3", "1", "0", "0", "0", "0", "4"],
      "withheld.third_party": ["1", "0", "0", "0", "0", "0", "1"],
      "other.other": ["1", "0", "0", "0", "1", "0", "2"],
      results_total: ["5", "1", "0", "0", "1", "0", "7"],
      carried_forward: ["1", "0", "0", "0", "0", "0", "1"],
    };
    const result = checkTables(fullDoc("2021", req, { review: ["1", "0", "0", "1", "2"] }));
    expect(result.findings).toEqual([]);
    expect(result.readings.get("requests.granted.total")?.value).toBe(4);
    expect(result.readings.get("appeals.review.pending")?.value).toBe(1);
  });

  it("names the crossing cell when a row and a column fail by the same amount", () => {
    const req = {
      new: ["5", "0", "0", "0", "0", "0", "5"],
      granted: ["6", "0", "0", "0", "0", "0", "5"], // natural should be 5
      results_total: ["5", "0", "0", "0", "0", "0", "5"],
    };
    const result = checkTables(fullDoc("2021", req));
    const errors = result.findings.filter((f) => f.severity === "error");
    expect(rules(errors).sort()).toEqual(["requests.results_total", "requests.row_total"]);
    for (const e of errors) {
      expect(e.suggestion).toMatchObject({ field: "requests.granted.natural", value: 5 });
      expect(e.fields[0]).toBe("requests.granted.natural");
    }
    const row = errors.find((e) => e.rule === "requests.row_total");
    expect(row).toMatchObject({ expected: 6, actual: 5 });
  });

  it("pinpoints a wrong （七）总计 through the balance and the column", () => {
    const req = {
      new: ["5", "0", "0", "0", "0", "0", "5"],
      granted: ["5", "0", "0", "0", "0", "0", "5"],
      results_total: ["4", "0", "0", "0", "0", "0", "5"],
    };
    const errors = checkTables(fullDoc("2021", req)).findings.filter((f) => f.severity === "error");
    expect(rules(errors).sort()).toEqual([
      "requests.balance",
      "requests.results_total",
      "requests.row_total",
    ]);
    for (const e of errors)
      expect(e.suggestion).toMatchObject({ field: "requests.results_total.natural", value: 5 });
  });

  it("suggests the values of a blank （七）总计 row instead of reporting the checks it breaks", () => {
    const blankRow = ["", "", "", "", "", "", ""];
    const req = {
      new: ["1", "", "", "", "", "", "1"],
      other: ["1", "", "", "", "", "", "1"],
      results_total: blankRow,
    };
    const result = checkTables(fullDoc("2019", req));
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    const blank = (id: string) => result.findings.find((f) => f.rule === "cell.blank" && f.fields[0] === id);
    expect(blank("requests.results_total.natural")?.suggestion?.value).toBe(1);
    expect(blank("requests.results_total.total")?.suggestion?.value).toBe(1);
    expect(blank("requests.results_total.commercial")?.suggestion?.value).toBe(0);
  });

  it("fills a single blank part that explains a failing row", () => {
    const req = {
      new: ["3", "", "0", "0", "0", "0", "5"],
      results_total: ["3", "0", "0", "0", "0", "0", "3"],
    };
    const result = checkTables(fullDoc("2021", req));
    const blank = result.findings.find((f) => f.rule === "cell.blank");
    expect(blank?.fields).toEqual(["requests.new.commercial"]);
    expect(blank?.suggestion?.value).toBe(2);
    expect(result.findings.some((f) => f.rule === "requests.row_total")).toBe(false);
  });

  it("reports appeals totals per group", () => {
    const result = checkTables(fullDoc("2021", {}, { suit_direct: ["1", "1", "0", "0", "1"] }));
    const e = result.findings.find((f) => f.rule === "appeals.total");
    expect(e).toMatchObject({ expected: 2, actual: 1, severity: "error" });
    expect(e?.fields[0]).toBe("appeals.suit_direct.total");
  });

  it("reports a typo in a row label as label_changed and still maps the row", () => {
    const doc = fullDoc("2021", { "withheld.law_forbidden": ["1", "0", "0", "0", "0", "0", "1"] });
    const table = doc.blocks[3];
    if (table.kind !== "table") throw new Error("fixture");
    const cell = table.rows.find((r) => r.cells.some((c) => c.text === "2.其他法律行政法规禁止公开"))!
      .cells[2];
    cell.text = "2.其他法律行政止公开";
    const result = checkTables(doc);
    const changed = result.findings.find((f) => f.rule === "table.label_changed");
    expect(changed).toMatchObject({ severity: "info", actual: "2.其他法律行政止公开" });
    expect(result.readings.get("requests.withheld.law_forbidden.natural")?.value).toBe(1);
    expect(result.findings.some((f) => f.rule === "table.extra_row" || f.rule === "table.row_missing")).toBe(
      false,
    );
  });

  it("reports a deleted row and swapped labels", () => {
    const deleted = fullDoc("2021");
    const t = deleted.blocks[3];
    if (t.kind !== "table") throw new Error("fixture");
    const idx = t.rows.findIndex((r) => r.cells.some((c) => c.text === "2.重复申请"));
    t.rows.splice(idx, 1);
    t.rows.forEach((r, i) => {
      r.rowIndex = i;
      r.cells.forEach((c) => (c.rowIndex = i));
    });
    expect(rules(checkTables(deleted).findings)).toContain("table.row_missing");

    const swapped = fullDoc("2021");
    const s = swapped.blocks[3];
    if (s.kind !== "table") throw new Error("fixture");
    const a = s.rows.find((r) => r.cells.some((c) => c.text === "1.属于国家秘密"))!.cells[2];
    const b = s.rows.find((r) => r.cells.some((c) => c.text === "4.保护第三方合法权益"))!.cells[2];
    [a.text, b.text] = [b.text, a.text];
    expect(rules(checkTables(swapped).findings)).toContain("table.row_order");
  });

  it("reports missing tables", () => {
    const result = checkTables(buildDoc("一、总体情况", [["a", "b"]]));
    expect(rules(result.findings).sort()).toEqual(["table.missing", "table.missing", "table.missing"]);
  });

  it("treats an all-blank document as a blank template with only cell.blank", () => {
    const result = checkTables(fullDoc("2021"));
    expect(result.blankTemplate).toBe(false);
    const empty = buildDoc(activeTableBlank(), requestsBlank(), appealsBlank());
    const r2 = checkTables(empty);
    expect(r2.blankTemplate).toBe(true);
    expect(new Set(rules(r2.findings))).toEqual(new Set(["cell.blank"]));
    expect(r2.findings.every((f) => f.suggestion === undefined)).toBe(true);
    expect(notInfo(r2.findings).length).toBe(r2.readings.size);
  });
});

function requestsBlank() {
  return requestsTable("2021", Object.fromEntries(allRequestRows().map((id) => [id, Array(7).fill("")])));
}
function allRequestRows(): string[] {
  return FORMATS["2021"].requests.rows.map((r) => r.id);
}
function appealsBlank() {
  return appealsTable({
    review: Array(5).fill(""),
    suit_direct: Array(5).fill(""),
    suit_after_review: Array(5).fill(""),
  });
}
function activeTableBlank() {
  return activeTable("2021", {
    regulations: ["", "", ""],
    normative_docs: ["", "", ""],
    licensing: [""],
    penalty: [""],
    coercion: [""],
    fees: [""],
  });
}
