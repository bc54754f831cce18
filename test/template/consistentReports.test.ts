/**
 * Guards the hand-written consistent reports (test/fixtures/reports/consistent-*.txt): their
 * tables have the template's layout, and everything a checker compares really adds up. If one of
 * these fails, the fixture is wrong, not the checker.
 */
import { FORMATS, type FormatDef } from "../../src/report/formats";
import { SECTION_HEADINGS, templateSpec } from "../../src/template";
import { readReportFixture } from "../support/buildDocx";
import {
  fromDocSpec,
  parseReportText,
  tablesOf,
  type ReportText,
  type TextTable,
} from "../support/reportText";

/** Local header variants the fixtures use on purpose (see the fixtures' README). */
const HEADER_VARIANTS: Record<string, string> = { 采购总金额: "采购总金额（万元）" };

const NUMERALS = "一二三四五六七八九十";

/** Checks the table against the template's and returns its value cells' texts in row-major order. */
function valuesFollowingTemplate(table: TextTable, template: TextTable): string[] {
  expect(table.rows).toHaveLength(template.rows.length);
  const values: string[] = [];
  template.rows.forEach((row, r) => {
    expect(table.rows[r]).toHaveLength(row.length);
    row.forEach((t, c) => {
      const cell = table.rows[r][c];
      expect([cell.covered, cell.colSpan, cell.rowSpan]).toEqual([t.covered, t.colSpan, t.rowSpan]);
      if (t.covered) return;
      if (t.text === "") values.push(cell.text);
      else expect(cell.text).toBe(HEADER_VARIANTS[t.text] ?? t.text);
    });
  });
  return values;
}

interface Numbers {
  active: Map<string, number>;
  requests: Map<string, number>;
  appeals: Map<string, number>;
}

function readNumbers(report: ReportText, format: FormatDef): Numbers {
  const tables = tablesOf(report);
  const templates = tablesOf(fromDocSpec(templateSpec(format)));
  expect(tables).toHaveLength(3);
  const [active, requests, appeals] = tables.map((t, i) => valuesFollowingTemplate(t, templates[i]));
  const num = (text: string, signed: boolean, decimals: boolean) => {
    const pattern = new RegExp(`^${signed ? "-?" : ""}\\d+${decimals ? "(\\.\\d+)?" : ""}$`);
    expect(text).toMatch(pattern);
    return Number(text);
  };
  const out: Numbers = { active: new Map(), requests: new Map(), appeals: new Map() };
  for (const block of format.active.blocks)
    for (const row of block.rows)
      for (const col of block.columns)
        out.active.set(
          `${row.id}.${col.id}`,
          num(active.shift()!, col.kind === "signed", col.kind === "amount"),
        );
  for (const row of format.requests.rows)
    for (const col of format.requests.columns)
      out.requests.set(`${row.id}.${col.id}`, num(requests.shift()!, false, false));
  for (const group of format.appeals.groups)
    for (const col of format.appeals.columns)
      out.appeals.set(`${group.id}.${col.id}`, num(appeals.shift()!, false, false));
  expect([active, requests, appeals]).toEqual([[], [], []]);
  return out;
}

/** Paragraph texts per section heading (the paragraphs before the first heading under ""). */
function sections(report: ReportText): Map<string, string[]> {
  const out = new Map<string, string[]>([["", []]]);
  let current = "";
  for (const b of report.blocks) {
    if (b.kind !== "paragraph") continue;
    if (b.style === "heading") out.set((current = b.text), []);
    else if (b.text !== "") out.get(current)!.push(b.text);
  }
  return out;
}

const REPORTS = [
  { name: "consistent-2021", format: FORMATS["2021"], year: 2023 },
  { name: "consistent-2019", format: FORMATS["2019"], year: 2020 },
];

