// Webpack config of the 年报校对 WPS 加载项 (WPS 文字 JS add-in), separate from webpack.config.js.
//
//   npm run build:wps    dist-wps/nianbao-check_<version>/   the add-in folder WPS loads from jsaddons
//                        dist-wps/install-wps.{sh,ps1,cmd}   per-user installers (and uninstallers)
//
// WPS shows the pages from the add-in's folder on disk (file://) in its Chromium webview (104 on
// WPS 12): classic scripts only (no ES modules from file://), one script per page with everything
// inlined (no chunk loading, no fetch — file:// fetch is blocked), relative paths. The blank
// templates are also copied into templates/ for builds where WPS cannot write a temporary file.
"use strict";

const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const pkg = require("./package.json");

const ADDIN_NAME = pkg.name;
const FOLDER = `${ADDIN_NAME}_${pkg.version}`;
const OUT = path.resolve(__dirname, "dist-wps");
const ADDIN_DIR = path.join(OUT, FOLDER);

// Our code's JavaScript level: what Chromium 104 (WPS 12) runs. Dependencies are not transpiled.
const BROWSER_TARGET = "ES2020";

/** A page's Content-Security-Policy: its own files only, nothing from the network. */
function csp({ connect = "'none'" } = {}) {
  return [
    ["default-src", "'none'"],
    ["script-src", "'self' file:"],
    ["style-src", "'self' 'unsafe-inline' file:"],
    ["img-src", "'self' data: file:"],
    ["font-src", "'self' data: file:"],
    ["connect-src", connect],
    ["base-uri", "'none'"],
    ["form-action", "'none'"],
  ]
    .map(([name, value]) => `${name} ${value}`)
    .join("; ");
}

/** The add-in's manifest.xml, as Kingsoft's wpsjs template writes it. */
function manifestXml() {
  return `<?xml version="1.0" encoding="UTF-8"?>
<JsPlugin>
  <ApiVersion>1.0.0</ApiVersion>
  <Name>${ADDIN_NAME}</Name>
  <Version>${pkg.version}</Version>
  <Description>年报校对：检查政府信息公开工作年度报告的统计表和正文</Description>
</JsPlugin>
`;
}

/** Adds the blank templates (built by the compiled template module in lib/, see `npm run build:cli`). */
class TemplatesPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("TemplatesPlugin", (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        { name: "TemplatesPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        async () => {
          const modulePath = path.resolve(__dirname, "lib/src/template/index.js");
          if (!fs.existsSync(modulePath))
            throw new Error(
              "lib/src/template is missing: run `npm run build:cli` first (npm run build:wps does)",
            );
          const { buildTemplateDocx } = require(modulePath);
          for (const format of ["2021", "2019"]) {
            const bytes = await buildTemplateDocx(format);
            compilation.emitAsset(
              `templates/template-${format}.docx`,
              new webpack.sources.RawSource(Buffer.from(bytes)),
            );
          }
        },
      );
    });
  }
}

/** The installers are run as scripts: give them the executable bit after the build. */
class ExecutablePlugin {
  apply(compiler) {
    compiler.hooks.afterEmit.tap("ExecutablePlugin", () => {
      for (const name of fs.readdirSync(OUT))
        if (name.endsWith(".sh")) fs.chmodSync(path.join(OUT, name), 0o755);
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const dev = (argv.mode || "production") === "development";
  // A fresh dist-wps/ on every build: an older version's folder next to this one would confuse
  // the installer, which installs the folder it finds.
  if (!env.WEBPACK_WATCH) fs.rmSync(OUT, { recursive: true, force: true });
  const page = (template, name, chunks, options = {}) =>
    new HtmlWebpackPlugin({
      template,
      filename: name,
      chunks,
      scriptLoading: options.blocking ? "blocking" : "defer",
      inject: "head",
      csp: csp(options),
    });

  return {
    name: "wps",
    mode: dev ? "development" : "production",
    devtool: false,
    target: ["web", BROWSER_TARGET.toLowerCase()],
    entry: {
      main: "./src/wps/addin/main.ts",
      taskpane: "./src/wps/taskpane/index.tsx",
      diagnostics: "./src/wps/diagnostics/index.ts",
    },
    output: {
      // The add-in folder; the installers go next to it (dist-wps/), emitted as "../…".
      path: ADDIN_DIR,
      filename: "[name].js",
      publicPath: "",
      // Everything a page needs in its one classic script: WPS cannot fetch chunks from file://.
      asyncChunks: false,
      iife: true,
      module: false,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs", ".json"],
      fallback: { fs: false, path: false, stream: false, buffer: false, crypto: false, os: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: path.resolve(__dirname, "tsconfig.json"),
              compilerOptions: { target: BROWSER_TARGET, module: "esnext", sourceMap: false },
            },
          },
        },
        {
          // Web addresses in third-party messages become words: nothing in the add-in names a site.
          test: /\.[cm]?js$/,
          include: /node_modules/,
          enforce: "pre",
          use: path.resolve(__dirname, "scripts/inert-urls-loader.js"),
        },
      ],
    },
    plugins: [
      new webpack.DefinePlugin({ __NIANBAO_VERSION__: JSON.stringify(pkg.version) }),
      // The hidden page: its callbacks must exist before WPS calls OnAddinLoad, so a blocking script.
      page("./src/wps/addin/index.html", "index.html", ["main"], { blocking: true }),
      page("./src/wps/taskpane/taskpane.html", "taskpane.html", ["taskpane"]),
      page("./src/wps/diagnostics/diagnostics.html", "diagnostics.html", ["diagnostics"], {
        connect: "'self' file:",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "wps/ribbon.xml", to: "ribbon.xml" },
          { from: "wps/images/*.svg", to: "images/[name][ext]" },
          { from: "wps/diagnostics-module.js", to: "diagnostics-module.js" },
          { from: "src/wps/taskpane/wpsGate.js", to: "wps-gate.js" },
          { from: "wps/install/*", to: "../[name][ext]" },
        ],
      }),
      {
        apply(compiler) {
          compiler.hooks.thisCompilation.tap("ManifestPlugin", (compilation) => {
            compilation.hooks.processAssets.tap(
              { name: "ManifestPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
              () => compilation.emitAsset("manifest.xml", new webpack.sources.RawSource(manifestXml())),
            );
          });
        },
      },
      new TemplatesPlugin(),
      new ExecutablePlugin(),
    ],
    performance: { hints: false },
    optimization: { splitChunks: false, runtimeChunk: false },
  };
};

module.exports.FOLDER = FOLDER;
module.exports.ADDIN_NAME = ADDIN_NAME;
