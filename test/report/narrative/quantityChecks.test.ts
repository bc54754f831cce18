/**
 * text.table_mismatch messages and cells, text.percent, text.change and text.inconsistent, on
 * sentences placed in section 三 of a 2023 report.
 */
import { checkNarrative } from "../../../src/report/narrative";
import type { Finding } from "../../../src/report/findings";
import { ctxOf, docOf, H, type CtxOptions } from "./doc";

const TITLE = "某某局2023年政府信息公开工作年度报告";

function findings(rule: string, lines: string[], ctx: CtxOptions): Finding[] {
  const doc = docOf([TITLE, H[1], H[2], H[3], ...lines, H[4], H[5], H[6]]);
  return checkNarrative(doc, ctxOf({ reportYear: 2023, ...ctx })).filter((f) => f.rule === rule);
}

const WITHHELD = [
  "state_secret",
  "law_forbidden",
  "security_stability",
  "third_party",
  "internal_affairs",
  "process_info",
  "enforcement_file",
  "admin_query",
].map((r) => `requests.withheld.${r}.total`);

describe("text.table_mismatch", () => {
  it("a combined subject: the sum and its parts, every cell named", () => {
    const fields = { "requests.granted.total": 20, "requests.partial.total": 4 };
    const [f] = findings("text.table_mismatch", ["予以公开和部分公开共25件。"], { fields });
    expect(f).toMatchObject({
      severity: "warning",
      fields: ["requests.granted.total", "requests.partial.total"],
      cells: [
        { table: 9, row: 0, cell: 0 },
        { table: 9, row: 1, cell: 0 },
      ],
      expected: 24,
      actual: 25,
      location: { section: 3, paragraph: 4 },
    });
    expect(f.message).toContain("予以公开和部分公开共25件");
    expect(f.message).toContain("之和为 24（20 + 4）");
    expect(f.location.excerpt).toContain("25件");
    expect(findings("text.table_mismatch", ["予以公开和部分公开共24件。"], { fields })).toEqual([]);
  });

  it("a group row is the sum of its sub-rows, and a qualifier picks its column", () => {
    const fields: Record<string, number> = { "requests.new.total": 46, "requests.new.natural": 38 };
    WITHHELD.forEach((id, i) => (fields[id] = i === 3 ? 2 : 1)); // 9 in all
    expect(
      findings("text.table_mismatch", ["不予公开6件，本年度共收到申请46件，其中自然人申请40件。"], {
        fields,
      }).map((f) => [f.fields.length, f.expected, f.actual]),
    ).toEqual([
      [8, 9, 6],
      [1, 38, 40],
    ]);
  });

  it("a zero stated by a negation", () => {
    const fields = {
      "appeals.review.total": 2,
      "appeals.suit_direct.total": 0,
      "appeals.suit_after_review.total": 0,
    };
    const found = findings("text.table_mismatch", ["本年度未发生因政府信息公开引发的行政复议和行政诉讼。"], {
      fields,
    });
    expect(found.map((f) => [f.fields, f.expected, f.actual])).toEqual([[["appeals.review.total"], 2, 0]]);
    expect(found[0].message).toContain("（即 0）");
  });

  it("money in 万元 within the precision written; 元 converted", () => {
    const fields = { "active.fees.amount": 0.53 };
    expect(findings("text.table_mismatch", ["收取行政事业性收费0.5万元。"], { fields })).toEqual([]);
    expect(findings("text.table_mismatch", ["收取行政事业性收费5300元。"], { fields })).toEqual([]);
    expect(
      findings("text.table_mismatch", ["收取行政事业性收费0.6万元。", "收取行政事业性收费530元。"], {
        fields,
      }).map((f) => [f.expected, f.actual]),
    ).toEqual([
      [0.53, 0.6],
      ["0.53万元", "530元"],
    ]);
  });

  it("办结 may count this year's new requests only (new − carried forward)", () => {
    const fields = {
      "requests.results_total.total": 47,
      "requests.new.total": 46,
      "requests.carried_forward.total": 3,
    };
    expect(findings("text.table_mismatch", ["已办结43件。", "已办结47件。"], { fields })).toEqual([]);
    expect(findings("text.table_mismatch", ["已办结45件。"], { fields }).map((f) => f.expected)).toEqual([
      47,
    ]);
  });

  it("收到 / 受理 may count the carried-over requests too; 新收 may not", () => {
    const fields = { "requests.new.total": 46, "requests.carried_over.total": 4 };
    expect(findings("text.table_mismatch", ["共受理政府信息公开申请50件。"], { fields })).toEqual([]);
    expect(
      findings("text.table_mismatch", ["本年度新收政府信息公开申请50件。", "共受理申请49件。"], {
        fields,
      }).map((f) => f.actual),
    ).toEqual([50, 49]);
  });

  it("is not compared when it may count something else", () => {
    const fields = { "requests.new.total": 46, "requests.carried_over.total": 4 };
    expect(
      findings(
        "text.table_mismatch",
        ["共收到申请50件（含上年结转4件）。", "共受理申请50件，其中上年结转4件。"],
        {
          fields,
        },
      ),
    ).toEqual([]);
  });
});

