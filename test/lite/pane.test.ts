/**
 * @jest-environment jsdom
 */
// The lite pane from its sources, drawn in jsdom over the fake Word at WordApi 1.3 and 1.1: what it
// shows after a check (the engine's headline and groups, the legend of this Word's colours), what
// 上一个/下一个 and a click select, what 清除标记 reports (restored; kept with 重试 and 忘记), the
// template, read-only documents, the language switch and the keyboard. (test/e2e/lite*.e2e.ts run
// the built ES5 bundle.)
import { readFileSync } from "fs";
import { join } from "path";
import { checkReport } from "../../src/report/checkReport";
import { resultHeadline } from "../../src/report/view";
import { markFill } from "../../src/report/view";
import { findingList } from "../../src/lite/findingList";
import { HIGHLIGHTS } from "../../src/word/api11";
import { readDocx } from "../../src/ooxml";
import { uninstallFakeWord } from "../fakes";
import { openPane, waitIdle } from "./litePane";

afterEach(() => {
  uninstallFakeWord();
  document.body.innerHTML = "";
});

const sample = (name: string) =>
  new Uint8Array(readFileSync(join(__dirname, "..", "fixtures", "samples", name)));

describe.each(["1.3", "1.1"])("the lite pane on WordApi %s", (wordApi) => {
  it("checks: the engine's headline, scope and groups, the cells marked, the legend in this Word's colours", async () => {
    const pane = await openPane("liuying-2019", { apiVersion: wordApi });
    const expected = checkReport(await readDocx(sample("liuying-2019.docx")));
    const list = findingList(expected);
    await pane.controller.check();

    const headline = resultHeadline(list.groups, expected.counts);
    expect(pane.root.querySelector(".lite-headline")?.textContent).toBe(headline.zh);
    expect(pane.root.querySelector('[role="status"]')?.textContent).toBe(
      `检查完成：${expected.counts.error} 个错误，${expected.counts.warning} 个警告，${expected.counts.info} 条提示。`,
    );
    // One line per group (repeats folded), in the view's order.
    const lines = Array.prototype.slice
      .call(pane.root.querySelectorAll(".lite-findings > li > button"))
      .map((b: HTMLElement) => b.textContent ?? "");
    expect(lines).toHaveLength(list.groups.length);
    list.groups.forEach((group, i) => expect(lines[i]).toContain(group.title));
    expect(pane.button(/下一个/)).toBeDefined();
    expect(pane.text()).toContain(`共 ${list.stops.length} 个`);

    const swatches = Array.prototype.slice
      .call(pane.root.querySelectorAll(".lite-swatch"))
      .map((s: HTMLElement) => s.style.backgroundColor);
    const rgb = (hex: string) =>
      `rgb(${parseInt(hex.slice(1, 3), 16)}, ${parseInt(hex.slice(3, 5), 16)}, ${parseInt(hex.slice(5, 7), 16)})`;
    if (wordApi === "1.3") {
      expect(swatches).toEqual(
        [
          markFill("suspect", "error"),
          markFill("suspect", "warning"),
          markFill("involved", "error"),
          markFill("blank", "warning"),
        ].map((f) => rgb(`#${f}`)),
      );
      expect(pane.session.writes.some((w) => w.kind === "shading")).toBe(true);
      expect(pane.text()).toMatch(/已标记 \d+ 个单元格/);
    } else {
      expect(swatches).toEqual(
        [HIGHLIGHTS.suspectError, HIGHLIGHTS.suspectWarning, HIGHLIGHTS.involved, HIGHLIGHTS.blank].map(rgb),
      );
      expect(pane.session.writes.some((w) => w.kind === "highlight")).toBe(true);
      expect(pane.text()).toMatch(/已突出显示 \d+ 个单元格的文字/);
      expect(pane.text()).toMatch(/\d+ 个空白单元格没有文字，Word 2016 无法突出显示/);
      expect(pane.text()).toContain("WordApi 1.1");
    }
  });

  it("下一个 / 上一个 walk the findings, open a repeat group, and select each place in Word", async () => {
    const pane = await openPane("liuying-2019", { apiVersion: wordApi });
    await pane.controller.check();
    const list = pane.controller.state.list!;
    const repeatStop = list.stops.findIndex((s) => list.groups[s.group].kind === "repeat");
    expect(repeatStop).toBeGreaterThan(0);

    for (let i = 0; i <= repeatStop; i++) {
      pane.button(/下一个/).click();
      await new Promise((resolve) => setTimeout(resolve, 0));
      await waitIdle(pane);
    }
    expect(pane.controller.state.current).toBe(repeatStop);
    expect(pane.text()).toContain(`第 ${repeatStop + 1} 个，共 ${list.stops.length} 个`);
    // The repeat group is open, its first item current and shown in detail.
    const current = pane.root.querySelector(".lite-current") as HTMLElement;
    expect(current.getAttribute("aria-current")).toBe("true");
    expect(current.textContent).toBe(list.stops[repeatStop].finding.message);
    expect(pane.root.querySelector('[aria-expanded="true"]')).not.toBeNull();
    const selects = pane.session.writesOf("select");
    expect(selects.length).toBeGreaterThan(0);
    // The last select is the current finding's cell.
    const cell = list.stops[repeatStop].finding.cells[0];
    const last = selects[selects.length - 1].target;
    if (wordApi === "1.3")
      expect(last).toEqual({ kind: "cell", table: cell.table, row: cell.row, tc: cell.cell });
    else {
      expect(last.kind).toBe("paragraph");
      const paragraph = pane.document.paragraphs[(last as { index: number }).index];
      expect(paragraph.cell?.row.table.index).toBe(cell.table);
      expect(paragraph.cell?.row.rowIndex).toBe(cell.row);
      expect(paragraph.cell?.tcIndex).toBe(cell.cell);
    }

    pane.button(/上一个/).click();
    await waitIdle(pane);
    expect(pane.controller.state.current).toBe(repeatStop - 1);
    // From the first, 上一个 goes round to the last.
    await pane.controller.go(0);
    pane.button(/上一个/).click();
    await waitIdle(pane);
    expect(pane.controller.state.current).toBe(list.stops.length - 1);
  });

  it("清除标记 gives every cell back and says how many", async () => {
    const pane = await openPane("liuying-2019", { apiVersion: wordApi });
    const before = pane.document.bodyOoxml();
    await pane.controller.check();
    const marked = pane.session.writes.filter((w) => w.kind === "shading" || w.kind === "highlight").length;
    expect(marked).toBeGreaterThan(0);
    pane.button("清除标记").click();
    await waitIdle(pane);
    expect(pane.text()).toMatch(/已清除 \d+ 个单元格的标记，恢复原样。/);
    expect(visibleMarks(pane.document.bodyOoxml())).toEqual(visibleMarks(before));
  });

  it("清除标记 keeps what it cannot prove, with 重试 and 忘记", async () => {
    const pane = await openPane("consistent-2021", { apiVersion: wordApi });
    const requests = pane.document.tables.find((t) => t.rows.length > 20)!;
    const row = requests.rows.find((r) =>
      /^\d+$/.test(pane.document.cellValue(r.cells[r.cells.length - 1])),
    )!;
    pane.document.typeIntoCell(requests.index, row.rowIndex, row.cells.length - 1, "9999");
    await pane.controller.check();
    expect(pane.text()).toMatch(wordApi === "1.3" ? /已标记/ : /已突出显示/);
    // The user deletes a row of the marked table: its marks can no longer be proven.
    pane.document.deleteRow(requests.index, 3);
    await pane.controller.clear();
    expect(pane.text()).toMatch(/\d+ 个标记未能清除，记录已保留。/);
    pane.button("重试").click();
    await waitIdle(pane);
    expect(pane.text()).toMatch(/个标记未能清除/);
    pane.button("忘记").click();
    await waitIdle(pane);
    expect(pane.text()).toMatch(/已忘记 \d+ 个标记的记录/);
    await pane.controller.clear();
    expect(pane.text()).toContain("没有需要清除的标记。");
  });

  it("inserts the chosen template (at the end on 1.1)", async () => {
    const pane = await openPane("consistent-2021", { apiVersion: wordApi });
    pane.button("插入空白模板").click();
    expect(pane.button("插入空白模板").getAttribute("aria-expanded")).toBe("true");
    (pane.root.querySelector('[data-key="format-2019"]') as HTMLInputElement).click();
    pane.button("插入").click();
    await waitIdle(pane);
    const [insert] = pane.session.writesOf("insertFile");
    const template = checkReport(await readDocx(new Uint8Array(Buffer.from(insert.base64, "base64"))));
    expect(template.blankTemplate).toBe(true);
    expect(template.format).toBe("2019");
    expect(pane.text()).toContain(
      wordApi === "1.1" ? "已插入 2019 年格式空白模板（在文档末尾）。" : "已插入 2019 年格式空白模板。",
    );
    if (wordApi === "1.1") expect(insert.anchor).toEqual({ body: true });
  });
});

