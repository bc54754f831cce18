import { detectReportYear } from "../../../src/report/narrative";
import { docOf, H } from "./doc";

describe("detectReportYear", () => {
  it("reads the year from a one-paragraph title", () => {
    const doc = docOf(["北京市东城区人民政府2023年政府信息公开工作年度报告", "本报告由……编制。", H[1]]);
    expect(detectReportYear(doc)).toEqual({
      year: 2023,
      source: "title",
      titleYear: 2023,
      titleParagraph: 0,
    });
  });

  it("joins a title split over paragraphs (blank paragraphs between)", () => {
    const doc = docOf(["景山街道2020年政府信息公开", "", "工作年度报告", H[1]]);
    expect(detectReportYear(doc)).toMatchObject({ year: 2020, source: "title", titleParagraph: 0 });
    const doc2 = docOf(["长春市九台区上河湾街道办事处", "2019年度", "政府信息公开工作年度报告", H[1]]);
    expect(detectReportYear(doc2)).toMatchObject({ year: 2019, titleParagraph: 1 });
  });

  it("reads a year written in Chinese numerals", () => {
    const doc = docOf(["某某局二〇二二年度政府信息公开工作年度报告", H[1]]);
    expect(detectReportYear(doc).year).toBe(2022);
  });

  it("falls back to the statistical period", () => {
    const doc = docOf([
      "政府信息公开工作年度报告",
      "本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。",
      H[1],
    ]);
    expect(detectReportYear(doc)).toMatchObject({
      year: 2021,
      source: "period",
      periodYear: 2021,
      periodParagraph: 1,
      period: { startYear: 2021, startMonth: 1, startDay: 1, endYear: 2021, endMonth: 12, endDay: 31 },
    });
  });

  it("keeps both when title and period are there; the title wins", () => {
    const doc = docOf(["XX区2023年政府信息公开工作年度报告", "统计期限自2022年1月1日至12月31日。", H[1]]);
    expect(detectReportYear(doc)).toMatchObject({
      year: 2023,
      source: "title",
      titleYear: 2023,
      periodYear: 2022,
    });
  });

  it("does not take a body sentence for the title", () => {
    const doc = docOf([
      "政府信息公开工作年度报告",
      "现将2022年政府信息公开工作年度报告如下：",
      H[1],
      "2023年，本局认真贯彻……",
    ]);
    expect(detectReportYear(doc)).toEqual({ year: null, source: null });
  });
});
