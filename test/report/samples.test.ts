/**
 * The real sample reports, read from .docx both as a word processor saved them and as built by
 * the tests from their text: the findings a reviewer must get, and no false alarm besides.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { readDocx } from "../../src/ooxml";
import { checkReport, type CheckResult } from "../../src/report/checkReport";
import { fieldsOf, FORMATS } from "../../src/report/formats";
import type { Finding } from "../../src/report/findings";
import { buildDocxFromText, readReportFixture } from "../support/buildDocx";

const SAMPLES = join(__dirname, "..", "fixtures", "samples");
const ARITHMETIC = ["requests.balance", "requests.results_total", "requests.row_total", "appeals.total"];

async function fromSavedDocx(name: string): Promise<CheckResult> {
  return checkReport(await readDocx(readFileSync(join(SAMPLES, `${name}.docx`))));
}
async function fromText(name: string): Promise<CheckResult> {
  return checkReport(await readDocx(await buildDocxFromText(readReportFixture(name))));
}
const notBlank = (r: CheckResult) => r.findings.filter((f) => f.rule !== "cell.blank");
const ruleList = (fs: Finding[]) => fs.map((f) => f.rule).sort();

describe.each([
  ["saved by a word processor", fromSavedDocx],
  ["built from the sample text", fromText],
])("sample reports, %s", (_how, load) => {
  it("柳影 2019: blank （七）总计 with the values that would fill it, missing 六, heading 1、", async () => {
    const r = await load("liuying-2019");
    expect([r.format, r.reportYear]).toEqual(["2019", 2019]);
    const fill = (col: string) =>
      r.findings.find((f) => f.rule === "cell.blank" && f.fields[0] === `requests.results_total.${col}`)
        ?.suggestion?.value;
    expect(fill("natural")).toBe(1);
    expect(fill("total")).toBe(1);
    expect(fill("commercial")).toBe(0);
    expect(r.findings.filter((f) => ARITHMETIC.includes(f.rule))).toEqual([]);
    expect(ruleList(notBlank(r))).toEqual([
      "amount.unit", // 采购总金额 4722 with no unit anywhere
      "section.missing",
      "section.number",
      "section.number", // 二、 twice
      "section.title",
      "section.title",
    ]);
    expect(r.findings.find((f) => f.rule === "section.missing")?.message).toContain("六、其他需要报告的事项");
    expect(r.findings.find((f) => f.rule === "section.number")).toMatchObject({
      expected: "一、",
      actual: "1、",
    });
  });

  it("上河湾 2020: the 00 cell, the local row, the （一）…（2） numbering", async () => {
    const r = await load("shanghewan-2020");
    expect([r.format, r.reportYear]).toEqual(["2019", 2020]);
    const malformed = r.findings.find((f) => f.rule === "cell.malformed");
    expect(malformed).toMatchObject({
      fields: ["requests.carried_over.other_org"],
      actual: "00",
      severity: "warning",
    });
    expect(r.fields.get("requests.carried_over.other_org")?.value).toBe(0);
    expect(ruleList(r.findings)).toEqual(["cell.malformed", "table.extra_row", "text.numbering"]);
  });

  it("景山 2020: the 一是…三是…一是 enumeration, sub-rows, +337, no false alarm", async () => {
    const r = await load("jingshan-2020");
    expect([r.format, r.reportYear]).toEqual(["2019", 2020]);
    const numbering = r.findings.find((f) => f.rule === "text.numbering");
    expect(numbering?.message).toContain("一是、三是、一是");
    expect(r.fields.get("active.penalty.change")?.value).toBe(337);
    expect(r.fields.get("active.other_services.change")?.value).toBe(10);
    expect(r.fields.get("active.procurement.amount")?.value).toBe(183.2867);
    expect(ruleList(r.findings)).toEqual(["section.number", "table.extra_row", "text.numbering"]);
  });
});

describe("consistent real-shaped reports", () => {
  it.each(["consistent-2021", "consistent-2019"])("%s gives no finding at all", async (name) => {
    const r = await fromText(name);
    expect(r.findings).toEqual([]);
    expect(r.fields.size).toBe(fieldsOf(FORMATS[r.format ?? "2021"]).length);
  });

  it("a 2023 report with the 2019 tables is outdated", async () => {
    const text = readReportFixture("consistent-2019")
      .replace(/2020年/g, "2023年")
      .replace(/2021年/g, "2024年");
    const r = checkReport(await readDocx(await buildDocxFromText(text)));
    expect(r.reportYear).toBe(2023);
    expect(r.findings.filter((f) => f.rule === "format.outdated").map((f) => f.severity)).toEqual([
      "error",
      "error",
    ]);
  });
});

describe("the WPS-made blank 2021 template", () => {
  it("is recognised as 2021 with every field mapped and only blank cells reported", async () => {
    const r = await fromSavedDocx("blank-2021-template-wps");
    expect(r.format).toBe("2021");
    expect(r.blankTemplate).toBe(true);
    const ids = fieldsOf(FORMATS["2021"]).map((f) => f.id);
    expect([...r.fields.keys()].sort()).toEqual([...ids].sort());
    expect(new Set(r.findings.map((f) => f.rule))).toEqual(new Set(["cell.blank"]));
    expect(r.findings).toHaveLength(ids.length);
  });
});
