/**
 * The WPS add-in as built (`npm run build:wps`, or E2E_WPS_DIST=<dist-wps> to reuse a build):
 *
 * - the package: ribbon.xml starts with `<customUI` and names only callbacks that the hidden
 *   page's script defines as global functions; every page loads local classic scripts of at most
 *   ES2022 syntax and none of the JavaScript APIs Chromium 104 (WPS 12's webview) lacks; the
 *   blank templates are there; nothing names a site;
 * - the task pane, opened from disk (file://, as WPS does) in Debian's Chromium with the fake WPS
 *   (test/fakes/wps, bundled for the page) injected as `window.Application` over a real report, and
 *   the JavaScript APIs newer than Chromium 104 taken away: 检查年报 marks exactly the cells the
 *   engine's findings name, in their looks' colours; clicking a finding selects its cell in the
 *   fake; 清除标记 gives every cell its shading back. No request leaves the machine, no console
 *   error, no CSP violation;
 * - the hidden page opens the task pane from the ribbon's 检查年报; the diagnostics page reports
 *   on the fake.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import vm from "vm";
import type { Browser, BrowserContext, Page } from "playwright-core";
import * as acornParser from "acorn";
import webpack from "webpack";
import { readDocx } from "../../src/ooxml";
import { checkReport, type CheckResult } from "../../src/report/checkReport";
import { allTables } from "../../src/report/model";
import { cellKey, cellLooks, groupFindings, markFill, type CellLook } from "../../src/report/view";
import { callbackNames } from "../wps/ribbonXml";
import { launchChromium } from "./chromium";

const root = path.resolve(__dirname, "..", "..");
const results = path.join(root, "test-results", "wps");
const SAMPLE = path.join(root, "test", "fixtures", "samples", "liuying-2019.docx");
const DOC_PATH = "/home/user/文档/liuying-2019.docx";
const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as {
  name: string;
  version: string;
};
const FOLDER = `${pkg.name}_${pkg.version}`;

let dist: string;
let addin: string;
let fakeBundle: string;
let browser: Browser;
let temp: string;

/** Builds the fake WPS for the page: one classic script, no Node built-ins. */
async function bundleFake(outDir: string): Promise<string> {
  const compiler = webpack({
    mode: "production",
    devtool: false,
    target: ["web", "es2020"],
    entry: path.join(root, "test", "fakes", "wps", "browser.ts"),
    output: { path: outDir, filename: "fake-wps.js", iife: true },
    resolve: { extensions: [".ts", ".js"] },
    optimization: { minimize: false },
    module: {
      rules: [
        {
          test: /\.ts$/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: path.join(root, "tsconfig.json"),
              compilerOptions: { target: "ES2020", module: "esnext", sourceMap: false },
            },
          },
        },
      ],
    },
  });
  await new Promise<void>((resolve, reject) =>
    compiler.run((error, stats) => {
      if (error) return reject(error);
      if (stats?.hasErrors()) return reject(new Error(stats.toString("errors-only")));
      compiler.close(() => resolve());
    }),
  );
  return fs.readFileSync(path.join(outDir, "fake-wps.js"), "utf8");
}

/**
 * Takes away what Chromium 104 (WPS 12) does not have, so that the add-in fails here if it uses it.
 * Runs before anything else in the page.
 */
function chromium104Surface(): void {
  const drop = (owner: object | undefined, names: string[]) => {
    for (const name of names)
      try {
        delete (owner as Record<string, unknown>)[name];
      } catch {
        // not configurable: leave it
      }
  };
  drop(Array.prototype, ["toSorted", "toReversed", "toSpliced", "with"]);
  drop(Object.getPrototypeOf(Int8Array.prototype) as object, ["toSorted", "toReversed", "with"]);
  drop(Array, ["fromAsync"]);
  drop(Object, ["groupBy"]);
  drop(Map, ["groupBy"]);
  drop(Promise, ["withResolvers", "try"]);
  drop(Set.prototype, [
    "union",
    "intersection",
    "difference",
    "symmetricDifference",
    "isSubsetOf",
    "isSupersetOf",
    "isDisjointFrom",
  ]);
  drop(String.prototype, ["isWellFormed", "toWellFormed"]);
  drop(ArrayBuffer.prototype, ["transfer", "transferToFixedLength"]);
  drop(AbortSignal, ["any"]);
  drop(URL, ["canParse", "parse"]);
  drop(RegExp, ["escape"]);
  drop(globalThis, ["Iterator", "Float16Array"]);
}

