// A webpack loader for third-party code: rewrites the web addresses that libraries put in their
// error messages and comments into plain words, so that the built add-in holds no URL but the
// office.js origin, the add-in's own and XML namespaces (test/e2e/dist.e2e.ts checks it). Only the
// exact strings below are touched — each one was read in its library and is message text, never an
// address the code connects to. A new one in a dependency update fails that test: read it, then
// list it here (or fix the dependency).
"use strict";

/** [exact string in the library, what it becomes] */
const INERT_URLS = [
  // react-dom: "Minified React error #N; visit https://react.dev/errors/N for the full message"
  ["https://react.dev/errors/", "react.dev error code "],
  // jszip: the message when a file is not a zip ("see https://stuk.github.io/…/read_zip.html")
  ["https://stuk.github.io/jszip/documentation/howto/read_zip.html", "the JSZip documentation (read_zip)"],
  // docx: the message for more than nine list levels
  [
    "https://answers.microsoft.com/en-us/msoffice/forum/all/does-word-support-more-than-9-list-levels/d130fdcd-1781-446d-8c84-c6c79124e4d7",
    "Word's limit of nine list levels",
  ],
  // docx (bundled by rolldown): the message of its require() shim
  ["https://rolldown.rs/in-depth/bundling-cjs#require-external-modules", "the rolldown documentation"],
  // core-js (the lite pane's polyfills): its version record names its licence and source
  ["https://github.com/zloirock/core-js/blob/", "the core-js repository, file "],
  ["https://github.com/zloirock/core-js", "the core-js repository"],
];

/**
 * @param {string} source
 * @returns {string}
 */
function inertUrls(source) {
  let out = source;
  for (const [url, words] of INERT_URLS) if (out.includes(url)) out = out.split(url).join(words);
  return out;
}

module.exports = function inertUrlsLoader(source) {
  return inertUrls(source);
};
module.exports.inertUrls = inertUrls;
module.exports.INERT_URLS = INERT_URLS;
