/**
 * webpack.config.js as data: its options are checked here without running webpack (slow).
 */
import fs from "fs";
import path from "path";
import { buildCsp, rewriteManifest } from "../../scripts/addin-config";

jest.mock("../../scripts/dev-https", () => ({
  devServerTransport: async () => ({ type: "http", reason: "a test." }),
  httpFallbackMessage: (reason: string) => `HTTP FALLBACK: ${reason}`,
}));

interface HtmlPlugin {
  constructor: { name: string };
  userOptions: { filename: string; template: string; chunks: string[]; csp: string; officeJsUrl: string };
}
interface CopyPattern {
  from: string;
  to: string;
  context?: string;
  globOptions?: { ignore?: string[] };
  info?: { minimized?: boolean };
  transform?: (content: Buffer) => Buffer | string;
}
interface Config {
  mode: string;
  devtool: string | false;
  target: string[];
  entry: Record<string, string>;
  output: { path: string; filename: string; chunkFilename: string };
  resolve: { fallback: Record<string, false> };
  module: {
    rules: Array<{
      use: { loader: string; options: { transpileOnly: boolean; compilerOptions: Record<string, unknown> } };
    }>;
  };
  plugins: Array<HtmlPlugin | { constructor: { name: string }; patterns?: CopyPattern[] }>;
  devServer: {
    port: number;
    host: string;
    headers?: Record<string, string>;
    server?: unknown;
    allowedHosts: string[];
  };
}

const root = path.resolve(__dirname, "..", "..");
const manifest = fs.readFileSync(path.join(root, "manifest.xml"));