/** Functions in the page, run through `page.evaluate` (the fake's inspection API). */
interface FakeApi {
  shading(): Record<string, { val: string; color: string; fill: string }>;
  selection(): { start: number; end: number; scrolled: { start: number; end: number } | null };
  cellRange(table: number, row: number, tc: number): { start: number; end: number };
  undoNames(): string[];
  properties(): string[];
  taskPanes(): { url: string; visible: boolean }[];
  activeName(): string | null;
  openDocuments(): number;
}
/** The page's window, as the fake leaves it (used inside `page.evaluate`, where only types cross). */
type FakeWindow = { nianbaoFakeWps: FakeApi };

async function poll<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  if (process.env.E2E_WPS_DIST) {
    dist = path.resolve(root, process.env.E2E_WPS_DIST);
  } else {
    process.stdout.write("\n[e2e] building the WPS add-in (npm run build:wps)…\n");
    const build = spawnSync("npm", ["run", "build:wps"], {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    if (build.status !== 0) throw new Error(`npm run build:wps failed:\n${build.stdout}\n${build.stderr}`);
    dist = path.join(root, "dist-wps");
  }
  addin = path.join(dist, FOLDER);
  if (!fs.existsSync(path.join(addin, "ribbon.xml")))
    throw new Error(`${addin} has no ribbon.xml: build it first`);
  temp = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-wps-e2e-"));
  fakeBundle = await bundleFake(temp);
  browser = await launchChromium();
  fs.rmSync(results, { recursive: true, force: true });
  fs.mkdirSync(results, { recursive: true });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  if (temp) fs.rmSync(temp, { recursive: true, force: true });
});

