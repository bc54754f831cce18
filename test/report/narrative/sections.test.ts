import { checkNarrative, findSections } from "../../../src/report/narrative";
import type { Finding } from "../../../src/report/findings";
import { ctxOf, docOf, H, TABLE, type ParaSpec } from "./doc";

const TITLE = "某某局2023年政府信息公开工作年度报告";
const BODY = "本局认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进各项工作，取得了明显成效。";

function sectionFindings(lines: (string | ParaSpec)[]): Finding[] {
  return checkNarrative(docOf(lines), ctxOf({ blankTemplate: true })).filter((f) =>
    f.rule.startsWith("section."),
  );
}

const standard = [TITLE, H[1], BODY, H[2], TABLE, H[3], TABLE, H[4], TABLE, H[5], BODY, H[6], "无"];

describe("findSections", () => {
  it("finds the six standard headings with their block and paragraph positions", () => {
    const sections = findSections(docOf(standard));
    expect(sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(sections.every((s) => s.standardTitle && s.numbering === "chinese")).toBe(true);
    expect(sections[2]).toMatchObject({ blockIndex: 5, paragraph: 4, heading: H[3], label: "三、" });
    expect(sectionFindings(standard)).toEqual([]);
  });

  it("reads automatic numbering (listLabel) as part of the heading", () => {
    const lines = standard.map((l) =>
      typeof l === "string" && /^[一二三四五六]、/.test(l)
        ? { listLabel: l.slice(0, 2), text: l.slice(2) }
        : l,
    );
    expect(findSections(docOf(lines))).toHaveLength(6);
    expect(sectionFindings(lines)).toEqual([]);
  });

  it("does not take body sentences, table-like lines or （一） sub-headings for sections", () => {
    const lines = [
      TITLE,
      H[1],
      "（一）总体情况",
      "一、总体情况良好，本局全年主动公开政府信息1200条，较上年有所增加。",
      "一、本年新收政府信息公开申请数量",
      "二、上年结转政府信息公开申请数量",
      "四、结转下年度继续办理",
      "二、加强组织领导",
      "5、进一步改进工作作风，提高服务水平",
    ];
    expect(findSections(docOf(lines)).map((s) => s.number)).toEqual([1]);
  });
});

describe("section checks", () => {
  it("section.missing: one error per missing section, quoting the standard title", () => {
    const found = sectionFindings([TITLE, H[1], H[2], H[3], H[4], H[5]]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      rule: "section.missing",
      severity: "error",
      expected: "六、其他需要报告的事项",
      location: { section: 6 },
    });
    expect(found[0].message).toContain("标准格式第六部分为「六、其他需要报告的事项」");
  });

  it("section.number: 1、 where 一、 belongs", () => {
    const lines = [TITLE, "1、 总体情况", BODY, H[2], H[3], H[4], H[5], H[6]];
    const found = sectionFindings(lines);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      rule: "section.number",
      severity: "warning",
      expected: "一、",
      actual: "1、",
      location: { section: 1, paragraph: 1, excerpt: "1、 总体情况" },
    });
    // Auto-numbered the same way.
    const auto = sectionFindings([
      TITLE,
      { listLabel: "1.", text: "总体情况" },
      H[2],
      H[3],
      H[4],
      H[5],
      H[6],
    ]);
    expect(auto.map((f) => [f.rule, f.actual])).toEqual([["section.number", "1."]]);
  });

  it("section.number: a numeral that does not fit the title, and the section it leaves out", () => {
    const found = sectionFindings([TITLE, H[1], H[2], "三、政府信息公开行政复议、行政诉讼情况", H[5], H[6]]);
    expect(found.map((f) => [f.rule, f.location.section, f.expected, f.actual])).toEqual([
      ["section.missing", 3, "三、收到和处理政府信息公开申请情况", undefined],
      ["section.number", 4, "四、", "三、"],
    ]);
  });

  it("section.number: a duplicated heading", () => {
    const found = sectionFindings([TITLE, H[1], H[2], BODY, H[2], TABLE, H[3], H[4], H[5], H[6]]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      rule: "section.number",
      actual: "二、",
      location: { section: 2, paragraph: 4 },
    });
    expect(found[0].message).toContain("重复");
  });

  it("section.order: a section after a later one", () => {
    const found = sectionFindings([TITLE, H[1], H[3], H[2], H[4], H[5], H[6]]);
    expect(found.map((f) => [f.rule, f.severity, f.location.section, f.location.paragraph])).toEqual([
      ["section.order", "error", 2, 3],
    ]);
  });

  it("section.title: accepted variants are info and say they are accepted", () => {
    const lines = [
      TITLE,
      H[1],
      "二、主动公开政府信息的情况",
      H[3],
      "四、政府信息公开行政复议及行政诉讼情况",
      "五、政府信息公开工作存在的主要问题及改进情况",
      H[6],
    ];
    const found = sectionFindings(lines);
    expect(found.map((f) => [f.rule, f.severity, f.location.section])).toEqual([
      ["section.title", "info", 2],
      ["section.title", "info", 4],
      ["section.title", "info", 5],
    ]);
    expect(found[1].message).toContain("可接受");
    expect(found[1].expected).toBe("四、政府信息公开行政复议、行政诉讼情况");
    expect(findSections(docOf(lines)).map((s) => s.standardTitle)).toEqual([
      true,
      false,
      true,
      false,
      false,
      true,
    ]);
  });

  it("section.title: a non-standard title is recognised by its numeral and words", () => {
    const lines = [
      TITLE,
      H[1],
      H[2],
      H[3],
      "四、行政复议、诉讼和举报投诉情况",
      TABLE,
      "五、政府信息公开的改进工作",
      BODY,
    ];
    const found = sectionFindings(lines);
    expect(found.map((f) => [f.rule, f.location.section])).toEqual([
      ["section.missing", 6],
      ["section.title", 4],
      ["section.title", 5],
    ]);
    expect(found[1].message).toContain("标准格式第四部分为「四、政府信息公开行政复议、行政诉讼情况」");
  });

  it("a stand-in heading is looked for between its neighbours first", () => {
    const lines = [
      TITLE,
      H[1],
      "五、加强监督改进作风",
      H[2],
      H[3],
      H[4],
      TABLE,
      "五、政府信息公开的改进工作",
      BODY,
      H[6],
    ];
    const sections = findSections(docOf(lines));
    expect(sections.map((s) => [s.number, s.paragraph])).toEqual([
      [1, 1],
      [2, 3],
      [3, 4],
      [4, 5],
      [5, 6],
      [6, 8],
    ]);
  });

  it("punctuation and spacing differences are not findings", () => {
    const lines = [
      TITLE,
      "一、 总体情况：",
      H[2],
      "三、收到和处理政府信息公开申请情况",
      "四、政府信息公开行政复议，行政诉讼情况",
      H[5],
      H[6],
    ];
    expect(sectionFindings(lines)).toEqual([]);
  });

  it("an unnumbered standard title stands in only for a section not otherwise found", () => {
    const found = sectionFindings([
      TITLE,
      "总体情况",
      BODY,
      H[2],
      "收到和处理政府信息公开申请情况",
      H[3],
      H[4],
      H[5],
      H[6],
    ]);
    expect(found.map((f) => [f.rule, f.location.section, f.expected, f.actual])).toEqual([
      ["section.number", 1, "一、", ""],
    ]);
  });

  it("runs on a blank template too", () => {
    const findings = checkNarrative(docOf([TITLE, H[1]]), ctxOf({ blankTemplate: true }));
    expect(findings.map((f) => f.rule)).toEqual(Array(5).fill("section.missing"));
  });
});
