/** @jest-environment jsdom */
// Chinese first, English on request (remembered), or when Office's display language is English.
import "./setup";
import { screen, waitFor, within } from "@testing-library/react";
import { checkReport } from "../../src/report/checkReport";
import type { ReportDocument } from "../../src/report/model";
import { LANGUAGE_STORAGE_KEY } from "../../src/taskpane/hooks/useLanguagePreference";
import { FakeHost } from "./fakeHost";
import { mixedReport } from "./fixtures";
import { checkButton, findSummary, headline, renderPane } from "./renderPane";

let doc: ReportDocument;
beforeAll(async () => {
  doc = await mixedReport();
});
afterEach(() => localStorage.clear());

test("the pane starts in Chinese; the switch turns it to English and back, and is remembered", async () => {
  const { user, unmount } = renderPane(new FakeHost(doc));
  expect(checkButton().textContent).toBe("检查年报");
  expect(document.querySelector("main")?.getAttribute("lang")).toBe("zh-CN");

  await user.click(screen.getByRole("button", { name: /Switch to English/ }));
  expect(checkButton().textContent).toBe("Check report");
  expect(checkButton().getAttribute("aria-label")).toMatch(/^Check report: read the document/);
  expect(document.querySelector("main")?.getAttribute("lang")).toBe("en");
  expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe("en");
  unmount();

  const again = renderPane(new FakeHost(doc), { displayLanguage: "zh-CN" });
  expect(checkButton().textContent).toBe("Check report");
  await again.user.click(screen.getByRole("button", { name: /切换为中文/ }));
  expect(checkButton().textContent).toBe("检查年报");
  expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe("zh");
});

test("Office's display language decides when the user has not chosen", async () => {
  const host = new FakeHost(doc);
  renderPane(host, { displayLanguage: "en-US" });
  expect(checkButton().textContent).toBe("Check report");
  expect(await screen.findByText(/^Open the annual report to check/)).toBeTruthy();
  await waitFor(() => expect(host.callsOf("loadIgnored")).toHaveLength(1));
});

test("in English, results, cells, notices and host errors are in English", async () => {
  const host = new FakeHost(doc, { unaddressable: [1] });
  const { user } = renderPane(host, { displayLanguage: "en-GB" });
  await user.click(checkButton());
  const summary = await findSummary();
  const engine = checkReport(doc);

  expect(within(summary).getByText("2021 format (国办公开办函〔2021〕30号)")).toBeTruthy();
  expect(
    within(summary).getByText(
      /^2021 format · year 2023 · Table 2, Table 3, Table 4 \(\d+ statistical cells\) · 6 of 6 sections$/,
    ),
  ).toBeTruthy();
  const chips = within(screen.getByRole("group", { name: "Filter by severity" })).getAllByRole("button");
  expect(chips.map((c) => c.textContent)).toEqual(["2\u00a0errors", "2\u00a0warnings", "1\u00a0note"]);
  expect(headline()).toMatch(/^2\u00a0errors: /);
  expect(screen.getByRole("status").textContent).toBe(
    "Check finished: 2\u00a0errors, 2\u00a0warnings, 1\u00a0note",
  );
  expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual([
    "3. Requests received and handled (三、收到和处理政府信息公开申请情况) · Table 3",
    "1. Overview (一、总体情况)",
    "2. Proactive disclosure (二、主动公开政府信息情况) · Table 2",
    "4. Administrative review and litigation (四、政府信息公开行政复议、行政诉讼情况)",
  ]);
  const rowTotal = engine.findings.find((f) => f.rule === "requests.row_total");
  const button = screen.getByRole("button", { name: `Error ${rowTotal?.messageEn}` });
  const details = (button.closest("li") as HTMLElement).querySelector("dl") as HTMLElement;
  expect(details.textContent).toContain(
    "CellsTable 3 · 商业企业 · （一）予以公开; Table 3 · 总计 · （一）予以公开",
  );
  expect(details.textContent).toContain("and 3 more (7 cells)");
  expect(
    screen.getByText(/^Table 3 \(Word table 2\) was checked, but its cells cannot be located/),
  ).toBeTruthy();

  host.fail("read");
  await user.click(checkButton());
  expect(await screen.findByText("simulated host error")).toBeTruthy();
  expect(screen.getByText("Not done")).toBeTruthy();
});