describe("the built add-in folder", () => {
  const files = (dir: string): string[] =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));

  it("ribbon.xml starts with <customUI and every callback it names is a global function of the hidden page", () => {
    const ribbon = fs.readFileSync(path.join(addin, "ribbon.xml"), "utf8");
    expect(ribbon.startsWith("<customUI")).toBe(true);
    const index = fs.readFileSync(path.join(addin, "index.html"), "utf8");
    const scripts = [...index.matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+)/g)].map((m) => m[1]);
    expect(scripts).toEqual(["main.js"]);
    // The hidden page's script, run as a page would run it (no WPS: the callbacks must still be defined).
    const page: Record<string, unknown> = {
      location: { href: `file://${addin}/index.html` },
      alert: () => undefined,
    };
    page.window = page;
    vm.runInNewContext(fs.readFileSync(path.join(addin, "main.js"), "utf8"), vm.createContext(page));
    const names = callbackNames(ribbon);
    expect(names.length).toBeGreaterThanOrEqual(4);
    for (const name of names) expect([name, typeof page[name]]).toEqual([name, "function"]);
  });

  it("has what WPS loads: manifest.xml, pages, icons, templates the reader sees as blank templates", async () => {
    const manifest = fs.readFileSync(path.join(addin, "manifest.xml"), "utf8");
    expect(manifest).toContain(`<Name>${pkg.name}</Name>`);
    for (const page of ["index.html", "taskpane.html", "diagnostics.html"])
      expect(fs.existsSync(path.join(addin, page))).toBe(true);
    for (const icon of ["check", "template", "diagnostics"])
      expect(fs.readFileSync(path.join(addin, "images", `${icon}.svg`), "utf8")).toMatch(/^<svg /);
    for (const format of ["2021", "2019"] as const) {
      const result = checkReport(
        await readDocx(fs.readFileSync(path.join(addin, "templates", `template-${format}.docx`))),
      );
      expect([result.format, result.blankTemplate]).toEqual([format, true]);
    }
    for (const script of ["install-wps.sh", "uninstall-wps.sh"])
      expect(fs.statSync(path.join(dist, script)).mode & 0o111).not.toBe(0);
    for (const script of ["install-wps.ps1", "uninstall-wps.ps1", "install-wps.cmd", "uninstall-wps.cmd"])
      expect(fs.existsSync(path.join(dist, script))).toBe(true);
  });

  it("every page loads local classic scripts a Chromium 104 webview runs", () => {
    const acorn = acornParser;
    const newer = [
      ".toSorted(",
      ".toReversed(",
      ".toSpliced(",
      "Promise.withResolvers",
      "Object.groupBy",
      "Array.fromAsync",
      ".isWellFormed(",
      "AbortSignal.any",
      "URL.canParse",
    ];
    for (const page of ["index.html", "taskpane.html", "diagnostics.html"]) {
      const html = fs.readFileSync(path.join(addin, page), "utf8");
      expect(html).not.toMatch(/type="?module/);
      const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+)/g)].map((m) => m[1]);
      expect(scripts.length).toBeGreaterThan(0);
      for (const src of scripts) {
        expect(src).not.toMatch(/^[a-z]+:|^\/|\.\./i);
        const code = fs.readFileSync(path.join(addin, src), "utf8");
        expect(() => acorn.parse(code, { ecmaVersion: 2022, sourceType: "script" })).not.toThrow();
        expect([src, newer.filter((api) => code.includes(api))]).toEqual([src, []]);
      }
    }
  });

  it("names no site (XML namespaces aside) in what WPS loads; the license notices are never loaded", () => {
    const namespaces = [
      "http://schemas.openxmlformats.org/",
      "http://schemas.microsoft.com/",
      "http://www.w3.org/",
      "http://purl.org/",
      "http://purl.oclc.org/",
    ];
    for (const file of files(dist)) {
      if (/\.(docx|png)$|\.LICENSE\.txt$/.test(file)) continue;
      const urls = fs.readFileSync(file, "utf8").match(/https?:\/\/[^\s"'`<>)\\,;]+/g) ?? [];
      expect([
        path.relative(dist, file),
        urls.filter((u) => !namespaces.some((n) => u.startsWith(n))),
      ]).toEqual([path.relative(dist, file), []]);
    }
    for (const notice of files(addin).filter((f) => f.endsWith(".LICENSE.txt")))
      for (const page of files(addin).filter((f) => f.endsWith(".html")))
        expect(fs.readFileSync(page, "utf8")).not.toContain(path.basename(notice));
  });
});

