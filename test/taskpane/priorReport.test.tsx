/** @jest-environment jsdom */
// 选择上年报告: last year's report picked in the pane, read there, and used by the check for the
// cross-year checks; remembered by the document (name and fingerprint only) and asked for again.
import "./setup";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { DocumentValueKey } from "../../src/host/reportHost";
import type { ReportDocument } from "../../src/report/model";
import { decodeChoice } from "../../src/taskpane/priorReport";
import { FakeHost } from "./fakeHost";
import { fixtureDocument, otherYearDocx } from "./fixtures";
import { checkButton, findSummary, renderPane, shownText } from "./renderPane";

let current: ReportDocument;
let prior2022: Uint8Array;
let prior2021: Uint8Array;
beforeAll(async () => {
  current = await fixtureDocument("consistent-2021"); // the 2023 report
  prior2022 = await otherYearDocx(2022);
  prior2021 = await otherYearDocx(2021);
});

const docxFile = (bytes: Uint8Array, name: string) => new File([new Uint8Array(bytes)], name);
const chooseButton = () => screen.getByRole("button", { name: /^选择上年报告：/ });
const priorInput = () =>
  document.querySelector<HTMLInputElement>("input[data-prior-input]") as HTMLInputElement;
/** What the summary says of the cross-year checks. */
const crossYearFact = () => {
  const term = within(screen.getByRole("region", { name: "检查结果摘要" })).getByText("跨年核对");
  return term.nextElementSibling?.textContent ?? "";
};
/** The findings list's text ("" when there are no findings: the current report is consistent). */
const listText = () => screen.queryByRole("region", { name: "检查结果" })?.textContent ?? "";
const remembered = (values: Map<DocumentValueKey, string>) => decodeChoice(values.get("priorReport") ?? null);

/** Picks a file in the pane's file input, as the browser's file dialog does. */
async function pick(user: ReturnType<typeof renderPane>["user"], file: File) {
  await user.upload(priorInput(), file);
}

/** The check that picking starts has finished (the 跨年核对 line names the file). */
async function checkedWith(name: string | RegExp) {
  await waitFor(() => expect(crossYearFact()).toMatch(name));
}

