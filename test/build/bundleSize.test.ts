import crypto from "crypto";
import fs from "fs";
import os from "os";
import path from "path";
import { localScripts, report, syntaxLevel, TASKPANE_BUDGET_GZIP } from "../../scripts/bundle-size";

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
  });

  it("fails over the budget, on a missing script, and on a source map with source content", () => {
    // Random bytes do not compress: just over the budget in gzip too.
    const big = crypto.randomBytes(TASKPANE_BUDGET_GZIP + 1024);
    const r = report(
      dist({
        "taskpane.html": page("taskpane.js", "missing.js"),
        "commands.html": page("commands.js"),
        "preview.html": page("preview.js"),
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
    expect(without.problems).toEqual(["preview.html is missing from dist/"]);
  });
});
