/** The command line run in-process, its output and errors captured. */
import { run } from "../../src/cli/cli";

export async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await run(args, { out: (s) => (out += s), err: (s) => (err += s) }, false);
  return { code, out, err };
}