describe("the lite pane", () => {
  it("checks a read-only document but does not mark, clear or insert", async () => {
    const pane = await openPane("liuying-2019", { readOnly: true });
    await pane.controller.check();
    expect(pane.text()).toContain("文档为只读：只检查，不标记，不插入。");
    expect(pane.button("清除标记").disabled).toBe(true);
    expect(pane.button("插入空白模板").disabled).toBe(true);
    expect(pane.session.writes).toEqual([]);
  });

  it("switches between Chinese and English, findings included", async () => {
    const pane = await openPane("liuying-2019");
    await pane.controller.check();
    const list = pane.controller.state.list!;
    pane.button("English").click();
    expect(pane.root.getAttribute("lang")).toBe("en");
    expect(pane.button("Check again")).toBeDefined();
    expect(pane.root.querySelector(".lite-headline")?.textContent).toBe(
      resultHeadline(list.groups, pane.controller.state.result!.counts).en,
    );
    expect(pane.text()).toContain(list.groups[0].titleEn);
    expect(pane.text()).toMatch(/\d+ cell\(s\) marked\./);
    pane.button("中文").click();
    expect(pane.button("重新检查")).toBeDefined();
  });

  it("is used with the keyboard: ↑/↓ between findings, Enter opens a group, Esc closes the template choice", async () => {
    const pane = await openPane("liuying-2019");
    await pane.controller.check();
    const [first, second] = pane.findings();
    first.focus();
    first.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown", bubbles: true }));
    expect(document.activeElement).toBe(second);
    // Focus survives a redraw (the pane redraws on every change).
    pane.controller.toggleLang();
    pane.controller.toggleLang();
    expect((document.activeElement as HTMLElement).getAttribute("data-key")).toBe(
      second.getAttribute("data-key"),
    );
    const toggle = pane.root.querySelector(".lite-group-toggle") as HTMLButtonElement;
    toggle.click(); // a button: Enter and Space click it
    expect(pane.root.querySelector(".lite-items")).not.toBeNull();

    pane.button("插入空白模板").click();
    const radio = pane.root.querySelector('[data-key="format-2021"]') as HTMLInputElement;
    radio.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    expect(pane.root.querySelector(".lite-template")).toBeNull();
    // Every control is a native button or radio: reachable with Tab. (选择上年报告's file input is
    // not a control of its own: its button, reachable, opens it.)
    const controls = pane.root.querySelectorAll("button, input:not([data-prior-input])");
    for (const el of Array.prototype.slice.call(controls) as HTMLElement[])
      expect(el.tabIndex).toBeGreaterThanOrEqual(0);
    expect(pane.button("选择上年报告").tabIndex).toBe(0);
  });

  it("says when a finding has no single place, and when Word cannot find it any more", async () => {
    const pane = await openPane("liuying-2019", { apiVersion: "1.1" });
    await pane.controller.check();
    const list = pane.controller.state.list!;
    const nowhere = list.stops.findIndex(
      (s) => s.finding.cells.length === 0 && s.finding.location.paragraph === undefined,
    );
    expect(nowhere).toBeGreaterThanOrEqual(0);
    await pane.controller.go(nowhere);
    expect(pane.text()).toContain("此问题不对应文档中的具体位置。");

    const cellStop = list.stops.findIndex((s) => s.finding.cells.length > 0);
    const cell = list.stops[cellStop].finding.cells[0];
    pane.document.typeIntoCell(cell.table, cell.row, cell.cell, "改过了");
    await pane.controller.go(cellStop);
    expect(pane.root.querySelector('[role="alert"]')?.textContent).toBe(
      "文档自检查后已修改，找不到原来的位置：请重新检查。",
    );
  });

  it("starts a check when the ribbon's 检查年报 opened it, the template choice for 插入空白模板", async () => {
    const { initialAction } = await import("../../src/lite/initialAction");
    expect(initialAction("?action=check&_host_Info=Word$Win32$16.01$zh-CN")).toBe("check");
    expect(initialAction("?_host_Info=x&action=Template")).toBe("template");
    expect(initialAction("?action=%E0")).toBeNull();
    expect(initialAction("")).toBeNull();
  });
});

/** Shading fills and highlights in the body's OOXML: what marks the user can see. */
function visibleMarks(ooxml: string): string[] {
  return [...ooxml.matchAll(/<w:(shd|highlight)\b[^>]*>/g)]
    .map((m) => (m[0].includes('w:fill="auto"') || m[0].includes('w:val="none"') ? "" : m[0]))
    .filter(Boolean);
}
