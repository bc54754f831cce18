import { checkNarrative } from "../../../src/report/narrative";
import type { Finding } from "../../../src/report/findings";
import { ctxOf, docOf, H, type CtxOptions } from "./doc";

const TITLE = "某某局2023年政府信息公开工作年度报告";

/** text.year findings of a 2023 report: `intro` before section 一, `s1` in it, `s5` in section 五. */
function years(
  parts: { intro?: string[]; s1?: string[]; s5?: string[]; title?: string },
  ctx: CtxOptions = {},
) {
  const doc = docOf([
    parts.title ?? TITLE,
    ...(parts.intro ?? []),
    H[1],
    ...(parts.s1 ?? []),
    H[2],
    H[3],
    H[4],
    H[5],
    ...(parts.s5 ?? []),
    H[6],
  ]);
  return checkNarrative(doc, ctxOf(ctx)).filter(
    (f) => f.rule === "text.year" || f.rule.startsWith("format."),
  );
}

const pick = (fs: Finding[]) => fs.map((f) => [f.rule, f.expected, f.actual]);

describe("text.year", () => {
  it("(a) title year ≠ statistical period year", () => {
    const found = years({ intro: ["本报告统计期限自2022年1月1日至2022年12月31日。"] });
    expect(pick(found)).toEqual([["text.year", 2023, 2022]]);
    expect(found[0]).toMatchObject({ severity: "warning", location: { paragraph: 1 } });
    expect(found[0].location.excerpt).toContain("2022年1月1日至2022年12月31日");
  });

  it("(a) agreeing title and period are fine", () => {
    expect(years({ intro: ["本报告统计期限自2023年1月1日至2023年12月31日。"] })).toEqual([]);
    expect(years({ intro: ["统计期限自2023年1月1日起至12月31日止。"] })).toEqual([]);
  });

  it("(b) a period that is not one calendar year", () => {
    expect(pick(years({ intro: ["本报告统计期限自2023年1月1日至2024年12月31日。"] }))).toEqual([
      ["text.year", "2023年1月1日至2023年12月31日", "2023年1月1日至2024年12月31日"],
    ]);
    expect(pick(years({ intro: ["统计期限为2023年1月1日至2023年6月30日。"] }))).toEqual([
      ["text.year", "2023年1月1日至2023年12月31日", "2023年1月1日至2023年6月30日"],
    ]);
  });

  it("(c) the body itself followed by another year", () => {
    const found = years({ s1: ["本单位2022年度认真贯彻落实《条例》，全年主动公开政府信息120条。"] });
    expect(pick(found)).toEqual([["text.year", 2023, 2022]]);
    expect(found[0].location).toMatchObject({ section: 1, paragraph: 2 });
    expect(found[0].message).toContain("本单位2022年度");
    expect(pick(years({ s1: ["现将我局2022年政府信息公开工作情况报告如下。"] }))).toEqual([
      ["text.year", 2023, 2022],
    ]);
  });

  it("(c) not for the report year, spans, references, comparisons or plans", () => {
    expect(
      years({
        s1: [
          "本单位2023年度认真贯彻落实《条例》。",
          "本局2022年以来持续推进政务公开。",
          "依据本局2021年印发的《政府信息公开工作制度》开展工作。",
          "与本单位2022年相比，申请数量有所增加。",
          "针对本单位2022年度报告中指出的问题进行了整改。",
        ],
        s5: ["本单位2024年将进一步加强培训。"],
      }),
    ).toEqual([]);
  });

  it("(d) 截至 another year's 12月31日", () => {
    expect(pick(years({ s1: ["截至2022年12月31日，共有现行有效规范性文件12件。"] }))).toEqual([
      ["text.year", "截至2023年12月31日", 2022],
    ]);
    expect(years({ s1: ["截至2023年12月31日，共有现行有效规范性文件12件。"] })).toEqual([]);
  });

  it("(e) a section 一 paragraph opening with an earlier year", () => {
    for (const opening of ["2022年，", "2022年以来，", "2022年度，"]) {
      const found = years({ s1: [`${opening}本局坚持以习近平新时代中国特色社会主义思想为指导。`] });
      expect(pick(found)).toEqual([["text.year", 2023, 2022]]);
    }
    // Not in other sections, not for later years, not for the report year.
    expect(years({ s5: ["2022年，存在的问题主要是渠道单一。"] })).toEqual([]);
    expect(years({ s1: ["2023年，本局坚持依法公开。", "2023年以来，本局持续推进。"] })).toEqual([]);
  });

  it("forward-looking sentences never count (柳影: 2020年将… in a 2019 report)", () => {
    const title = "宽城区柳影街道办事处2019年度政府信息公开工作年度报告";
    expect(
      years({
        title,
        s1: ["2020年，柳影街道将针对去年存在的问题与不足，进一步拓宽公开渠道。"],
        s5: [
          "2020年，柳影街道将针对去年存在的问题与不足，进一步拓宽公开渠道。",
          "我街2020年计划新建公开栏3处。",
        ],
      }),
    ).toEqual([]);
  });

  it("a year in a document title is not the body's year (景山: 2019年度部门决算说明 in 2020)", () => {
    const title = "景山街道2020年政府信息公开工作年度报告";
    expect(
      years({ title, s1: ["并将2019年度部门决算说明、2020年度部门预算说明等情况在网站上进行公开。"] }),
    ).toEqual([]);
  });

  it("uses ctx.reportYear when given", () => {
    const found = years(
      { title: "政府信息公开工作年度报告", s1: ["本单位2022年度认真贯彻落实《条例》。"] },
      { reportYear: 2023 },
    );
    expect(pick(found)).toEqual([["text.year", 2023, 2022]]);
  });

  it("format.year_missing when no year is found, not for a blank template", () => {
    const found = years({ title: "政府信息公开工作年度报告", s1: ["本单位2022年度认真贯彻落实《条例》。"] });
    expect(found.map((f) => [f.rule, f.severity])).toEqual([["format.year_missing", "info"]]);
    expect(years({ title: "政府信息公开工作年度报告" }, { blankTemplate: true })).toEqual([]);
    expect(years({ intro: ["统计期限自2022年1月1日至2022年12月31日。"] }, { blankTemplate: true })).toEqual(
      [],
    );
  });
});