describe("text.percent", () => {
  const fields = {
    "requests.new.total": 46,
    "requests.carried_over.total": 4,
    "requests.results_total.total": 47,
    "requests.granted.total": 20,
    "requests.new.natural": 38,
  };

  it("a share of the usual wholes, within the precision written", () => {
    // 20/46 = 43.48 %, 20/47 = 42.55 %, 20/50 = 40 %
    expect(
      findings("text.percent", ["予以公开20件，占43.5%。", "予以公开的比例为42.6%。", "予以公开占比40%。"], {
        fields,
      }),
    ).toEqual([]);
    const [f] = findings("text.percent", ["予以公开20件，占45.5%。"], { fields });
    expect(f).toMatchObject({ severity: "warning", actual: "45.5%", expected: "42.6%" });
    expect(f.fields.slice(0, 1)).toEqual(["requests.granted.total"]);
    expect(f.message).toContain("按其他口径计算也不是该比例");
  });

  it("a named whole, and a qualifier's share of its row", () => {
    expect(findings("text.percent", ["予以公开20件，占收到申请总数的43.5%。"], { fields })).toEqual([]);
    expect(
      findings("text.percent", ["予以公开20件，占收到申请总数的42.6%。", "自然人申请占比80%。"], {
        fields,
      }).map((f) => [f.fields, f.expected]),
    ).toEqual([
      [["requests.granted.total", "requests.new.total"], "43.5%"],
      [["requests.new.natural", "requests.new.total"], "82.6%"],
    ]);
  });

  it("not when the count it follows is itself wrong (that is reported), nor a rate of something else", () => {
    expect(findings("text.percent", ["予以公开21件，占45.7%。", "按时答复率为100%。"], { fields })).toEqual(
      [],
    );
    expect(findings("text.table_mismatch", ["予以公开21件，占45.7%。"], { fields })).toHaveLength(1);
  });
});

describe("text.change", () => {
  const fields = { "requests.new.total": 46, "appeals.review.total": 2 };
  const prior = { reportYear: 2022, fields: { "requests.new.total": 40, "appeals.review.total": 3 } };

  it("with last year's report: counts and percentages, either direction, no change", () => {
    expect(
      findings(
        "text.change",
        ["新收申请46件，较上年增加6件，同比增长15%。", "行政复议案件比上年减少1件。", "新收申请较上年持平。"],
        { fields, prior },
      ).map((f) => [f.fields, f.expected, f.actual]),
    ).toEqual([[["requests.new.total"], "+6", "0"]]);
    const found = findings("text.change", ["收到申请数量较上年增加5件，同比增长20%。"], { fields, prior });
    expect(found.map((f) => [f.expected, f.actual])).toEqual([
      ["+6", "+5"],
      ["+15.0%", "+20%"],
    ]);
    expect(found[0].message).toContain("本年为 46、上年度报告为 40");
  });

  it("only with a report of the year before", () => {
    const line = ["收到申请数量较上年增加5件。"];
    expect(findings("text.change", line, { fields })).toEqual([]);
    expect(findings("text.change", line, { fields, prior: { ...prior, reportYear: 2021 } })).toEqual([]);
  });
});

