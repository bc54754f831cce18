/** @jest-environment jsdom */
// The check: one read and one mark, the steps announced, the summary and the grouped findings.
import "./setup";
import { screen, waitFor, within } from "@testing-library/react";
import { buildTemplateDocx } from "../../src/template";
import { readDocx } from "../../src/ooxml";
import { checkReport } from "../../src/report/checkReport";
import type { ReportDocument } from "../../src/report/model";
import { marksFor } from "../../src/taskpane/marks";
import { FakeHost } from "./fakeHost";
import { mixedReport } from "./fixtures";
import {
  checkButton,
  findingButtons,
  findSummary,
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
    "检查完成：2 个错误，2 个警告，1 个提示",
  ]);
  expect(screen.queryByRole("progressbar")).toBeNull();
  expect(host.roundTrips.map((c) => c.method)).toEqual(["loadIgnored", "read", "mark"]);

  await user.click(checkButton());
  await waitFor(() => expect(host.callsOf("mark")).toHaveLength(2));
  expect(host.callsOf("read")).toHaveLength(2);
  expect(host.callsOf("loadIgnored")).toHaveLength(1);
});

test("the summary names the format and year and counts as the engine does", async () => {
  const host = new FakeHost(doc);
  const { user } = renderPane(host);
  await user.click(checkButton());
  const summary = await findSummary();

  const engine = checkReport(doc);
  expect(engine.counts).toEqual({ error: 2, warning: 2, info: 1 });
  expect(within(summary).getByText("2021年格式（国办公开办函〔2021〕30号）")).toBeTruthy();
  expect(within(summary).getByText("2023年")).toBeTruthy();
  const counts = within(within(summary).getByRole("list", { name: "问题数量" })).getAllByRole("listitem");
  expect(counts.slice(0, 3).map((li) => li.textContent)).toEqual([
    `${engine.counts.error} 个错误`,
    `${engine.counts.warning} 个警告`,
    `${engine.counts.info} 个提示`,
  ]);
  expect(within(summary).getByText(`已标记 ${host.marks.size} 个单元格`)).toBeTruthy();
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

test("findings are grouped by section and table, the whole document first, with their details", async () => {
  const host = new FakeHost(doc);
  const { user } = renderPane(host);
  await user.click(checkButton());
  await findSummary();

  expect(screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toEqual([
    "一、总体情况（1 条）",
    "二、主动公开政府信息情况 · 表二（1 条）",
    "三、收到和处理政府信息公开申请情况 · 表三（2 条）",
    "四、政府信息公开行政复议、行政诉讼情况（1 条）",
  ]);
  const table3 = screen.getByRole("region", { name: "三、收到和处理政府信息公开申请情况 · 表三（2 条）" });
  const items = within(table3).getAllByRole("listitem");
  // Severity as a word (and an icon), never colour alone.
  expect(
    within(items[0]).getByRole("button", {
      name: /^错误 表三「商业企业」列（七）总计有误：应为各项办理结果之和 11，表中为 5/,
    }),
  ).toBeTruthy();
  const details = items[0].querySelector("dl") as HTMLElement;
  expect(details.textContent).toContain(
    "单元格表三 · 商业企业 · （一）予以公开；表三 · 商业企业 · （七）总计；表三 · 商业企业 · （二）部分公开",
  );
  expect(details.textContent).toContain("等共 22 个单元格");
  expect(within(details).getByText("11")).toBeTruthy();
  expect(within(details).getByText("5")).toBeTruthy();
  expect(within(details).getByText(/^可能是「表三 · 商业企业 · （一）予以公开」填错：改为 3/)).toBeTruthy();

  const table2 = screen.getByRole("region", { name: /· 表二/ });
  expect(within(table2).getByText("表二 · 行政处罚 · 本年处理决定数量")).toBeTruthy();
  expect(within(table2).getByText("（空白）")).toBeTruthy();

  const overview = screen.getByRole("region", { name: "一、总体情况（1 条）" });
  expect(within(overview).getByText("「1、总体情况」")).toBeTruthy();
  expect(findingButtons()).toHaveLength(5);
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
  expect(host.roundTrips.map((c) => c.method)).toEqual(["loadIgnored", "read"]);
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
  expect(screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toContain(
    "三、收到和处理政府信息公开申请情况 · 表三（2 条）",
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
