// How the dev server serves: HTTPS with office-addin-dev-certs' localhost certificate where it is (or
// can be) trusted, otherwise plain HTTP with a message that says what to do. Word loads add-ins only
// over HTTPS, so the HTTP fallback is only good for looking at the pages in a browser.
"use strict";

const { DEV_PORT } = require("./addin-config");

/**
 * @typedef {{ type: "https", options: { ca: Buffer, cert: Buffer, key: Buffer } }} HttpsTransport
 * @typedef {{ type: "http", reason: string }} HttpTransport
 */

/**
 * @param {object} [deps]
 * @param {string} [deps.platform] process.platform
 * @param {Record<string, string | undefined>} [deps.env] process.env
 * @param {{ verifyCertificates(): boolean, getHttpsServerOptions(): Promise<{ ca: Buffer, cert: Buffer, key: Buffer }> }} [deps.devCerts]
 * @returns {Promise<HttpsTransport | HttpTransport>}
 */
async function devServerTransport({ platform = process.platform, env = process.env, devCerts } = {}) {
  if (env.DEV_SERVER_HTTP === "1") return { type: "http", reason: "DEV_SERVER_HTTP=1 is set." };
  let certs = devCerts;
  if (!certs) {
    try {
      certs = require("office-addin-dev-certs");
    } catch (err) {
      return { type: "http", reason: `office-addin-dev-certs could not be loaded (${firstLine(err)}).` };
    }
  }
  // On Windows and macOS, office-addin-dev-certs creates the certificate and asks the user (a
  // Windows dialog, the macOS password prompt) to trust it. On Linux that needs `sudo` and a
  // system CA store the Office web client's browser may not even use, so only use certificates
  // that are already installed and trusted.
  if (platform !== "win32" && platform !== "darwin") {
    let trusted = false;
    try {
      trusted = certs.verifyCertificates();
    } catch (err) {
      return {
        type: "http",
        reason: `the development certificate could not be checked (${firstLine(err)}).`,
      };
    }
    if (!trusted) {
      return { type: "http", reason: "no trusted development certificate for localhost is installed." };
    }
  }
  try {
    const { ca, cert, key } = await certs.getHttpsServerOptions();
    return { type: "https", options: { ca, cert, key } };
  } catch (err) {
    return {
      type: "http",
      reason: `the development certificate could not be installed (${firstLine(err)}).`,
    };
  }
}

function firstLine(err) {
  const text = err instanceof Error ? err.message : String(err);
  return text.split("\n")[0].trim();
}

/** The message printed when the dev server falls back to HTTP. */
function httpFallbackMessage(reason) {
  const rule = "=".repeat(78);
  return [
    rule,
    `  年报校对 dev server: plain HTTP at http://localhost:${DEV_PORT}/ — Word will NOT load it from here.`,
    `  Why: ${reason}`,
    "  Word loads add-ins only over HTTPS. To fix it, either:",
    "    • trust the development certificate once, as an administrator, then run `npm start` again:",
    "        Windows/macOS:  npx office-addin-dev-certs install",
    "        Linux:          sudo npx office-addin-dev-certs install   (and make your browser trust it)",
    "    • or build for production and host dist/ on an HTTPS server (IIS, nginx):",
    "        ADDIN_BASE_URL=https://your-server/nianbao/ npm run build",
    `  Meanwhile the pages can be looked at in a browser: http://localhost:${DEV_PORT}/taskpane.html`,
    rule,
  ].join("\n");
}

module.exports = { devServerTransport, httpFallbackMessage };
