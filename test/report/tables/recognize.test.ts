import { checkTables } from "../../../src/report/checkTables";
import type { Finding } from "../../../src/report/findings";
import { buildDoc, type TableSpec } from "../support/docBuilder";
import { activeTable, appealsTable, requestsTable } from "../support/standardTables";

const rules = (fs: Finding[]) => fs.map((f) => f.rule);
const nonZero = ["1", "0", "0", "0", "0", "0", "1"];

/** Splits a table spec before each row index in `at`; covered cells at a cut become their own cells. */
function split(rows: TableSpec, at: number[]): TableSpec[] {
  const out: TableSpec[] = [];
  let start = 0;
  for (const cut of [...at, rows.length]) {
    out.push(
      rows
        .slice(start, cut)
        .map((r, i) => (i === 0 ? r.map((c) => c.replace(/^\{\^,?/, "{").replace(/^\{\}/, "")) : r)),
    );
    start = cut;
  }
  return out;
}

describe("recognising the tables", () => {
  it("joins an active table split into one Word table per 第二十条 block", () => {
    const active = activeTable("2021", { regulations: ["2", "1", "9"] });
    const blocks = split(active, [4, 7, 11]);
    const doc = buildDoc(
      "二、主动公开政府信息情况",
      ...blocks.flatMap((b) => ["", b]),
      requestsTable("2021"),
      appealsTable(),
    );
    const result = checkTables(doc);
    expect(result.tables.active?.map((l) => l.table)).toEqual([0, 1, 2, 3]);
    expect(result.readings.get("active.regulations.in_force")?.value).toBe(9);
    expect(result.readings.get("active.fees.amount")?.cells[0].ref.table).toBe(3);
    expect(result.findings).toEqual([]);
  });

  it("joins a requests table broken across a page, with or without a repeated header", () => {
    const req = requestsTable("2021", { granted: nonZero, new: nonZero, results_total: nonZero });
    const [top, bottom] = split(req, [14]);
    const bare = checkTables(buildDoc(activeTable("2021"), top, "", bottom, appealsTable()));
    expect(bare.tables.requests?.map((l) => l.table)).toEqual([1, 2]);
    expect(bare.findings).toEqual([]);
    expect(bare.readings.get("requests.results_total.total")?.cells[0].ref.table).toBe(2);

    const repeated = checkTables(
      buildDoc(activeTable("2021"), top, [...req.slice(0, 3), ...bottom], appealsTable()),
    );
    expect(repeated.findings).toEqual([]);
    expect(repeated.readings.get("requests.results_total.natural")?.value).toBe(1);
  });

  it("finds standard tables nested in a layout table", () => {
    const doc = buildDoc(activeTable("2021"), requestsTable("2021"));
    const [a, r] = doc.blocks;
    if (a.kind !== "table" || r.kind !== "table") throw new Error("fixture");
    const outer = buildDoc([["layout"]]).blocks[0];
    if (outer.kind !== "table") throw new Error("fixture");
    a.index = 1;
    a.nestingLevel = 2;
    r.index = 2;
    r.nestingLevel = 2;
    outer.rows[0].cells[0].tables = [a, r];
    const appeals = buildDoc(appealsTable()).blocks[0];
    if (appeals.kind !== "table") throw new Error("fixture");
    appeals.index = 3;
    const result = checkTables({ blocks: [outer, appeals] });
    expect(result.tables.active?.[0].table).toBe(1);
    expect(result.tables.requests?.[0].table).toBe(2);
    expect(result.findings).toEqual([]);
  });

  it("reads cells by grid position when a row merges its label cells differently", () => {
    const req = requestsTable("2021", { new: nonZero, granted: nonZero, results_total: nonZero });
    // 一、本年新收… written over two cells (one merged label of two columns + an empty one).
    const i = req.findIndex((r) => r[0].includes("本年新收"));
    req[i] = ["{c=2}一、本年新收政府信息公开申请数量", "", ...nonZero];
    const result = checkTables(buildDoc(activeTable("2021"), req, appealsTable()));
    expect(result.findings).toEqual([]);
    expect(result.readings.get("requests.new.natural")?.cells[0].ref.cell).toBe(2);
  });

  it("reports a second copy of a table", () => {
    const result = checkTables(
      buildDoc(activeTable("2021"), requestsTable("2021"), appealsTable(), "附：", requestsTable("2021")),
    );
    expect(rules(result.findings)).toEqual(["table.duplicate"]);
  });

  it("ignores tables that are not standard ones", () => {
    const result = checkTables(
      buildDoc(
        [
          ["单位", "联系电话"],
          ["办公室", "12345"],
        ],
        activeTable("2021"),
        requestsTable("2021"),
        appealsTable(),
      ),
    );
    expect(result.findings).toEqual([]);
    expect(result.tables.active?.[0].table).toBe(1);
  });
});

describe("the active table's local variants", () => {
  it("sums a row split into vertically merged sub-rows and says so", () => {
    const active = activeTable("2019");
    const i = active.findIndex((r) => r[0] === "其他对外管理服务事项");
    active.splice(
      i,
      1,
      ["{r=2}其他对外管理服务事项", "行政检查", "1", "2", "3"],
      ["{^}", "行政确认", "4", "+5", "6"],
    );
    // The label column is two grid columns wide everywhere else.
    for (const row of active)
      if (row !== active[i] && row !== active[i + 1]) row[0] = `{c=2}${row[0].replace(/^\{c=\d+\}/, "")}`;
    for (const row of active) if (/^\{c=5\}/.test(row[0])) row[0] = row[0].replace("{c=5}", "{c=5}");
    const fixed = active.map((row) =>
      /^\{c=2\}第二十条/.test(row[0]) ? [row[0].replace("{c=2}", "{c=5}")] : row,
    );
    const result = checkTables(buildDoc(fixed, requestsTable("2019"), appealsTable()));
    expect(result.readings.get("active.other_services.prev_items")?.value).toBe(5);
    expect(result.readings.get("active.other_services.change")?.value).toBe(7);
    expect(result.readings.get("active.other_services.change")?.raw).toBe("2 + +5");
    const split = result.findings.find((f) => f.rule === "table.extra_row");
    expect(split?.message).toContain("行政检查");
    expect(split?.severity).toBe("info");
    expect(result.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("reports an extra local row as info", () => {
    const active = activeTable("2019");
    active.push(["{c=4}2020年本行政区域（或本部门）政府信息公开发布总数量（非新闻类、消息类）：2"]);
    const result = checkTables(buildDoc(active, requestsTable("2019"), appealsTable()));
    expect(rules(result.findings)).toEqual(["table.extra_row"]);
  });

  it("checks amount units and decimals", () => {
    const doc = (header: string, cell: string) => {
      const active = activeTable("2019", { procurement: ["2", cell] });
      const h = active.findIndex((r) => r.some((c) => c.endsWith("采购总金额")));
      active[h] = active[h].map((c) => (c.endsWith("采购总金额") ? c.replace("采购总金额", header) : c));
      return checkTables(buildDoc(active, requestsTable("2019"), appealsTable())).findings;
    };
    expect(rules(doc("采购总金额", "4722"))).toEqual(["amount.unit"]);
    expect(rules(doc("采购总金额", "0"))).toEqual([]);
    expect(rules(doc("采购总金额（万元，保留四位小数）", "183.2867"))).toEqual([]);
    expect(rules(doc("采购总金额（万元，保留四位小数）", "183.28671"))).toEqual(["amount.decimals"]);
    expect(rules(doc("采购总金额（万元）", "251000元"))).toEqual(["amount.unit"]);
    expect(rules(doc("采购总金额", "251000元"))).toEqual([]);
  });
});

describe("cell checks", () => {
  const withCell = (value: string) =>
    checkTables(
      buildDoc(activeTable("2021", { penalty: [value] }), requestsTable("2021"), appealsTable()),
    ).findings.filter((f) => f.fields[0] === "active.penalty.decisions");

  it.each([
    ["", "cell.blank", "warning"],
    ["—", "cell.blank", "warning"],
    ["见附件", "cell.not_number", "error"],
    ["00", "cell.malformed", "warning"],
    ["约5件", "cell.malformed", "warning"],
    ["１２", "cell.malformed", "info"],
    ["-3", "cell.negative", "error"],
    ["2.5", "cell.fraction", "error"],
    ["+3", "cell.malformed", "warning"],
  ])("%j gives %s", (value, rule, severity) => {
    const found = withCell(value);
    expect(found.map((f) => [f.rule, f.severity])).toEqual([[rule, severity]]);
    expect(found[0].cells).toHaveLength(1);
  });

  it("says nothing about a plain number", () => {
    expect(withCell("12")).toEqual([]);
  });
});
