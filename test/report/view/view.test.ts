/**
 * The presentation view shared by the pane, the CLI and the JSON: grouping, order, headline,
 * checked scope, and the three mark looks — on the real samples and on a consistent report with
 * one value changed.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { readDocx } from "../../../src/ooxml";
import { checkReport, type CheckResult } from "../../../src/report/checkReport";
import type { Finding } from "../../../src/report/findings";
import { allTables, type ReportDocument } from "../../../src/report/model";
import {
  cellKey,
  cellLooks,
  checkedScope,
  countWords,
  groupFindings,
  markFill,
  resultHeadline,
  ALL_MARK_FILLS,
} from "../../../src/report/view";
import { buildDocxFromText, readReportFixture } from "../../support/buildDocx";

const SAMPLES = join(__dirname, "..", "..", "fixtures", "samples");
const sample = async (name: string) =>
  checkReport(await readDocx(readFileSync(join(SAMPLES, `${name}.docx`))));
const groupsOf = (r: CheckResult) => groupFindings(r.findings, (f) => f, { blankTemplate: r.blankTemplate });

let consistent: ReportDocument;
beforeAll(async () => {
  consistent = await readDocx(await buildDocxFromText(readReportFixture("consistent-2021")));
});

/** The consistent report with one field's cell changed by `delta`. */
function withChanged(field: string, delta: number): CheckResult {
  const base = checkReport(consistent);
  const reading = base.fields.get(field);
  if (!reading?.cells[0]) throw new Error(`no cell for ${field}`);
  const doc = structuredClone(consistent);
  const ref = reading.cells[0].ref;
  allTables(doc)[ref.table].rows[ref.row].cells[ref.cell].text = String((reading.value ?? 0) + delta);
  return checkReport(doc);
}

describe("grouping", () => {
  it("柳影 2019: the one error comes first, the blank cells are one line per table", async () => {
    const r = await sample("liuying-2019");
    const groups = groupsOf(r);
    expect(groups[0]).toMatchObject({ severity: "error", rule: "section.missing", kind: "single" });
    expect(groups[0].title).toBe("缺少第六部分");
    // Every finding is in exactly one group.
    const grouped = groups.flatMap((g) => g.items);
    expect(grouped).toHaveLength(r.findings.length);
    expect(new Set(grouped)).toEqual(new Set(r.findings));
    const blanks = groups.filter((g) => g.rule === "cell.blank");
    expect(blanks.map((g) => g.table)).toEqual(["active", "requests"]);
    for (const g of blanks) {
      expect(g.kind).toBe("repeat");
      expect(g.title).toMatch(
        new RegExp(`^表[二三] · ${g.items.length} 个单元格空白（统计数为 0 时应填 0）$`),
      );
    }
    expect(groups.length).toBeLessThan(12);
  });

  it("orders errors, then warnings, then info, each in document order", async () => {
    for (const name of ["liuying-2019", "shanghewan-2020", "jingshan-2020"]) {
      const groups = groupsOf(await sample(name));
      const ranks = groups.map((g) => ({ error: 0, warning: 1, info: 2 })[g.severity]);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      // Within one severity the sections do not go backwards.
      for (let i = 1; i < groups.length; i++)
        if (groups[i].severity === groups[i - 1].severity)
          expect(groups[i].section).toBeGreaterThanOrEqual(groups[i - 1].section);
    }
  });

  it("items within a group are in document order", async () => {
    const r = await sample("liuying-2019");
    const blank = groupsOf(r).find((g) => g.rule === "cell.blank" && g.table === "requests");
    const cells = blank?.items.map((f) => f.cells[0]) ?? [];
    const sorted = [...cells].sort((a, b) => a.table - b.table || a.row - b.row || a.cell - b.cell);
    expect(cells).toEqual(sorted);
  });

  it("a blank template is one line", async () => {
    const doc = await readDocx(readFileSync(join(SAMPLES, "blank-2021-template-wps.docx")));
    const r = checkReport(doc);
    expect(r.blankTemplate).toBe(true);
    const groups = groupsOf(r);
    const template = groups.filter((g) => g.kind === "blank_template");
    expect(template).toHaveLength(1);
    const blanks = r.findings.filter((f) => f.rule === "cell.blank").length;
    expect(template[0].title).toBe(`空白模板：${blanks} 个统计单元格待填写`);
    expect(groups.filter((g) => g.rule === "cell.blank")).toHaveLength(1);
  });

  it("generic over the caller's items", () => {
    const f = (rule: string, severity: Finding["severity"], row: number): Finding => ({
      rule,
      severity,
      message: "m",
      messageEn: "m",
      fields: [],
      cells: [{ table: 1, row, cell: 2 }],
      location: { section: 3, table: "requests" },
    });
    const items = [
      { id: "a", f: f("cell.blank", "warning", 9) },
      { id: "b", f: f("requests.row_total", "error", 5) },
      { id: "c", f: f("cell.blank", "warning", 4) },
    ];
    const groups = groupFindings(items, (i) => i.f);
    expect(groups.map((g) => g.items.map((i) => i.id))).toEqual([["b"], ["c", "a"]]);
    expect(groups[1].title).toBe("表三 · 2 个单元格空白（统计数为 0 时应填 0）");
    expect(groups[1].titleEn).toBe("Table 3 · 2 blank cells (write 0 where the count is zero)");
  });
});

