/** @jest-environment jsdom */
// The severity filter, and ignoring findings: hidden, saved with the document, not marked, and
// still hidden after a re-check (even when the values changed).
import "./setup";
import { screen, waitFor, within } from "@testing-library/react";
import { checkReport } from "../../src/report/checkReport";
import type { Finding } from "../../src/report/findings";
import type { ReportDocument } from "../../src/report/model";
import { fingerprint } from "../../src/taskpane/fingerprint";
import { setCell } from "../support/reportText";
import { FakeHost } from "./fakeHost";
import { fixtureDocument, mixedReport } from "./fixtures";
import { checkButton, findingButtons, findSummary, renderPane } from "./renderPane";

let doc: ReportDocument;
let findings: Finding[];
beforeAll(async () => {
  doc = await mixedReport();
  findings = checkReport(doc).findings;
});

const byRule = (rule: string) => findings.find((f) => f.rule === rule) as Finding;
const listed = () => findingButtons().map((b) => b.textContent ?? "");
const cellKey = (c: { table: number; row: number; cell: number }) => `${c.table}:${c.row}:${c.cell}`;

async function checked(host: FakeHost) {
  const view = renderPane(host);
  await view.user.click(checkButton());
  await findSummary();
  return view;
}

test("severity toggles show and hide findings and carry their counts", async () => {
  const { user } = await checked(new FakeHost(doc));
  const errors = screen.getByRole("button", { name: "显示错误（2 条）" });
  const infos = screen.getByRole("button", { name: "显示提示（1 条）" });
  expect(errors.getAttribute("aria-pressed")).toBe("true");
  expect(errors.textContent).toBe("2 个错误");
  // On: a check mark; off: an empty ring instead.
  const mark = (b: HTMLElement) => b.querySelector("svg")?.innerHTML;
  const tick = mark(infos);
  expect(mark(errors)).toBe(tick);

  await user.click(infos);
  expect(infos.getAttribute("aria-pressed")).toBe("false");
  expect(mark(infos)).not.toBe(tick);
  expect(infos.querySelectorAll("svg")).toHaveLength(1);
  expect(listed()).toHaveLength(4);
  expect(listed().some((t) => t.startsWith("提示"))).toBe(false);

  await user.click(errors);
  expect(listed()).toHaveLength(2);
  expect(listed().every((t) => t.startsWith("警告"))).toBe(true);

  await user.click(screen.getByRole("button", { name: "显示警告（2 条）" }));
  expect(screen.getByText("没有符合筛选条件的结果。")).toBeTruthy();
  await user.click(errors);
  expect(listed()).toHaveLength(2);
});

test("忽略 hides a finding, saves its fingerprint with the document, and unmarks its cell", async () => {
  const host = new FakeHost(doc);
  const { user } = await checked(host);
  const blank = byRule("cell.blank");
  expect(host.marks.has(cellKey(blank.cells[0]))).toBe(true);

  await user.click(screen.getByRole("button", { name: `忽略此问题：${blank.message}` }));
  await waitFor(() => expect(host.saved).toEqual([fingerprint(blank)]));
  expect(listed().some((t) => t.includes(blank.message))).toBe(false);
  expect(screen.getByText("已忽略 1 条")).toBeTruthy();
  expect(screen.getByRole("button", { name: "显示警告（1 条）" })).toBeTruthy();
  // Marks are on the document, so it re-marks once, without the ignored cell.
  await waitFor(() => expect(host.callsOf("mark")).toHaveLength(2));
  expect(host.marks.has(cellKey(blank.cells[0]))).toBe(false);
  expect(host.lastMarks().some((m) => cellKey(m.cell) === cellKey(blank.cells[0]))).toBe(false);

  // A re-check: still hidden, still not marked, and the ignored list is not loaded again.
  await user.click(checkButton());
  await waitFor(() => expect(host.callsOf("mark")).toHaveLength(3));
  await findSummary();
  expect(listed().some((t) => t.includes(blank.message))).toBe(false);
  expect(host.marks.has(cellKey(blank.cells[0]))).toBe(false);
  expect(host.callsOf("loadIgnored")).toHaveLength(1);
});

test("fingerprints saved with the document are loaded once at startup and keep findings hidden", async () => {
  const rowTotal = byRule("requests.row_total");
  const host = new FakeHost(doc, { ignored: [fingerprint(rowTotal)] });
  await checked(host);
  expect(host.callsOf("loadIgnored")).toHaveLength(1);
  expect(listed().some((t) => t.includes(rowTotal.message))).toBe(false);
  expect(listed()).toHaveLength(4);
  // Its cells are marked only through the other error that shares them.
  const marked = new Set(host.lastMarks().map((m) => cellKey(m.cell)));
  const onlyRowTotal = rowTotal.cells.filter(
    (c) =>
      !findings.some(
        (f) => f !== rowTotal && f.severity !== "info" && f.cells.some((o) => cellKey(o) === cellKey(c)),
      ),
  );
  expect(onlyRowTotal.length).toBeGreaterThan(0);
  for (const c of onlyRowTotal) expect(marked.has(cellKey(c))).toBe(false);
});

