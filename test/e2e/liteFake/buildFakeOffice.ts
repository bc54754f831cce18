/**
 * Builds ./fakeOffice.ts for the browser (webpack, into `outDir/fake-office.js`): only for the lite
 * pane's end-to-end test, never part of the add-in.
 */
import path from "path";
import webpack from "webpack";

const root = path.resolve(__dirname, "..", "..", "..");

export function buildFakeOffice(outDir: string): Promise<void> {
  const compiler = webpack({
    mode: "development",
    // No eval: the lite page's CSP forbids it.
    devtool: false,
    target: ["web", "es2020"],
    entry: path.join(__dirname, "fakeOffice.ts"),
    output: { path: outDir, filename: "fake-office.js" },
    resolve: {
      extensions: [".ts", ".js", ".mjs", ".json"],
      fallback: { fs: false, path: false, stream: false, buffer: false, crypto: false, os: false },
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          options: {
            transpileOnly: true,
            configFile: path.join(root, "tsconfig.json"),
            compilerOptions: { target: "ES2020", module: "esnext", sourceMap: false },
          },
        },
      ],
    },
    performance: { hints: false },
  });
  return new Promise((resolve, reject) =>
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
      else resolve();
    }),
  );
}
