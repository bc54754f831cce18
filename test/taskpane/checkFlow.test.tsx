/** @jest-environment jsdom */
// The check: one read and one mark, the steps announced, the summary and the grouped findings.
import "./setup";
import { screen, waitFor, within } from "@testing-library/react";
import { buildTemplateDocx } from "../../src/template";
import { readDocx } from "../../src/ooxml";
import { checkReport } from "../../src/report/checkReport";
import type { ReportDocument } from "../../src/report/model";
import { checkedScope, groupFindings, resultHeadline } from "../../src/report/view";
import { marksFor } from "../../src/taskpane/marks";
import { setCell } from "../support/reportText";
import { FakeHost } from "./fakeHost";
import { fixtureDocument, mixedReport } from "./fixtures";
import {
  checkButton,
  findingButtons,
  findSummary,
  groupLines,
  headline,
  liveText,
  recordLiveRegion,
  renderPane,
} from "./renderPane";

let doc: ReportDocument;
beforeAll(async () => {
  doc = await mixedReport();
});

test("a check is one read and one mark, and announces each step, then the counts", async () => {
  const host = new FakeHost(doc);
  host.hold("read");
  const { user } = renderPane(host);
  const seen = recordLiveRegion();

  await user.click(checkButton());
  expect(await screen.findByRole("progressbar", { name: "第 1 步（共 3 步）：正在读取文档…" })).toBeTruthy();
  host.release("read");
  await findSummary();

  expect(seen).toEqual([
    "第 1 步（共 3 步）：正在读取文档…",
    "第 2 步（共 3 步）：正在检查…",
    "第 3 步（共 3 步）：正在标记…",
    "检查完成：2 个错误，2 个警告，1 条提示",
  ]);
  expect(screen.queryByRole("progressbar")).toBeNull();
  expect(host.roundTrips.map((c) => c.method)).toEqual(["loadIgnored", "loadDocumentValue", "read", "mark"]);

  await user.click(checkButton());
  await waitFor(() => expect(host.callsOf("mark")).toHaveLength(2));
  expect(host.callsOf("read")).toHaveLength(2);
  expect(host.callsOf("loadIgnored")).toHaveLength(1);
});

test("the headline says what matters first; the chips count; the summary says what was checked", async () => {
  const host = new FakeHost(doc);
  const { user } = renderPane(host);
  await user.click(checkButton());
  const summary = await findSummary();

  const engine = checkReport(doc);
  expect(engine.counts).toEqual({ error: 2, warning: 2, info: 1 });
  const groups = groupFindings(engine.findings, (f) => f);
  expect(headline()).toBe(resultHeadline(groups, engine.counts).zh);
  expect(headline()).toBe("2 个错误：表三「商业企业」列（七）总计有误 等");
  // The count and its measure word on one line.
  expect(screen.getByText("2 个错误", { selector: "[data-headline] span span" })).toBeTruthy();

  const chips = within(screen.getByRole("group", { name: "按严重程度筛选" })).getAllByRole("button");
  expect(chips.map((c) => c.textContent)).toEqual(["2 个错误", "2 个警告", "1 条提示"]);
  expect(chips.every((c) => c.getAttribute("aria-pressed") === "true")).toBe(true);

  expect(within(summary).getByText(checkedScope(engine).zh)).toBeTruthy();
  expect(checkedScope(engine).zh).toMatch(
    /^2021 年格式 · 2023 年度 · 表二、表三、表四（共 \d+ 个统计单元格） · 正文 6 个部分$/,
  );
  expect(within(summary).getByText("2021年格式（国办公开办函〔2021〕30号）")).toBeTruthy();
  expect(within(summary).getByText(`已标记 ${host.marks.size} 个单元格`)).toBeTruthy();
});

test("a clean report: no findings, the tables add up, and what was checked", async () => {
  const clean = await fixtureDocument("consistent-2021");
  const { user } = renderPane(new FakeHost(clean));
  await user.click(checkButton());
  const summary = await findSummary();
  expect(headline()).toBe("未发现问题统计表齐全，合计与勾稽关系均成立。");
  expect(within(summary).getByText(checkedScope(checkReport(clean)).zh)).toBeTruthy();
  expect(screen.queryByRole("region", { name: "检查结果" })).toBeNull();
  // No chips to filter nothing; no counts in red.
  expect(screen.queryByRole("group", { name: "按严重程度筛选" })).toBeNull();
});

