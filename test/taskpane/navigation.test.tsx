/** @jest-environment jsdom */
// Selecting findings in the document: click, Enter, Space, previous / next (and Alt+↓ / Alt+↑),
// into groups of repeats; the list as one tab stop; where a finding without a cell goes; results
// made out of date by an insertion.
import "./setup";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { HostError } from "../../src/host/reportHost";
import { checkReport } from "../../src/report/checkReport";
import type { Finding } from "../../src/report/findings";
import type { ReportDocument } from "../../src/report/model";
import { setCell } from "../support/reportText";
import { FakeHost } from "./fakeHost";
import { fixtureDocument, mixedReport } from "./fixtures";
import {
  checkButton,
  dialogButton,
  dialogClosed,
  findDialog,
  findingButtons,
  findingList,
  findSummary,
  groupLines,
  liveText,
  listRows,
  renderPane,
  shownText,
} from "./renderPane";

let doc: ReportDocument;
let findings: Finding[];
let blanks: ReportDocument;
beforeAll(async () => {
  doc = await mixedReport();
  findings = checkReport(doc).findings;
  // Three blank cells of 表三 that hold 0 (a group of repeats), and the wrong count of mixedReport.
  blanks = await fixtureDocument("consistent-2021", (report) => {
    for (const row of ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "7.属于行政执法案卷"])
      setCell(report, { table: "本年度办理结果", row, cell: 4 }, "");
  });
});

const byRule = (rule: string, list = findings) => list.find((f) => f.rule === rule) as Finding;
const buttonOf = (f: Finding) =>
  screen.getByRole("button", { name: new RegExp(`^\\S+ ${escape(f.message)}`) });
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const ordered = () => [
  byRule("requests.results_total"),
  byRule("requests.row_total"),
  byRule("section.number"),
  byRule("cell.blank"),
  byRule("section.title"),
];

async function checked(host: FakeHost) {
  const view = renderPane(host);
  await view.user.click(checkButton());
  await findSummary();
  host.calls.length = 0;
  return view;
}

test("clicking a table finding selects its first cell and makes it current; the focus stays on it", async () => {
  const host = new FakeHost(doc);
  const { user } = await checked(host);
  const blank = byRule("cell.blank");

  await user.click(buttonOf(blank));
  expect(host.roundTrips).toEqual([{ method: "selectCell", args: [blank.cells[0]] }]);
  expect(buttonOf(blank).getAttribute("aria-current")).toBe("true");
  expect(screen.getAllByRole("button", { current: true })).toHaveLength(1);
  expect(document.activeElement).toBe(buttonOf(blank));

  // Clicking the details of another finding (the first with a suggestion) selects it too.
  const resultsTotal = byRule("requests.results_total");
  await user.click(screen.getAllByText(/^可能是「表三/)[0]);
  expect(host.roundTrips.at(-1)).toEqual({ method: "selectCell", args: [resultsTotal.cells[0]] });
  expect(buttonOf(resultsTotal).getAttribute("aria-current")).toBe("true");
  expect(buttonOf(blank).getAttribute("aria-current")).toBeNull();
});

test("Enter and Space select a finding from the keyboard; text findings select their paragraph", async () => {
  const host = new FakeHost(doc);
  const { user } = await checked(host);
  const numbering = byRule("section.number");
  const title = byRule("section.title");

  buttonOf(numbering).focus();
  await user.keyboard("{Enter}");
  expect(host.roundTrips).toEqual([
    { method: "selectParagraph", args: [numbering.location.paragraph, numbering.location.excerpt] },
  ]);

  buttonOf(title).focus();
  await user.keyboard(" ");
  expect(host.roundTrips.at(-1)).toEqual({
    method: "selectParagraph",
    args: [title.location.paragraph, title.location.excerpt],
  });
  expect(buttonOf(title).getAttribute("aria-current")).toBe("true");
});

