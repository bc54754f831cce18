/**
 * `nianbao check … | head`: when the reader goes away, the CLI ends quietly (no EPIPE stack trace)
 * and at once. Runs the compiled CLI in a real process behind a real pipe.
 */
import { execFileSync, spawnSync } from "child_process";
import { copyFileSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

const ROOT = join(__dirname, "..", "..");
// Compiled apart from lib/ (which other tests compile too), inside node_modules so that the
// compiled files find their dependencies.
const OUT = join(ROOT, "node_modules", ".cache", `nianbao-pipe-test-${process.pid}`);
let folder: string;

beforeAll(() => {
  execFileSync(
    process.execPath,
    [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.build.json", "--outDir", OUT],
    { cwd: ROOT },
  );
  folder = mkdtempSync(join(tmpdir(), "nianbao-pipe-"));
  // Far more output than a pipe holds (64 KiB): the CLI is still writing when head leaves.
  for (let i = 0; i < 20; i++)
    copyFileSync(join(ROOT, "test", "fixtures", "samples", "liuying-2019.docx"), join(folder, `r${i}.docx`));
}, 120_000);

afterAll(() => {
  rmSync(OUT, { recursive: true, force: true });
  rmSync(folder, { recursive: true, force: true });
});

it.each([[[]], [["--summary"]], [["--json"]]])(
  "ends quietly when the output is closed early (%j)",
  (flags) => {
    const cli = `require(${JSON.stringify(join(OUT, "src", "cli", "cli.js"))}).run(process.argv.slice(1)).then((c) => { process.exitCode = c; })`;
    const line = [process.execPath, "-e", cli, "check", folder, ...flags]
      .map((a) => `'${a.replace(/'/g, `'\\''`)}'`)
      .join(" ");
    const result = spawnSync("bash", ["-c", `${line} | head -n 1; exit "\${PIPESTATUS[0]}"`], {
      encoding: "utf8",
      timeout: 60_000,
      env: { ...process.env, NO_COLOR: "1" },
    });
    expect(result.stdout.split("\n").filter((l) => l !== "")).toHaveLength(1);
    expect(result.stderr).toBe("");
    // As a program ended by SIGPIPE.
    expect(result.status).toBe(141);
  },
);
