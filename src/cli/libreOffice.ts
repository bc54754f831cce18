/**
 * Converting files with LibreOffice (`soffice --headless --convert-to …`): legacy .doc and .wps
 * files into .docx for a batch, and (in tests) marked copies into PDF. The inputs are copied into a
 * temporary folder first, so that LibreOffice never touches the originals (nor leaves lock files
 * beside them); each run has its own LibreOffice profile (`-env:UserInstallation`), so that runs in
 * parallel do not collide; and the whole conversion is bounded in time (the process group is killed
 * past the limit).
 */
import { spawn, spawnSync } from "child_process";
import { promises as fs } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { pathToFileURL } from "url";

export interface Converted {
  input: string;
  /** The converted file, in a temporary folder (removed by `dispose`); absent when conversion failed. */
  output?: string;
  /** Why it failed. */
  error?: string;
}

export interface ConversionRun {
  results: Converted[];
  /** Removes the temporary folder (converted files included). */
  dispose(): Promise<void>;
}

/**
 * Where soffice is, or undefined when LibreOffice is not installed. `NIANBAO_SOFFICE` names the
 * program to use, or `none` to do without it.
 */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const chosen = env.NIANBAO_SOFFICE;
  if (chosen === "none") return undefined;
  const candidates = chosen ? [chosen] : ["soffice", "libreoffice"];
  for (const candidate of candidates) {
    const probe = spawnSync(candidate, ["--version"], { stdio: "ignore", timeout: 30_000 });
    if (probe.status === 0) return candidate;
  }
  return undefined;
}

/** The command a person would run to convert one file by hand. */
export function conversionCommand(file: string): string {
  return `soffice --headless --convert-to docx --outdir <文件夹/folder> "${file}"`;
}

const CFB = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * Converts `inputs` to `format` ("docx", "pdf", …) in one LibreOffice run.
 * `timeoutMs` bounds the whole run (default: 60 s plus 10 s a file).
 */
export async function convertWithLibreOffice(
  soffice: string,
  inputs: string[],
  format: string,
  options: { timeoutMs?: number } = {},
): Promise<ConversionRun> {
  const work = await fs.mkdtemp(path.join(tmpdir(), "nianbao-lo-"));
  const dispose = () => fs.rm(work, { recursive: true, force: true });
  const source = path.join(work, "in");
  const target = path.join(work, "out");
  await fs.mkdir(source);
  await fs.mkdir(target);
  // Copies under plain names (no collisions, no odd characters); the extension by content, since
  // a Kingsoft .wps is a Word 97–2003 file inside and LibreOffice detects it best as .doc.
  const copies: string[] = [];
  const results: Converted[] = [];
  for (const [i, input] of inputs.entries()) {
    try {
      const bytes = await fs.readFile(input);
      const ext = CFB.every((b, k) => bytes[k] === b) ? ".doc" : path.extname(input).toLowerCase();
      const copy = path.join(source, `${String(i + 1).padStart(5, "0")}${ext}`);
      await fs.writeFile(copy, bytes);
      copies.push(copy);
      results.push({ input });
    } catch (error) {
      copies.push("");
      results.push({ input, error: (error as Error).message });
    }
  }
  const todo = copies.filter((c) => c !== "");
  if (todo.length > 0) {
    const timeoutMs = options.timeoutMs ?? 60_000 + 10_000 * todo.length;
    const profile = pathToFileURL(path.join(work, "profile")).href;
    const outcome = await run(
      soffice,
      [
        `-env:UserInstallation=${profile}`,
        "--headless",
        "--norestore",
        "--convert-to",
        format,
        "--outdir",
        target,
        ...todo,
      ],
      timeoutMs,
    );
    for (const [i, copy] of copies.entries()) {
      if (copy === "") continue;
      const output = path.join(target, `${path.basename(copy, path.extname(copy))}.${format.split(":")[0]}`);
      const ok = await fs
        .stat(output)
        .then((s) => s.size > 0)
        .catch(() => false);
      if (ok) results[i].output = output;
      else results[i].error = outcome ?? "LibreOffice could not convert the file";
    }
  }
  return { results, dispose };
}

/** Runs soffice; resolves to an error text, or undefined when it exited cleanly. */
function run(command: string, args: string[], timeoutMs: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"], detached: true });
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-2000);
    });
    const timer = setTimeout(() => {
      // soffice is a launcher: its own process group holds soffice.bin too.
      try {
        if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
      } catch {
        // Already gone.
      }
      resolve(`LibreOffice did not finish within ${Math.round(timeoutMs / 1000)} s`);
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      resolve(error.message);
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve(
        code === 0 ? undefined : `LibreOffice exited with ${code}: ${stderr.trim().split("\n").pop() ?? ""}`,
      );
    });
  });
}
