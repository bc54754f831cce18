import { isSubsequence, squeeze } from "../../src/host/cellText";

describe("squeeze", () => {
  it("keeps only the visible characters, whatever the host's line breaks and cell marks", () => {
    expect(squeeze("本年新收\r政府信息\r\u0007")).toBe("本年新收政府信息");
    expect(squeeze("本年新收\n政府信息")).toBe("本年新收政府信息");
    expect(squeeze(" 1\u00a02\u200b3\ufeff\t4\u3000")).toBe("1234");
  });

  it("reads no text as empty (Word may give null for a merged cell)", () => {
    expect(squeeze(null)).toBe("");
    expect(squeeze(undefined)).toBe("");
  });
});

describe("isSubsequence", () => {
  it("finds a cell's own text, in order, within text that also shows a nested table", () => {
    expect(isSubsequence("合计", "合a计b")).toBe(true);
    expect(isSubsequence("合计", "计合")).toBe(false);
    expect(isSubsequence("", "任何")).toBe(true);
  });
});