test("an ignored finding stays hidden when its values change", async () => {
  const resultsTotal = byRule("requests.results_total");
  const host = new FakeHost(doc);
  const { user } = await checked(host);
  await user.click(screen.getByRole("button", { name: `忽略此问题：${resultsTotal.message.slice(0, 60)}` }));
  await waitFor(() => expect(host.saved).toHaveLength(1));

  // The user edits the wrong cell to another wrong value: the message changes, the fingerprint not.
  host.doc = await mixedReportWith("8");
  const changed = checkReport(host.doc).findings.find((f) => f.rule === "requests.results_total") as Finding;
  expect(changed.message).not.toBe(resultsTotal.message);
  await user.click(checkButton());
  await waitFor(() => expect(host.callsOf("read")).toHaveLength(2));
  await findSummary();
  expect(listed().some((t) => t.includes(changed.message))).toBe(false);
  expect(screen.getByText("已忽略 1 条")).toBeTruthy();
});

test("显示已忽略 shows ignored findings, marked as such, with 取消忽略", async () => {
  const blank = byRule("cell.blank");
  const host = new FakeHost(doc, { ignored: [fingerprint(blank)] });
  const { user } = await checked(host);
  await user.click(screen.getByRole("switch", { name: "显示已忽略（1 条）" }));
  const item = findingButtons().find((b) => b.textContent?.includes(blank.message)) as HTMLElement;
  expect(item.textContent).toContain("已忽略");
  expect(screen.getByRole("button", { name: "显示警告（2 条）" })).toBeTruthy();

  await user.click(within(item.closest("li") as HTMLElement).getByRole("button", { name: /^取消忽略/ }));
  await waitFor(() => expect(host.saved).toEqual([]));
  expect(screen.queryByText("已忽略 1 条")).toBeNull();
  const again = findingButtons().find((b) => b.textContent?.includes(blank.message)) as HTMLElement;
  expect(again.textContent).not.toContain("已忽略");
  await waitFor(() => expect(host.marks.has(cellKey(blank.cells[0]))).toBe(true));
});

test("a failed save is shown, and the finding stays hidden for the session", async () => {
  const blank = byRule("cell.blank");
  const host = new FakeHost(doc);
  host.fail("saveIgnored");
  const { user } = await checked(host);
  await user.click(screen.getByRole("button", { name: `忽略此问题：${blank.message}` }));
  expect(await screen.findByText("模拟的宿主错误")).toBeTruthy();
  expect(listed().some((t) => t.includes(blank.message))).toBe(false);
});

function mixedReportWith(value: string): Promise<ReportDocument> {
  return mixedReport().then(() =>
    fixtureDocument("consistent-2021", (report) => {
      for (const block of report.blocks) {
        if (block.kind !== "paragraph") continue;
        if (block.text === "一、总体情况") block.text = "1、总体情况";
        if (block.text === "四、政府信息公开行政复议、行政诉讼情况")
          block.text = "四、政府信息公开行政复议及行政诉讼情况";
      }
      setCell(report, { table: "本年度办理结果", row: "（一）予以公开", cell: 3 }, value);
      setCell(report, { table: "第二十条", row: "行政处罚", cell: 1 }, "");
    }),
  );
}

test("on a read-only document, 忽略 hides for the session without saving or marking", async () => {
  const blank = byRule("cell.blank");
  const host = new FakeHost(doc, { readOnly: true });
  const { user } = await checked(host);
  await user.click(screen.getByRole("button", { name: `忽略此问题：${blank.message}` }));
  await waitFor(() => expect(screen.getByText("已忽略 1 条")).toBeTruthy());
  expect(listed().some((t) => t.includes(blank.message))).toBe(false);
  expect(host.callsOf("saveIgnored")).toHaveLength(0);
  expect(host.callsOf("mark")).toHaveLength(0);
});

test("a failed load of the ignored list is shown, and the check still runs with nothing ignored", async () => {
  const host = new FakeHost(doc, { ignored: [fingerprint(byRule("cell.blank"))] });
  host.fail("loadIgnored");
  const { user } = renderPane(host);
  expect(await screen.findByText("模拟的宿主错误")).toBeTruthy();
  await user.click(checkButton());
  await findSummary();
  expect(listed()).toHaveLength(5);
  expect(host.callsOf("loadIgnored")).toHaveLength(1);
});
