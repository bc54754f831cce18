/**
 * `nianbao clean report.checked.docx [-o out.docx]`: takes out everything the marked copy added and
 * writes the result beside it as `report.cleaned.docx` (every part byte for byte as in the
 * original). It never writes over an existing file — the input least of all.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { DocxReadError } from "../ooxml";
import { AnnotateError, cleanDocx } from "../ooxml/annotate";
import { nodeDeflateRaw, nodeInflateRaw } from "../ooxml/zip/nodeZlib";

export interface CleanCommandOptions {
  output?: string;
  lang: "zh" | "en";
}

interface Output {
  out(text: string): void;
  err(text: string): void;
}

const EXIT_OK = 0;
const EXIT_FAILED = 2;
const EXIT_USAGE = 64;

/** `a.checked.docx` → `a.cleaned.docx`; `a.docx` → `a.cleaned.docx`. */
export function cleanedName(file: string): string {
  const base = path.basename(file).replace(/(\.checked)?\.docx$/i, "");
  return path.join(path.dirname(file), `${base}.cleaned.docx`);
}

export async function cleanCommand(
  inputs: string[],
  options: CleanCommandOptions,
  io: Output,
): Promise<number> {
  const tr = (zh: string, en: string) => (options.lang === "zh" ? zh : en);
  if (inputs.length === 0) {
    io.err(
      tr(
        "请给出要清除标注的文件（nianbao --help 查看用法）\n",
        "name the marked copies to clean (see nianbao --help)\n",
      ),
    );
    return EXIT_USAGE;
  }
  if (options.output && inputs.length > 1) {
    io.err(tr("-o 只能用于一个文件\n", "-o goes with one file only\n"));
    return EXIT_USAGE;
  }
  let failed = 0;
  for (const input of inputs) {
    const out = options.output ?? cleanedName(input);
    const fail = (zh: string, en: string) => {
      io.err(`${input}\n  ${tr(zh, en)}\n`);
      failed++;
    };
    if (path.resolve(out) === path.resolve(input)) {
      fail("输出文件不能是输入文件本身", "the output cannot be the input itself");
      continue;
    }
    const exists = await fs.stat(out).then(
      () => true,
      () => false,
    );
    if (exists) {
      fail(
        `${out} 已存在，未覆盖（请先移走它，或用 -o 指定其他文件名）`,
        `${out} exists: not overwritten (move it away, or name another file with -o)`,
      );
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(input);
    } catch (e) {
      fail(
        `无法读取文件（${(e as NodeJS.ErrnoException).code ?? ""}）`,
        `cannot read the file (${(e as Error).message})`,
      );
      continue;
    }
    let cleaned: Uint8Array;
    try {
      cleaned = cleanDocx(bytes, { inflateRaw: nodeInflateRaw, deflateRaw: nodeDeflateRaw });
    } catch (e) {
      if (e instanceof AnnotateError || e instanceof DocxReadError) fail(e.messageZh, e.message);
      else fail("清除时发生意外错误", (e as Error).message);
      continue;
    }
    try {
      await fs.writeFile(out, cleaned, { flag: "wx" });
    } catch (e) {
      fail(
        `无法写入 ${out}（${(e as NodeJS.ErrnoException).code ?? ""}）`,
        `cannot write ${out} (${(e as Error).message})`,
      );
      continue;
    }
    io.out(tr(`已清除标注：${input} → ${out}\n`, `Marks removed: ${input} → ${out}\n`));
  }
  return failed > 0 ? EXIT_FAILED : EXIT_OK;
}
