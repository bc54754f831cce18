#!/usr/bin/env node
// Prints the JavaScript in dist/ with raw and gzip sizes after `npm run build`, per page: what
// taskpane.html, commands.html, lite.html (the lite pane for IE11) and preview.html (the browser
// preview) load up front, and the chunks loaded later by import(). Fails (exit 1) when the task
// pane's or the lite pane's up-front JavaScript is over its budget, when a lite pane script is not
// ES5, or when a source map carries source content. The preview has no budget: it is reported.
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

/** The task pane's up-front JavaScript, gzip. */
const TASKPANE_BUDGET_GZIP = 350 * 1024;

/**
 * The lite pane's up-front JavaScript, gzip: Internet Explorer 11 on an ordinary office PC must
 * load and start it in under 2 s.
 */
const LITE_BUDGET_GZIP = 250 * 1024;

/** The lite pane's scripts: lite.[hash].js up front, lite-[name].[hash].js on demand. */
const isLiteScript = (file) => /^lite[.-]/.test(file) && file.endsWith(".js");

/** The local scripts an HTML page loads (`<script src>` without a scheme: office.js is not ours). */
function localScripts(html) {
  const out = [];
  for (const match of html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/gi)) {
    const src = match[1];
    if (!/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) out.push(src.replace(/^\.?\//, "").split(/[?#]/)[0]);
  }
  return out;
}

/**
 * The lowest ECMAScript edition a script parses as (e.g. "ES2020"), to see which webviews can run
 * it: Edge Legacy (EdgeHTML 18) stops at about ES2017, IE 11 at ES5. Uses webpack's own parser
 * (acorn); null if that cannot be loaded.
 */
function syntaxLevel(source) {
  let acorn;
  try {
    acorn = require("acorn");
  } catch {
    return null;
  }
  for (const version of [5, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]) {
    try {
      acorn.parse(source, { ecmaVersion: version, sourceType: "script" });
      return version === 5 ? "ES5" : `ES${version}`;
    } catch {
      // try the next edition
    }
  }
  return "newer";
}

function gzipSize(buffer) {
  return zlib.gzipSync(buffer, { level: 9 }).length;
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function listFiles(dir, prefix = "") {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix + entry.name;
    if (entry.isDirectory()) out.push(...listFiles(path.join(dir, entry.name), `${rel}/`));
    else out.push(rel);
  }
  return out;
}

function report(dist) {
  const files = listFiles(dist);
  const js = files.filter((f) => f.endsWith(".js"));
  const size = new Map(
    js.map((f) => {
      const buf = fs.readFileSync(path.join(dist, f));
      return [f, { raw: buf.length, gzip: gzipSize(buf), syntax: syntaxLevel(buf.toString("utf8")) }];
    }),
  );
  const lines = [];
  const problems = [];
  const row = (name, s) =>
    `  ${name.padEnd(44)} ${kb(s.raw).padStart(11)} ${kb(s.gzip).padStart(11)}  ${s.syntax || ""}`.trimEnd();
  lines.push(`  ${"file".padEnd(44)} ${"raw".padStart(11)} ${"gzip".padStart(11)}  syntax`);

  const upFront = new Set();
  const pageTotals = {};
  for (const page of ["taskpane.html", "commands.html", "lite.html", "preview.html"]) {
    if (!files.includes(page)) {
      problems.push(`${page} is missing from dist/`);
      continue;
    }
    const scripts = localScripts(fs.readFileSync(path.join(dist, page), "utf8"));
    const total = { raw: 0, gzip: 0, syntax: "" };
    lines.push(`${page} (loaded up front)`);
    for (const s of scripts) {
      const sz = size.get(s);
      if (!sz) {
        problems.push(`${page} loads ${s}, which is not in dist/`);
        continue;
      }
      upFront.add(s);
      total.raw += sz.raw;
      total.gzip += sz.gzip;
      lines.push(row(s, sz));
    }
    lines.push(row("total", total));
    pageTotals[page] = total;
  }
  // OFFICE_JS=bundled: Microsoft's files, copied unmodified; office.js loads them as Word needs them.
  const isOfficeJs = (f) => f.startsWith("office-js/");
  const lazy = js.filter((f) => !upFront.has(f) && !isOfficeJs(f));
  if (lazy.length > 0) {
    lines.push("loaded on demand (import())");
    for (const f of lazy) lines.push(row(f, size.get(f)));
  }
  const officeJs = js.filter((f) => isOfficeJs(f) && !upFront.has(f));
  if (officeJs.length > 0) {
    const total = { raw: 0, gzip: 0, syntax: "" };
    for (const f of officeJs) {
      total.raw += size.get(f).raw;
      total.gzip += size.get(f).gzip;
    }
    lines.push(
      "office-js/ (OFFICE_JS=bundled: copied from @microsoft/office-js, loaded by office.js as Word needs)",
    );
    lines.push(row(`${officeJs.length} files (Word's host scripts, strings)`, total));
  }

  const pane = pageTotals["taskpane.html"];
  if (pane) {
    const verdict = pane.gzip <= TASKPANE_BUDGET_GZIP ? "within" : "OVER";
    lines.push(
      `task pane up front: ${kb(pane.gzip)} gzip — ${verdict} the budget of ${kb(TASKPANE_BUDGET_GZIP)}`,
    );
    if (verdict === "OVER") {
      problems.push(
        "the task pane's up-front JavaScript is over budget: load heavy modules (e.g. the docx template builder) with import()",
      );
    }
  }

  const lite = pageTotals["lite.html"];
  if (lite) {
    const verdict = lite.gzip <= LITE_BUDGET_GZIP ? "within" : "OVER";
    const chunks = lazy.filter(isLiteScript);
    const later = chunks.reduce((n, f) => n + size.get(f).gzip, 0);
    lines.push(
      `lite pane (IE11) up front: ${kb(lite.gzip)} gzip — ${verdict} the budget of ${kb(LITE_BUDGET_GZIP)}; ` +
        `${chunks.length} chunk(s) on demand, ${kb(later)} gzip`,
    );
    if (verdict === "OVER") problems.push("the lite pane's up-front JavaScript is over budget");
  }
  for (const f of js.filter(isLiteScript)) {
    const level = size.get(f).syntax;
    if (level !== null && level !== "ES5")
      problems.push(`${f} (lite pane) is ${level}, not ES5: IE11 cannot run it`);
  }

  const preview = pageTotals["preview.html"];
  if (preview) {
    lines.push(
      `preview up front: ${kb(preview.gzip)} gzip — the browser preview, no budget (not the add-in)`,
    );
  }

  for (const f of files.filter((name) => name.endsWith(".map"))) {
    const map = JSON.parse(fs.readFileSync(path.join(dist, f), "utf8"));
    if (Array.isArray(map.sourcesContent) && map.sourcesContent.some((s) => s)) {
      problems.push(`${f} contains source code (sourcesContent)`);
    }
  }
  return { lines, problems };
}

if (require.main === module) {
  const dist = path.resolve(__dirname, "..", process.argv[2] || "dist");
  if (!fs.existsSync(dist)) {
    console.error(`${dist} does not exist: run the build first.`);
    process.exit(1);
  }
  const { lines, problems } = report(dist);
  console.log(`\nBundle sizes (${path.relative(process.cwd(), dist) || "."}):`);
  console.log(lines.join("\n"));
  for (const p of problems) console.error(`bundle-size: ${p}`);
  if (problems.length > 0) process.exit(1);
}

module.exports = { localScripts, gzipSize, syntaxLevel, report, TASKPANE_BUDGET_GZIP, LITE_BUDGET_GZIP };
