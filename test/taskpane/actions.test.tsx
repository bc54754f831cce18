/** @jest-environment jsdom */
// 清除标记, 插入空白模板, 复制结果, and what the ribbon asks for on load.
import "./setup";
import { screen, waitFor, within } from "@testing-library/react";
import { readDocx } from "../../src/ooxml";
import { checkReport } from "../../src/report/checkReport";
import type { ReportDocument } from "../../src/report/model";
import { plainText } from "../../src/taskpane/plainText";
import { FakeHost } from "./fakeHost";
import { mixedReport } from "./fixtures";
import {
  checkButton,
  dialogButton,
  dialogClosed,
  findDialog,
  findSummary,
  renderPane,
  shownText,
} from "./renderPane";

let doc: ReportDocument;
const textOnly: ReportDocument = {
  blocks: [
    { kind: "paragraph", index: 0, text: "XX区2023年政府信息公开工作年度报告" },
    { kind: "paragraph", index: 1, text: "一、总体情况" },
  ],
};
beforeAll(async () => {
  doc = await mixedReport();
});

async function checked(host: FakeHost) {
  const view = renderPane(host);
  await view.user.click(checkButton());
  await findSummary();
  return view;
}

const templateButton = () => screen.getByRole("button", { name: /^插入空白模板/ });
const insertedBytes = (host: FakeHost) => host.callsOf("insertDocx")[0].args[0] as Uint8Array;
const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b; // "PK"

describe("清除标记", () => {
  test("restores the marked cells and says how many", async () => {
    const host = new FakeHost(doc);
    const { user } = await checked(host);
    const marked = host.marks.size;
    expect(marked).toBeGreaterThan(0);

    await user.click(screen.getByRole("button", { name: /^清除标记/ }));
    expect(
      await screen.findByText(`已清除标记，恢复了 ${marked} 个单元格。`, { ignore: "[role=status] *" }),
    ).toBeTruthy();
    expect(host.callsOf("clearMarks")).toHaveLength(1);
    expect(host.marks.size).toBe(0);
    expect(screen.queryByText(/^已标记/)).toBeNull();
  });

  test("says so when there is nothing to clear (marks of an earlier session count)", async () => {
    const host = new FakeHost(doc, { marked: [{ table: 0, row: 2, cell: 1 }] });
    const { user } = renderPane(host);
    await user.click(screen.getByRole("button", { name: /^清除标记/ }));
    expect(
      await screen.findByText("已清除标记，恢复了 1 个单元格。", { ignore: "[role=status] *" }),
    ).toBeTruthy();
    await user.click(screen.getByRole("button", { name: /^清除标记/ }));
    expect(await screen.findByText("文档中没有需要清除的标记。", { ignore: "[role=status] *" })).toBeTruthy();
    expect(host.callsOf("read")).toHaveLength(0);
  });
});

describe("插入空白模板", () => {
  test("asks first when the last check found standard tables, then inserts a .docx", async () => {
    const host = new FakeHost(doc);
    const { user } = await checked(host);
    await user.click(templateButton());
    const dialog = await findDialog("插入空白模板");
    expect(dialog.textContent).toContain("文档中已有标准统计表，仍要插入一套空白模板吗？");
    expect(host.callsOf("read")).toHaveLength(1); // the check's: the last result tells

    await user.click(dialogButton(dialog, "仍要插入"));
    await waitFor(() => expect(host.callsOf("insertDocx")).toHaveLength(1));
    const bytes = insertedBytes(host);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(isZip(bytes)).toBe(true);
    const inserted = checkReport(await readDocx(bytes));
    expect(inserted.format).toBe("2021");
    expect(inserted.blankTemplate).toBe(true);
    expect(
      await screen.findByText("已在光标处插入2021年格式空白模板。", { ignore: "[role=status] *" }),
    ).toBeTruthy();
    await dialogClosed();
  });

  test("before any check, a quick read tells whether to ask; the 2019 format on request", async () => {
    const host = new FakeHost(textOnly);
    const { user } = renderPane(host);
    await user.click(templateButton());
    const dialog = await findDialog("插入空白模板");
    await waitFor(() => expect(dialogButton(dialog, "插入").getAttribute("aria-disabled")).toBeNull());
    expect(host.callsOf("read")).toHaveLength(1);
    expect(dialog.textContent).not.toContain("文档中已有标准统计表");
    const format2021 = within(dialog).getByRole("radio", {
      name: /^2021年格式/,
      hidden: true,
    }) as HTMLInputElement;
    expect(format2021.checked).toBe(true);

    await user.click(within(dialog).getByRole("radio", { name: /^2019年格式/, hidden: true }));
    await user.click(dialogButton(dialog, "插入"));
    await waitFor(() => expect(host.callsOf("insertDocx")).toHaveLength(1));
    const inserted = checkReport(await readDocx(insertedBytes(host)));
    expect(inserted.format).toBe("2019");
    await dialogClosed();

    // The document has tables now: the next insertion asks, without reading again.
    await user.click(templateButton());
    expect((await findDialog("插入空白模板")).textContent).toContain("文档中已有标准统计表");
    expect(host.callsOf("read")).toHaveLength(1);
  });

  test("the quick read asks when it finds tables; 取消 inserts nothing", async () => {
    const host = new FakeHost(doc);
    const { user } = renderPane(host);
    await user.click(templateButton());
    expect(await screen.findByText("文档中已有标准统计表，仍要插入一套空白模板吗？")).toBeTruthy();
    await user.click(dialogButton(await findDialog("插入空白模板"), "取消"));
    await dialogClosed();
    expect(host.callsOf("insertDocx")).toHaveLength(0);
  });

  test("a refused insertion is shown", async () => {
    const host = new FakeHost(textOnly);
    host.fail("insertDocx");
    const { user } = renderPane(host);
    await user.click(templateButton());
    const dialog = await findDialog("插入空白模板");
    await waitFor(() => expect(dialogButton(dialog, "插入").getAttribute("aria-disabled")).toBeNull());
    await user.click(dialogButton(dialog, "插入"));
    expect(await screen.findByText("模拟的宿主错误")).toBeTruthy();
  });
});

