import {
  compareLabel,
  labelCore,
  levenshtein,
  MATCH_THRESHOLD,
  trailingNote,
} from "../../../src/report/labels/compareLabel";

describe("compareLabel", () => {
  it("ignores whitespace of every kind, widths and bracket styles", () => {
    for (const observed of [
      "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
      "(二)部分公开(区分处理的,只计这一情形,不计其他情形)",
      "（二）部分公开\n（区分处理的，只计这一情形，\u3000不计其他情形）",
      " （二） 部分公开（区分处理的，只计这一情形，不计其他情形） ",
    ])
      expect(compareLabel(observed, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）")).toEqual({
        score: 1,
        same: true,
      });
    expect(compareLabel('3.危及"三安全一稳定"', "3.危及“三安全一稳定”").same).toBe(true);
    expect(compareLabel("1、属于国家秘密", "1.属于国家秘密").same).toBe(true);
    expect(compareLabel("结\n果\n维\n持", "结果维持").same).toBe(true);
  });

  it("matches a label with a note appended, but not as the same wording", () => {
    const c = compareLabel("处理决定数量（2023年办件量）", "处理决定数量");
    expect(c.same).toBe(false);
    expect(c.score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });

  it("tolerates a typo in a long label", () => {
    const c = compareLabel("2.其他法律行政止公开", "2.其他法律行政法规禁止公开");
    expect(c.same).toBe(false);
    expect(c.score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });

  it.each([
    ["行政处罚", "行政强制"],
    ["行政许可", "行政处罚"],
    ["结果维持", "结果纠正"],
    ["2.重复申请", "3.要求提供公开出版物"],
    ["1.属于国家秘密", "8.属于行政查询事项"],
  ])("keeps %s and %s apart", (a, b) => {
    expect(compareLabel(a, b).score).toBeLessThan(MATCH_THRESHOLD);
  });

  it("strips ordinals and notes for the core", () => {
    expect(labelCore("（三）不予公开")).toBe("不予公开");
    expect(labelCore("一、本年新收政府信息公开申请数量")).toBe("本年新收政府信息公开申请数量");
    expect(labelCore("（二）部分公开（区分处理的，只计这一情形，不计其他情形）")).toBe("部分公开");
    expect(trailingNote("采购总金额（万元，保留四位小数）")).toBe("万元,保留四位小数");
  });

  it("computes edit distance", () => {
    expect(levenshtein("kitten", "sitting")).toBe(3);
    expect(levenshtein("", "ab")).toBe(2);
  });
});