describe("选择上年报告", () => {
  test("is on the command bar; picking a file reads it in the pane and checks again with it", async () => {
    const host = new FakeHost(current);
    const { user } = renderPane(host);
    await user.click(checkButton());
    await findSummary();
    expect(crossYearFact()).toBe("未进行（未选择上年报告）");
    expect(listText()).not.toContain("上年");

    // The button opens the (hidden) file input's dialog.
    const click = jest.spyOn(priorInput(), "click");
    await user.click(chooseButton());
    expect(click).toHaveBeenCalledTimes(1);

    await pick(user, docxFile(prior2022, "2022年报.docx"));
    await checkedWith(/^已与「2022年报\.docx」（2022 年度）核对：表三上年结转、表二现行有效件数/);
    expect(crossYearFact()).toContain("，3\u00a0处不一致");
    expect(host.callsOf("read")).toHaveLength(2);
    // The cross-year findings are listed (a group for the two columns of 表三, and 表二's line).
    const list = listText();
    expect(list).toContain("表三 · 2 处：上年结转数与上年度报告的结转下年度数不一致");
    expect(list).toContain(
      "现行有效件数为 12，按上年度现行有效 12 件加本年制发 3 件减本年废止 1 件，应为 14",
    );
    // …and marked on the document.
    expect(host.lastMarks().some((m) => m.note.includes("上年"))).toBe(true);
    expect(chooseButton().getAttribute("aria-label")).toContain("（当前：2022年报.docx）");

    // The document remembers the file by name and fingerprint, never by content.
    const saved = host.values.get("priorReport") as string;
    expect(saved.length).toBeLessThan(300);
    expect(remembered(host.values)).toEqual({
      name: "2022年报.docx",
      size: prior2022.length,
      fnv: expect.stringMatching(/^[0-9a-f]{8}$/),
      year: 2022,
    });

    // Later checks of this session use it without asking.
    await user.click(checkButton());
    await waitFor(() => expect(host.callsOf("read")).toHaveLength(3));
    await checkedWith(/^已与「2022年报\.docx」/);
  });

  test("picked before any check, it runs the check", async () => {
    const host = new FakeHost(current);
    const { user } = renderPane(host);
    await pick(user, docxFile(prior2022, "2022.docx"));
    await checkedWith(/^已与「2022\.docx」（2022 年度）核对/);
    expect(host.callsOf("read")).toHaveLength(1);
  });

  test("in a later session the pane asks for it again, and goes on with it once chosen", async () => {
    const values = new Map<DocumentValueKey, string>();
    const first = renderPane(new FakeHost(current, { values }));
    await pick(first.user, docxFile(prior2022, "2022年报.docx"));
    await checkedWith(/^已与/);
    first.unmount();

    // The pane is opened again on the same document (its values are the document's).
    const host = new FakeHost(current, { values });
    const { user } = renderPane(host, { initialAction: "check" });
    await findSummary();
    expect(crossYearFact()).toBe("未进行：请重新选择上次使用的上年报告「2022年报.docx」");
    const ask = shownText("上次使用了上年报告「2022年报.docx」，请重新选择以核对跨年数据。").closest(
      "[data-notice]",
    ) as HTMLElement;
    expect(listText()).not.toContain("上年结转数");

    const click = jest.spyOn(priorInput(), "click");
    await user.click(within(ask).getByRole("button", { name: "选择上年报告" }));
    expect(click).toHaveBeenCalledTimes(1);
    await pick(user, docxFile(prior2022, "2022年报.docx"));
    await checkedWith(/^已与「2022年报\.docx」/);
    expect(screen.queryByText(/^上次使用了上年报告/)).toBeNull();
    expect(screen.queryByText(/不是同一个文件/)).toBeNull(); // the same file: nothing to say
    expect(listText()).toContain("上年结转数与上年度报告的结转下年度数不一致");
  });

  test("a renamed copy of the same file is the same file; another file is said to be another", async () => {
    const values = new Map<DocumentValueKey, string>();
    const host = new FakeHost(current, { values });
    const { user } = renderPane(host);
    await pick(user, docxFile(prior2022, "a.docx"));
    await checkedWith(/^已与「a\.docx」/);
    await pick(user, docxFile(prior2022, "b.docx"));
    await checkedWith(/^已与「b\.docx」/);
    expect(screen.queryByText(/不是同一个文件/)).toBeNull();

    // Same name, other content (e.g. the file was replaced): said, and the new one is remembered.
    const changed = await otherYearDocx(2022, (report) =>
      report.blocks.push({ kind: "paragraph", text: "（修订稿）" }),
    );
    await pick(user, docxFile(changed, "b.docx"));
    expect(
      await screen.findByText(
        "所选的「b.docx」与上次使用的上年报告「b.docx」不是同一个文件（内容不同）。现在改用「b.docx」，文档会记住它。",
        { ignore: "[role=status] *" },
      ),
    ).toBeTruthy();
    await waitFor(() => expect(remembered(values)?.size).toBe(changed.length));
  });

  test("a report of the wrong year is not compared, and the pane says which year it should be", async () => {
    const host = new FakeHost(current);
    const { user } = renderPane(host);
    await pick(user, docxFile(prior2021, "2021年报.docx"));
    await checkedWith("未进行：「2021年报.docx」是 2021 年度的报告，应为 2022 年度");
    const notice = shownText(
      "所选的上年报告「2021年报.docx」是 2021 年度的报告，本报告应与 2022 年度的报告核对。跨年核对未进行，请重新选择。",
    ).closest("[data-notice]") as HTMLElement;
    expect(within(notice).getByRole("button", { name: "重新选择" })).toBeTruthy();
    expect(listText()).not.toContain("上年结转数与上年度报告的结转下年度数不一致");
    expect(listText()).not.toContain("现行有效件数为 12");

    // The right one replaces it (another file: said so).
    await pick(user, docxFile(prior2022, "2022年报.docx"));
    await checkedWith(/^已与「2022年报\.docx」/);
    expect(screen.queryByText(/本报告应与 2022 年度的报告核对/)).toBeNull();
    expect(
      shownText(/^所选的「2022年报\.docx」与上次使用的上年报告「2021年报\.docx」不是同一个文件/),
    ).toBeTruthy();
  });

  test("a file that cannot be read: a clear message, and the check runs without it", async () => {
    const values = new Map<DocumentValueKey, string>();
    const host = new FakeHost(current, { values });
    const { user } = renderPane(host);
    await pick(user, docxFile(prior2022, "2022.docx"));
    await checkedWith(/^已与「2022\.docx」/);
    const before = values.get("priorReport");

    // Not a zip at all, under a .docx name.
    fireEvent.change(priorInput(), {
      target: { files: [docxFile(new TextEncoder().encode("not a zip"), "坏文件.docx")] },
    });
    await checkedWith("未进行：无法读取「坏文件.docx」");
    const notice = shownText(
      /^无法读取「坏文件\.docx」：文件不是有效的 \.docx.*。本次检查未做跨年核对。$/,
    ).closest("[data-notice]") as HTMLElement;
    expect(within(notice).getByText("无法使用所选的上年报告")).toBeTruthy();
    expect(host.callsOf("read")).toHaveLength(2);
    expect(listText()).not.toContain("上年结转数");
    // What the document remembers is unchanged.
    expect(values.get("priorReport")).toBe(before);

    // Not a .docx by its name (a .doc): said so before reading.
    fireEvent.change(priorInput(), { target: { files: [docxFile(prior2022, "2022.doc")] } });
    expect(
      await screen.findByText(/^「2022\.doc」不是 \.docx 文件。.*另存为 \.docx。本次检查未做跨年核对。$/, {
        ignore: "[role=status] *",
      }),
    ).toBeTruthy();
  });

  test("不再核对跨年数据 makes the document forget it", async () => {
    const values = new Map<DocumentValueKey, string>();
    await (async () => {
      const first = renderPane(new FakeHost(current, { values }));
      await pick(first.user, docxFile(prior2022, "2022.docx"));
      await checkedWith(/^已与/);
      first.unmount();
    })();
    const { user } = renderPane(new FakeHost(current, { values }), { initialAction: "check" });
    await findSummary();
    const ask = shownText(/^上次使用了上年报告「2022\.docx」/).closest("[data-notice]") as HTMLElement;
    await user.click(within(ask).getByRole("button", { name: "不再核对跨年数据" }));
    await waitFor(() => expect(values.has("priorReport")).toBe(false));
    expect(shownText("已不再使用上年报告，跨年核对不再进行。")).toBeTruthy();
    expect(crossYearFact()).toBe("未进行（未选择上年报告）");
  });

  test("on a read-only document it is used but not remembered", async () => {
    const host = new FakeHost(current, { readOnly: true });
    const { user } = renderPane(host);
    await pick(user, docxFile(prior2022, "2022.docx"));
    await checkedWith(/^已与「2022\.docx」/);
    expect(host.callsOf("saveDocumentValue")).toHaveLength(0);
    expect(listText()).toContain("上年结转数与上年度报告的结转下年度数不一致");
  });

  test("when the document cannot keep it, the pane says so and still uses it", async () => {
    const host = new FakeHost(current);
    host.fail("saveDocumentValue");
    const { user } = renderPane(host);
    await pick(user, docxFile(prior2022, "2022.docx"));
    await checkedWith(/^已与「2022\.docx」/);
    expect(await screen.findByText("模拟的宿主错误", { ignore: "[role=status] *" })).toBeTruthy();
  });

  test("copied results say whether the cross-year checks ran", async () => {
    const host = new FakeHost(current);
    const { user } = renderPane(host);
    await pick(user, docxFile(prior2022, "2022.docx"));
    await checkedWith(/^已与/);
    // After user-event's setup, which puts its own clipboard stub on navigator.
    const writeText = jest.fn(() => Promise.resolve());
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    await user.click(screen.getByRole("button", { name: /^复制结果/ }));
    expect(writeText).toHaveBeenCalledWith(
      expect.stringContaining(
        "\n跨年核对：已与「2022.docx」（2022 年度）核对：表三上年结转、表二现行有效件数",
      ),
    );
    Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
  });

  test("in English", async () => {
    const host = new FakeHost(current);
    localStorage.clear();
    const { user } = renderPane(host, { displayLanguage: "en-US" });
    await user.click(screen.getByRole("button", { name: /^Choose last year's report: / }));
    await pick(user, docxFile(prior2021, "2021.docx"));
    expect(
      await screen.findByText(
        "“2021.docx”, chosen as last year's report, is the report for 2021; this report must be compared with the one for 2022. The cross-year checks did not run: choose another file.",
        { ignore: "[role=status] *" },
      ),
    ).toBeTruthy();
  });
});
