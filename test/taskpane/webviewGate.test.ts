/** @jest-environment jsdom */
import { readFileSync } from "fs";
import { join } from "path";

const GATE_SOURCE = readFileSync(join(__dirname, "..", "..", "src", "taskpane", "webviewGate.js"), "utf8");
const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; rv:11.0) like Gecko";
const EDGE_HTML =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041";
const WEBVIEW2 =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0";

function loadGate(userAgent: string): HTMLElement {
  document.body.innerHTML = '<div id="container"></div>';
  jest.spyOn(window.navigator, "userAgent", "get").mockReturnValue(userAgent);
  // Run it as the page does: a classic script, evaluated once per page load.
  new Function(GATE_SOURCE)();
  return document.getElementById("container") as HTMLElement;
}

afterEach(() => jest.restoreAllMocks());

describe("the webview gate", () => {
  it.each([
    ["IE11 (Office 2016/2019)", IE11],
    ["legacy Edge", EDGE_HTML],
  ])("explains in %s that the pane cannot run, in Chinese and English", (_name, ua) => {
    const container = loadGate(ua);
    expect(container.getAttribute("role")).toBe("alert");
    expect(container.textContent).toContain("年报校对无法在此版本的 Office 中运行");
    expect(container.textContent).toContain("nianbao check");
    expect(container.querySelector('[lang="en"]')?.textContent).toContain("cannot run");
  });

  it("stays out of the way in WebView2", () => {
    expect(loadGate(WEBVIEW2).hasChildNodes()).toBe(false);
  });

  it("shows the message when the bundle fails to parse before the pane rendered", () => {
    const container = loadGate(WEBVIEW2);
    const error = new SyntaxError("Unexpected token '{'");
    window.dispatchEvent(new ErrorEvent("error", { error, message: error.message }));
    expect(container.textContent).toContain("无法在此版本的 Office 中运行");
  });
});