describe("the task pane in Chromium over the fake WPS", () => {
  let context: BrowserContext;
  let page: Page;
  let result: CheckResult;
  let looks: CellLook[];
  /** Every cell's shading before the check, from the .docx (liuying-2019 shades no cell). */
  let initial: Record<string, { val: string; color: string; fill: string }>;
  const offMachine: string[] = [];
  const consoleErrors: string[] = [];
  let step = 0;
  const shot = async (name: string) => {
    step += 1;
    await page.screenshot({ path: path.join(results, `${String(step).padStart(2, "0")}-${name}.png`) });
  };

  beforeAll(async () => {
    const bytes = fs.readFileSync(SAMPLE);
    const doc = await readDocx(bytes);
    result = checkReport(doc);
    looks = cellLooks(result.findings);
    initial = {};
    for (const t of allTables(doc))
      for (const r of t.rows)
        for (const c of r.cells) {
          expect(c.shading).toBeUndefined();
          initial[`${t.index}:${r.rowIndex}:${c.cellIndex}`] = { val: "clear", color: "auto", fill: "auto" };
        }
    context = await browser.newContext({ viewport: { width: 360, height: 900 }, locale: "zh-CN" });
    await context.addInitScript(chromium104Surface);
    await context.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) =>
        console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`),
      );
    });
    await context.addInitScript({
      content: `${fakeBundle};\nwindow.nianbaoFakeWps.install(${JSON.stringify(bytes.toString("base64"))}, ${JSON.stringify(DOC_PATH)}, {});`,
    });
    await context.route(/^(?!file:|data:|blob:|about:)/, (route) => {
      offMachine.push(route.request().url());
      return route.abort();
    });
    page = await context.newPage();
    page.on("console", (msg) => {
      if (msg.type() === "error") consoleErrors.push(msg.text());
    });
    page.on("pageerror", (err) => consoleErrors.push(`page error: ${err.message}`));
  });

  afterEach(() => {
    expect(offMachine).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  afterAll(async () => {
    await context?.close();
  });

  it("opened by 检查年报, checks and marks exactly the findings' cells in their looks' colours", async () => {
    expect(looks.length).toBeGreaterThan(100);
    await page.goto(`file://${path.join(addin, "taskpane.html")}?action=check`);
    const marked = await poll(
      () => page.evaluate(() => (window as unknown as FakeWindow).nianbaoFakeWps.shading()),
      (s) => Object.values(s).filter((c) => c.fill !== "AUTO" && c.fill !== "auto").length >= looks.length,
    );
    expect(Object.keys(marked).sort()).toEqual(Object.keys(initial).sort());
    const want = new Map(looks.map((l) => [cellKey(l.cell), markFill(l.look, l.severity)]));
    const painted = Object.entries(marked).filter(([k, v]) => want.has(k) || v.fill !== "auto");
    expect(painted.map(([k]) => k).sort()).toEqual([...want.keys()].sort());
    for (const [k, v] of painted)
      expect([k, v]).toEqual([k, { val: "clear", color: "auto", fill: want.get(k) }]);
    expect(await page.evaluate(() => (window as unknown as FakeWindow).nianbaoFakeWps.undoNames())).toEqual([
      "年报校对：标记单元格",
    ]);
    expect(
      await page.evaluate(() => (window as unknown as FakeWindow).nianbaoFakeWps.properties()),
    ).toContain("nianbaoMarks");
    await page.getByText(`已标记 ${looks.length} 个单元格`).first().waitFor();
    await shot("checked");
  });

  it("clicking a finding selects its cell in the document and scrolls to it", async () => {
    // A finding deep in the last table, whose message is its own, shown on a line of its own (the
    // pane groups repeats of a rule, e.g. blank cells, into one line that opens to them).
    const messages = result.findings.map((f) => f.message);
    const singles = new Set(
      groupFindings(result.findings, (f) => f, { blankTemplate: result.blankTemplate })
        .filter((g) => g.kind === "single")
        .map((g) => g.items[0]),
    );
    const target = result.findings
      .filter(
        (f) =>
          singles.has(f) && f.cells.length > 0 && messages.filter((m) => m.includes(f.message)).length === 1,
      )
      .sort((a, b) => b.cells[0].table - a.cells[0].table || b.cells[0].row - a.cells[0].row)[0];
    if (!target) throw new Error("no finding with a cell");
    const cell = target.cells[0];
    const range = await page.evaluate(
      ([t, r, c]) => (window as unknown as FakeWindow).nianbaoFakeWps.cellRange(t, r, c),
      [cell.table, cell.row, cell.cell] as const,
    );
    await page.getByRole("listitem").filter({ hasText: target.message }).getByRole("button").first().click();
    const selection = await poll(
      () => page.evaluate(() => (window as unknown as FakeWindow).nianbaoFakeWps.selection()),
      (s) => s.start === range.start && s.end === range.end,
    );
    expect(selection).toEqual({ ...range, scrolled: range });
    await shot("cell-selected");
  });

  it("清除标记 gives every cell its shading back", async () => {
    await page.getByRole("button", { name: /^清除标记/ }).click();
    const cleared = await poll(
      () => page.evaluate(() => (window as unknown as FakeWindow).nianbaoFakeWps.shading()),
      (s) => Object.values(s).every((c) => c.fill === "auto"),
    );
    expect(cleared).toEqual(initial);
    expect(
      await page.evaluate(() => (window as unknown as FakeWindow).nianbaoFakeWps.properties()),
    ).not.toContain("nianbaoMarks");
    expect(await page.evaluate(() => (window as unknown as FakeWindow).nianbaoFakeWps.undoNames())).toEqual([
      "年报校对：标记单元格",
      "年报校对：清除标记",
    ]);
    await shot("cleared");
  });

  it("the hidden page's 检查年报 opens the task pane at taskpane.html?action=check", async () => {
    const hidden = await context.newPage();
    hidden.on("pageerror", (err) => consoleErrors.push(`page error: ${err.message}`));
    await hidden.goto(`file://${path.join(addin, "index.html")}`);
    const opened = await hidden.evaluate(() => {
      const w = window as unknown as Record<string, (control: unknown) => unknown>;
      return [w.OnAddinLoad({}), w.OnAction({ Id: "nianbaoCheck" }), w.GetImage({ Id: "nianbaoCheck" })];
    });
    expect(opened).toEqual([true, true, "images/check.svg"]);
    const panes = await hidden.evaluate(() => (window as unknown as FakeWindow).nianbaoFakeWps.taskPanes());
    expect(panes).toEqual([
      { url: `file://${path.join(addin, "taskpane.html")}?action=check`, visible: true },
    ]);
    await hidden.close();
  });

  it("the diagnostics page reports on this WPS as JSON", async () => {
    const diagnostics = await context.newPage();
    diagnostics.on("pageerror", (err) => consoleErrors.push(`page error: ${err.message}`));
    await diagnostics.goto(`file://${path.join(addin, "diagnostics.html")}`);
    await diagnostics.getByRole("button", { name: "诊断当前文档" }).click();
    await diagnostics.locator("body[data-done=true]").waitFor({ timeout: 60_000 });
    const report = JSON.parse(await diagnostics.locator("#report").inputValue()) as {
      results: { id: string; ok: boolean | null; details: Record<string, unknown> }[];
    };
    const byId = new Map(report.results.map((r) => [r.id, r]));
    for (const id of [
      "runtime",
      "fileFetch",
      "moduleScript",
      "wordOpenXml",
      "hostRead",
      "mergedCells",
      "cellText",
      "savedFile",
      "latency",
      "paragraphs",
      "events",
      "install",
    ])
      expect(byId.has(id)).toBe(true);
    expect(byId.get("wordOpenXml")?.ok).toBe(true);
    expect(byId.get("hostRead")?.ok).toBe(true);
    expect(
      (byId.get("hostRead")?.details.mergedRowsFittingEachNumbering as Record<string, number>).counts,
    ).toBeGreaterThan(0);
    expect(byId.get("savedFile")?.ok).toBe(true);
    await diagnostics.screenshot({ path: path.join(results, "diagnostics.png"), fullPage: true });

    // The full run tries the writes on a scratch document, and leaves the user's document alone.
    const shadingBefore = await diagnostics.evaluate(() =>
      (window as unknown as FakeWindow).nianbaoFakeWps.shading(),
    );
    await diagnostics.getByRole("button", { name: /^完整诊断/ }).click();
    await diagnostics.locator("body[data-done=true]").waitFor({ timeout: 60_000 });
    const full = JSON.parse(await diagnostics.locator("#report").inputValue()) as typeof report;
    const verdicts = Object.fromEntries(full.results.map((r) => [r.id, r.ok]));
    expect(verdicts).toMatchObject({
      scratch: true,
      shading: true,
      undo: true,
      comments: true,
      properties: true,
      saveCopyAs: true,
      select: true,
    });
    const state = await diagnostics.evaluate(() => {
      const api = (window as unknown as FakeWindow).nianbaoFakeWps;
      return {
        active: api.activeName(),
        open: api.openDocuments(),
        properties: api.properties(),
        shading: api.shading(),
      };
    });
    expect(state).toEqual({
      active: "liuying-2019.docx",
      open: 1,
      properties: expect.any(Array),
      shading: shadingBefore,
    });
    expect(state.properties.filter((p) => p.startsWith("nianbao"))).toEqual([]);
    await diagnostics.close();
  });
});
