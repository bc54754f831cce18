/** @jest-environment jsdom */
// When office.js cannot load, or the page is not in Word: a message, in Chinese and English, with
// the way out — not a blank pane. When Word answers, the pane.
import { fileNameOf } from "../../src/taskpane/fileName";
import { documentTitle } from "../../src/taskpane/documentTitle";
import {
  NOT_READY_AFTER_MS,
  officeJsUrlOf,
  startInOffice,
  type OfficeLike,
} from "../../src/taskpane/officeStartup";

const URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

function setup() {
  document.body.innerHTML = '<div id="container"></div>';
  const container = document.getElementById("container") as HTMLElement;
  const render = jest.fn(() => {
    container.append(Object.assign(document.createElement("main"), { textContent: "pane" }));
  });
  return { container, render };
}

/** An Office whose onReady answers when the test says. */
function office() {
  let answer: ((info: { host: unknown; platform: unknown }) => void) | undefined;
  const o: OfficeLike = { onReady: (cb) => (answer = cb) };
  return { o, ready: (host: unknown) => answer?.({ host, platform: host ? "PC" : null }) };
}

const problem = (c: HTMLElement) =>
  c.querySelector("[data-office-problem]")?.getAttribute("data-office-problem");

afterEach(() => jest.useRealTimers());

test("office.js did not load: at once, why and what to do, in Chinese and English", () => {
  const { container, render } = setup();
  startInOffice({ office: undefined, container, officeJsUrl: URL, render });
  expect(render).not.toHaveBeenCalled();
  expect(problem(container)).toBe("not_loaded");
  const box = container.querySelector("[role=alert]") as HTMLElement;
  const zh = box.querySelector('[lang="zh-CN"]') as HTMLElement;
  const en = box.querySelector('[lang="en"]') as HTMLElement;
  expect(zh.querySelector("h1")?.textContent).toBe("年报校对无法启动：没有加载 office.js");
  expect(zh.textContent).toContain(URL);
  expect(zh.textContent).toContain("OFFICE_JS=bundled");
  expect(zh.textContent).toContain("nianbao check");
  expect(en.textContent).toContain("office.js did not load");
  expect(en.textContent).toContain("OFFICE_JS=bundled");
  // The way out: the browser preview, served beside the pane.
  expect([...box.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toEqual([
    "preview.html",
    "preview.html",
  ]);
});

test("outside Office (office.js loaded, no host), and in another application", () => {
  const first = setup();
  const a = office();
  startInOffice({ office: a.o, container: first.container, officeJsUrl: URL, render: first.render });
  a.ready(null);
  expect(problem(first.container)).toBe("not_in_office");
  expect(first.container.textContent).toContain("请在 Word 中打开年报校对");
  expect(first.render).not.toHaveBeenCalled();

  const second = setup();
  const b = office();
  startInOffice({ office: b.o, container: second.container, officeJsUrl: URL, render: second.render });
  b.ready("Excel");
  expect(problem(second.container)).toBe("other_host");
});

test("in Word: the pane; a slow Word gets a message after a few seconds, replaced once it answers", () => {
  jest.useFakeTimers();
  const { container, render } = setup();
  const w = office();
  startInOffice({ office: w.o, container, officeJsUrl: URL, render });
  expect(problem(container)).toBeUndefined();
  jest.advanceTimersByTime(NOT_READY_AFTER_MS);
  expect(problem(container)).toBe("not_ready");
  expect(container.textContent).toContain("Word 还没有响应");
  w.ready("Word");
  expect(render).toHaveBeenCalledTimes(1);
  expect(problem(container)).toBeUndefined();
  expect(container.textContent).toBe("pane");
  expect(NOT_READY_AFTER_MS).toBeLessThanOrEqual(10_000);
});

test("Word answering in time: no message at all", () => {
  jest.useFakeTimers();
  const { container, render } = setup();
  const w = office();
  startInOffice({ office: w.o, container, officeJsUrl: URL, render });
  w.ready("Word");
  jest.advanceTimersByTime(NOT_READY_AFTER_MS * 2);
  expect(problem(container)).toBeUndefined();
  expect(render).toHaveBeenCalledTimes(1);
});

test("the office.js URL is the page's script", () => {
  document.head.innerHTML = `<script src="webview-gate.js"></script><script src="office-js/office.js"></script>`;
  expect(officeJsUrlOf(document)).toMatch(/office-js\/office\.js$/);
  document.head.innerHTML = "";
  expect(officeJsUrlOf(document)).toBe("office.js");
});

test("a document's name: its file name, or its title", () => {
  expect(fileNameOf("C:\\Users\\王\\Documents\\2023年报.docx")).toBe("2023年报.docx");
  expect(fileNameOf("https://x.sharepoint.com/sites/a/%E5%B9%B4%E6%8A%A5.docx?web=1")).toBe("年报.docx");
  expect(fileNameOf("")).toBeUndefined();
  expect(fileNameOf("https://x.example/dir/")).toBeUndefined();
  expect(
    documentTitle({
      blocks: [
        { kind: "paragraph", index: 0, text: "  " },
        { kind: "paragraph", index: 1, text: "附件" },
        { kind: "paragraph", index: 2, text: "XX区 2023年政府信息公开工作年度报告" },
      ],
    }),
  ).toBe("XX区 2023年政府信息公开工作年度报告");
  expect(documentTitle({ blocks: [{ kind: "paragraph", index: 0, text: "通知" }] })).toBe("通知");
  expect(documentTitle(null)).toBeUndefined();
});
