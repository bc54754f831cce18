// A webpack loader for the lite pane's build (webpack.lite.config.js): rewrites the regular
// expressions of third-party code that Internet Explorer 11 cannot compile (lookbehind, the "s"
// flag, …) into ES5 code that finds the same. Only the exact strings below are touched, each read
// in its library; test/lite checks that no such expression is left in the bundle, so one added by
// a dependency update fails that test: read it, then list it here.
"use strict";

/** [file the string is in (path suffix), exact string, its ES5 replacement, why it is the same] */
const ES5_REGEXPS = [
  [
    "node_modules/docx/dist/index.mjs",
    'const pattern = /* @__PURE__ */ new RegExp("(?<=\\\\{\\\\{).+?(?=\\\\}\\\\})", "gs");\n' +
      "\treturn (_text$match = text.match(pattern)) !== null && _text$match !== void 0 ? _text$match : [];",
    [
      "var keys = [], p = 0, q;",
      "\twhile (p < text.length) {",
      '\t\tif (p >= 2 && text.charAt(p - 2) === "{" && text.charAt(p - 1) === "{" && (q = text.indexOf("}}", p + 1)) >= 0) {',
      "\t\t\tkeys.push(text.slice(p, q));",
      "\t\t\tp = q;",
      "\t\t} else p++;",
      "\t}",
      "\treturn keys;",
    ].join("\n"),
    // docx's findPatchKeys, used by patchDocument (which the add-in never calls): from each place
    // right after a "{{", the shortest run of one or more characters (newlines too: the "s" flag)
    // up to the next "}}"; the search goes on from that "}}" — a lookbehind consumes nothing, so
    // "{{{}}}" gives "{" and "}", as the original does. No regular expression at all.
  ],
];

/**
 * @param {string} source
 * @param {string} file
 * @returns {string}
 */
function es5RegExps(source, file) {
  let out = source;
  const path = file.split("\\").join("/");
  for (const [suffix, from, to] of ES5_REGEXPS) {
    if (!path.endsWith(suffix)) continue;
    if (!out.includes(from))
      throw new Error(
        `es5-regexp-loader: ${suffix} no longer holds the expression to rewrite: read it again`,
      );
    out = out.split(from).join(to);
  }
  return out;
}

module.exports = function es5RegExpLoader(source) {
  return es5RegExps(source, this.resourcePath);
};
module.exports.es5RegExps = es5RegExps;
module.exports.ES5_REGEXPS = ES5_REGEXPS;
