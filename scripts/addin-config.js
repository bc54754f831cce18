// Build settings of the Word add-in, shared by webpack.config.js, the start script and the tests.
// Everything here is a constant or a pure function: no file or network access.
"use strict";

/** Where the dev server serves the add-in; manifest.xml in the repository uses these URLs. */
const DEV_PORT = 3000;
const DEV_ORIGIN = `https://localhost:${DEV_PORT}`;
const DEV_BASE_URL = `${DEV_ORIGIN}/`;

/**
 * Office's own office.js. It is never bundled: a `<script>` in `<head>` loads it, and office.js then
 * loads its host files from the same folder. In a closed network, mirror the whole CDN folder
 * unmodified and point OFFICE_JS_URL at the mirror (an https URL, or a path on the add-in's own server).
 */
const DEFAULT_OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** The PNG sizes rendered from assets/icon.svg (16/32/80 for the ribbon, 64/128 for the add-in list). */
const ICON_SIZES = [16, 32, 64, 80, 128];

// Characters that must not reach an XML attribute or an HTML attribute unescaped.
const UNSAFE_IN_ATTRIBUTE = /["'<>&\s\\]/;

/**
 * Checks and normalises the base URL the add-in is hosted at (ADDIN_BASE_URL): absolute https, no
 * query, fragment or credentials, ending with "/".
 * @param {string} raw
 * @returns {string}
 */
function normaliseBaseUrl(raw) {
  let url;
  try {
    url = new URL(String(raw).trim());
  } catch {
    throw new Error(
      `ADDIN_BASE_URL must be an absolute https URL, e.g. https://intranet.example/nianbao/ (got "${raw}")`,
    );
  }
  if (url.protocol !== "https:") {
    throw new Error(`ADDIN_BASE_URL must use https: Word loads add-ins only over https (got "${raw}")`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`ADDIN_BASE_URL must not have a query, a fragment or credentials (got "${raw}")`);
  }
  const base = url.origin + (url.pathname.endsWith("/") ? url.pathname : `${url.pathname}/`);
  if (UNSAFE_IN_ATTRIBUTE.test(base)) {
    throw new Error(`ADDIN_BASE_URL contains characters that cannot go into the manifest (got "${raw}")`);
  }
  return base;
}

// A dev URL in the manifest: the origin, optionally followed by a path (up to a quote, "<" or space).
const DEV_URL = /https:\/\/localhost:3000(\/[^"'<>\s]*)?/g;

/**
 * The production manifest: every https://localhost:3000 URL rewritten to the hosting base URL, and
 * nothing else changed. A bare origin (the AppDomain) becomes the base URL's origin.
 * @param {string} xml manifest.xml as in the repository
 * @param {string} baseUrl ADDIN_BASE_URL
 * @returns {string}
 */
function rewriteManifest(xml, baseUrl) {
  const base = normaliseBaseUrl(baseUrl);
  const origin = new URL(base).origin;
  const out = xml.replace(DEV_URL, (_match, path) => (path ? base + path.slice(1) : origin));
  if (/localhost|127\.0\.0\.1/.test(out)) {
    throw new Error(
      "manifest.xml still names localhost after the rewrite: use https://localhost:3000 for dev URLs",
    );
  }
  return out;
}

/**
 * The office.js URL for the HTML pages: OFFICE_JS_URL, or Office's CDN. Absolute URLs must be https;
 * a path (e.g. "office-js/office.js") means a mirror served with the add-in itself.
 * @param {string | undefined} value
 * @returns {string}
 */
function resolveOfficeJsUrl(value) {
  const raw = value === undefined || value.trim() === "" ? DEFAULT_OFFICE_JS_URL : value.trim();
  if (UNSAFE_IN_ATTRIBUTE.test(raw))
    throw new Error(`OFFICE_JS_URL contains unsafe characters (got "${raw}")`);
  if (/^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith("//")) {
    const url = new URL(raw.startsWith("//") ? `https:${raw}` : raw);
    if (url.protocol !== "https:") throw new Error(`OFFICE_JS_URL must be https or a path (got "${raw}")`);
    return url.href;
  }
  return raw;
}

/** Where the build with OFFICE_JS=bundled puts office.js, relative to the pages (the add-in's own origin). */
const BUNDLED_OFFICE_JS_DIR = "office-js";

/**
 * The files of the npm package @microsoft/office-js that Word needs, as globs in its dist/ folder:
 * office.js, Word's host scripts for every platform (Windows, Mac, the web, iPad, Office 2013's
 * mapping table), and the strings office.js loads for the display language (every language: a
 * missing one would fall back to English only after a failed request). Not the debug builds, the
 * other applications' scripts, or Office's own telemetry scripts (office.js goes on without them).
 */
const BUNDLED_OFFICE_JS_FILES = [
  "office.js",
  "o15apptofilemappingtable.js",
  "word-*.js",
  "wordios-*.js",
  "*/office_strings.js",
];

/**
 * How the pages load office.js: from OFFICE_JS_URL (Office's CDN by default), or with OFFICE_JS=bundled
 * from a copy of @microsoft/office-js shipped in dist/office-js/ (a closed network then needs no mirror).
 * @param {{ OFFICE_JS?: string, OFFICE_JS_URL?: string }} env
 * @returns {{ url: string, bundled: boolean }}
 */
function resolveOfficeJs(env) {
  const mode = (env.OFFICE_JS ?? "").trim().toLowerCase();
  if (mode === "" || mode === "cdn") return { url: resolveOfficeJsUrl(env.OFFICE_JS_URL), bundled: false };
  if (mode !== "bundled") throw new Error(`OFFICE_JS must be "bundled" or unset (got "${env.OFFICE_JS}")`);
  if ((env.OFFICE_JS_URL ?? "").trim() !== "")
    throw new Error("OFFICE_JS=bundled ships office.js with the add-in: do not set OFFICE_JS_URL as well");
  return { url: `${BUNDLED_OFFICE_JS_DIR}/office.js`, bundled: true };
}

/**
 * The origin to allow in the CSP for office.js, or null when it is served from the add-in's own
 * origin (a relative path, covered by 'self').
 * @param {string} officeJsUrl as returned by resolveOfficeJsUrl
 * @returns {string | null}
 */
function officeJsOrigin(officeJsUrl) {
  if (!/^https:\/\//i.test(officeJsUrl)) return null;
  return new URL(officeJsUrl).origin;
}

/**
 * The Content-Security-Policy of the add-in's pages (set by a <meta> tag):
 * - scripts and frames only from the add-in's own origin and office.js's origin (office.js loads its
 *   host scripts from its own folder and may open its host frames from there); no inline scripts, no eval;
 * - connect-src 'self': the pane talks to nothing but its own server, so a draft cannot leave the machine
 *   through fetch/XHR/WebSocket;
 * - style-src 'unsafe-inline': Fluent UI (Griffel) inserts <style> elements at run time;
 * - images from the add-in and data: URLs; fonts from the add-in; no plugins; <base> pinned.
 * For a page without office.js (help.html), pass `officeJs: false`: no scripts and no frames at all.
 * For the browser preview (no office.js, its own script, the pane in a same-origin frame), pass
 * `officeJs: false, ownScripts: true`: scripts and frames from 'self' only.
 * @param {{ officeJsUrl?: string, officeJs?: boolean, ownScripts?: boolean }} options
 * @returns {string}
 */
function buildCsp({ officeJsUrl = DEFAULT_OFFICE_JS_URL, officeJs = true, ownScripts = false } = {}) {
  const office = officeJs ? officeJsOrigin(resolveOfficeJsUrl(officeJsUrl)) : null;
  const withOffice = ["'self'", ...(office ? [office] : [])].join(" ");
  const scripts = officeJs ? withOffice : ownScripts ? "'self'" : "'none'";
  const directives = [
    ["default-src", "'self'"],
    ["script-src", scripts],
    ["style-src", "'self' 'unsafe-inline'"],
    ["img-src", "'self' data:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["frame-src", scripts],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
  ];
  return directives.map(([name, value]) => `${name} ${value}`).join("; ");
}

/**
 * Where `npm start` can sideload into Word with office-addin-debugging: Windows and macOS desktops.
 * Elsewhere (Linux) it only serves, and the user uploads the manifest in Word on the web.
 * @param {string} platform process.platform
 * @returns {boolean}
 */
function canSideloadDesktop(platform) {
  return platform === "win32" || platform === "darwin";
}

module.exports = {
  DEV_PORT,
  DEV_ORIGIN,
  DEV_BASE_URL,
  DEFAULT_OFFICE_JS_URL,
  ICON_SIZES,
  normaliseBaseUrl,
  rewriteManifest,
  resolveOfficeJsUrl,
  resolveOfficeJs,
  BUNDLED_OFFICE_JS_DIR,
  BUNDLED_OFFICE_JS_FILES,
  officeJsOrigin,
  buildCsp,
  canSideloadDesktop,
};
