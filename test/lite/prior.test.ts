/**
 * @jest-environment jsdom
 */
// 选择上年报告 in the lite pane, from its sources, over the fake Word at WordApi 1.3 and 1.1: last
// year's report picked through the pane's file input, read in the pane and passed to the check
// (the cross-year findings listed, the summary's 跨年核对 line in the React pane's words), the
// choice kept in the document's settings and asked for again in a later session, another file and
// the wrong year said, an unreadable file, 移除, a read-only document, English.
import { CROSS_YEAR_RULES, decodeChoice, type CrossYearStatus } from "../../src/taskpane/priorReport";
import { STRINGS } from "../../src/taskpane/strings";
import { LITE_STRINGS } from "../../src/lite/strings";
import { uninstallFakeWord } from "../fakes";
import { otherYearDocx } from "../taskpane/fixtures";
import { openPane, paneOver, waitIdle, type Pane } from "./litePane";

afterEach(() => {
  uninstallFakeWord();
  document.body.innerHTML = "";
});

let prior2022: Uint8Array;
let prior2021: Uint8Array;
beforeAll(async () => {
  prior2022 = await otherYearDocx(2022);
  prior2021 = await otherYearDocx(2021);
});

const docxFile = (bytes: Uint8Array, name: string) => new File([new Uint8Array(bytes)], name);
const priorInput = (pane: Pane) => pane.root.querySelector("input[data-prior-input]") as HTMLInputElement;
/** The summary's 跨年核对 line, without its label. */
const crossYear = (pane: Pane) => pane.root.querySelector("[data-cross-year]")?.textContent ?? null;
const listText = (pane: Pane) => pane.root.querySelector(".lite-results")?.textContent ?? "";
const notice = (pane: Pane, key: string) =>
  pane.root.querySelector(`[data-notice="${key}"]`) as HTMLElement | null;
/** The cross-year findings of the shown result (warnings: the engine's info notes aside). */
const crossYearWarnings = (pane: Pane) =>
  (pane.controller.state.result?.findings ?? [])
    .filter((f) => CROSS_YEAR_RULES.includes(f.rule) && f.severity !== "info")
    .sort((a, b) => a.rule.localeCompare(b.rule));
const remembered = (pane: Pane) => {
  const value = pane.document.savedSettings["nianbao.value.priorReport"];
  return decodeChoice(typeof value === "string" ? value : null);
};

/** Picks a file in the pane's file input, as the file dialog does, and waits for the check it starts. */
async function pick(pane: Pane, file: File): Promise<void> {
  const input = priorInput(pane);
  Object.defineProperty(input, "files", { value: [file], configurable: true });
  input.dispatchEvent(new Event("change", { bubbles: true }));
  await waitIdle(pane);
  for (let i = 0; i < 200 && pane.controller.state.busy !== null; i++) await waitIdle(pane);
}

