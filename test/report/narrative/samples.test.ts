/**
 * The real sample reports: the findings a reviewer must get, and nothing else above info.
 * Field values for text.table_mismatch are the ones the tests need (景山's table: 本年新收 总计 8).
 */
import { checkNarrative, detectReportYear, findSections } from "../../../src/report/narrative";
import type { Finding } from "../../../src/report/findings";
import { ctxOf } from "./doc";
import { loadSampleText, paragraphWith } from "./samples";

const summary = (fs: Finding[]) =>
  fs.map((f) => [f.rule, f.severity, f.location.section, f.expected, f.actual]);

describe("柳影 2019", () => {
  const doc = loadSampleText("liuying-2019");

  it("reads the year from the split title", () => {
    expect(detectReportYear(doc)).toMatchObject({ year: 2019, source: "title" });
  });

  it("recognises the non-standard 四 and 五 as sections, the 二 heading twice, and no 六", () => {
    expect(findSections(doc).map((s) => [s.number, s.titleMatch])).toEqual([
      [1, "standard"],
      [2, "standard"],
      [2, "standard"],
      [3, "standard"],
      [4, "keywords"],
      [5, "keywords"],
    ]);
  });

  it("gets exactly the section findings", () => {
    const findings = checkNarrative(doc, ctxOf({ format: "2019" }));
    expect(summary(findings)).toEqual([
      ["section.missing", "error", 6, "六、其他需要报告的事项", undefined],
      ["section.number", "warning", 1, "一、", "1、"],
      ["section.number", "warning", 2, undefined, "二、"],
      [
        "section.title",
        "info",
        4,
        "四、政府信息公开行政复议、行政诉讼情况",
        "四、行政复议、诉讼和举报投诉情况",
      ],
      ["section.title", "info", 5, "五、存在的主要问题及改进情况", "五、政府信息公开的改进工作"],
    ]);
    expect(findings[1].location.paragraph).toBe(paragraphWith(doc, "总体情况"));
    const second = doc.blocks.filter((b) => b.kind === "paragraph" && b.text.startsWith("二、主动公开"));
    expect(second).toHaveLength(2);
    expect(findings[2].location.paragraph).toBe(second[1].kind === "paragraph" ? second[1].index : -1);
  });
});

describe("上河湾 2020", () => {
  const doc = loadSampleText("shanghewan-2020");

  it("reads the year from the split title", () => {
    expect(detectReportYear(doc)).toMatchObject({ year: 2020, source: "title", titleParagraph: 1 });
  });

  it("has six standard sections", () => {
    expect(findSections(doc).map((s) => [s.number, s.standardTitle])).toEqual(
      [1, 2, 3, 4, 5, 6].map((n) => [n, true]),
    );
  });

  it("reports only （一）…（2）", () => {
    const findings = checkNarrative(doc, ctxOf({ format: "2019" }));
    expect(summary(findings)).toEqual([["text.numbering", "warning", 5, "（二）", "（2）"]]);
    expect(findings[0].location.paragraph).toBe(paragraphWith(doc, "（2） 改进情况"));
  });
});

describe("景山 2020", () => {
  const doc = loadSampleText("jingshan-2020");

  it("reads the year from the split title", () => {
    expect(detectReportYear(doc)).toMatchObject({ year: 2020, source: "title", titleParagraph: 0 });
  });

  it("reports 1、 and the broken 一是…三是 in section 五; 8 requests agree with the table", () => {
    const findings = checkNarrative(doc, ctxOf({ format: "2019", fields: { "requests.new.total": 8 } }));
    expect(summary(findings)).toEqual([
      ["section.number", "warning", 1, "一、", "1、"],
      ["text.numbering", "warning", 5, "二是", "三是"],
    ]);
    expect(findings[1].location.paragraph).toBe(paragraphWith(doc, "三是人员编制少"));
    expect(findings[1].message).toContain("一是、三是、一是、二是、三是");
    expect(findings[1].message).toContain("缺少「二是」");
    expect(findings[1].message).toContain("「一是」重复");
  });

  it("reports text.table_mismatch when the table says 7", () => {
    const findings = checkNarrative(doc, ctxOf({ format: "2019", fields: { "requests.new.total": 7 } }));
    const mismatch = findings.filter((f) => f.rule === "text.table_mismatch");
    expect(mismatch).toHaveLength(1);
    expect(mismatch[0]).toMatchObject({
      fields: ["requests.new.total"],
      expected: 7,
      actual: 8,
      location: { section: 1, paragraph: paragraphWith(doc, "新收政府信息公开申请数量8件") },
    });
  });
});

describe("the samples as 2021-format reports", () => {
  it("section6.fee fires where 六 is only 无, and nothing else changes", () => {
    const doc = loadSampleText("jingshan-2020");
    const findings = checkNarrative(doc, ctxOf({ format: "2021", fields: { "requests.new.total": 8 } }));
    expect(findings.map((f) => f.rule)).toEqual(["section.number", "text.numbering", "section6.fee"]);
  });
});