test("a count of 0 is not in the colour of its severity", async () => {
  const onlyWarnings = await fixtureDocument("consistent-2021", (report) => {
    setCell(report, { table: "第二十条", row: "行政处罚", cell: 1 }, "");
  });
  const first = renderPane(new FakeHost(onlyWarnings));
  await first.user.click(checkButton());
  await findSummary();
  const chip = (name: string) =>
    within(screen.getByRole("group", { name: "按严重程度筛选" })).getByText(name, { selector: "span" });
  const zeroErrors = chip("0 个错误").className;
  expect(headline()).toMatch(/^没有错误，1 个警告：/);
  first.unmount();

  // The same chip with errors to count is styled otherwise (the red of errors).
  const second = renderPane(new FakeHost(doc));
  await second.user.click(checkButton());
  await findSummary();
  expect(chip("2 个错误").className).not.toBe(zeroErrors);
});

test("marks are the engine's errors and warnings, one per cell, without comments by default", async () => {
  const host = new FakeHost(doc);
  const { user } = renderPane(host);
  await user.click(checkButton());
  await findSummary();

  const [marks, options] = host.callsOf("mark")[0].args;
  expect(marks).toEqual(marksFor(checkReport(doc).findings));
  expect(options).toEqual({ comments: false });
  expect(screen.queryByRole("checkbox", { name: "在单元格上添加批注" })).toBeNull();
});

test("findings: errors first, then warnings, then info; sections as sub-headings in document order", async () => {
  const host = new FakeHost(doc);
  const { user } = renderPane(host);
  await user.click(checkButton());
  await findSummary();

  expect(screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toEqual([
    "2 个错误",
    "2 个警告",
    "1 条提示",
  ]);
  expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual([
    "三、收到和处理政府信息公开申请情况 · 表三",
    "一、总体情况",
    "二、主动公开政府信息情况 · 表二",
    "四、政府信息公开行政复议、行政诉讼情况",
  ]);
  const buttons = findingButtons();
  expect(buttons.map((b) => b.textContent?.slice(0, 2))).toEqual(["错误", "错误", "警告", "警告", "提示"]);
  // Severity as a word (and an icon), never colour alone.
  const resultsTotal = screen.getByRole("button", {
    name: /^错误 表三「商业企业」列（七）总计有误：应为各项办理结果之和 11，表中为 5/,
  });
  const details = (resultsTotal.closest("li") as HTMLElement).querySelector("dl") as HTMLElement;
  expect(details.textContent).toContain(
    "单元格表三 · 商业企业 · （一）予以公开；表三 · 商业企业 · （七）总计；表三 · 商业企业 · （二）部分公开",
  );
  expect(details.textContent).toContain("等共 22 个单元格");
  expect(within(details).getByText("11")).toBeTruthy();
  expect(within(details).getByText("5")).toBeTruthy();
  expect(within(details).getByText(/^可能是「表三 · 商业企业 · （一）予以公开」填错：改为 3/)).toBeTruthy();

  // A blank cell: its message names the cell and says it is blank; the details do not repeat it.
  const blank = screen.getByRole("button", { name: /^警告 「表二 · 行政处罚 · 本年处理决定数量」/ });
  expect((blank.closest("li") as HTMLElement).querySelector("dl")).toBeNull();

  const overview = screen.getByRole("button", { name: /^警告 标题「1、总体情况」/ });
  expect(within(overview.closest("li") as HTMLElement).getByText("「1、总体情况」")).toBeTruthy();
  expect(groupLines()).toHaveLength(0);
});

test("repeats of a rule in one table are one line, that opens to its findings", async () => {
  const blanks = await fixtureDocument("consistent-2021", (report) => {
    // Cells that hold 0: blank, they break no sum.
    for (const row of ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "7.属于行政执法案卷"])
      setCell(report, { table: "本年度办理结果", row, cell: 4 }, "");
  });
  const host = new FakeHost(blanks);
  const { user } = renderPane(host);
  await user.click(checkButton());
  await findSummary();
  const engine = checkReport(blanks);
  const blankFindings = engine.findings.filter((f) => f.rule === "cell.blank");
  expect(blankFindings).toHaveLength(3);

  const [line] = groupLines();
  expect(line.textContent).toBe(`警告表三 · ${blankFindings.length} 个单元格空白（统计数为 0 时应填 0）`);
  expect(line.getAttribute("aria-expanded")).toBe("false");
  expect(findingButtons().some((b) => b.textContent?.includes("为空白"))).toBe(false);

  await user.click(line);
  expect(line.getAttribute("aria-expanded")).toBe("true");
  const members = within(screen.getByRole("list", { name: line.textContent?.slice(2) })).getAllByRole(
    "listitem",
  );
  expect(members).toHaveLength(blankFindings.length);
  // Each still selectable: its cell in the document.
  await user.click(within(members[1]).getAllByRole("button")[0]);
  expect(host.callsOf("selectCell").at(-1)?.args[0]).toEqual(blankFindings[1].cells[0]);

  await user.click(line);
  expect(line.getAttribute("aria-expanded")).toBe("false");
});

