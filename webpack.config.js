// Webpack config of the 年报校对 Word add-in (the shape of the yo office React template).
//
//   npm run build        production build into dist/ (static files for any HTTPS server)
//                        ADDIN_BASE_URL=https://host/path/  rewrites the manifest's URLs to where dist/ is hosted
//   npm run build:dev    development build into dist/ (manifest as is)
//   npm run dev-server   https://localhost:3000 (plain http with a message where no trusted certificate)
//
//   dist/preview.html    the browser preview: the task pane beside a rendering of a .docx (no Word, no office.js)
//   dist/diagnostics.html  probes of Word's behaviour, opened in the task pane (a JSON summary for support)
//
// OFFICE_JS_URL (default Office's CDN) is where the pages load office.js from. OFFICE_JS=bundled ships
// office.js with the add-in instead: the files Word needs are copied unmodified from the npm package
// @microsoft/office-js into dist/office-js/ and loaded from there (never bundled through webpack:
// office.js loads its host files from its own folder, and must be a <script> in <head>).
"use strict";

const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const {
  DEV_PORT,
  BUNDLED_OFFICE_JS_DIR,
  BUNDLED_OFFICE_JS_FILES,
  buildCsp,
  resolveOfficeJs,
  rewriteManifest,
  normaliseBaseUrl,
} = require("./scripts/addin-config");
const { devServerTransport, httpFallbackMessage } = require("./scripts/dev-https");

// The JavaScript level our own code is compiled to (ES2017: no object spread or optional chaining,
// which Edge Legacy lacks). Dependencies are not transpiled: Fluent UI 9 (tabster, keyborg) ships
// ES2020–2022 syntax such as optional chaining and class static blocks, so the task pane as a whole
// needs a current webview (WebView2; Safari 16.4+ on a Mac). `npm run build` prints each file's level.
// Older webviews (IE11 in Office 2016/2019, legacy Edge) get a message instead: webviewGate.js.
const BROWSER_TARGET = "ES2017";

/** Copy patterns for OFFICE_JS=bundled: the files of @microsoft/office-js that Word needs, unmodified. */
function bundledOfficeJsPatterns() {
  let packageDir;
  try {
    packageDir = path.dirname(require.resolve("@microsoft/office-js/package.json"));
  } catch {
    throw new Error(
      "OFFICE_JS=bundled needs the npm package @microsoft/office-js (a devDependency): run npm ci first",
    );
  }
  // info.minimized: copied as they are, never minified again or rewritten.
  const info = { minimized: true };
  return [
    ...BUNDLED_OFFICE_JS_FILES.map((glob) => ({
      from: glob,
      context: path.join(packageDir, "dist"),
      to: `${BUNDLED_OFFICE_JS_DIR}/[path][name][ext]`,
      globOptions: { ignore: ["**/*.debug.js"] },
      info,
    })),
    { from: path.join(packageDir, "LICENSE.md"), to: `${BUNDLED_OFFICE_JS_DIR}/LICENSE.md`, info },
  ];
}

module.exports = async (env = {}, argv = {}) => {
  const dev = (argv.mode || "production") === "development";
  const officeJs = resolveOfficeJs(process.env);
  const officeJsUrl = officeJs.url;
  const baseUrl = !dev && process.env.ADDIN_BASE_URL ? normaliseBaseUrl(process.env.ADDIN_BASE_URL) : null;
  if (!dev && !baseUrl && env.WEBPACK_BUILD) {
    console.warn(
      "\n[nianbao] ADDIN_BASE_URL is not set: dist/manifest.xml keeps the https://localhost:3000/ URLs.\n" +
        "          To deploy, build with e.g. ADDIN_BASE_URL=https://intranet.example/nianbao/ npm run build\n",
    );
  }

  // An HTML page of the add-in: CSP <meta> and the office.js <script> come from these options (see
  // the templates); webpack adds the page's own scripts as deferred <script src> tags (never inline).
  const page = (template, filename, chunks, withOfficeJs, cspOptions = {}) =>
    new HtmlWebpackPlugin({
      template,
      filename,
      chunks,
      scriptLoading: "defer",
      csp: buildCsp({ officeJsUrl, officeJs: withOfficeJs, ...cspOptions }),
      officeJsUrl,
    });

  const config = {
    mode: dev ? "development" : "production",
    // No eval (the CSP forbids it); production ships no source maps at all.
    devtool: dev ? "source-map" : false,
    target: ["web", "es2017"],
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      // The browser preview: the same pane beside a rendering of a .docx, without Word or office.js.
      preview: "./src/preview/index.tsx",
      // Probes of Word's behaviour on the user's machine, with a JSON summary for support (README).
      diagnostics: "./src/diagnostics/index.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs", ".json"],
      // The engine's browser-safe libraries (jszip's browser build, docx, saxes) need none of Node's
      // built-ins; make any stray reference resolve to an empty module instead of failing the build.
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
              // Type checking is `npm run typecheck`; the bundle only needs the JavaScript.
              transpileOnly: true,
              configFile: path.resolve(__dirname, "tsconfig.json"),
              compilerOptions: {
                target: BROWSER_TARGET,
                // ES modules, so that webpack can tree-shake and split dynamic import()s into chunks.
                module: "esnext",
                sourceMap: dev,
              },
            },
          },
        },
        {
          // Web addresses in third-party messages become words: nothing in dist/ names another site.
          test: /\.[cm]?js$/,
          include: /node_modules/,
          enforce: "pre",
          use: path.resolve(__dirname, "scripts/inert-urls-loader.js"),
        },
      ],
    },
    plugins: [
      page("./src/taskpane/taskpane.html", "taskpane.html", ["taskpane"], true),
      page("./src/commands/commands.html", "commands.html", ["commands"], true),
      page("./src/help/help.html", "help.html", [], false),
      page("./src/preview/preview.html", "preview.html", ["preview"], false, { ownScripts: true }),
      // The pane's frame in the preview: no script of its own (preview.html renders into it).
      page("./src/preview/pane.html", "preview-pane.html", [], false),
      page("./src/diagnostics/diagnostics.html", "diagnostics.html", ["diagnostics"], true),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          // ES5, loaded before the bundle: tells users of IE11 / legacy Edge webviews what to do.
          { from: "src/taskpane/webviewGate.js", to: "webview-gate.js" },
          // The preview's stylesheets, and the sample report it opens by default (kept in git once,
          // under test/fixtures).
          { from: "src/preview/*.css", to: "[name][ext]" },
          { from: "test/fixtures/samples/liuying-2019.docx", to: "samples/[name][ext]" },
          ...(officeJs.bundled ? bundledOfficeJsPatterns() : []),
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform: (content) => (baseUrl ? rewriteManifest(content.toString("utf8"), baseUrl) : content),
          },
        ],
      }),
    ],
    performance: {
      // scripts/bundle-size.js reports gzip sizes against the budget after the build.
      hints: false,
    },
    devServer: {
      port: DEV_PORT,
      host: "localhost",
      // Same-origin only: no Access-Control-Allow-Origin header.
      allowedHosts: ["localhost", "127.0.0.1"],
      hot: true,
      static: false,
      client: { overlay: { warnings: false, errors: true } },
    },
  };

  if (env.WEBPACK_SERVE) {
    const transport = await devServerTransport();
    if (transport.type === "https") {
      config.devServer.server = { type: "https", options: transport.options };
    } else {
      config.devServer.server = "http";
      console.warn(`\n${httpFallbackMessage(transport.reason)}\n`);
    }
  }

  return config;
};