describe.each(["1.3", "1.1"])("选择上年报告 in the lite pane on WordApi %s", (wordApi) => {
  it("picks last year's report, checks with it, lists the cross-year findings and remembers the file", async () => {
    const pane = await openPane("consistent-2021", { apiVersion: wordApi }); // the 2023 report
    await pane.controller.check();
    expect(crossYear(pane)).toBe("未进行（未选择上年报告）");
    expect(listText(pane)).not.toContain("上年");

    // The button (keyboard reachable, labelled) opens the hidden file input's dialog.
    const button = pane.button("选择上年报告");
    expect(button.tabIndex).toBe(0);
    expect(button.getAttribute("aria-label")).toMatch(/^选择上年报告：.*文件只在本机读取，不会上传$/);
    const input = priorInput(pane);
    expect(input.getAttribute("accept")).toMatch(/^\.docx\b/);
    const click = jest.spyOn(input, "click");
    button.click();
    expect(click).toHaveBeenCalledTimes(1);

    const reads = pane.session.syncLog.length;
    await pick(pane, docxFile(prior2022, "2022年报.docx"));
    expect(crossYear(pane)).toMatch(
      /^已与「2022年报\.docx」（2022 年度）核对：表三上年结转、表二现行有效件数/,
    );
    expect(crossYear(pane)).toContain("，3\u00a0处不一致");
    expect(pane.session.syncLog.length).toBeGreaterThan(reads); // checked the document again
    expect(pane.root.querySelector(".lite-crossyear")?.textContent).toMatch(/^跨年核对：已与/);
    // The cross-year findings are listed: a group for the two columns of 表三, and 表二's line.
    expect(crossYearWarnings(pane).map((f) => f.rule)).toEqual([
      "active.in_force_prior",
      "requests.carry_over_prior",
      "requests.carry_over_prior",
    ]);
    expect(listText(pane)).toContain("表三 · 2 处：上年结转数与上年度报告的结转下年度数不一致");
    pane.button(/表二「行政规范性文件」/).click();
    await waitIdle(pane);
    expect(listText(pane)).toContain(
      "现行有效件数为 12，按上年度现行有效 12 件加本年制发 3 件减本年废止 1 件，应为 14",
    );
    // The file's name, with 移除; the button says which file is used.
    expect(pane.root.querySelector(".lite-prior")?.textContent).toBe("上年报告：2022年报.docx 移除");
    expect(pane.button("选择上年报告").getAttribute("aria-label")).toContain("（当前：2022年报.docx）");

    // The document's settings hold the file's name and fingerprint, never its content (FNV-1a
    // alone: jsdom, like IE11, has no SubtleCrypto).
    expect(remembered(pane)).toEqual({
      name: "2022年报.docx",
      size: prior2022.length,
      fnv: expect.stringMatching(/^[0-9a-f]{8}$/),
      year: 2022,
    });
    expect(String(pane.document.savedSettings["nianbao.value.priorReport"]).length).toBeLessThan(300);

    // Later checks of this session use it without asking.
    await pane.controller.check();
    expect(crossYear(pane)).toMatch(/^已与「2022年报\.docx」/);
  });

  it("in a later session asks for it again; the same file goes on, another file is said to be another", async () => {
    const first = await openPane("consistent-2021", { apiVersion: wordApi });
    await pick(first, docxFile(prior2022, "2022年报.docx"));
    expect(crossYear(first)).toMatch(/^已与/);
    uninstallFakeWord();
    document.body.innerHTML = "";

    // The pane opened again on the same document.
    const pane = paneOver(first.document, { apiVersion: wordApi });
    await waitIdle(pane);
    expect(pane.root.querySelector(".lite-prior")?.textContent).toBe(
      "上年报告：2022年报.docx（本次尚未选择） 移除",
    );
    await pane.controller.check();
    expect(crossYear(pane)).toBe("未进行：请重新选择上次使用的上年报告「2022年报.docx」");
    expect(crossYearWarnings(pane)).toEqual([]);
    const ask = notice(pane, "prior-ask") as HTMLElement;
    expect(ask.textContent).toContain("上次使用了上年报告「2022年报.docx」，请重新选择以核对跨年数据。");
    const click = jest.spyOn(priorInput(pane), "click");
    (ask.querySelector('[data-key="prior-ask-choosePrior"]') as HTMLButtonElement).click();
    expect(click).toHaveBeenCalledTimes(1);
    expect((ask.querySelector('[data-key="prior-ask-forgetPrior"]') as HTMLElement).textContent).toBe(
      "不再核对跨年数据",
    );

    await pick(pane, docxFile(prior2022, "2022年报.docx"));
    expect(crossYear(pane)).toMatch(/^已与「2022年报\.docx」/);
    expect(notice(pane, "prior-ask")).toBeNull();
    expect(notice(pane, "prior-replaced")).toBeNull(); // the same file: nothing to say

    // Same name, other content: said, and the new one is remembered.
    const changed = await otherYearDocx(2022, (report) =>
      report.blocks.push({ kind: "paragraph", text: "（修订稿）" }),
    );
    await pick(pane, docxFile(changed, "2022年报.docx"));
    expect(notice(pane, "prior-replaced")?.textContent).toContain(
      "所选的「2022年报.docx」与上次使用的上年报告「2022年报.docx」不是同一个文件（内容不同）。现在改用「2022年报.docx」，文档会记住它。",
    );
    expect(remembered(pane)?.size).toBe(changed.length);
    const dismiss = pane.root.querySelector('[data-key="prior-replaced-dismiss"]') as HTMLButtonElement;
    dismiss.focus();
    dismiss.click();
    expect(notice(pane, "prior-replaced")).toBeNull();
    // The focus goes to 选择上年报告, not to the page's body.
    expect(document.activeElement).toBe(pane.button("选择上年报告"));
  });

  it("refuses the wrong year: not compared, and says which year it must be", async () => {
    const pane = await openPane("consistent-2021", { apiVersion: wordApi });
    await pick(pane, docxFile(prior2021, "2021年报.docx"));
    expect(crossYear(pane)).toBe("未进行：「2021年报.docx」是 2021 年度的报告，应为 2022 年度");
    const wrong = notice(pane, "prior-year") as HTMLElement;
    expect(wrong.textContent).toContain(
      "所选的上年报告「2021年报.docx」是 2021 年度的报告，本报告应与 2022 年度的报告核对。跨年核对未进行，请重新选择。",
    );
    expect(wrong.querySelector('[data-key="prior-year-choosePrior"]')?.textContent).toBe("重新选择");
    expect(crossYearWarnings(pane)).toEqual([]);
    expect(listText(pane)).not.toContain("表三 · 2 处：上年结转数");

    await pick(pane, docxFile(prior2022, "2022年报.docx"));
    expect(crossYear(pane)).toMatch(/^已与「2022年报\.docx」/);
    expect(notice(pane, "prior-year")).toBeNull();
    expect(notice(pane, "prior-replaced")?.textContent).toMatch(
      /^所选的「2022年报\.docx」与上次使用的上年报告「2021年报\.docx」不是同一个文件/,
    );
  });
});

