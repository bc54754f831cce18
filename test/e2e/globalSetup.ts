/**
 * Before the end-to-end tests: Chromium must be there, and the add-in, the preview and the lite pane
 * are built for production twice into temporary folders, as `npm run build` does — as shipped by
 * default (office.js from Microsoft's CDN), and with OFFICE_JS=bundled (office.js shipped in
 * dist/office-js/). E2E_DIST=<folder> and
 * E2E_DIST_BUNDLED=<folder> reuse existing builds instead (e.g. `dist`, `dist-bundled`).
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { assertChromium } from "./chromium";

const root = path.resolve(__dirname, "..", "..");

function build(label: string, env: Record<string, string>): string {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-e2e-"));
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [root] });
  process.stdout.write(`\n[e2e] building ${label} (webpack --mode production) into ${dist}…\n`);
  const started = Date.now();
  // The add-in first (it empties the folder), then the lite pane beside it.
  for (const config of ["webpack.config.js", "webpack.lite.config.js"]) {
    const result = spawnSync(
      process.execPath,
      [cli, "--config", config, "--mode", "production", "--output-path", dist],
      {
        cwd: root,
        encoding: "utf8",
        env: { ...process.env, ADDIN_BASE_URL: "", OFFICE_JS_URL: "", OFFICE_JS: "", ...env },
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    if (result.status !== 0) {
      fs.rmSync(dist, { recursive: true, force: true });
      throw new Error(
        `the production build (${label}, ${config}) failed:\n${result.stdout}\n${result.stderr}`,
      );
    }
  }
  process.stdout.write(`[e2e] built in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  return dist;
}

function given(variable: string, ...files: string[]): string | undefined {
  const value = process.env[variable];
  if (!value) return undefined;
  const dist = path.resolve(root, value);
  for (const file of files)
    if (!fs.existsSync(path.join(dist, file)))
      throw new Error(`${variable}=${value}: ${dist} has no ${file} (build it first)`);
  return dist;
}

export default async function globalSetup(): Promise<void> {
  assertChromium();
  const temporary: string[] = [];
  let dist = given("E2E_DIST", "preview.html", "lite.html");
  if (!dist) temporary.push((dist = build("the add-in and the preview", {})));
  let bundled = given("E2E_DIST_BUNDLED", "office-js/office.js");
  if (!bundled)
    temporary.push((bundled = build("the add-in with OFFICE_JS=bundled", { OFFICE_JS: "bundled" })));
  process.env.NIANBAO_E2E_DIST = dist;
  process.env.NIANBAO_E2E_DIST_BUNDLED = bundled;
  process.env.NIANBAO_E2E_TEMP = JSON.stringify(temporary);
}
