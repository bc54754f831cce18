// What `npm start` needs to show the browser preview: its URL, whether there is a desktop to open a
// browser on, and the command that opens one. Pure functions (no process or network access).
"use strict";

const { DEV_PORT } = require("./addin-config");

/**
 * The preview's URL on the dev server.
 * @param {"http" | "https"} scheme
 * @returns {string}
 */
function previewUrl(scheme) {
  return `${scheme}://localhost:${DEV_PORT}/preview.html`;
}

/**
 * Whether a browser can be opened here: Windows and macOS have a desktop; elsewhere an X11 or
 * Wayland display must be set. BROWSER=none turns opening off everywhere.
 * @param {string} platform process.platform
 * @param {Record<string, string | undefined>} env process.env
 * @returns {boolean}
 */
function hasDesktop(platform, env) {
  if ((env.BROWSER || "").toLowerCase() === "none") return false;
  if (platform === "win32" || platform === "darwin") return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/**
 * The command that opens `url` in the default browser, or null where there is no desktop.
 * @param {string} platform process.platform
 * @param {string} url
 * @param {Record<string, string | undefined>} env process.env
 * @returns {{ command: string, args: string[] } | null}
 */
function browserCommand(platform, url, env) {
  if (!hasDesktop(platform, env)) return null;
  if (platform === "win32") return { command: "cmd", args: ["/c", "start", '""', url] };
  if (platform === "darwin") return { command: "open", args: [url] };
  return { command: "xdg-open", args: [url] };
}

/**
 * The lines that announce the preview, framed so that they stand out in the dev server's output.
 * @param {string} url
 * @returns {string}
 */
function previewBanner(url) {
  const lines = [
    "年报校对 in the browser (no Word needed) — open:",
    "",
    `    ${url}`,
    "",
    "It opens a sample report; choose or drop your own .docx there. The file is read in the",
    "browser and never leaves this computer. `?pane=320` shows the task pane 320 px wide.",
  ];
  const width = Math.max(...lines.map((l) => displayWidth(l)));
  const rule = "=".repeat(width + 4);
  return ["", rule, ...lines.map((l) => (l ? `  ${l}` : "")), rule, ""].join("\n");
}

/** Terminal columns of a string: CJK characters take two. */
function displayWidth(text) {
  let n = 0;
  for (const ch of text)
    n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
      ch,
    )
      ? 2
      : 1;
  return n;
}

module.exports = { previewUrl, hasDesktop, browserCommand, previewBanner };
