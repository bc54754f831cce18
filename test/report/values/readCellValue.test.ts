import { readCellValue, unitInLabel } from "../../../src/report/values/readCellValue";

describe("readCellValue (spec §4)", () => {
  it.each([
    ["0", 0],
    ["12", 12],
    [" 1 2 ", 12],
    ["\u30003\u3000", 3],
    ["4\n", 4],
  ])("reads %j as %d with no issue", (raw, value) => {
    expect(readCellValue(raw, "count")).toMatchObject({ status: "number", value, issues: [] });
  });

  it.each(["", "   ", "\u3000\u3000", "-", "—", "——", "/", "无", "－"])("treats %j as blank", (raw) => {
    expect(readCellValue(raw, "count").status).toBe("blank");
  });

  it("marks placeholders as such", () => {
    expect(readCellValue("—", "count").placeholder).toBe(true);
    expect(readCellValue("", "count").placeholder).toBeUndefined();
  });

  it("reads full-width digits and reports them", () => {
    expect(readCellValue("１２", "count")).toMatchObject({ value: 12, issues: ["full_width"] });
    expect(readCellValue("＋３", "signed")).toMatchObject({ value: 3, issues: ["full_width"] });
  });

  it("reads leading zeros as the number and reports them", () => {
    expect(readCellValue("00", "count")).toMatchObject({ value: 0, issues: ["leading_zeros"] });
    expect(readCellValue("007", "count")).toMatchObject({ value: 7, issues: ["leading_zeros"] });
    expect(readCellValue("0.5", "amount")).toMatchObject({ value: 0.5, issues: [] });
  });

  it("reads thousands separators; a finding only in counts", () => {
    expect(readCellValue("1,234", "count")).toMatchObject({ value: 1234, issues: ["thousands_separator"] });
    expect(readCellValue("1，234", "count")).toMatchObject({ value: 1234, issues: ["thousands_separator"] });
    expect(readCellValue("1,234.5", "amount")).toMatchObject({ value: 1234.5, issues: [] });
    expect(readCellValue("12,34", "count").status).toBe("not_number");
  });

  it("reads signs: expected in a change column, a finding elsewhere", () => {
    expect(readCellValue("+337", "signed")).toMatchObject({ value: 337, issues: [] });
    expect(readCellValue("-5", "signed")).toMatchObject({ value: -5, issues: [] });
    expect(readCellValue("+337", "count")).toMatchObject({ value: 337, issues: ["sign"] });
    expect(readCellValue("-5", "count")).toMatchObject({ value: -5, issues: [] });
  });

  it("reads a number inside text and reports the stray text", () => {
    expect(readCellValue("约5件", "count")).toMatchObject({
      value: 5,
      issues: ["stray_text"],
      stray: "约件",
    });
    expect(readCellValue("251000元", "amount")).toMatchObject({ value: 251000, unit: "元", issues: [] });
    expect(readCellValue("3.5万元", "amount")).toMatchObject({ value: 3.5, unit: "万元", issues: [] });
    expect(readCellValue("251000元", "count")).toMatchObject({ value: 251000, issues: ["stray_text"] });
  });

  it("counts decimals as written", () => {
    expect(readCellValue("183.2867", "amount").decimals).toBe(4);
    expect(readCellValue("1.123456", "amount").decimals).toBe(6);
  });

  it.each(["见附件", "1/2", "3-5", "1+1", "十二", "N/A"])("does not guess at %j", (raw) => {
    expect(readCellValue(raw, "count").status).toBe("not_number");
  });

  it("finds the unit in a header", () => {
    expect(unitInLabel("采购总金额（万元，保留四位小数）")).toBe("万元");
    expect(unitInLabel("采购总金额(元)")).toBe("元");
    expect(unitInLabel("采购总金额")).toBeUndefined();
  });
});