describe("选择上年报告 in the lite pane", () => {
  it("an unreadable file: said, the check runs without it, the remembered choice kept", async () => {
    const pane = await openPane("consistent-2021");
    await pick(pane, docxFile(prior2022, "2022.docx"));
    const before = pane.document.savedSettings["nianbao.value.priorReport"];

    await pick(pane, docxFile(new TextEncoder().encode("not a zip"), "坏文件.docx"));
    expect(crossYear(pane)).toBe("未进行：无法读取「坏文件.docx」");
    const bad = notice(pane, "prior-unreadable") as HTMLElement;
    expect(bad.getAttribute("role")).toBe("alert");
    expect(bad.textContent).toContain("无法使用所选的上年报告");
    expect(bad.textContent).toMatch(
      /无法读取「坏文件\.docx」：文件不是有效的 \.docx.*。本次检查未做跨年核对。/,
    );
    expect(crossYearWarnings(pane)).toEqual([]);
    expect(pane.document.savedSettings["nianbao.value.priorReport"]).toBe(before);

    // Not a .docx by its name: said before reading.
    await pick(pane, docxFile(prior2022, "2022.doc"));
    expect(notice(pane, "prior-unreadable")?.textContent).toMatch(
      /「2022\.doc」不是 \.docx 文件。.*另存为 \.docx。本次检查未做跨年核对。/,
    );
    const click = jest.spyOn(priorInput(pane), "click");
    (pane.root.querySelector('[data-key="prior-unreadable-choosePrior"]') as HTMLButtonElement).click();
    expect(click).toHaveBeenCalledTimes(1);
    (pane.root.querySelector('[data-key="prior-unreadable-dismiss"]') as HTMLButtonElement).click();
    expect(notice(pane, "prior-unreadable")).toBeNull();
  });

  it("移除 stops the cross-year checks and the document forgets the file", async () => {
    const pane = await openPane("consistent-2021");
    await pick(pane, docxFile(prior2022, "2022.docx"));
    expect(remembered(pane)?.name).toBe("2022.docx");
    pane.button("移除").click();
    await waitIdle(pane);
    expect(pane.text()).toContain("已不再使用上年报告，跨年核对不再进行。");
    expect(remembered(pane)).toBeNull();
    expect(pane.root.querySelector(".lite-prior")).toBeNull();
    await pane.controller.check();
    expect(crossYear(pane)).toBe("未进行（未选择上年报告）");
  });

  it("on a read-only document, uses the file for this session without writing to the document", async () => {
    const pane = await openPane("consistent-2021", { readOnly: true });
    await pick(pane, docxFile(prior2022, "2022.docx"));
    expect(crossYear(pane)).toMatch(/^已与「2022\.docx」（2022 年度）核对/);
    expect(pane.session.writes).toEqual([]);
    expect(pane.text()).not.toContain("出错了");
  });

  it("says when the choice cannot be kept with the document, and still checks with the file", async () => {
    const pane = await openPane("consistent-2021", { failSave: true });
    const alerts = () =>
      Array.prototype.slice
        .call(pane.root.querySelectorAll('.lite-notice[role="alert"]:not([data-notice])'))
        .map((n: HTMLElement) => n.textContent ?? "");
    await pane.controller.check(); // consistent: nothing to mark, nothing saved
    expect(alerts()).toEqual([]);
    await pick(pane, docxFile(prior2022, "2022.docx"));
    expect(crossYear(pane)).toMatch(/^已与「2022\.docx」（2022 年度）核对/);
    // One for the choice (kept in view through the check it starts), one for the marks of the
    // cross-year findings (their record is kept in the settings too).
    expect(alerts()).toEqual([
      "无法把设置保存到文档：fake: settings could not be saved",
      "无法把设置保存到文档：fake: settings could not be saved",
    ]);
    expect(remembered(pane)).toBeNull();
  });

  it("speaks English, and says 跨年核对 in the words of the React pane", async () => {
    const pane = await openPane("consistent-2021", { lang: "en" });
    pane.button("Choose last year's report");
    await pick(pane, docxFile(prior2022, "2022.docx"));
    expect(pane.root.querySelector(".lite-crossyear")?.textContent).toMatch(
      /^Cross-year: against “2022\.docx” \(2022\): Table 3 carried over, Table 2 in force.*; 3 inconsistencies$/,
    );

    const statuses: CrossYearStatus[] = [
      { kind: "none" },
      { kind: "ask", name: "a.docx" },
      { kind: "unreadable", name: "a.docx" },
      { kind: "wrong_year", name: "a.docx", year: 2021, expected: 2022 },
      { kind: "ran", name: "a.docx", year: 2022, compared: [], yearUnconfirmed: false, found: 0 },
      { kind: "ran", name: "a.docx", year: null, compared: ["carry_over"], yearUnconfirmed: true, found: 1 },
      {
        kind: "ran",
        name: "a.docx",
        year: 2022,
        compared: ["carry_over", "in_force", "text"],
        yearUnconfirmed: false,
        found: 3,
      },
    ];
    for (const lang of ["zh", "en"] as const) {
      const lite = LITE_STRINGS[lang];
      const react = STRINGS[lang];
      expect(lite.crossYearLabel).toBe(react.crossYearLabel);
      expect(lite.choosePrior).toBe(react.choosePrior);
      expect(lite.choosePriorLabel("a.docx")).toBe(react.choosePriorLabel("a.docx"));
      for (const st of statuses) expect(lite.crossYear(st)).toBe(react.crossYear(st));
      expect(lite.priorAsk("a")).toBe(react.priorAsk("a"));
      expect(lite.priorWrongYear("a", 2021, 2022)).toBe(react.priorWrongYear("a", 2021, 2022));
      expect(lite.priorReplaced("a", "b")).toBe(react.priorReplaced("a", "b"));
      expect(lite.priorUnreadable("x。")).toBe(react.priorUnreadable("x。"));
      expect(lite.priorYearUnconfirmed("a", null, 2023)).toBe(react.priorYearUnconfirmed("a", null, 2023));
      expect(lite.priorYearUnconfirmed("a", 2022, null)).toBe(react.priorYearUnconfirmed("a", 2022, null));
      for (const key of [
        "priorChooseAgain",
        "priorChooseOther",
        "priorForget",
        "priorForgotten",
        "priorUnreadableTitle",
        "priorReading",
      ] as const)
        expect(lite[key]).toBe(react[key]);
    }
  });
});
