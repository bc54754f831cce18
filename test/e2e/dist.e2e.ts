/**
 * No network: the built add-in names no site but the office.js origin, its own, and XML
 * namespaces; every page's Content-Security-Policy allows connections to its own origin only.
 * Runs over the production build the end-to-end tests use (NIANBAO_E2E_DIST).
 */
import fs from "fs";
import path from "path";

const dist = process.env.NIANBAO_E2E_DIST as string;
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

function officeJsOrigin(): string {
  const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
  // The build minifies HTML: attribute quotes are optional.
  const src = /<script src="?(https:\/\/[^"\s>]+office\.js)/.exec(html);
  if (!src) throw new Error("taskpane.html loads no office.js over https");
  return new URL(src[1]).origin;
}

function manifestOrigin(): string {
  const xml = fs.readFileSync(path.join(dist, "manifest.xml"), "utf8");
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

describe("the built add-in and preview (dist)", () => {
  const office = officeJsOrigin();
  const own = manifestOrigin();

  it("name no site but the office.js origin, their own origin and XML namespaces", () => {
    // Files a page loads or Office reads; the extracted *.LICENSE.txt notices are never loaded.
    const loaded = files(dist).filter((f) => /\.(js|html|css|xml|json|svg)$/.test(f));
    expect(loaded.some((f) => f.endsWith(".js"))).toBe(true);
    const strays: string[] = [];
    for (const file of loaded) {
      const text = fs.readFileSync(file, "utf8");
      for (const [url] of text.matchAll(URL_PATTERN)) {
        if (NAMESPACES.some((ns) => url.startsWith(ns))) continue;
        const origin = new URL(url).origin;
        if (origin === office) continue;
        if (path.basename(file) === "manifest.xml" && origin === own) continue;
        strays.push(`${path.relative(dist, file)}: ${url}`);
      }
    }
    expect(strays).toEqual([]);
    for (const notice of files(dist).filter((f) => f.endsWith(".LICENSE.txt")))
      for (const page of files(dist).filter((f) => f.endsWith(".html")))
        expect(fs.readFileSync(page, "utf8")).not.toContain(path.basename(notice));
  });

  it.each([
    "taskpane.html",
    "commands.html",
    "preview.html",
    "preview-pane.html",
    "help.html",
    "diagnostics.html",
  ])("%s: the CSP allows connections to its own origin only, scripts from it and office.js only", (page) => {
    const csp = cspOf(fs.readFileSync(path.join(dist, page), "utf8"));
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("connect-src") ?? csp.get("default-src")).toEqual(["'self'"]);
    const scripts = csp.get("script-src") ?? csp.get("default-src") ?? [];
    for (const source of scripts) expect(["'self'", "'none'", office]).toContain(source);
    expect([...csp.values()].flat()).not.toContain("'unsafe-eval'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(csp.get("object-src")).toEqual(["'none'"]);
  });
});
