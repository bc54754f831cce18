import crypto from "crypto";
import fs from "fs";
import os from "os";
import path from "path";
import {
  LITE_BUDGET_GZIP,
  localScripts,
  report,
  syntaxLevel,
  TASKPANE_BUDGET_GZIP,
} from "../../scripts/bundle-size";

function makeDist(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-dist-"));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

const page = (...srcs: string[]) =>
  `<!doctype html><html><head><script src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js></script>${srcs
    .map((s) => `<script defer src=${s}></script>`)
    .join("")}</head><body></body></html>`;

describe("localScripts", () => {
  it("lists the page's own scripts, not office.js", () => {
    expect(localScripts(page("taskpane.1a2b3c4d.js", "vendor.js"))).toEqual([
      "taskpane.1a2b3c4d.js",
      "vendor.js",
    ]);
    expect(
      localScripts('<script src="./a.js?v=1"></script><script src="//cdn.example/x.js"></script>'),
    ).toEqual(["a.js"]);
  });
});

describe("syntaxLevel", () => {
  it("names the lowest ECMAScript edition a script parses as", () => {
    expect(syntaxLevel("var a = 1;")).toBe("ES5");
    expect(syntaxLevel("let a = () => 1;")).toBe("ES2015");
    expect(syntaxLevel("async function f() { await 1; }")).toBe("ES2017");
    expect(syntaxLevel("var o = { ...p };")).toBe("ES2018");
    expect(syntaxLevel("var c = a?.b ?? 1;")).toBe("ES2020");
    expect(syntaxLevel("class A { static { this.x = 1; } }")).toBe("ES2022");
  });
});

describe("report", () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
  const dist = (files: Record<string, string | Buffer>) => {
    const d = makeDist(files);
    dirs.push(d);
    return d;
  };

  it("splits up-front from on-demand JavaScript and passes within the budget", () => {
    const r = report(
      dist({
        "taskpane.html": page("taskpane.abc.js"),
        "commands.html": page("commands.def.js"),
        "preview.html": page("preview.123.js"),
        "lite.html": page("lite.aaa.js"),
        "lite.aaa.js": "var lite = 1;".repeat(100),
        "lite-template.bbb.js": "var template = 2;",
        "taskpane.abc.js": "console.log('pane');".repeat(100),
        "preview.123.js": "console.log('preview');".repeat(100),
        "commands.def.js": "Office.onReady();",
        "46.123.js": "/* docx */".repeat(1000),
      }),
    );
    expect(r.problems).toEqual([]);
    const text = r.lines.join("\n");
    expect(text).toMatch(/taskpane\.html \(loaded up front\)\n\s+taskpane\.abc\.js/);
    expect(text).toMatch(/loaded on demand \(import\(\)\)\n\s+46\.123\.js/);
    expect(text).toMatch(/task pane up front: [\d.]+ KB gzip — within the budget of 350\.0 KB/);
    expect(text).toMatch(/preview\.html \(loaded up front\)\n\s+preview\.123\.js/);
    expect(text).toMatch(/preview up front: [\d.]+ KB gzip — the browser preview, no budget/);
    expect(text).toMatch(/lite\.html \(loaded up front\)\n\s+lite\.aaa\.js .* ES5/);
    expect(text).toMatch(
      /lite pane \(IE11\) up front: [\d.]+ KB gzip — within the budget of 250\.0 KB; 1 chunk\(s\) on demand/,
    );
  });

  it("fails when the lite pane is over its budget or a script of it is not ES5", () => {
    // Valid ES5 that does not compress: a string of random base64.
    const big = `var s = "${crypto.randomBytes(LITE_BUDGET_GZIP + 64 * 1024).toString("base64")}";`;
    const r = report(
      dist({
        "taskpane.html": page("taskpane.js"),
        "commands.html": page("commands.js"),
        "preview.html": page("preview.js"),
        "lite.html": page("lite.js"),
        "taskpane.js": "x",
        "commands.js": "x",
        "preview.js": "x",
        "lite.js": big,
        "lite-template.1.js": "let x = () => 1;",
      }),
    );
    expect(r.problems).toEqual([
      "the lite pane's up-front JavaScript is over budget",
      "lite-template.1.js (lite pane) is ES2015, not ES5: IE11 cannot run it",
    ]);
  });

  it("fails over the budget, on a missing script, and on a source map with source content", () => {
    // Random bytes do not compress: just over the budget in gzip too.
    const big = crypto.randomBytes(TASKPANE_BUDGET_GZIP + 1024);
    const r = report(
      dist({
        "taskpane.html": page("taskpane.js", "missing.js"),
        "commands.html": page("commands.js"),
        "preview.html": page("preview.js"),
        "lite.html": page("lite.js"),
        "lite.js": "x",
        "preview.js": "x",
        "taskpane.js": big,
        "commands.js": "x",
        "taskpane.js.map": JSON.stringify({ version: 3, sources: ["a.ts"], sourcesContent: ["secret"] }),
      }),
    );
    expect(r.problems).toEqual([
      "taskpane.html loads missing.js, which is not in dist/",
      expect.stringMatching(/over budget/),
      "taskpane.js.map contains source code (sourcesContent)",
    ]);
  });

  it("reports the preview without a budget, and misses it when it is not built", () => {
    const huge = crypto.randomBytes(TASKPANE_BUDGET_GZIP + 1024);
    const withPreview = report(
      dist({
        "taskpane.html": page("taskpane.js"),
        "commands.html": page("commands.js"),
        "preview.html": page("preview.js"),
        "lite.html": page("lite.js"),
        "lite.js": "x",
        "taskpane.js": "x",
        "commands.js": "x",
        "preview.js": huge,
      }),
    );
    expect(withPreview.problems).toEqual([]);
    const without = report(
      dist({
        "taskpane.html": page("taskpane.js"),
        "commands.html": page("commands.js"),
        "taskpane.js": "x",
        "commands.js": "x",
      }),
    );
    expect(without.problems).toEqual([
      "lite.html is missing from dist/",
      "preview.html is missing from dist/",
    ]);
  });
});
