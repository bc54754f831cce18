/**
 * `--annotate [OUT]` takes an optional value, which node's parseArgs cannot express. It is taken
 * out of the arguments first: `--annotate=OUT`, or `--annotate OUT` when OUT is not an option and
 * nothing but options follows it (`check a.docx --annotate marked/`); else `--annotate` alone
 * (marked copies beside the inputs), and the word after it, if any, is an input.
 */

/** Options of `check` that take a value (their values are not inputs). */
const VALUED = new Set(["--prior", "--lang", "--format", "--output", "-o", "--report", "--csv"]);

export function takeAnnotate(args: string[]): { args: string[]; annotate?: true | string } {
  const at = args.findIndex((a) => a === "--annotate" || a.startsWith("--annotate="));
  if (at === -1) return { args };
  const rest = [...args];
  const flag = rest[at];
  if (flag.startsWith("--annotate=")) {
    rest.splice(at, 1);
    const value = flag.slice("--annotate=".length);
    return { args: rest, annotate: value === "" ? true : value };
  }
  const next = rest[at + 1];
  if (next !== undefined && !next.startsWith("-") && onlyOptionsAfter(rest, at + 2)) {
    rest.splice(at, 2);
    return { args: rest, annotate: next };
  }
  rest.splice(at, 1);
  return { args: rest, annotate: true };
}

function onlyOptionsAfter(args: string[], from: number): boolean {
  for (let i = from; i < args.length; i++) {
    const a = args[i];
    if (a === "--") return false;
    if (!a.startsWith("-")) return false;
    if (VALUED.has(a)) i++; // its value
  }
  return true;
}
