/** @jest-environment jsdom */
import "./setup";
import { checkReport, type CheckResult } from "../../src/report/checkReport";
import type { Finding } from "../../src/report/findings";
import { fingerprint } from "../../src/taskpane/fingerprint";
import { plainText } from "../../src/taskpane/plainText";
import { setCell } from "../support/reportText";
import { fixtureDocument, mixedReport } from "./fixtures";

let result: CheckResult;
beforeAll(async () => {
  result = checkReport(await mixedReport());
});
const byRule = (rule: string) => result.findings.find((f) => f.rule === rule) as Finding;

test("a header naming the document, then the findings as the pane lists them, each in full", () => {
  expect(plainText(result, { documentName: "城区人社局2023年报.docx" })).toBe(
    [
      "政府信息公开工作年度报告 校对结果",
      "文档：城区人社局2023年报.docx",
      "结论：2 个错误：表三「商业企业」列（七）总计有误 等",
      "格式：2021年格式（国办公开办函〔2021〕30号）",
      "报告年度：2023年",
      "已检查：2021 年格式 · 2023 年度 · 表二、表三、表四（共 200 个统计单元格） · 正文 6 个部分",
      "问题数量：2 个错误，2 个警告，1 条提示",
      "",
      "【2 个错误】",
      "三、收到和处理政府信息公开申请情况 · 表三",
      "  1. 表三「商业企业」列（七）总计有误：应为各项办理结果之和 11，表中为 5",
      "     单元格：表三 · 商业企业 · （一）予以公开；表三 · 商业企业 · （七）总计；表三 · 商业企业 · （二）部分公开（区分处理的，只计这一情形，不计其他情形）；表三 · 商业企业 · （三）不予公开 1.属于国家秘密等共 22 个单元格",
      "     应为：11；实为：5",
      "     建议：可能是「表三 · 商业企业 · （一）予以公开」填错：改为 3 可使相交的行与列同时成立",
      "  2. 表三「（一）予以公开」行总计有误：应为自然人与法人或其他组织各列之和 26，表中为 20",
      "     单元格：表三 · 商业企业 · （一）予以公开；表三 · 总计 · （一）予以公开；表三 · 自然人 · （一）予以公开；表三 · 科研机构 · （一）予以公开等共 7 个单元格",
      "     应为：26；实为：20",
      "     建议：可能是「表三 · 商业企业 · （一）予以公开」填错：改为 3 可使相交的行与列同时成立",
      "",
      "【2 个警告】",
      "一、总体情况",
      "  3. 标题「1、总体情况」编号为「1、」，应使用中文数字：标准格式第一部分为「一、总体情况」，编号应为「一、」。",
      "     原文：「1、总体情况」",
      "     应为：一、；实为：1、",
      "二、主动公开政府信息情况 · 表二",
      "  4. 「表二 · 行政处罚 · 本年处理决定数量」为空白，统计数为 0 时应填写 0",
      "",
      "【1 条提示】",
      "四、政府信息公开行政复议、行政诉讼情况",
      "  5. 标题「四、政府信息公开行政复议及行政诉讼情况」是可接受的写法；标准格式第四部分为「四、政府信息公开行政复议、行政诉讼情况」。",
      "     原文：「四、政府信息公开行政复议及行政诉讼情况」",
      "     应为：四、政府信息公开行政复议、行政诉讼情况；实为：四、政府信息公开行政复议及行政诉讼情况",
      "",
    ].join("\n"),
  );
});