test("a read-only document is checked but not marked, and marking and inserting are off, saying why", async () => {
  const host = new FakeHost(doc, { readOnly: true, comments: true });
  const { user } = renderPane(host);
  const notice = screen.getByText(/^文档为只读：可以检查，但不能标记单元格/);
  const clear = screen.getByRole("button", { name: /^清除标记/ });
  const insert = screen.getByRole("button", { name: /^插入空白模板/ });
  for (const button of [clear, insert]) {
    expect(button.getAttribute("aria-disabled")).toBe("true");
    const describedBy = button.getAttribute("aria-describedby") ?? "";
    expect(document.getElementById(describedBy)?.textContent).toContain(notice.textContent);
  }
  expect(screen.getByRole("checkbox", { name: "在单元格上添加批注" }).hasAttribute("disabled")).toBe(true);

  const seen = recordLiveRegion();
  await user.click(checkButton());
  await findSummary();
  expect(seen[0]).toBe("第 1 步（共 2 步）：正在读取文档…");
  expect(host.roundTrips.map((c) => c.method)).toEqual(["loadIgnored", "loadDocumentValue", "read"]);
  expect(screen.getByText(/^文档为只读：已检查，未标记单元格；/)).toBeTruthy();
  await user.click(clear);
  expect(host.callsOf("clearMarks")).toHaveLength(0);
});

test("tables the host cannot address are checked, not marked, and the pane says which", async () => {
  const host = new FakeHost(doc, { unaddressable: [1] });
  const { user } = renderPane(host);
  await user.click(checkButton());
  await findSummary();
  expect(
    screen.getByText(
      "表三（文档第 2 个表格）已检查，但无法在文档中准确定位其单元格，因此未标记，也不能跳转到这些单元格。",
    ),
  ).toBeTruthy();
  expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toContain(
    "三、收到和处理政府信息公开申请情况 · 表三",
  );
  expect([...host.marks.values()].some((m) => m.cell.table === 1)).toBe(false);
});

test("a table the host cannot address that is not a standard table is not worth a notice", async () => {
  const host = new FakeHost(doc, { unaddressable: [7] });
  const { user } = renderPane(host);
  await user.click(checkButton());
  await findSummary();
  expect(screen.queryByText(/无法在文档中准确定位/)).toBeNull();
});

test("errors from the host are shown, not swallowed; a later success clears them", async () => {
  const host = new FakeHost(doc);
  host.fail("read");
  const { user } = renderPane(host);
  await user.click(checkButton());
  expect(await screen.findByText("模拟的宿主错误")).toBeTruthy();
  expect(screen.getByText("操作未完成")).toBeTruthy();
  expect(liveText()).toBe("操作未完成：模拟的宿主错误");
  expect(host.callsOf("mark")).toHaveLength(0);

  host.succeed("read");
  host.fail("mark", new Error("boom"));
  await user.click(checkButton());
  expect(await screen.findByText("出现意外错误：boom")).toBeTruthy();
  expect(screen.queryByText("模拟的宿主错误")).toBeNull();
  // The check itself went through: its findings are there even though marking failed.
  expect(findingButtons()).toHaveLength(5);

  await user.click(screen.getByRole("button", { name: "关闭" }));
  expect(screen.queryByText("出现意外错误：boom")).toBeNull();
});

test("the comments option appears only when the host can comment, and is passed to mark", async () => {
  const host = new FakeHost(doc, { comments: true });
  const { user } = renderPane(host);
  await user.click(screen.getByRole("checkbox", { name: "在单元格上添加批注" }));
  await user.click(checkButton());
  await findSummary();
  expect(host.callsOf("mark")[0].args[1]).toEqual({ comments: true });
});

test("a blank template and a document without tables are named as such", async () => {
  const blank = await readDocx(await buildTemplateDocx("2021"));
  const host = new FakeHost(blank);
  const { user, unmount } = renderPane(host);
  await user.click(checkButton());
  await findSummary();
  expect(screen.getByText("统计表尚未填写：这是一份空白模板。")).toBeTruthy();
  // The blank cells are one line, not a card each.
  const engine = checkReport(blank);
  expect(groupLines().map((l) => l.textContent)).toEqual([
    `警告空白模板：${engine.counts.warning} 个统计单元格待填写`,
  ]);
  expect(findingButtons()).toHaveLength(engine.findings.length - engine.counts.warning);
  expect(headline()).toBe(
    `没有错误，${engine.counts.warning} 个警告：空白模板：${engine.counts.warning} 个统计单元格待填写`,
  );
  unmount();

  const noTables: ReportDocument = {
    blocks: [{ kind: "paragraph", index: 0, text: "XX区2023年政府信息公开工作年度报告" }],
  };
  const second = renderPane(new FakeHost(noTables));
  await second.user.click(checkButton());
  await findSummary();
  expect(screen.getByText("文档中没有找到标准统计表（表二、表三、表四）。")).toBeTruthy();
  expect(screen.queryByText("统计表尚未填写：这是一份空白模板。")).toBeNull();
});