test("previous and next walk the list in its order (errors first), selecting as they go", async () => {
  const host = new FakeHost(doc);
  const { user } = await checked(host);
  const previous = screen.getByRole("button", { name: /^上一条/ });
  const next = screen.getByRole("button", { name: /^下一条/ });
  expect(screen.getByText("共 5 条")).toBeTruthy();
  expect(next.getAttribute("aria-keyshortcuts")).toBe("Alt+ArrowDown");
  expect(next.getAttribute("title")).toBe("下一条（Alt+↓）");

  await user.click(next);
  expect(screen.getByText("第 1 条，共 5 条")).toBeTruthy();
  expect(previous.getAttribute("aria-disabled")).toBe("true");
  await user.click(next);
  await user.click(next);
  expect(screen.getByText("第 3 条，共 5 条")).toBeTruthy();
  await user.click(previous);

  const want = ordered();
  expect(findingButtons().map((b) => b.textContent)).toEqual(
    want.map((f) => expect.stringContaining(f.message)),
  );
  const target = (f: Finding) => (f.cells[0] ? f.cells[0] : f.location.paragraph);
  expect(host.roundTrips.map((c) => c.args[0])).toEqual([want[0], want[1], want[2], want[1]].map(target));
  expect(findingButtons()[1].getAttribute("aria-current")).toBe("true");

  // To the end: next turns off there.
  for (let i = 0; i < 3; i++) await user.click(next);
  expect(screen.getByText("第 5 条，共 5 条")).toBeTruthy();
  expect(next.getAttribute("aria-disabled")).toBe("true");
});

test("Alt+↓ and Alt+↑ walk from anywhere in the pane; in the list, the focus follows", async () => {
  const host = new FakeHost(doc);
  const { user } = await checked(host);
  checkButton().focus();
  await user.keyboard("{Alt>}{ArrowDown}{/Alt}");
  expect(screen.getByText("第 1 条，共 5 条")).toBeTruthy();
  expect(document.activeElement).toBe(checkButton());

  findingButtons()[0].focus();
  await user.keyboard("{Alt>}{ArrowDown}{ArrowDown}{/Alt}");
  expect(screen.getByText("第 3 条，共 5 条")).toBeTruthy();
  await waitFor(() => expect(document.activeElement).toBe(findingButtons()[2]));
  await user.keyboard("{Alt>}{ArrowUp}{/Alt}");
  await waitFor(() => expect(document.activeElement).toBe(findingButtons()[1]));
  expect(host.roundTrips).toHaveLength(4);
});

test("next walks into a group of repeats: it opens, and each of its cells is selected in turn", async () => {
  const engine = checkReport(blanks);
  const blankFindings = engine.findings.filter((f) => f.rule === "cell.blank");
  const host = new FakeHost(blanks);
  const { user } = await checked(host);
  const [line] = groupLines();
  expect(line.getAttribute("aria-expanded")).toBe("false");
  const next = screen.getByRole("button", { name: /^下一条/ });
  const before = engine.findings.length - blankFindings.length;
  expect(screen.getByText(`共 ${engine.findings.length} 条`)).toBeTruthy();

  // The blank cells are warnings: they come after the errors.
  const errors = engine.counts.error;
  for (let i = 0; i < errors + 2; i++) await user.click(next);
  expect(line.getAttribute("aria-expanded")).toBe("true");
  expect(host.callsOf("selectCell").at(-1)?.args[0]).toEqual(blankFindings[1].cells[0]);
  // In the group each blank cell is its cell in words; its message is the tooltip.
  const current = screen.getByRole("button", { current: true });
  expect(current.textContent).toBe("警告 当前表三 · 商业企业 · （三）不予公开 2.其他法律行政法规禁止公开");
  expect(current.getAttribute("title")).toBe(blankFindings[1].message);
  expect(before).toBeGreaterThanOrEqual(0);
});

test("next walks only what the filter shows", async () => {
  const host = new FakeHost(doc);
  const { user } = await checked(host);
  await user.click(screen.getByRole("button", { name: /^显示警告/ }));
  await user.click(screen.getByRole("button", { name: /^显示提示/ }));
  await user.click(screen.getByRole("button", { name: /^下一条/ }));
  await user.click(screen.getByRole("button", { name: /^下一条/ }));
  expect(screen.getByText("第 2 条，共 2 条")).toBeTruthy();
  expect(host.roundTrips.map((c) => c.args[0])).toEqual([
    byRule("requests.results_total").cells[0],
    byRule("requests.row_total").cells[0],
  ]);
});