describe("headline and scope", () => {
  it("names the first error", async () => {
    const r = await sample("liuying-2019");
    const h = resultHeadline(groupsOf(r), r.counts);
    expect(h).toEqual({
      severity: "error",
      zh: "1 个错误：缺少第六部分",
      en: "1\u00a0error: Section 6 is missing",
    });
  });

  it("says there is nothing wrong, and what was checked, on a consistent report", () => {
    const r = checkReport(consistent);
    expect(resultHeadline(groupsOf(r), r.counts).severity).toBeNull();
    const scope = checkedScope(r);
    expect(scope.tables).toEqual(["active", "requests", "appeals"]);
    expect(scope.cells).toBe(r.fields.size);
    expect(scope.zh).toContain("表二、表三、表四");
    expect(scope.zh).toContain(`共 ${r.fields.size} 个统计单元格`);
  });

  it("keeps a count with its measure word", () => {
    expect(countWords(2, "warning")).toEqual({ zh: "2 个警告", en: "2\u00a0warnings" });
    expect(countWords(1, "info").en).toBe("1\u00a0note");
  });
});

describe("mark looks", () => {
  it("one wrong leaf: exactly one suspect cell, the leaf; the other cells of the sums are involved", () => {
    const field = "requests.granted.natural";
    const r = withChanged(field, 1);
    const looks = cellLooks(r.findings);
    const suspects = looks.filter((l) => l.look === "suspect");
    expect(suspects).toHaveLength(1);
    expect(cellKey(suspects[0].cell)).toBe(cellKey(r.fields.get(field)!.cells[0].ref));
    expect(suspects[0].severity).toBe("error");
    expect(looks.filter((l) => l.look === "involved").length).toBeGreaterThan(0);
    expect(looks.some((l) => l.look === "blank")).toBe(false);
  });

  it("a wrong total with no pinpoint: the total is the suspect", () => {
    const r = withChanged("requests.new.total", 2);
    const looks = cellLooks(r.findings);
    const suspects = looks.filter((l) => l.look === "suspect");
    expect(suspects.map((l) => cellKey(l.cell))).toContain(
      cellKey(r.fields.get("requests.new.total")!.cells[0].ref),
    );
    expect(suspects.length).toBeLessThanOrEqual(2);
  });

  it("blank cells have the blank look; info marks nothing; one entry per cell", async () => {
    const r = await sample("liuying-2019");
    const looks = cellLooks(r.findings);
    const blankCells = new Set(
      r.findings.filter((f) => f.rule === "cell.blank").flatMap((f) => f.cells.map(cellKey)),
    );
    for (const l of looks) if (blankCells.has(cellKey(l.cell))) expect(l.look).toBe("blank");
    expect(new Set(looks.map((l) => cellKey(l.cell))).size).toBe(looks.length);
    const infoOnly = r.findings.filter((f) => f.severity === "info");
    expect(cellLooks(infoOnly)).toEqual([]);
  });

  it("every look has its own fill", () => {
    const fills = [
      markFill("suspect", "error"),
      markFill("suspect", "warning"),
      markFill("involved", "error"),
      markFill("blank", "warning"),
    ];
    expect(new Set(fills).size).toBe(4);
    for (const f of fills) expect(ALL_MARK_FILLS).toContain(f);
  });
});

describe("titles of single findings", () => {
  it("a failing sum says what is wrong and where", () => {
    const r = withChanged("requests.granted.natural", 1);
    const titles = groupsOf(r)
      .filter((g) => g.severity === "error")
      .map((g) => g.title);
    expect(titles.length).toBeGreaterThan(0);
    for (const t of titles) expect(t).toMatch(/^表三.*(有误|不满足|不符)/);
  });
});