async function load(
  mode: "production" | "development",
  env: Record<string, string | undefined>,
  webpackEnv = { WEBPACK_BUILD: true },
) {
  const saved = {
    ADDIN_BASE_URL: process.env.ADDIN_BASE_URL,
    OFFICE_JS_URL: process.env.OFFICE_JS_URL,
    OFFICE_JS: process.env.OFFICE_JS,
  };
  const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
  try {
    for (const [k, v] of Object.entries({
      ADDIN_BASE_URL: undefined,
      OFFICE_JS_URL: undefined,
      OFFICE_JS: undefined,
      ...env,
    })) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS, loaded afresh under each environment
    const make = require("../../webpack.config.js") as (env: object, argv: object) => Promise<Config>;
    let config: Config;
    try {
      config = await make(webpackEnv, { mode });
    } catch (err) {
      const message = (err as { message?: string }).message ?? String(err);
      if (/Cannot find module 'ajv\//.test(message)) {
        throw new Error(
          "The installed node_modules cannot run webpack: schema-utils (used by copy-webpack-plugin and " +
            "webpack-dev-server) loads ajv-keywords, which needs ajv 8, but the top-level ajv is 6 (eslint's). " +
            `Add "ajv": "^8.17.1" to devDependencies and reinstall. (${message.split("\n")[0]})`,
        );
      }
      throw err;
    }
    return { config, warnings: warn.mock.calls.map((c) => String(c[0])) };
  } finally {
    warn.mockRestore();
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

const htmlPlugins = (c: Config) =>
  c.plugins.filter((p): p is HtmlPlugin => p.constructor.name === "HtmlWebpackPlugin");
const copyPatterns = (c: Config) => {
  const copy = c.plugins.find((p) => p.constructor.name === "CopyPlugin") as
    { patterns: CopyPattern[] } | undefined;
  if (!copy) throw new Error("no CopyWebpackPlugin");
  return copy.patterns;
};
const manifestPattern = (c: Config) => {
  const p = copyPatterns(c).find((x) => x.from === "manifest*.xml");
  if (!p?.transform) throw new Error("no manifest pattern with a transform");
  return p.transform;
};

describe("webpack.config.js", () => {
  it("builds the four entries for the browser (the add-in's two, the preview, the diagnostics), type checking left to tsc", async () => {
    const { config } = await load("production", {});
    expect(config.mode).toBe("production");
    expect(config.entry).toEqual({
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      preview: "./src/preview/index.tsx",
      diagnostics: "./src/diagnostics/index.ts",
    });
    expect(config.target).toContain("web");
    const ts = config.module.rules[0].use;
    expect(ts.loader).toBe("ts-loader");
    expect(ts.options.transpileOnly).toBe(true);
    // ES modules, or webpack cannot split `import()` into lazily loaded chunks.
    expect(ts.options.compilerOptions.module).toBe("esnext");
    expect(Object.keys(config.resolve.fallback).sort()).toEqual([
      "buffer",
      "crypto",
      "fs",
      "os",
      "path",
      "stream",
    ]);
  });

  it("production: content-hashed files in dist/, no source maps", async () => {
    const { config, warnings } = await load("production", {});
    expect(config.output.path).toBe(path.join(root, "dist"));
    expect(config.output.filename).toContain("[contenthash");
    expect(config.output.chunkFilename).toContain("[contenthash");
    expect(config.devtool).toBe(false);
    expect(warnings.join("\n")).toMatch(/ADDIN_BASE_URL is not set/);
  });

  it("development: source maps without eval (the CSP forbids eval)", async () => {
    const { config } = await load("development", {});
    expect(config.devtool).toBe("source-map");
    expect(String(config.devtool)).not.toContain("eval");
  });

  it("makes the six pages with the CSP and the office.js URL, which follow OFFICE_JS_URL", async () => {
    const { config } = await load("production", {});
    const pages = htmlPlugins(config).map((p) => p.userOptions);
    expect(pages.map((p) => [p.template, p.filename, p.chunks])).toEqual([
      ["./src/taskpane/taskpane.html", "taskpane.html", ["taskpane"]],
      ["./src/commands/commands.html", "commands.html", ["commands"]],
      ["./src/help/help.html", "help.html", []],
      ["./src/preview/preview.html", "preview.html", ["preview"]],
      ["./src/preview/pane.html", "preview-pane.html", []],
      ["./src/diagnostics/diagnostics.html", "diagnostics.html", ["diagnostics"]],
    ]);
    // The preview: its own scripts and its pane's frame, from 'self' only, and no office.js at all;
    // the pane's frame has no script of its own.
    expect(pages[3].csp).toBe(buildCsp({ officeJs: false, ownScripts: true }));
    expect(pages[4].csp).toBe(buildCsp({ officeJs: false }));
    const office = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
    expect(pages[0].csp).toBe(buildCsp({ officeJsUrl: office }));
    expect(pages[0].officeJsUrl).toBe(office);
    expect(pages[2].csp).toBe(buildCsp({ officeJs: false }));
    expect(pages[5].csp).toBe(buildCsp({ officeJsUrl: office })); // diagnostics: office.js, like the pane

    const mirror = "https://mirror.intranet.example/office-js/office.js";
    const withMirror = htmlPlugins((await load("production", { OFFICE_JS_URL: mirror })).config).map(
      (p) => p.userOptions,
    );
    expect(withMirror[0].officeJsUrl).toBe(mirror);
    expect(withMirror[1].csp).toBe(buildCsp({ officeJsUrl: mirror }));
    expect(withMirror[1].csp).toContain("https://mirror.intranet.example");
    expect(withMirror[1].csp).not.toContain("appsforoffice");
  });

  it("copies the assets and the manifest, rewriting the manifest's URLs only in production with ADDIN_BASE_URL", async () => {
    const base = "https://intranet.example/nianbao/";
    const prod = (await load("production", { ADDIN_BASE_URL: base })).config;
    expect(copyPatterns(prod).map((p) => p.from)).toEqual([
      "assets/*",
      "src/taskpane/webviewGate.js",
      "src/preview/*.css",
      "test/fixtures/samples/liuying-2019.docx",
      "manifest*.xml",
    ]);
    // The preview's sample report, where src/preview/openDocument.ts fetches it.
    expect(copyPatterns(prod).find((p) => p.from.endsWith(".docx"))?.to).toBe("samples/[name][ext]");
    expect(String(manifestPattern(prod)(manifest))).toBe(rewriteManifest(manifest.toString("utf8"), base));

    const unset = (await load("production", {})).config;
    expect(manifestPattern(unset)(manifest)).toBe(manifest);
    const dev = (await load("development", { ADDIN_BASE_URL: base })).config;
    expect(manifestPattern(dev)(manifest)).toBe(manifest);

    await expect(load("production", { ADDIN_BASE_URL: "http://intranet.example/" })).rejects.toThrow(/https/);
  });

  it("OFFICE_JS=bundled: office.js and only Word's files of @microsoft/office-js, loaded from the add-in's own origin", async () => {
    const { config } = await load("production", { OFFICE_JS: "bundled" });
    const pages = htmlPlugins(config).map((p) => p.userOptions);
    for (const page of [pages[0], pages[1]]) {
      expect(page.officeJsUrl).toBe("office-js/office.js");
      expect(page.csp).toBe(buildCsp({ officeJsUrl: "office-js/office.js" }));
      expect(page.csp).toContain("script-src 'self';");
      expect(page.csp).not.toContain("https:");
    }
    const patterns = copyPatterns(config).filter((p) => p.to.startsWith("office-js/"));
    expect(patterns.length).toBeGreaterThan(1);
    // Copied as they are: never minified or rewritten.
    for (const p of patterns) expect(p.info?.minimized).toBe(true);
    // What the globs pick in the installed package: office.js, Word's scripts, the strings; nothing else.
    const picked: string[] = [];
    for (const p of patterns.filter((x) => x.context)) {
      const dir = p.context as string;
      const re = new RegExp(`^${p.from.replace(/[.]/g, "\\.").replace(/\*/g, "[^/]*")}$`);
      const all = fs
        .readdirSync(dir, { recursive: true, encoding: "utf8" })
        .map((f) => f.split(path.sep).join("/"));
      picked.push(...all.filter((f) => re.test(f) && !f.endsWith(".debug.js")));
    }
    expect(picked).toContain("office.js");
    expect(picked).toContain("word-win32-16.01.js");
    expect(picked).toContain("word-web-16.00.js");
    expect(picked).toContain("zh-cn/office_strings.js");
    expect(picked).toContain("en-us/office_strings.js");
    for (const f of picked)
      expect(f).toMatch(
        /^(office\.js|o15apptofilemappingtable\.js|word(ios)?-[\d.a-z-]+\.js|[a-z0-9-]+\/office_strings\.js)$/,
      );

    await expect(
      load("production", { OFFICE_JS: "bundled", OFFICE_JS_URL: "https://x.example/office.js" }),
    ).rejects.toThrow(/OFFICE_JS_URL/);
    await expect(load("production", { OFFICE_JS: "cdn-please" })).rejects.toThrow(/OFFICE_JS must be/);
    // Unset: no copy of office.js.
    const cdn = (await load("production", {})).config;
    expect(copyPatterns(cdn).some((p) => p.to.startsWith("office-js/"))).toBe(false);
  });

  it("dev server: localhost:3000, same-origin only, HTTP fallback with its message", async () => {
    const { config, warnings } = await load("development", {}, { WEBPACK_SERVE: true } as never);
    expect(config.devServer.port).toBe(3000);
    expect(config.devServer.host).toBe("localhost");
    expect(config.devServer.headers?.["Access-Control-Allow-Origin"]).toBeUndefined();
    expect(config.devServer.server).toBe("http");
    expect(warnings.join("\n")).toContain("HTTP FALLBACK: a test.");
  });
});