test("the list is one tab stop; arrows move in it without touching the document", async () => {
  const host = new FakeHost(doc);
  const { user } = await checked(host);
  const stops = () => [...findingList().querySelectorAll("button")].filter((b) => b.tabIndex === 0);
  expect(stops()).toEqual([findingButtons()[0]]);

  // Tab from the last control before the list lands on its one stop, Tab again leaves it.
  findingButtons()[0].focus();
  await user.keyboard("{ArrowDown}");
  expect(document.activeElement).toBe(findingButtons()[1]);
  expect(stops()).toEqual([findingButtons()[1]]);
  await user.keyboard("{ArrowDown}{ArrowDown}{ArrowUp}");
  expect(document.activeElement).toBe(findingButtons()[2]);
  await user.keyboard("{End}");
  expect(document.activeElement).toBe(findingButtons()[4]);
  fireEvent.keyDown(findingButtons()[4], { key: "Home" });
  expect(document.activeElement).toBe(findingButtons()[0]);

  // → reaches the finding's 忽略, ← comes back.
  await user.keyboard("{ArrowRight}");
  expect((document.activeElement as HTMLElement).textContent).toBe("忽略");
  await user.keyboard("{ArrowLeft}");
  expect(document.activeElement).toBe(findingButtons()[0]);
  await user.tab();
  expect(findingList().contains(document.activeElement)).toBe(false);
  expect(host.roundTrips).toEqual([]);
});

test("→ opens a group and goes into it, ← comes back and closes it", async () => {
  const host = new FakeHost(blanks);
  const { user } = await checked(host);
  const line = groupLines()[0];
  line.focus();
  await user.keyboard("{ArrowRight}");
  expect(line.getAttribute("aria-expanded")).toBe("true");
  expect(document.activeElement).toBe(line);
  await user.keyboard("{ArrowRight}");
  const rows = listRows();
  expect(document.activeElement).toBe(rows[rows.indexOf(line) + 1]);
  await user.keyboard("{ArrowLeft}");
  expect(document.activeElement).toBe(line);
  await user.keyboard("{ArrowLeft}");
  expect(line.getAttribute("aria-expanded")).toBe("false");
  expect(host.roundTrips).toEqual([]);
});

test("after 忽略 the focus goes to the finding that took its place, never to the page", async () => {
  const host = new FakeHost(doc);
  const { user } = await checked(host);
  const [, second, third] = findingButtons();
  second.focus();
  await user.keyboard("{ArrowRight}{Enter}");
  await waitFor(() => expect(findingButtons()).toHaveLength(4));
  await waitFor(() => expect(document.activeElement?.textContent).toBe(third.textContent));
  expect(document.activeElement).not.toBe(document.body);

  // With 显示已忽略 the finding stays, and so does the focus, on its 取消忽略.
  await user.click(screen.getByRole("switch", { name: /显示已忽略/ }));
  const ignored = screen.getByRole("button", { name: /^取消忽略：/ });
  ignored.focus();
  await user.keyboard("{Enter}");
  await waitFor(() => expect(screen.queryByRole("button", { name: /^取消忽略：/ })).toBeNull());
  expect((document.activeElement as HTMLElement).textContent).toBe("忽略");
});