test("repeats of a rule are one numbered line with their findings under it; no 建议：建议", async () => {
  const blanks = checkReport(
    await fixtureDocument("consistent-2021", (report) => {
      for (const row of ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "7.属于行政执法案卷"])
        setCell(report, { table: "本年度办理结果", row, cell: 4 }, "");
    }),
  );
  const text = plainText(blanks);
  const blankMessages = blanks.findings.filter((f) => f.rule === "cell.blank").map((f) => f.message);
  expect(text).toContain(
    ["  1. 表三 · 3 个单元格空白（统计数为 0 时应填 0）", ...blankMessages.map((m) => `     - ${m}`)].join(
      "\n",
    ),
  );
  expect(text).not.toMatch(/建议：建议/);

  // A blank total whose parts are filled: the suggested value, said once.
  const blankTotal = checkReport(
    await fixtureDocument("consistent-2021", (report) => {
      setCell(report, { table: "本年度办理结果", row: "（一）予以公开", cell: 8 }, "");
    }),
  );
  const suggested = blankTotal.findings.find((f) => f.suggestion);
  expect(plainText(blankTotal)).toContain(`建议：${suggested?.suggestion?.message.replace(/^建议/, "")}`);
  expect(plainText(blankTotal)).not.toMatch(/建议：建议/);
  // Whatever the engine's wording, the pane never says it twice.
  const worded = {
    ...blankTotal,
    findings: blankTotal.findings.map((f) =>
      f.suggestion ? { ...f, suggestion: { ...f.suggestion, message: `建议${f.suggestion.message}` } } : f,
    ),
  };
  expect(plainText(worded)).toContain(`建议：${suggested?.suggestion?.message.replace(/^建议/, "")}`);
  expect(plainText(worded)).not.toMatch(/建议：建议/);
});

test("ignored findings are left out and counted", () => {
  const text = plainText(result, { ignored: new Set([fingerprint(byRule("cell.blank"))]) });
  expect(text).not.toContain("二、主动公开政府信息情况");
  expect(text).toContain("问题数量：2 个错误，1 个警告，1 条提示\n另有 1 条已忽略，未列出。\n");
});

test("in English", () => {
  const text = plainText(result, { lang: "en" });
  expect(text.split("\n").slice(0, 10)).toEqual([
    "Government information disclosure annual report: check results",
    expect.stringMatching(/^Result: 2\u00a0errors: /),
    "Format: 2021 format (国办公开办函〔2021〕30号)",
    "Report year: 2023",
    "Checked: 2021 format · year 2023 · Table 2, Table 3, Table 4 (200 statistical cells) · 6 of 6 sections",
    "Findings: 2\u00a0errors, 2\u00a0warnings, 1\u00a0note",
    "",
    "[2\u00a0errors]",
    "Section 3. Requests received and handled (三、收到和处理政府信息公开申请情况) · Table 3",
    `  1. ${byRule("requests.results_total").messageEn}`,
  ]);
  expect(text).toContain(
    "     Cells: Table 3 · 商业企业 · （一）予以公开; Table 3 · 总计 · （一）予以公开; ",
  );
  expect(text).toContain(" and 3 more (7 cells)\n     Expected: 26; Found: 20\n");
});

test("a clean report, a blank template and a document without tables say so", async () => {
  const clean = checkReport(await fixtureDocument("consistent-2021"));
  expect(plainText(clean)).toBe(
    [
      "政府信息公开工作年度报告 校对结果",
      "结论：未发现问题",
      "格式：2021年格式（国办公开办函〔2021〕30号）",
      "报告年度：2023年",
      "已检查：2021 年格式 · 2023 年度 · 表二、表三、表四（共 200 个统计单元格） · 正文 6 个部分",
      "问题数量：0 个错误，0 个警告，0 条提示",
      "",
      "没有发现问题。",
      "",
    ].join("\n"),
  );
  const none = checkReport({ blocks: [{ kind: "paragraph", index: 0, text: "通知" }] });
  const text = plainText(none);
  expect(text).toContain("格式：未能识别\n报告年度：未能识别\n");
  expect(text).toContain("文档中没有找到标准统计表（表二、表三、表四）。");
  expect(plainText({ ...clean, blankTemplate: true })).toContain("统计表尚未填写：这是一份空白模板。");
});
