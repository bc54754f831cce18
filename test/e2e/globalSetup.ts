/**
 * Before the end-to-end tests: Chromium must be there, and the preview is built for production into
 * a temporary folder (E2E_DIST=<folder> reuses an existing build instead, e.g. `dist`).
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { assertChromium } from "./chromium";

const root = path.resolve(__dirname, "..", "..");

export default async function globalSetup(): Promise<void> {
  assertChromium();
  if (process.env.E2E_DIST) {
    const dist = path.resolve(root, process.env.E2E_DIST);
    if (!fs.existsSync(path.join(dist, "preview.html")))
      throw new Error(`E2E_DIST=${process.env.E2E_DIST}: ${dist} has no preview.html (build it first)`);
    process.env.NIANBAO_E2E_DIST = dist;
    return;
  }
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-e2e-"));
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [root] });
  process.stdout.write(`\n[e2e] building the preview (webpack --mode production) into ${dist}…\n`);
  const started = Date.now();
  const build = spawnSync(process.execPath, [cli, "--mode", "production", "--output-path", dist], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, ADDIN_BASE_URL: "" },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (build.status !== 0) {
    fs.rmSync(dist, { recursive: true, force: true });
    throw new Error(`the production build failed:\n${build.stdout}\n${build.stderr}`);
  }
  process.stdout.write(`[e2e] built in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  process.env.NIANBAO_E2E_DIST = dist;
  process.env.NIANBAO_E2E_DIST_TEMP = "1";
}
