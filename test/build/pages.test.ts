/**
 * The HTML templates webpack.config.js turns into the add-in's pages: a CSP <meta> first in <head>,
 * office.js by a <script src> in <head> (both filled in by the build), and no inline script.
 */
import fs from "fs";
import path from "path";

const root = path.resolve(__dirname, "..", "..");
const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");

const CSP_META =
  '<meta http-equiv="Content-Security-Policy" content="<%= htmlWebpackPlugin.options.csp %>" />';
const OFFICE_JS = '<script src="<%= htmlWebpackPlugin.options.officeJsUrl %>"></script>';

function head(html: string): string {
  const match = /<head>([\s\S]*)<\/head>/.exec(html);
  if (!match) throw new Error("no <head>");
  return match[1];
}

function scripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*>[\s\S]*?<\/script>/g)].map((m) => m[0]);
}

describe.each([
  ["src/taskpane/taskpane.html", true],
  ["src/commands/commands.html", true],
  ["src/help/help.html", false],
  ["src/preview/preview.html", false],
  ["src/preview/pane.html", false],
  ["src/diagnostics/diagnostics.html", true],
])("%s", (file, loadsOfficeJs) => {
  const html = read(file);

  it("is a Chinese page whose CSP meta comes before anything it could restrict", () => {
    expect(html).toMatch(/<html lang="zh-CN">/);
    const h = head(html);
    expect(h).toContain('<meta charset="UTF-8" />');
    expect(h).toContain(CSP_META);
    const cspAt = h.indexOf(CSP_META);
    for (const tag of ["<script", "<style", "<link", "<img"]) {
      const at = h.indexOf(tag);
      if (at >= 0) expect(at).toBeGreaterThan(cspAt);
    }
    expect(html.split("Content-Security-Policy").length).toBe(2);
  });

  it(loadsOfficeJs ? "loads office.js in <head> and has no inline script" : "has no script at all", () => {
    const all = scripts(html);
    if (loadsOfficeJs) {
      // The task pane also loads the webview gate (a local, classic script) before its bundle.
      const local = file.includes("taskpane") ? ['<script src="webview-gate.js"></script>'] : [];
      expect(all).toEqual([OFFICE_JS, ...local]);
      expect(head(html)).toContain(OFFICE_JS);
    } else {
      expect(all).toEqual([]);
    }
    expect(html).not.toMatch(/\son[a-z]+=/i); // no inline event handlers either
    expect(html).not.toMatch(/https?:\/\//); // nothing remote but office.js, whose URL the build fills in
  });
});

describe("taskpane.html", () => {
  const html = read("src/taskpane/taskpane.html");
  it("is the shell the pane renders into", () => {
    expect(html).toContain("<title>年报校对</title>");
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1" />');
    expect(html).toMatch(/<body>\s*<div id="container"><\/div>\s*<\/body>/);
  });
});

describe("help.html", () => {
  const html = read("src/help/help.html");
  it("speaks Chinese first and English second", () => {
    const zh = html.indexOf('<section lang="zh-CN">');
    const en = html.indexOf('<section lang="en">');
    expect(zh).toBeGreaterThan(0);
    expect(en).toBeGreaterThan(zh);
    expect(html).toContain("检查年报");
    expect(html).toContain("Check Report");
  });

  it("states the real requirements: which Word gets which pane, WPS, office.js", () => {
    for (const words of [
      "WebView2",
      "Internet Explorer 11",
      "会自动打开简化窗格",
      "WordApi 1.1",
      "WPS 文字",
      'href="preview.html"',
      "nianbao check",
      "OFFICE_JS=bundled",
      "WordApi 1.3",
      "The Word add-in",
    ])
      expect(html).toContain(words);
    expect(html).not.toContain("Word 2019、Word 2021 或更新版本");
  });
});

describe("preview.html", () => {
  const html = read("src/preview/preview.html");
  it("is the preview's shell: a file input with a label, the document, the pane's frame; no office.js", () => {
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1" />');
    expect(html).toMatch(/<input\s+id="file-input"[^>]*type="file"/);
    expect(html).toMatch(/<label class="button button-primary" for="file-input"[ >]/);
    expect(html).toContain('<article id="document"');
    expect(html).toMatch(
      /<iframe\s+id="pane"[^>]*\ssrc="preview-pane\.html"[^>]*\stitle="[^"]+"[^>]*>\s*<\/iframe>/,
    );
    // Its stylesheets and icon are its own (same origin); the build adds the script.
    for (const href of [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]))
      expect(href).toMatch(/^(assets\/|preview)[\w./-]+$/);
    expect(html).not.toContain("officeJsUrl");
  });
});

describe("pane.html (the preview's pane frame)", () => {
  const html = read("src/preview/pane.html");
  it("is an empty shell the preview renders the pane into", () => {
    expect(html).toContain("<title>年报校对</title>");
    expect(html).toMatch(/<body>\s*<div id="container"><\/div>\s*<\/body>/);
  });
});
