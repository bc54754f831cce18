/** @jest-environment jsdom */
// Selecting findings in the document: click, Enter, Space, previous / next, arrow keys.
import "./setup";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { checkReport } from "../../src/report/checkReport";
import type { Finding } from "../../src/report/findings";
import type { ReportDocument } from "../../src/report/model";
import { FakeHost } from "./fakeHost";
import { mixedReport } from "./fixtures";
import { checkButton, findingButtons, findSummary, renderPane, shownText } from "./renderPane";

let doc: ReportDocument;
let findings: Finding[];
beforeAll(async () => {
  doc = await mixedReport();
  findings = checkReport(doc).findings;
});

const byRule = (rule: string) => findings.find((f) => f.rule === rule) as Finding;
const buttonOf = (f: Finding) =>
  screen.getByRole("button", { name: new RegExp(`^\\S+ ${escape(f.message)}`) });
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

async function checked(host: FakeHost) {
  const view = renderPane(host);
  await view.user.click(checkButton());
  await findSummary();
  host.calls.length = 0;
  return view;
}

test("clicking a table finding selects its first cell and makes it current", async () => {
  const host = new FakeHost(doc);
  const { user } = await checked(host);
  const blank = byRule("cell.blank");

  await user.click(buttonOf(blank));
  expect(host.roundTrips).toEqual([{ method: "selectCell", args: [blank.cells[0]] }]);
  expect(buttonOf(blank).getAttribute("aria-current")).toBe("true");
  expect(screen.getAllByRole("button", { current: true })).toHaveLength(1);

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

test("previous and next walk the visible list in its order, selecting as they go", async () => {
  const host = new FakeHost(doc);
  const { user } = await checked(host);
  const previous = screen.getByRole("button", { name: /^上一条/ });
  const next = screen.getByRole("button", { name: /^下一条/ });
  expect(screen.getByText("共 5 条")).toBeTruthy();

  await user.click(next);
  expect(screen.getByText("第 1 条，共 5 条")).toBeTruthy();
  expect(previous.getAttribute("aria-disabled")).toBe("true");
  await user.click(next);
  await user.click(next);
  expect(screen.getByText("第 3 条，共 5 条")).toBeTruthy();
  await user.click(previous);

  const [first, second, third] = findingButtons().map((b) => b.textContent);
  expect(first).toContain(byRule("section.number").message);
  expect(second).toContain(byRule("cell.blank").message);
  expect(third).toContain(byRule("requests.results_total").message);
  expect(host.roundTrips.map((c) => c.method)).toEqual([
    "selectParagraph",
    "selectCell",
    "selectCell",
    "selectCell",
  ]);
  expect(host.roundTrips.map((c) => c.args[0])).toEqual([
    byRule("section.number").location.paragraph,
    byRule("cell.blank").cells[0],
    byRule("requests.results_total").cells[0],
    byRule("cell.blank").cells[0],
  ]);
  expect(findingButtons()[1].getAttribute("aria-current")).toBe("true");

  // To the end: next turns off there.
  for (let i = 0; i < 3; i++) await user.click(next);
  expect(screen.getByText("第 5 条，共 5 条")).toBeTruthy();
  expect(next.getAttribute("aria-disabled")).toBe("true");
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

test("arrow keys move the focus between findings without touching the document", async () => {
  const host = new FakeHost(doc);
  const { user } = await checked(host);
  const buttons = findingButtons();
  buttons[0].focus();
  await user.keyboard("{ArrowDown}");
  expect(document.activeElement).toBe(buttons[1]);
  await user.keyboard("{ArrowDown}{ArrowDown}{ArrowUp}");
  expect(document.activeElement).toBe(buttons[2]);
  await user.keyboard("{End}");
  expect(document.activeElement).toBe(buttons[4]);
  fireEvent.keyDown(buttons[4], { key: "Home" });
  expect(document.activeElement).toBe(buttons[0]);
  expect(host.roundTrips).toEqual([]);
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

test("a failed selection is shown", async () => {
  const host = new FakeHost(doc);
  const { user } = await checked(host);
  host.fail("selectParagraph");
  await user.click(buttonOf(byRule("section.number")));
  await waitFor(() => expect(screen.getByText("模拟的宿主错误")).toBeTruthy());
});
