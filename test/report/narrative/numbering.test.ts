import { checkNarrative } from "../../../src/report/narrative";
import type { Finding } from "../../../src/report/findings";
import { ctxOf, docOf, H, type ParaSpec } from "./doc";

const TITLE = "某某局2023年政府信息公开工作年度报告";

/** text.numbering findings of a report whose section 五 (or the given section) holds `lines`. */
function numbering(lines: (string | ParaSpec)[], section: 1 | 5 = 5): Finding[] {
  const before = section === 1 ? [TITLE, H[1]] : [TITLE, H[1], H[2], H[3], H[4], H[5]];
  const after = section === 1 ? [H[2], H[3], H[4], H[5], H[6]] : [H[6]];
  const doc = docOf([...before, ...lines, ...after]);
  return checkNarrative(doc, ctxOf({ reportYear: 2023 })).filter((f) => f.rule === "text.numbering");
}

/** DocParagraph.index of `lines[i]` in the section-五 report built by `numbering`. */
const at5 = (i: number) => 6 + i;

describe("text.numbering", () => {
  it("一是…三是 inside a paragraph", () => {
    const found = numbering(["主要问题有：一是公开意识不强；三是公开渠道单一；四是解读不够。"]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      rule: "text.numbering",
      severity: "warning",
      expected: "二是",
      actual: "三是",
      location: { section: 5, paragraph: at5(0) },
    });
    expect(found[0].message).toContain("一是、三是、四是");
    expect(found[0].message).toContain("缺少「二是」");
    expect(found[0].location.excerpt).toContain("三是");
    expect(found[0].location.excerpt!.length).toBeLessThanOrEqual(40);
  });

  it("a complete 一是…三是 is fine, and X是 inside words does not count", () => {
    expect(numbering(["一是加强领导，统一思想。二是规范流程，唯一是要求及时。三是拓宽渠道。"])).toEqual([]);
    expect(numbering(["一是加强领导。", "二是规范流程，这是唯一是非判断标准。", "三是拓宽渠道。"])).toEqual(
      [],
    );
  });

  it("（一）…（三）: a missing sub-heading", () => {
    const found = numbering(["（一）存在问题", "问题较多。", "（三）改进情况", "逐步改进。"]);
    expect(found.map((f) => [f.expected, f.actual, f.location.paragraph])).toEqual([
      ["（二）", "（三）", at5(2)],
    ]);
  });

  it("1、…3、 and a repeated number", () => {
    expect(numbering(["1、公开不及时。", "3、解读不到位。"]).map((f) => [f.expected, f.actual])).toEqual([
      ["2、", "3、"],
    ]);
    const repeated = numbering(["1.公开不及时。", "2.解读不到位。", "2.渠道单一。", "3.培训不足。"]);
    expect(repeated.map((f) => [f.expected, f.actual, f.location.paragraph])).toEqual([["3.", "2.", at5(2)]]);
    expect(repeated[0].message).toContain("「2.」重复");
  });

  it("automatic numbering counts as written", () => {
    const found = numbering([
      { listLabel: "1.", text: "公开不及时。" },
      { listLabel: "2.", text: "解读不到位。" },
      { listLabel: "4.", text: "渠道单一。" },
    ]);
    expect(found.map((f) => [f.expected, f.actual])).toEqual([["3.", "4."]]);
  });

  it("mixed styles at one level: （一）…（2）", () => {
    const found = numbering([
      "（一）存在问题",
      "1、认识不足。",
      "2、更新不及时。",
      "（2） 改进情况",
      "1、加强学习。",
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ expected: "（二）", actual: "（2）", location: { paragraph: at5(3) } });
    expect(found[0].message).toContain("样式不一致");
  });

  it("（1）（2） under （一） are a deeper level, not a mix", () => {
    expect(
      numbering([
        "（一）存在问题",
        "（1）认识不足。",
        "（2）更新不及时。",
        "（二）改进情况",
        "（1）加强学习。",
      ]),
    ).toEqual([]);
  });

  it("scopes reset at section headings", () => {
    const doc = docOf([
      TITLE,
      H[1],
      "一是加强领导。",
      "二是完善制度。",
      H[2],
      "一是公开的主要内容",
      H[3],
      H[4],
      H[5],
      H[6],
    ]);
    expect(
      checkNarrative(doc, ctxOf({ reportYear: 2023 })).filter((f) => f.rule === "text.numbering"),
    ).toEqual([]);
  });

  it("an inner level restarts when an outer one advances", () => {
    expect(
      numbering([
        "（一）存在问题",
        "1、认识不足。一是重视不够；二是投入不足。",
        "2、更新不及时。一是人员少；二是流程长；三是审核慢。",
        "（二）改进情况",
        "1、加强学习。",
        "2、规范内容。一是理顺机制。二是及时公开。",
        "3、抓好落实。",
      ]),
    ).toEqual([]);
    expect(
      numbering(
        [
          "（一）强化领导",
          "我们做到：一是健全组织。二是加强宣传。",
          "（二）规范内容",
          "一是内容充实。二是时间及时。",
        ],
        1,
      ),
    ).toEqual([]);
  });

  it("a new list after a lead-in starts again at 一是 / 1、", () => {
    expect(
      numbering([
        "存在问题：一是意识不强；二是渠道单一。",
        "下一步，我们将着力做好以下工作：一是加强学习；二是拓宽渠道；三是强化监督。",
      ]),
    ).toEqual([]);
    expect(
      numbering([
        "存在的问题：",
        "1、意识不强。",
        "2、渠道单一。",
        "改进措施：",
        "1、加强学习。",
        "2、拓宽渠道。",
      ]),
    ).toEqual([]);
    expect(
      numbering(["问题有两点：一是意识不强；二是渠道单一。改进措施：一是加强学习；二是拓宽渠道。"]),
    ).toEqual([]);
  });

  it("一是 三是 一是 二是 三是 in paragraphs: one finding, at the break, naming what is missing and repeated", () => {
    const found = numbering([
      "（一）存在的问题",
      "一是重点领域公开力度有待加大。",
      "二是办理流程有待规范。",
      "（二）下一步工作打算",
      "一是认识还不够到位。要切实加强学习。",
      "三是人员编制少。要协调好人员安排。",
      "一是进一步加强组织领导。",
      "二是进一步强化协调机制。",
      "三是进一步加强业务培训。",
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      expected: "二是",
      actual: "三是",
      location: { section: 5, paragraph: at5(5) },
    });
    expect(found[0].message).toContain("一是、三是、一是、二是、三是");
    expect(found[0].message).toContain("缺少「二是」");
    expect(found[0].message).toContain("「一是」重复");
    expect(found[0].message).toContain("（二）下一步工作打算");
  });

  it("a paragraph without items between two lists separates them", () => {
    expect(
      numbering([
        "一是加强学习。",
        "二是拓宽渠道。",
        "此外，本局还积极推进平台建设。",
        "一是优化网站。",
        "二是完善专栏。",
      ]),
    ).toEqual([]);
  });

  it("paragraph-start items repeating without a lead-in are reported", () => {
    const found = numbering(["一是加强学习。", "二是拓宽渠道。", "一是强化监督。"]);
    expect(found.map((f) => [f.expected, f.actual])).toEqual([["三是", "一是"]]);
  });

  it("one finding per broken sequence", () => {
    const found = numbering([
      "（一）存在问题",
      "1、认识不足。",
      "3、更新不及时。",
      "（三）改进情况",
      "一是加强学习；三是拓宽渠道。",
    ]);
    expect(found.map((f) => f.actual)).toEqual(["3、", "（三）", "三是"]);
  });

  it("is skipped for a blank template", () => {
    const doc = docOf([TITLE, H[1], "一是加强领导。三是完善制度。"]);
    expect(
      checkNarrative(doc, ctxOf({ blankTemplate: true })).filter((f) => f.rule === "text.numbering"),
    ).toEqual([]);
  });
});
