#!/usr/bin/env node
// `npm start`: serves the add-in on https://localhost:3000 (http where no trusted certificate) and
// prints the URL of the browser preview (preview.html: the task pane beside a .docx, no Word needed).
// Where office-addin-debugging can (Windows, macOS), it sideloads the add-in into Word desktop.
// Elsewhere (Linux) it keeps serving, opens the preview in a browser when there is a desktop, and
// says how to try the add-in in Word. Stops with Ctrl+C, or `npm stop` from another terminal.
"use strict";

const { spawn } = require("child_process");
const fs = require("fs");
const http = require("http");
const https = require("https");
const net = require("net");
const path = require("path");
const { DEV_PORT, canSideloadDesktop } = require("./addin-config");
const { PID_FILE, MANIFEST, officeAddinDebuggingCli } = require("./dev-process");
const { browserCommand, previewBanner, previewUrl } = require("./preview-launch");

const root = path.resolve(__dirname, "..");

function log(message) {
  console.log(`[nianbao] ${message}`);
}

function startDevServer() {
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [root] });
  return spawn(process.execPath, [cli, "serve", "--mode", "development"], { cwd: root, stdio: "inherit" });
}

function writePidFile(devServerPid) {
  fs.mkdirSync(path.dirname(PID_FILE), { recursive: true });
  fs.writeFileSync(PID_FILE, JSON.stringify({ start: process.pid, devServer: devServerPid }));
}

function removePidFile() {
  try {
    fs.unlinkSync(PID_FILE);
  } catch {
    // already gone
  }
}

/** Resolves once something listens on the dev port (or rejects after `timeoutMs`). */
function waitForPort(timeoutMs, isAlive) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (!isAlive()) return reject(new Error("the dev server stopped"));
      const socket = net.connect({ host: "localhost", port: DEV_PORT });
      socket.once("connect", () => {
        socket.destroy();
        resolve();
      });
      socket.once("error", () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`nothing listens on port ${DEV_PORT}`));
        else setTimeout(attempt, 1000);
      });
    };
    attempt();
  });
}

/** "https" when the dev server answers TLS, else "http" (no trusted certificate: see its message). */
function probeScheme() {
  return new Promise((resolve) => {
    const req = https.get(
      // Only to learn whether the local server speaks TLS: its certificate is checked by Word, not here.
      { host: "localhost", port: DEV_PORT, path: "/taskpane.html", rejectUnauthorized: false, timeout: 5000 },
      (res) => {
        res.resume();
        resolve("https");
      },
    );
    // The TLS handshake is the answer: the page itself waits for the first compilation.
    req.on("socket", (socket) => socket.once("secureConnect", () => resolve("https")));
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", () => resolve("http"));
  });
}

/**
 * Resolves once the dev server serves `url` (it holds requests until the first compilation is
 * done), so that what is printed next comes after webpack's own output; rejects after `timeoutMs`.
 */
function waitForPage(url, timeoutMs) {
  const client = url.startsWith("https:") ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.get(url, { rejectUnauthorized: false, timeout: timeoutMs }, (res) => {
      res.resume();
      if (res.statusCode === 200) resolve();
      else reject(new Error(`${url} answered ${res.statusCode}`));
    });
    req.on("timeout", () => req.destroy(new Error(`no answer from ${url}`)));
    req.on("error", reject);
  });
}

/** Opens the preview in the default browser where there is a desktop; says so either way. */
function openPreview(url) {
  const opener = browserCommand(process.platform, url, process.env);
  if (!opener) {
    log(
      "No desktop here (DISPLAY / WAYLAND_DISPLAY unset, or BROWSER=none): open the URL above in a browser.",
    );
    return;
  }
  try {
    const child = spawn(opener.command, opener.args, {
      detached: true,
      stdio: "ignore",
      windowsVerbatimArguments: process.platform === "win32",
    });
    child.on("error", (err) => log(`Could not open a browser (${err.message}): open the URL above.`));
    child.unref();
    log("Opening the preview in your browser…");
  } catch (err) {
    log(`Could not open a browser (${err.message}): open the URL above.`);
  }
}

function runSideload() {
  return new Promise((resolve) => {
    let cli;
    try {
      cli = officeAddinDebuggingCli();
    } catch (err) {
      resolve({ ok: false, detail: err.message });
      return;
    }
    const child = spawn(process.execPath, [cli, "start", MANIFEST, "desktop", "--app", "word"], {
      cwd: root,
      stdio: "inherit",
    });
    child.on("error", (err) => resolve({ ok: false, detail: err.message }));
    child.on("exit", (code) =>
      resolve({ ok: code === 0, detail: `office-addin-debugging exited with ${code}` }),
    );
  });
}

function manualInstructions(scheme) {
  const url = `${scheme}://localhost:${DEV_PORT}/`;
  const lines = [
    "",
    `年报校对 is being served at ${url} — press Ctrl+C (or run \`npm stop\`) to stop.`,
    scheme === "http"
      ? "This is plain HTTP (see the message above): Word will not load the add-in until it is served over HTTPS."
      : `Check that this computer trusts the certificate: open ${url}taskpane.html in the browser.`,
    "",
    "To try the add-in in Word:",
    "  • Word desktop (Windows or Mac — what users have, e.g. Word 2019/2021): run `npm start` there and it",
    "    sideloads itself. On Windows you can also put manifest.xml in a network share, add the share under",
    "    File → Options → Trust Center → Trusted Add-in Catalogs, and add it from Insert → My Add-ins → Shared Folder.",
    "    The ribbon group 年报校对 (检查年报, 插入空白模板) on the Home tab is best checked there.",
    "  • Word on the web: Insert → Add-ins → Upload My Add-in → choose manifest.xml from this folder.",
    "    Word on the web keeps the document in Microsoft 365: use a test document, never a real draft.",
    "    There the buttons appear on the Home tab or under the Add-ins button, depending on the version.",
    "",
  ];
  return lines.join("\n");
}

async function main() {
  const devServer = startDevServer();
  let alive = true;
  writePidFile(devServer.pid);

  const stop = (signal) => {
    if (alive) devServer.kill(signal);
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  devServer.on("exit", (code, signal) => {
    alive = false;
    removePidFile();
    process.exit(code ?? (signal ? 0 : 1));
  });

  try {
    await waitForPort(180000, () => alive);
  } catch (err) {
    log(`The dev server did not start: ${err.message}`);
    stop("SIGTERM");
    return;
  }
  const scheme = await probeScheme();
  const preview = previewUrl(scheme);
  try {
    await waitForPage(preview, 180000);
  } catch (err) {
    log(`The preview is not served yet (${err.message}); it should be at ${preview}.`);
  }

  if (scheme === "https" && canSideloadDesktop(process.platform)) {
    console.log(previewBanner(preview));
    log("Sideloading into Word desktop with office-addin-debugging…");
    const result = await runSideload();
    if (result.ok) {
      log("Word should open with the add-in: Home tab → 年报校对. `npm stop` removes the sideloaded add-in.");
      log(`Without Word, the same pane runs in the browser preview: ${preview}`);
      return;
    }
    log(`Sideloading failed (${result.detail}); the dev server keeps running.`);
  } else if (canSideloadDesktop(process.platform)) {
    log("Not sideloading: Word needs HTTPS (see the message above).");
  } else {
    log(
      `office-addin-debugging cannot sideload into Word on ${process.platform}; the dev server keeps running.`,
    );
  }
  console.log(manualInstructions(scheme));
  // Last, so that it is what the terminal shows: the product working, on the sample, in a browser.
  console.log(previewBanner(preview));
  openPreview(preview);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
