/**
 * No network, and office.js: the built add-in names no site but the office.js origin, its own, and
 * XML namespaces; every page's Content-Security-Policy allows connections to its own origin only.
 * With office.js unreachable, the production pane says so (in Chromium, with the office.js URL
 * blocked). The build with OFFICE_JS=bundled loads office.js from its own origin — only Word's
 * files of @microsoft/office-js — and names no other site at all. Runs over the production builds
 * the end-to-end tests use (NIANBAO_E2E_DIST, NIANBAO_E2E_DIST_BUNDLED).
 */
import fs from "fs";
import path from "path";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "./chromium";
import { serveStatic, type StaticServer } from "./staticServer";

const dist = process.env.NIANBAO_E2E_DIST as string;
const bundled = process.env.NIANBAO_E2E_DIST_BUNDLED as string;
const results = path.resolve(__dirname, "..", "..", "test-results", "office-js");

const files = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));

// XML namespaces are names, never fetched (OOXML and SVG in the docx and React code).
const NAMESPACES = [
  "http://schemas.openxmlformats.org/",
  "http://schemas.microsoft.com/",
  "http://www.w3.org/",
  "http://purl.org/",
  "http://purl.oclc.org/",
];
const URL_PATTERN = /https?:\/\/[^\s"'`<>)\\,;]+/g;
const PAGES = [
  "taskpane.html",
  "commands.html",
  "lite.html",
  "preview.html",
  "preview-pane.html",
  "help.html",
  "diagnostics.html",
];

/** The office.js a page loads (the build minifies HTML: attribute quotes are optional). */
function officeJsSrc(folder: string, page = "taskpane.html"): string {
  const html = fs.readFileSync(path.join(folder, page), "utf8");
  const src = /<script src="?([^"\s>]*office\.js)/.exec(html);
  if (!src) throw new Error(`${page} loads no office.js`);
  return src[1];
}

function manifestOrigin(folder: string): string {
  const xml = fs.readFileSync(path.join(folder, "manifest.xml"), "utf8");
  const source = /<SourceLocation DefaultValue="([^"]+)"/.exec(xml);
  if (!source) throw new Error("manifest.xml has no SourceLocation");
  return new URL(source[1]).origin;
}

function cspOf(html: string): Map<string, string[]> {
  const meta = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html);
  if (!meta) throw new Error("no Content-Security-Policy meta");
  return new Map(
    meta[1]
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values]),
  );
}

/** Sites named in the files a page loads or Office reads, but for `allowed` origins and namespaces. */
function strayUrls(
  folder: string,
  allowed: string[],
  skip: (rel: string) => boolean = () => false,
): string[] {
  const loaded = files(folder).filter((f) => /\.(js|html|css|xml|json|svg)$/.test(f));
  expect(loaded.some((f) => f.endsWith(".js"))).toBe(true);
  const own = manifestOrigin(folder);
  const strays: string[] = [];
  for (const file of loaded) {
    const rel = path.relative(folder, file);
    if (skip(rel)) continue;
    const text = fs.readFileSync(file, "utf8");
    for (const [url] of text.matchAll(URL_PATTERN)) {
      if (NAMESPACES.some((ns) => url.startsWith(ns))) continue;
      const origin = new URL(url).origin;
      if (allowed.includes(origin)) continue;
      if (path.basename(file) === "manifest.xml" && origin === own) continue;
      strays.push(`${rel}: ${url}`);
    }
  }
  // The extracted *.LICENSE.txt notices are never loaded.
  for (const notice of files(folder).filter((f) => f.endsWith(".LICENSE.txt")))
    for (const page of files(folder).filter((f) => f.endsWith(".html")))
      expect(fs.readFileSync(page, "utf8")).not.toContain(path.basename(notice));
  return strays;
}

function expectCsp(folder: string, page: string, scriptSources: string[]): void {
  const csp = cspOf(fs.readFileSync(path.join(folder, page), "utf8"));
  expect(csp.get("default-src")).toEqual(["'self'"]);
  expect(csp.get("connect-src") ?? csp.get("default-src")).toEqual(["'self'"]);
  const scripts = csp.get("script-src") ?? csp.get("default-src") ?? [];
  for (const source of scripts) expect(scriptSources).toContain(source);
  expect([...csp.values()].flat()).not.toContain("'unsafe-eval'");
  expect(scripts).not.toContain("'unsafe-inline'");
  expect(csp.get("object-src")).toEqual(["'none'"]);
}

describe("the built add-in and preview (dist)", () => {
  const office = new URL(officeJsSrc(dist)).origin;

  it("name no site but the office.js origin, their own origin and XML namespaces", () => {
    expect(strayUrls(dist, [office])).toEqual([]);
  });

  it.each(PAGES)(
    "%s: the CSP allows connections to its own origin only, scripts from it and office.js only",
    (page) => expectCsp(dist, page, ["'self'", "'none'", office]),
  );
});