describe.each(REPORTS)("$name", ({ name, format, year }) => {
  const text = readReportFixture(name);
  const report = parseReportText(text);
  const n = readNumbers(report, format);
  const req = (row: string, col = "total") => n.requests.get(`${row}.${col}`)!;
  const columns = format.requests.columns.map((c) => c.id);
  const applicants = columns.filter((c) => c !== "total");

  test("requests: row totals, （七）总计 and the balance of the table's note", () => {
    for (const row of format.requests.rows)
      expect(applicants.reduce((s, c) => s + req(row.id, c), 0)).toBe(req(row.id));
    const leaves = format.requests.rows.filter((r) => r.leaf);
    expect(leaves).toHaveLength(format.id === "2021" ? 21 : 19);
    for (const c of columns) {
      expect(leaves.reduce((s, r) => s + req(r.id, c), 0)).toBe(req("results_total", c));
      expect(req("new", c) + req("carried_over", c)).toBe(
        req("results_total", c) + req("carried_forward", c),
      );
    }
  });

  test("requests: realistic, with several non-zero columns and rows", () => {
    expect(applicants.filter((c) => req("new", c) > 0).length).toBeGreaterThanOrEqual(3);
    expect(format.requests.rows.filter((r) => r.leaf && req(r.id) > 0).length).toBeGreaterThanOrEqual(5);
    expect(req("carried_over")).toBeGreaterThan(0);
    expect(req("carried_forward")).toBeGreaterThan(0);
  });

  test("appeals: each group's total is the sum of its results, and something happened", () => {
    for (const g of format.appeals.groups) {
      const parts = ["upheld", "corrected", "other", "pending"].map((c) => n.appeals.get(`${g.id}.${c}`)!);
      expect(parts.reduce((a, b) => a + b, 0)).toBe(n.appeals.get(`${g.id}.total`));
    }
    expect(n.appeals.get("review.total")).toBeGreaterThan(0);
  });

  test("title, statistical period and years agree", () => {
    const title = report.blocks.find((b) => b.kind === "paragraph" && b.style === "title");
    expect(title && "text" in title && title.text).toMatch(new RegExp(`${year}年政府信息公开工作年度报告$`));
    expect(text).toContain(`统计期限自${year}年1月1日至${year}年12月31日`);
    expect(year).toBeGreaterThanOrEqual(format.firstYear);
    expect(year).toBeLessThanOrEqual(format.lastYear ?? Infinity);
    const years = new Set([...text.matchAll(/(\d{4})年/g)].map((m) => Number(m[1])));
    expect([...years].every((y) => y === year || y === year + 1)).toBe(true);
  });

  test("the six sections, titled and numbered as the standard says", () => {
    const headings = report.blocks.filter((b) => b.kind === "paragraph" && b.style === "heading");
    expect(headings.map((h) => ("text" in h ? h.text : ""))).toEqual([...SECTION_HEADINGS]);
    expect(
      sections(report).get(SECTION_HEADINGS[4])!.join("").split("。").filter(Boolean).length,
    ).toBeGreaterThanOrEqual(3);
  });

  test("enumerations run in sequence", () => {
    for (const [, paragraphs] of sections(report)) {
      const items = paragraphs.map((p) => /^（([一二三四五六七八九十])）/.exec(p)?.[1]).filter(Boolean);
      expect(items.join("")).toBe(NUMERALS.slice(0, items.length));
      for (const p of paragraphs) {
        // 一是…三是 restart in each sentence group that begins with 一是.
        const marks = [...p.matchAll(/([一二三四五六七八九十])是/g)].map((m) => m[1]).join("");
        for (const run of marks.split(/(?=一)/).filter(Boolean))
          expect(run).toBe(NUMERALS.slice(0, run.length));
      }
    }
  });

  test("numbers in the text match the tables", () => {
    const sum = (prefix: string) =>
      format.requests.rows
        .filter((r) => r.id.startsWith(prefix + ".") || r.id === prefix)
        .reduce((s, r) => s + req(r.id), 0);
    const expected: [RegExp, number][] = [
      [/新收政府信息公开申请(\d+)件/g, req("new")],
      [/收到政府信息公开申请(\d+)件/g, req("new")],
      [/上年结转(\d+)件/g, req("carried_over")],
      [/予以公开(\d+)件/g, req("granted")],
      [/部分公开(\d+)件/g, req("partial")],
      [/不予公开(\d+)件/g, sum("withheld")],
      [/无法提供(\d+)件/g, sum("unable")],
      [/不予处理(\d+)件/g, sum("not_processed")],
      [/其他处理(\d+)件/g, sum("other")],
      [/(?:结转下年度继续办理|另有)(\d+)件/g, req("carried_forward")],
      [/自然人(\d+)件/g, req("new", "natural")],
      [/法人或其他组织(\d+)件/g, req("new") - req("new", "natural")],
      [/行政复议(\d+)件/g, n.appeals.get("review.total")!],
      [/行政处罚决定(\d+)件/g, n.active.get("penalty.decisions")!],
      ...(format.id === "2021"
        ? ([
            [/行政规范性文件(\d+)件/g, n.active.get("normative_docs.issued")!],
            [/废止(\d+)件/g, n.active.get("normative_docs.repealed")!],
            [/现行有效(\d+)件/g, n.active.get("normative_docs.in_force")!],
            [/行政许可决定(\d+)件/g, n.active.get("licensing.decisions")!],
            [
              /行政诉讼(\d+)件/g,
              n.appeals.get("suit_direct.total")! + n.appeals.get("suit_after_review.total")!,
            ],
          ] as [RegExp, number][])
        : ([
            [/制作规范性文件(\d+)件/g, n.active.get("normative_docs.made")!],
            [/规范性文件总数达到(\d+)件/g, n.active.get("normative_docs.total_published")!],
            [/行政许可处理决定(\d+)件/g, n.active.get("licensing.decisions")!],
            [/其他对外管理服务事项处理决定(\d+)件/g, n.active.get("other_services.decisions")!],
            [/采购项目(\d+)个/g, n.active.get("procurement.count")!],
          ] as [RegExp, number][])),
    ];
    for (const [pattern, value] of expected) {
      const found = [...text.matchAll(pattern)].map((m) => Number(m[1]));
      expect({ pattern: String(pattern), found: found.length > 0 }).toEqual({
        pattern: String(pattern),
        found: true,
      });
      expect({ pattern: String(pattern), found }).toEqual({
        pattern: String(pattern),
        found: found.map(() => value),
      });
    }
  });

  test("section 六 states the 信息处理费 situation, consistent with the table", () => {
    const six = sections(report).get(SECTION_HEADINGS[5])!.join("");
    expect(six).toMatch(/未(向申请人)?收取信息处理费/);
    if (format.id === "2021") {
      for (const c of columns) expect(req("other.unpaid_fee", c)).toBe(0);
      expect(six).toContain("未向申请人发出收费通知");
    }
  });
});
