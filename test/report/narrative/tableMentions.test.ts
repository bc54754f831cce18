import { checkNarrative } from "../../../src/report/narrative";
import type { Finding } from "../../../src/report/findings";
import { ctxOf, docOf, H, type CtxOptions } from "./doc";

const TITLE = "某某局2023年政府信息公开工作年度报告";

/** text.table_mismatch findings for sentences placed in section 三 of a 2023 report. */
function mismatches(lines: string[], fields: Record<string, number>, ctx: CtxOptions = {}): Finding[] {
  const doc = docOf([TITLE, H[1], H[2], H[3], ...lines, H[4], H[5], H[6]]);
  return checkNarrative(doc, ctxOf({ fields, ...ctx })).filter((f) => f.rule === "text.table_mismatch");
}

const pick = (fs: Finding[]) => fs.map((f) => [f.fields.join("+"), f.expected, f.actual]);
const NEW = "requests.new.total";

describe("text.table_mismatch", () => {
  it("新收…N件 against requests.new.total, with the field's cell", () => {
    const found = mismatches(["2023年全年新收政府信息公开申请数量8件，已全部办理完成。"], { [NEW]: 7 });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: "warning",
      fields: [NEW],
      cells: [{ table: 9, row: 0, cell: 0 }],
      expected: 7,
      actual: 8,
      location: { section: 3, paragraph: 4 },
    });
    expect(found[0].message).toContain("新收政府信息公开申请数量8件");
    expect(found[0].location.excerpt).toContain("8件");
    expect(mismatches(["2023年全年新收政府信息公开申请数量8件。"], { [NEW]: 8 })).toEqual([]);
  });

  it("收到…申请N件, digits or Chinese numerals, number before or after", () => {
    expect(pick(mismatches(["本年度共收到政府信息公开申请十二件。"], { [NEW]: 10 }))).toEqual([
      [NEW, 10, 12],
    ]);
    expect(mismatches(["本年度共收到政府信息公开申请十二件。"], { [NEW]: 12 })).toEqual([]);
    expect(pick(mismatches(["本年度收到两件政府信息公开申请。"], { [NEW]: 3 }))).toEqual([[NEW, 3, 2]]);
    expect(pick(mismatches(["本年度收到依申请公开申请0件。"], { [NEW]: 1 }))).toEqual([[NEW, 1, 0]]);
  });

  it("not across a comparison, another year, a sub-count or a sentence end", () => {
    const fields = { [NEW]: 10 };
    expect(
      mismatches(
        [
          "本年新收政府信息公开申请较上年增加3件。",
          "2022年共收到政府信息公开申请15件。",
          "上年收到政府信息公开申请15件。",
          "共收到政府信息公开申请10件，其中自然人申请7件，法人或其他组织申请3件。",
          "收到网上申请6件。",
          "本年度收到申请。8件已办结。",
          "累计收到政府信息公开申请120件。",
        ],
        fields,
      ),
    ).toEqual([]);
  });

  it("only when the table has a value", () => {
    expect(mismatches(["本年新收政府信息公开申请8件。"], {})).toEqual([]);
  });

  it("carried over, carried forward, granted, partial", () => {
    const fields = {
      "requests.carried_over.total": 1,
      "requests.carried_forward.total": 2,
      "requests.granted.total": 3,
      "requests.partial.total": 4,
    };
    const found = mismatches(
      [
        "上年结转政府信息公开申请5件，结转下年度继续办理6件。",
        "其中予以公开7件，部分公开8件，不予以公开9件。",
      ],
      fields,
    );
    expect(pick(found)).toEqual([
      ["requests.carried_over.total", 1, 5],
      ["requests.carried_forward.total", 2, 6],
      ["requests.granted.total", 3, 7],
      ["requests.partial.total", 4, 8],
    ]);
    expect(
      mismatches(["上年结转1件，结转下年度继续办理2件；予以公开3件，部分公开4件，不予以公开9件。"], fields),
    ).toEqual([]);
    expect(mismatches(["主动予以公开政府信息30件。"], fields)).toEqual([]);
  });

  it("行政复议 and 行政诉讼 (the sum of both suit groups)", () => {
    const fields = {
      "appeals.review.total": 1,
      "appeals.suit_direct.total": 1,
      "appeals.suit_after_review.total": 1,
    };
    const found = mismatches(["本年度发生政府信息公开行政复议2起，行政诉讼1件。"], fields);
    expect(pick(found)).toEqual([
      ["appeals.review.total", 1, 2],
      ["appeals.suit_direct.total+appeals.suit_after_review.total", 2, 1],
    ]);
    expect(found[1].cells).toHaveLength(2);
    expect(mismatches(["本年度发生政府信息公开行政复议1起，行政诉讼2件。"], fields)).toEqual([]);
    // A result, `均为` (each of them), one group of suits: each is compared with its own cells,
    // never with the total.
    const parts = ["行政复议结果维持0件。", "行政复议、行政诉讼均为5件。", "复议后起诉的行政诉讼1件。"];
    expect(
      mismatches(parts, {
        "appeals.review.upheld": 0,
        "appeals.review.total": 5,
        "appeals.suit_direct.total": 4,
        "appeals.suit_after_review.total": 1,
      }),
    ).toEqual([]);
    expect(
      pick(
        mismatches(parts, {
          "appeals.review.upheld": 1,
          "appeals.review.total": 1,
          "appeals.suit_direct.total": 0,
          "appeals.suit_after_review.total": 5,
        }),
      ),
    ).toEqual([
      ["appeals.review.upheld", 1, 0],
      ["appeals.review.total", 1, 5],
      ["appeals.suit_after_review.total", 5, 1],
    ]);
  });

  it("2021 active counts: 制发规章 / 行政规范性文件 / 行政处罚 / 行政许可", () => {
    const fields = {
      "active.regulations.issued": 0,
      "active.normative_docs.issued": 3,
      "active.penalty.decisions": 12,
      "active.licensing.decisions": 40,
    };
    const found = mismatches(
      ["本年制发规章1件、行政规范性文件2件。", "全年作出行政处罚决定10件，办理行政许可41件。"],
      fields,
    );
    expect(pick(found)).toEqual([
      ["active.regulations.issued", 0, 1],
      ["active.normative_docs.issued", 3, 2],
      ["active.penalty.decisions", 12, 10],
      ["active.licensing.decisions", 40, 41],
    ]);
    expect(
      mismatches(
        [
          "本年制发规章0件、行政规范性文件3件。",
          "现行有效行政规范性文件12件，废止行政规范性文件1件。",
          "制定完善各项规章制度5件。",
          "公开行政处罚事项12项，公示行政处罚决定9件。",
        ],
        fields,
      ),
    ).toEqual([]);
  });

  it("is skipped for a blank template", () => {
    expect(mismatches(["本年新收政府信息公开申请8件。"], { [NEW]: 7 }, { blankTemplate: true })).toEqual([]);
  });
});
