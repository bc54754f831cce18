import { checkNarrative } from "../../../src/report/narrative";
import type { Finding } from "../../../src/report/findings";
import { ctxOf, docOf, H, type CtxOptions } from "./doc";

const TITLE = "某某局2023年政府信息公开工作年度报告";

function check(s5: string[] | null, s6: string[] | null, rule: string, ctx: CtxOptions = {}): Finding[] {
  const lines = [TITLE, H[1], H[2], H[3], H[4]];
  if (s5) lines.push(H[5], ...s5);
  if (s6) lines.push(H[6], ...s6);
  lines.push("某某局", "2024年1月20日");
  return checkNarrative(docOf(lines), ctxOf(ctx)).filter((f) => f.rule === rule);
}

const FEE_OK = ["本机关本年度未收取信息处理费。"];
const S5_OK = ["一是公开内容不够全面。二是解读形式单一。", "下一步，我们将加强培训，丰富解读形式。"];

describe("section5.empty", () => {
  it("is quiet when section 五 states problems and improvements", () => {
    expect(check(S5_OK, FEE_OK, "section5.empty")).toEqual([]);
    expect(
      check(
        ["（一）存在问题", "公开内容不够全面，解读形式单一。", "（二）改进情况", "加强培训。"],
        FEE_OK,
        "section5.empty",
      ),
    ).toEqual([]);
  });

  it("fires for no text, only 无, one sentence, or sub-headings only", () => {
    for (const body of [
      [],
      ["无"],
      ["暂无。"],
      ["我们将进一步做好政务公开工作。"],
      ["（一）存在问题", "（二）改进情况"],
    ]) {
      const found = check(body, FEE_OK, "section5.empty");
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ severity: "warning", location: { section: 5 } });
      expect(found[0].message).toContain("五、存在的主要问题及改进情况");
    }
  });

  it("ignores the signature when section 五 is the last one", () => {
    expect(check(["我们将进一步做好政务公开工作。"], null, "section5.empty")).toHaveLength(1);
  });

  it("leaves a missing section 五 to section.missing, and skips blank templates", () => {
    expect(check(null, FEE_OK, "section5.empty")).toEqual([]);
    expect(check([], FEE_OK, "section5.empty", { blankTemplate: true })).toEqual([]);
  });
});

describe("section6.fee", () => {
  it("2021: section 六 must say something about 信息处理费", () => {
    const found = check(S5_OK, ["无"], "section6.fee");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "warning", location: { section: 6 } });
    expect(found[0].message).toContain("信息处理费");
    expect(check(S5_OK, FEE_OK, "section6.fee")).toEqual([]);
    expect(check(S5_OK, ["本年度没有收费情况。"], "section6.fee")).toEqual([]);
  });

  it("not for the 2019 format, a missing section 六 or a blank template", () => {
    expect(check(S5_OK, ["无"], "section6.fee", { format: "2019" })).toEqual([]);
    expect(check(S5_OK, null, "section6.fee")).toEqual([]);
    expect(check(S5_OK, ["无"], "section6.fee", { blankTemplate: true })).toEqual([]);
  });

  it("unpaid fees in the table while section 六 says no fee notice went out", () => {
    const text = ["本机关未收取信息处理费，本年度未发出收费通知。"];
    const found = check(S5_OK, text, "section6.fee", { fields: { "requests.other.unpaid_fee.total": 2 } });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      fields: ["requests.other.unpaid_fee.total"],
      cells: [{ table: 9, row: 0, cell: 0 }],
      location: { section: 6, paragraph: 9 },
    });
    expect(found[0].location.excerpt).toContain("未发出收费通知");
    expect(check(S5_OK, text, "section6.fee", { fields: { "requests.other.unpaid_fee.total": 0 } })).toEqual(
      [],
    );
    expect(
      check(S5_OK, FEE_OK, "section6.fee", { fields: { "requests.other.unpaid_fee.total": 2 } }),
    ).toEqual([]);
  });
});
