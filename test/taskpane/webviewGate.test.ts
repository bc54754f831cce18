/** @jest-environment jsdom */
import { readFileSync } from "fs";
import { join } from "path";

const GATE_SOURCE = readFileSync(join(__dirname, "..", "..", "src", "taskpane", "webviewGate.js"), "utf8");
const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; rv:11.0) like Gecko";
const EDGE_HTML =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041";
const WEBVIEW2 =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0";

/** The page's location as the gate sees it: where it was sent (or a failure to go there). */
interface FakeLocation {
  search: string;
  hash: string;
  replaced: string[];
  replace(url: string): void;
}

function fakeLocation(search = "", fails = false): FakeLocation {
  return {
    search,
    hash: "",
    replaced: [],
    replace(url: string) {
      if (fails) throw new Error("navigation refused");
      this.replaced.push(url);
    },
  };
}

function loadGate(userAgent: string, location: FakeLocation = fakeLocation()): HTMLElement {
  document.body.innerHTML = '<div id="container"></div>';
  jest.spyOn(window.navigator, "userAgent", "get").mockReturnValue(userAgent);
  // Run it as the page does: a classic script, evaluated once per page load.
  new Function("location", GATE_SOURCE)(location);
  return document.getElementById("container") as HTMLElement;
}

afterEach(() => jest.restoreAllMocks());

describe("the webview gate", () => {
  it.each([
    ["IE11 (Office 2016/2019)", IE11],
    ["legacy Edge", EDGE_HTML],
  ])("sends %s to the lite pane, with the ribbon's query", (_name, ua) => {
    const location = fakeLocation("?action=check&_host_Info=Word");
    const container = loadGate(ua, location);
    expect(location.replaced).toEqual(["lite.html?action=check&_host_Info=Word"]);
    expect(container.hasChildNodes()).toBe(false);
  });

  it("explains in Chinese and English what works when the lite pane cannot be opened", () => {
    const container = loadGate(IE11, fakeLocation("", true));
    expect(container.getAttribute("role")).toBe("alert");
    expect(container.textContent).toContain("年报校对无法在此版本的 Office 中运行");
    expect(container.textContent).toContain("nianbao check");
    expect(container.querySelector('[lang="en"]')?.textContent).toContain("cannot run");
  });

  it("stays out of the way in WebView2", () => {
    const location = fakeLocation("?action=check");
    expect(loadGate(WEBVIEW2, location).hasChildNodes()).toBe(false);
    expect(location.replaced).toEqual([]);
  });

  it("sends an engine that cannot parse the bundle to the lite pane, before the pane rendered", () => {
    const location = fakeLocation();
    const container = loadGate(WEBVIEW2, location);
    const error = new SyntaxError("Unexpected token '{'");
    window.dispatchEvent(new ErrorEvent("error", { error, message: error.message }));
    expect(location.replaced).toEqual(["lite.html"]);
    expect(container.hasChildNodes()).toBe(false);
  });

  it("sends a Word without WordApi 1.3 to the lite pane once Office is ready, and no other", () => {
    for (const [supported, expected] of [
      [false, ["lite.html?action=template"]],
      [true, []],
    ] as const) {
      const ready: (() => void)[] = [];
      (globalThis as Record<string, unknown>).Office = {
        onReady: (callback: () => void) => ready.push(callback),
        context: {
          requirements: {
            isSetSupported: (name: string, v: string) => supported || !(name === "WordApi" && v === "1.3"),
          },
        },
      };
      const location = fakeLocation("?action=template");
      loadGate(WEBVIEW2, location);
      expect(location.replaced).toEqual([]);
      ready.forEach((callback) => callback());
      expect(location.replaced).toEqual(expected);
    }
    delete (globalThis as Record<string, unknown>).Office;
  });

  it("parses as ES5", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- acorn is CommonJS
    const acorn = require("acorn") as typeof import("acorn");
    expect(() => acorn.parse(GATE_SOURCE, { ecmaVersion: 5 })).not.toThrow();
  });
});
