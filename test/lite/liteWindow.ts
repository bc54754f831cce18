/**
 * The built lite pane (lite.html and its scripts from a dist folder) in a jsdom window that has
 * only what Internet Explorer 11 has (./trident: no Promise, Map, Symbol, Object.assign,
 * String.prototype.padStart, TextEncoder, …), over the fake Word (test/fakes) at a given WordApi.
 * Scripts load as a browser loads them, import() chunks included, from the dist folder; office.js
 * is replaced by the fake.
 */
import fs from "fs";
import path from "path";
import { JSDOM, ResourceLoader, VirtualConsole, type FetchOptions } from "jsdom";
import {
  installFakeWord,
  uninstallFakeWord,
  type FakeDocument,
  type FakeSession,
  type FakeWordOptions,
} from "../fakes";
import { stripTrident } from "./trident";

export const ORIGIN = "https://addin.test";

type AbortablePromise<T> = Promise<T> & { abort(): void };
const abortable = <T>(promise: Promise<T>): AbortablePromise<T> => Object.assign(promise, { abort() {} });

class DistLoader extends ResourceLoader {
  /** Every script URL fetched, in order. */
  readonly fetched: string[] = [];

  constructor(private readonly dist: string) {
    super();
  }

  override fetch(url: string, options: FetchOptions): AbortablePromise<Buffer> | null {
    this.fetched.push(url);
    const u = new URL(url);
    // office.js is the fake, installed before the page is parsed.
    if (u.origin !== ORIGIN) return abortable(Promise.resolve(Buffer.from("/* office.js: the fake Word */")));
    const file = path.join(this.dist, decodeURIComponent(u.pathname));
    if (!file.startsWith(this.dist) || !fs.existsSync(file)) return super.fetch(`${ORIGIN}/missing`, options);
    return abortable(Promise.resolve(fs.readFileSync(file)));
  }
}

export interface LiteWindow {
  dom: JSDOM;
  window: JSDOM["window"];
  session: FakeSession;
  loader: DistLoader;
  /** Errors the page's scripts threw (uncaught) and console.error calls. */
  errors: string[];
  /** Text of the pane's status line. */
  status(): string;
  text(): string;
  button(name: string | RegExp): HTMLButtonElement;
  /** Waits until `ok()` or fails after `ms`. */
  until(ok: () => boolean, what: string, ms?: number): Promise<void>;
  close(): void;
}

export async function openLiteWindow(
  dist: string,
  document: FakeDocument,
  options: FakeWordOptions & { search?: string },
): Promise<LiteWindow> {
  const root = path.resolve(dist);
  const html = fs.readFileSync(path.join(root, "lite.html"), "utf8");
  const errors: string[] = [];
  const virtualConsole = new VirtualConsole();
  virtualConsole.on("jsdomError", (e) =>
    errors.push(`jsdom: ${e.message} ${(e as { detail?: unknown }).detail ?? ""}`),
  );
  virtualConsole.on("error", (...args: unknown[]) =>
    errors.push(`console.error: ${args.map(String).join(" ")}`),
  );
  const loader = new DistLoader(root);
  const session = installFakeWord(document, options);
  const g = globalThis as unknown as Record<string, unknown>;
  const dom = new JSDOM(html, {
    url: `${ORIGIN}/lite.html${options.search ?? ""}`,
    runScripts: "dangerously",
    resources: loader,
    pretendToBeVisual: true,
    virtualConsole,
    beforeParse(window) {
      stripTrident(window as unknown as { eval(code: string): unknown });
      // What IE11 has that jsdom lacks: setImmediate (jszip's own shim for it relies on
      // postMessage events carrying their source, which jsdom's do not).
      window.eval(
        "window.setImmediate = function (fn) { var args = Array.prototype.slice.call(arguments, 1); " +
          "return setTimeout(function () { fn.apply(null, args); }, 0); };" +
          "window.clearImmediate = function (id) { clearTimeout(id); };",
      );
      const w = window as unknown as Record<string, unknown>;
      w.Word = g.Word;
      w.OfficeExtension = g.OfficeExtension;
      // office.js's Office, with onReady (the fake is ready at once).
      const office = g.Office as Record<string, unknown>;
      w.Office = {
        ...office,
        onReady(callback: (info: { host: string; platform: string }) => void) {
          setTimeout(() => callback({ host: "Word", platform: "PC" }), 0);
          return { then() {} };
        },
      };
      window.addEventListener("error", (event) => errors.push(`uncaught: ${event.message}`));
    },
  });
  const window = dom.window;
  const pane = () => window.document.getElementById("lite") as HTMLElement;
  const lw: LiteWindow = {
    dom,
    window,
    session,
    loader,
    errors,
    status: () => (pane().querySelector(".lite-status")?.textContent ?? "").trim(),
    text: () => pane().textContent ?? "",
    button(name) {
      const buttons = Array.prototype.slice.call(pane().querySelectorAll("button")) as HTMLButtonElement[];
      const found = buttons.find((b) =>
        typeof name === "string" ? (b.textContent ?? "").trim() === name : name.test(b.textContent ?? ""),
      );
      if (!found)
        throw new Error(
          `no button ${String(name)} among: ${buttons.map((b) => (b.textContent ?? "").trim()).join(" | ")}`,
        );
      return found;
    },
    async until(ok, what, ms = 20_000) {
      const deadline = Date.now() + ms;
      while (!ok()) {
        if (Date.now() > deadline)
          throw new Error(
            `timed out waiting for ${what}; pane says: ${lw.text().slice(0, 600)}; errors: ${errors.join("; ")}`,
          );
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    close() {
      window.close();
      uninstallFakeWord();
    },
  };
  await lw.until(() => pane().querySelector(".lite-toolbar") !== null, "the pane to start");
  return lw;
}