describe("text.inconsistent", () => {
  it("the same quantity twice with different numbers, when the table cannot settle it", () => {
    const lines = ["本年度共收到政府信息公开申请46件。", "全年新收申请45件，上年结转4件。"];
    const [f] = findings("text.inconsistent", lines, { fields: {} });
    expect(f).toMatchObject({
      severity: "warning",
      fields: ["requests.new.total"],
      expected: 46,
      actual: 45,
      location: { section: 3, paragraph: 5 },
    });
    expect(f.message).toContain("本年度共收到政府信息公开申请46件");
    expect(f.message).toContain("全年新收申请45件");
    // With the table's value, the wrong one is a text.table_mismatch instead.
    expect(findings("text.inconsistent", lines, { fields: { "requests.new.total": 46 } })).toEqual([]);
    expect(findings("text.inconsistent", ["收到申请46件。", "新收申请46件。"], { fields: {} })).toEqual([]);
  });
});

describe("the messages", () => {
  /** Chinese characters and the punctuation of Chinese text, which English text must not hold. */
  const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’]/;

  it("in English name the cells in words and quote Chinese only inside ASCII double quotes", () => {
    const fields: Record<string, number> = {
      "requests.new.total": 46,
      "requests.new.natural": 38,
      "requests.carried_over.total": 4,
      "requests.results_total.total": 47,
      "requests.granted.total": 20,
      "requests.partial.total": 4,
      "appeals.review.total": 2,
      "appeals.suit_direct.total": 1,
      "appeals.suit_after_review.total": 0,
      "active.fees.amount": 0.5,
      "active.normative_docs.issued": 3,
    };
    [
      "state_secret",
      "law_forbidden",
      "security_stability",
      "third_party",
      "internal_affairs",
      "process_info",
      "enforcement_file",
      "admin_query",
    ].forEach((r) => (fields[`requests.withheld.${r}.total`] = 1));
    for (const c of ["commercial", "research", "nonprofit", "legal_service", "other_org"])
      fields[`requests.new.${c}`] = 2;
    const lines = [
      "本年度共收到政府信息公开申请45件，其中自然人37件，法人或其他组织9件。",
      "予以公开和部分公开共25件，不予公开7件，部分公开占比20%。",
      "未发生行政复议，行政诉讼2件。",
      "收取行政事业性收费6000元，制发行政规范性文件4件。",
      "新收申请较上年增加9件，同比增长30%。",
      "已办结40件。",
    ];
    const doc = docOf([TITLE, H[1], H[2], H[3], ...lines, H[4], H[5], H[6]]);
    const all = checkNarrative(
      doc,
      ctxOf({ reportYear: 2023, fields, prior: { reportYear: 2022, fields: { "requests.new.total": 40 } } }),
    ).filter((f) => f.rule.startsWith("text.") && f.rule !== "text.year");
    expect(new Set(all.map((f) => f.rule))).toEqual(
      new Set(["text.table_mismatch", "text.percent", "text.change"]),
    );
    for (const f of all) {
      expect({ rule: f.rule, text: f.messageEn.replace(/"[^"]*"/g, '""') }).not.toMatchObject({
        text: expect.stringMatching(CJK),
      });
      expect(f.messageEn).not.toMatch(/\b(?:active|requests|appeals)\.[a-z_]+\./);
      expect(f.message).toMatch(/^正文称「/);
    }
    const inconsistent = findings("text.inconsistent", ["收到申请46件。", "新收申请45件。"], { fields: {} });
    expect(inconsistent[0].messageEn.replace(/"[^"]*"/g, '""')).not.toMatch(CJK);
  });
});