describe("复制结果", () => {
  afterEach(() => {
    Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
    delete (document as { execCommand?: unknown }).execCommand;
  });

  test("copies the plain-text results with the Clipboard API", async () => {
    const { user } = await checked(new FakeHost(doc));
    // After user-event's setup, which puts its own clipboard stub on navigator.
    const writeText = jest.fn(() => Promise.resolve());
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    await user.click(screen.getByRole("button", { name: /^复制结果/ }));
    expect(writeText).toHaveBeenCalledWith(plainText(checkReport(doc), { lang: "zh" }));
    expect(shownText("检查结果已复制，可以粘贴到邮件或办公系统中。")).toBeTruthy();
  });

  test("falls back to a hidden textarea and execCommand in older webviews", async () => {
    let copied: string | undefined;
    const execCommand = jest.fn((command: string) => {
      copied = (document.activeElement as HTMLTextAreaElement | null)?.value;
      return command === "copy";
    });
    Object.defineProperty(document, "execCommand", { value: execCommand, configurable: true });
    const { user } = await checked(new FakeHost(doc));
    Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
    await user.click(screen.getByRole("button", { name: /^复制结果/ }));
    expect(execCommand).toHaveBeenCalledWith("copy");
    expect(copied).toBe(plainText(checkReport(doc), { lang: "zh" }));
    expect(document.querySelector("textarea")).toBeNull();
    expect(shownText("检查结果已复制，可以粘贴到邮件或办公系统中。")).toBeTruthy();
  });

  test("says so when neither way works, and is off before a check", async () => {
    const { user } = renderPane(new FakeHost(doc));
    const writeText = jest.fn(() => Promise.reject(new Error("denied")));
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    expect(screen.getByRole("button", { name: /^复制结果/ }).getAttribute("aria-disabled")).toBe("true");
    await user.click(checkButton());
    await findSummary();
    await user.click(screen.getByRole("button", { name: /^复制结果/ }));
    expect(writeText).toHaveBeenCalledTimes(1);
    expect(shownText("无法写入剪贴板。")).toBeTruthy();
  });
});

describe("what the ribbon asks for", () => {
  test("check: runs the check on load", async () => {
    const host = new FakeHost(doc);
    renderPane(host, { initialAction: "check" });
    await findSummary();
    expect(host.roundTrips.map((c) => c.method)).toEqual(["loadIgnored", "read", "mark"]);
  });

  test("template: opens the template dialog on load", async () => {
    const host = new FakeHost(textOnly);
    renderPane(host, { initialAction: "template" });
    expect(await findDialog("插入空白模板")).toBeTruthy();
    expect(host.callsOf("mark")).toHaveLength(0);
  });

  test("template on a read-only document: the dialog explains, and cannot insert", async () => {
    const host = new FakeHost(doc, { readOnly: true });
    const { user } = renderPane(host, { initialAction: "template" });
    const dialog = await findDialog("插入空白模板");
    expect(dialog.textContent).toContain("文档为只读，不能插入模板。");
    expect(dialogButton(dialog, "插入").getAttribute("aria-disabled")).toBe("true");
    await user.click(dialogButton(dialog, "插入"));
    expect(host.callsOf("insertDocx")).toHaveLength(0);
  });
});