test("a missing section is selected where it belongs: before the next section, or at the end", async () => {
  const withoutFive = await fixtureDocument("consistent-2021", (report) => {
    report.blocks = report.blocks.filter(
      (b) => b.kind !== "paragraph" || b.text !== "五、存在的主要问题及改进情况",
    );
  });
  const engine = checkReport(withoutFive);
  const missing = byRule("section.missing", engine.findings);
  expect(missing.location.section).toBe(5);
  const host = new FakeHost(withoutFive);
  const { user, unmount } = await checked(host);
  await user.click(buttonOf(missing));
  const six = engine.sections.find((s) => s.number === 6);
  expect(host.roundTrips).toEqual([{ method: "selectParagraph", args: [six?.paragraph] }]);
  unmount();

  // Section 六 gone, the closing lines (the office, the date) kept: the end of 五's text.
  const withoutSix = await fixtureDocument("consistent-2021", (report) => {
    report.blocks = report.blocks.filter(
      (b) =>
        b.kind !== "paragraph" ||
        !(b.text === "六、其他需要报告的事项" || b.text.startsWith("本年度我局未向申请人发出收费通知")),
    );
  });
  const endOfFive = withoutSix.blocks.find(
    (b) => b.kind === "paragraph" && b.text.startsWith("2024年，我局将继续"),
  );
  expect(withoutSix.blocks.at(-1)).toMatchObject({ kind: "paragraph", text: "2024年1月20日" });
  const other = new FakeHost(withoutSix);
  const view = await checked(other);
  const six2 = byRule("section.missing", checkReport(withoutSix).findings);
  expect(six2.location.section).toBe(6);
  await view.user.click(
    screen
      .getAllByRole("button", { name: new RegExp(`^\\S+ ${escape(six2.message)}`) })
      .at(-1) as HTMLElement,
  );
  expect(other.roundTrips).toEqual([
    { method: "selectParagraph", args: [endOfFive?.kind === "paragraph" ? endOfFive.index : -1] },
  ]);
});

test("a finding in a table the host cannot address is not selected, and the pane says why", async () => {
  const host = new FakeHost(doc, { unaddressable: [1] });
  const { user } = await checked(host);
  await user.click(buttonOf(byRule("requests.row_total")));
  expect(host.callsOf("selectCell")).toHaveLength(0);
  expect(shownText("该问题所在的表格无法在文档中定位。")).toBeTruthy();

  await user.click(buttonOf(byRule("cell.blank")));
  expect(host.callsOf("selectCell")).toHaveLength(1);
});

test("a failed selection is shown; a stale document says so and offers to check again", async () => {
  const host = new FakeHost(doc);
  const { user } = await checked(host);
  host.fail("selectParagraph");
  await user.click(buttonOf(byRule("section.number")));
  await waitFor(() => expect(screen.getByText("模拟的宿主错误")).toBeTruthy());

  host.fail(
    "selectCell",
    new HostError("stale", "文档已修改，请重新检查", "The document changed: check again"),
  );
  await user.click(buttonOf(byRule("cell.blank")));
  const text = await screen.findByText("文档已修改，请重新检查", { ignore: "[role=status] *" });
  const notice = text.closest("[role=group]") ?? (text.parentElement?.parentElement as HTMLElement);
  expect(within(notice as HTMLElement).getByText("文档已修改")).toBeTruthy();
  host.succeed("selectCell");
  await user.click(within(notice as HTMLElement).getByRole("button", { name: "重新检查" }));
  await waitFor(() => expect(host.callsOf("read")).toHaveLength(1));
  await waitFor(() =>
    expect(screen.queryByText("文档已修改，请重新检查", { ignore: "[role=status] *" })).toBeNull(),
  );
});

test("after a template is inserted the results are out of date: not selected until checked again", async () => {
  const host = new FakeHost(doc);
  const { user } = await checked(host);
  await user.click(screen.getByRole("button", { name: /^插入空白模板/ }));
  const dialog = await findDialog("插入空白模板");
  await user.click(dialogButton(dialog, "仍要插入"));
  await dialogClosed();
  expect(shownText(/^插入模板后文档已改变/)).toBeTruthy();

  await act(async () => {
    buttonOf(byRule("cell.blank")).click();
  });
  expect(host.callsOf("selectCell")).toHaveLength(0);
  expect(shownText(/^结果已过时/)).toBeTruthy();
  expect(liveText()).toMatch(/^结果已过时/);

  await user.click(checkButton());
  await findSummary();
  await waitFor(() => expect(screen.queryByText(/^插入模板后文档已改变/)).toBeNull());
  await user.click(buttonOf(byRule("cell.blank")));
  expect(host.callsOf("selectCell")).toHaveLength(1);
});
