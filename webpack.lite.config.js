// Webpack config of the lite task pane (src/lite): the pane for Office 2016 and 2019 (volume
// licence), which show add-ins in Internet Explorer 11. Everything in it — our code, the engine, the
// Word adapter, and the libraries they use — is compiled to ES5 by Babel, with the core-js
// polyfills the code uses (`useBuiltIns: "usage"`); test/lite checks the output with an ES5 parser
// and in a window without the APIs IE11 lacks.
//
//   npm run build                                      builds this after webpack.config.js (same dist/)
//   npx webpack --config webpack.lite.config.js --mode production   on its own
//
//   dist/lite.html       the lite pane (webview-gate.js sends IE11 and legacy Edge here from taskpane.html)
//   dist/lite.*.js       its script; the blank template's writer (`docx`) is a chunk loaded on demand
"use strict";

const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { buildCsp, resolveOfficeJs } = require("./scripts/addin-config");

/** What IE11 can run: ES5 syntax; the APIs it lacks come from core-js. */
const BABEL_OPTIONS = {
  // The libraries are a mix of ES modules and CommonJS.
  sourceType: "unambiguous",
  babelrc: false,
  configFile: false,
  compact: false,
  presets: [
    [
      "@babel/preset-env",
      {
        targets: { ie: "11" },
        useBuiltIns: "usage",
        corejs: require("core-js/package.json").version,
        // webpack keeps the ES modules (tree shaking, import() chunks).
        modules: false,
        // No URL constructor polyfill: nothing the lite pane runs constructs a URL. The one use of
        // `URL` in what it bundles is fflate's URL.createObjectURL for its worker (async APIs the
        // pane never calls), which IE11 has. The polyfill would add 29 KB and test-only addresses.
        exclude: [/^web\.url/],
      },
    ],
  ],
};

module.exports = (env = {}, argv = {}) => {
  const dev = (argv.mode || "production") === "development";
  // Where lite.html loads office.js from, as the add-in's pages do (OFFICE_JS_URL, or OFFICE_JS=bundled:
  // the copy webpack.config.js puts in dist/office-js/, built first into the same folder).
  const officeJsUrl = resolveOfficeJs(process.env).url;

  return {
    name: "lite",
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    // The webpack runtime itself in ES5 too.
    target: ["web", "es5"],
    entry: { lite: "./src/lite/index.ts" },
    output: {
      path: path.resolve(__dirname, env.outputPath || "dist"),
      filename: dev ? "lite.js" : "lite.[contenthash:8].js",
      chunkFilename: dev ? "lite-[name].js" : "lite-[name].[contenthash:8].js",
      // Chunks sit beside lite.html: relative URLs (IE11 has no document.currentScript).
      publicPath: "",
      // webpack.config.js builds first into the same folder and cleans it.
      clean: false,
    },
    resolve: {
      extensions: [".ts", ".js", ".mjs", ".json"],
      fallback: { fs: false, path: false, stream: false, buffer: false, crypto: false, os: false },
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: [
            { loader: "babel-loader", options: BABEL_OPTIONS },
            {
              loader: "ts-loader",
              options: {
                // Type checking is `npm run typecheck`.
                transpileOnly: true,
                configFile: path.resolve(__dirname, "tsconfig.json"),
                compilerOptions: { target: "ES2017", module: "esnext", sourceMap: dev },
              },
            },
          ],
        },
        {
          // Libraries ship ES2015–ES2022 (docx, saxes): compiled like our code. core-js is the
          // polyfill itself, and webpack's own modules are already ES5.
          test: /\.[cm]?js$/,
          include: /node_modules/,
          exclude: /node_modules[\\/](core-js|webpack)[\\/]/,
          use: { loader: "babel-loader", options: BABEL_OPTIONS },
        },
        {
          // Web addresses in third-party messages become words: nothing in dist/ names another site.
          test: /\.[cm]?js$/,
          include: /node_modules/,
          enforce: "pre",
          use: path.resolve(__dirname, "scripts/inert-urls-loader.js"),
        },
        {
          // Regular expressions IE11 cannot compile (lookbehind, the "s" flag), rewritten in ES5.
          test: /\.[cm]?js$/,
          include: /node_modules[\\/]docx[\\/]/,
          enforce: "pre",
          use: path.resolve(__dirname, "scripts/es5-regexp-loader.js"),
        },
        {
          // The pane's stylesheet, inserted by the script (one file to cache, no flash of unstyled text).
          test: /\.css$/,
          type: "asset/source",
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        template: "./src/lite/lite.html",
        filename: "lite.html",
        chunks: ["lite"],
        scriptLoading: "defer",
        csp: buildCsp({ officeJsUrl, officeJs: true }),
        officeJsUrl,
      }),
    ],
    performance: { hints: false },
  };
};
