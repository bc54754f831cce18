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

  test("marks it cannot prove are still in place are kept: it says why, retries, forgets", async () => {
    const host = new FakeHost(doc);
    const { user } = await checked(host);
    const marked = host.marks.size;
    const [a, b] = host.lastMarks().map((m) => m.cell);
    host.stick([a], "table_changed");
    host.stick([b], "table_not_found");

    await user.click(screen.getByRole("button", { name: /^清除标记/ }));
    expect(
      await screen.findByText(`已清除标记，恢复了 ${marked - 2} 个单元格。`, { ignore: "[role=status] *" }),
    ).toBeTruthy();
    expect(shownText("2 个单元格的标记未能清除")).toBeTruthy();
    expect(
      shownText(
        /^表格已被修改（单元格文字或行列有变化）（1 个）；找不到原来的表格（已删除或改动过大）（1 个）。/,
      ),
    ).toBeTruthy();
    expect(host.marks.size).toBe(2);

    // The user undid the edit: 重试 restores the rest.
    host.stick([b], "table_not_found");
    host.unstick();
    await user.click(screen.getByRole("button", { name: "重试" }));
    expect(
      await screen.findByText("已清除标记，恢复了 2 个单元格。", { ignore: "[role=status] *" }),
    ).toBeTruthy();
    expect(screen.queryByText("2 个单元格的标记未能清除")).toBeNull();
    expect(host.marks.size).toBe(0);
    // The focus did not drop to the page with the notice's button.
    expect(document.activeElement).toBe(screen.getByRole("button", { name: /^清除标记/ }));

    // Or forgets them: the record goes, the cells stay as they are.
    await user.click(checkButton());
    await findSummary();
    host.stick([a]);
    await user.click(screen.getByRole("button", { name: /^清除标记/ }));
    await screen.findByText("1 个单元格的标记未能清除", { ignore: "[role=status] *" });
    await user.click(screen.getByRole("button", { name: "忘记这些标记" }));
    expect(
      await screen.findByText("已忘记 1 个单元格的标记记录；这些单元格保持现在的样子。", {
        ignore: "[role=status] *",
      }),
    ).toBeTruthy();
    expect(host.callsOf("forgetMarks")).toHaveLength(1);
    expect(screen.queryByText("1 个单元格的标记未能清除")).toBeNull();
  });

  test("comments Word cannot delete are reported", async () => {
    const host = new FakeHost(doc, { commentsLeft: 3 });
    const { user } = await checked(host);
    await user.click(screen.getByRole("button", { name: /^清除标记/ }));
    expect(
      await screen.findByText(
        /^已清除标记，恢复了 \d+ 个单元格。3 条批注无法在此版本的 Word 中删除，仍留在文档中/,
        {
          ignore: "[role=status] *",
        },
      ),
    ).toBeTruthy();
  });

  test("restored cells that read back differently are reported", async () => {
    const host = new FakeHost(doc, { differing: 2 });
    const { user } = await checked(host);
    const marked = host.marks.size;
    await user.click(screen.getByRole("button", { name: /^清除标记/ }));
    expect(
      await screen.findByText(
        `已清除标记，恢复了 ${marked} 个单元格。其中 2 个单元格恢复后的底纹与原来不同，请查看。`,
        { ignore: "[role=status] *" },
      ),
    ).toBeTruthy();
  });

  test("a check whose marking could not remove an earlier check's marks says so, and offers to forget", async () => {
    const host = new FakeHost(doc, { marked: [{ table: 0, row: 2, cell: 1 }] });
    host.stick([{ table: 0, row: 2, cell: 1 }], "table_changed");
    const { user } = await checked(host);
    expect(await screen.findByText("1 个单元格的标记未能清除", { ignore: "[role=status] *" })).toBeTruthy();
    expect(shownText(/可以“重新检查”再试/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "忘记这些标记" }));
    await waitFor(() => expect(host.callsOf("forgetMarks")).toHaveLength(1));
    await waitFor(() => expect(screen.queryByText("1 个单元格的标记未能清除")).toBeNull());
  });

  test("where marks may show as tracked changes, the pane says so once marked", async () => {
    const host = new FakeHost(doc, { marksMayBeTracked: true });
    const { user } = renderPane(host);
    expect(screen.queryByText(/修订/)).toBeNull();
    await user.click(checkButton());
    await findSummary();
    expect(shownText(/^如果文档开启了“修订”，标记会显示为格式修订/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: /^清除标记/ }));
    await waitFor(() => expect(screen.queryByText(/^如果文档开启了“修订”/)).toBeNull());
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

  test("the dialog says where the template goes when the host says more than “at the cursor”", async () => {
    const host = new FakeHost(textOnly);
    const { user } = renderPane(host, {
      insertionPoint: (lang) => (lang === "zh" ? "模板将插入在文档末尾。" : "At the end."),
    });
    await user.click(templateButton());
    const dialog = await findDialog("插入空白模板");
    expect(dialog.textContent).toContain("模板将插入在文档末尾。");
    expect(dialog.textContent).not.toContain("将插入在光标处");
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
    // Named by the report's title when the host gives no file name; the grouped view's text.
    const title = "XX市XX区人力资源和社会保障局2023年政府信息公开工作年度报告";
    expect(writeText).toHaveBeenCalledWith(
      plainText(checkReport(doc), { lang: "zh", documentName: title, crossYear: { kind: "none" } }),
    );
    expect(writeText.mock.calls[0]).toEqual([expect.stringContaining(`\n文档：${title}\n`)]);
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
    expect(copied).toBe(
      plainText(checkReport(doc), {
        lang: "zh",
        documentName: "XX市XX区人力资源和社会保障局2023年政府信息公开工作年度报告",
        crossYear: { kind: "none" },
      }),
    );
    expect(document.querySelector("textarea")).toBeNull();
    expect(shownText("检查结果已复制，可以粘贴到邮件或办公系统中。")).toBeTruthy();
  });

  test("names the document by the file name the host gives", async () => {
    const { user } = renderPane(new FakeHost(doc), { documentName: () => "城区人社局2023年报.docx" });
    await user.click(checkButton());
    await findSummary();
    const writeText = jest.fn((_text: string) => Promise.resolve());
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    await user.click(screen.getByRole("button", { name: /^复制结果/ }));
    expect(writeText.mock.calls[0][0].split("\n").slice(0, 2)).toEqual([
      "政府信息公开工作年度报告 校对结果",
      "文档：城区人社局2023年报.docx",
    ]);
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
    expect(host.roundTrips.map((c) => c.method)).toEqual([
      "loadIgnored",
      "loadDocumentValue",
      "read",
      "mark",
    ]);
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