describe("the build with OFFICE_JS=bundled (dist-bundled)", () => {
  it("loads office.js from its own origin: a path beside the pages, in the folder copied from the package", () => {
    for (const page of ["taskpane.html", "commands.html", "lite.html"])
      expect(officeJsSrc(bundled, page)).toBe("office-js/office.js");
    const copied = files(path.join(bundled, "office-js")).map((f) =>
      path.relative(path.join(bundled, "office-js"), f).split(path.sep).join("/"),
    );
    expect(copied).toContain("office.js");
    expect(copied).toContain("word-win32-16.01.js");
    expect(copied).toContain("zh-cn/office_strings.js");
    // Only what Word needs: no other application's scripts, no debug builds, no telemetry scripts.
    for (const f of copied)
      expect(f).toMatch(
        /^(office\.js|o15apptofilemappingtable\.js|word(ios)?-[\d.a-z-]+\.js|[a-z0-9-]+\/office_strings\.js|LICENSE\.md)$/,
      );
    // Unmodified: the package's own bytes.
    const pkg = path.dirname(require.resolve("@microsoft/office-js/package.json"));
    for (const f of ["office.js", "word-win32-16.01.js", "zh-cn/office_strings.js"])
      expect(fs.readFileSync(path.join(bundled, "office-js", f))).toEqual(
        fs.readFileSync(path.join(pkg, "dist", f)),
      );
  });

  it("names no site at all outside Microsoft's own copied files", () => {
    expect(strayUrls(bundled, [], (rel) => rel.startsWith(`office-js${path.sep}`))).toEqual([]);
  });

  it.each(PAGES)("%s: scripts from its own origin only", (page) =>
    expectCsp(bundled, page, ["'self'", "'none'"]),
  );
});

describe("office.js in Chromium", () => {
  let browser: Browser;
  let server: StaticServer;
  let bundledServer: StaticServer;

  beforeAll(async () => {
    fs.mkdirSync(results, { recursive: true });
    [browser, server, bundledServer] = await Promise.all([
      launchChromium(),
      serveStatic(dist),
      serveStatic(bundled),
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await bundledServer?.close();
  });

  /** Opens the task pane like a browser would, recording requests and problems. */
  async function openPane(origin: string, setup?: (page: Page) => Promise<void>) {
    const context = await browser.newContext({ viewport: { width: 320, height: 720 }, locale: "zh-CN" });
    const page = await context.newPage();
    const requests: string[] = [];
    const problems: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(m.text());
    });
    await context.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) =>
        console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`),
      );
    });
    await setup?.(page);
    const started = Date.now();
    await page.goto(`${origin}/taskpane.html`);
    return { context, page, requests, problems, started };
  }

  it("with office.js unreachable, the production pane says so within a few seconds, and the way out", async () => {
    const officeJs = officeJsSrc(dist);
    const { context, page, problems, started } = await openPane(server.origin, async (p) => {
      await p.route(officeJs, (route) => route.abort("internetdisconnected"));
    });
    const message = page.locator('[data-office-problem="not_loaded"]');
    await message.waitFor({ timeout: 5_000 });
    expect(Date.now() - started).toBeLessThan(5_000);
    const text = (await message.textContent()) ?? "";
    expect(text).toContain("年报校对无法启动：没有加载 office.js");
    expect(text).toContain(officeJs);
    expect(text).toContain("office.js did not load");
    for (const way of ["OFFICE_JS=bundled", "nianbao check", "浏览器预览", "browser preview"])
      expect(text).toContain(way);
    expect(await message.getByRole("link", { name: "浏览器预览" }).getAttribute("href")).toBe("preview.html");
    // The only problem: office.js itself did not load.
    expect(problems.filter((p) => !/ERR_INTERNET_DISCONNECTED/.test(p))).toEqual([]);
    await page.screenshot({ path: path.join(results, "office-js-blocked.png") });
    await context.close();
  });

  it("OFFICE_JS=bundled: office.js comes from the add-in's own origin; outside Word the pane says to open it in Word", async () => {
    const { context, page, requests, problems } = await openPane(bundledServer.origin);
    const message = page.locator('[data-office-problem="not_in_office"]');
    await message.waitFor({ timeout: 10_000 });
    expect(requests).toContain(`${bundledServer.origin}/office-js/office.js`);
    expect(requests.filter((u) => !u.startsWith(`${bundledServer.origin}/`))).toEqual([]);
    expect(problems).toEqual([]);
    expect(await message.textContent()).toContain("请在 Word 中打开年报校对");
    await page.screenshot({ path: path.join(results, "office-js-bundled-outside-word.png") });
    await context.close();
  });
});
