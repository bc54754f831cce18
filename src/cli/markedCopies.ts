/**
 * Where the CLI writes marked copies, and writing them: `report.docx` → `report.checked.docx`
 * beside it, or into the folder given (mirroring the input folders, so that two `报告.docx` from two
 * sub-folders do not collide), or to the file given for a single report. Never over an input, and
 * never over a file that is not a marked copy of ours.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { AnnotateError, annotateDocx, isMarkedCopy } from "../ooxml/annotate";
import type { CommentLang } from "../ooxml/annotate";
import { nodeDeflateRaw, nodeInflateRaw } from "../ooxml/zip/nodeZlib";
import type { CheckResult } from "../report/checkReport";

export const CHECKED_SUFFIX = ".checked.docx";

/** A marked copy's name: our own outputs are skipped when a folder is checked again. */
export function isCheckedName(file: string): boolean {
  return file.toLowerCase().endsWith(CHECKED_SUFFIX);
}

/** `reports/a.doc` → `a` */
function baseName(file: string): string {
  return path.basename(file).replace(/\.(docx|doc|wps)$/i, "");
}

export class MarkedCopyPaths {
  private readonly used = new Set<string>();
  private readonly inputs: Set<string>;
  private readonly folders: string[];

  /**
   * `target`: true for "beside each input", else the folder (or, for one report, the .docx file)
   * named after --annotate. `inputs`: what was named on the command line.
   */
  constructor(
    private readonly target: true | string,
    inputs: string[],
    private readonly single: boolean,
  ) {
    this.inputs = new Set(inputs.map((i) => path.resolve(i)));
    this.folders = inputs.map((i) => path.resolve(i));
  }

  /** Whether the target is one .docx file rather than a folder. */
  get toFile(): boolean {
    return this.target !== true && this.single && /\.docx$/i.test(this.target);
  }

  pathFor(file: string): string {
    let out: string;
    if (this.target === true) out = path.join(path.dirname(file), baseName(file) + CHECKED_SUFFIX);
    else if (this.toFile) out = this.target;
    else {
      const absolute = path.resolve(file);
      const root = this.folders.find((f) => absolute.startsWith(f + path.sep));
      const sub = root ? path.relative(root, path.dirname(absolute)) : "";
      out = path.join(this.target, sub, baseName(file) + CHECKED_SUFFIX);
    }
    // Two inputs that would land on one name: the second gets -2, the third -3, …
    let unique = out;
    for (let n = 2; this.used.has(path.resolve(unique)); n++)
      unique = out.replace(/\.checked\.docx$/i, `-${n}${CHECKED_SUFFIX}`);
    this.used.add(path.resolve(unique));
    return unique;
  }

  isInput(file: string): boolean {
    return this.inputs.has(path.resolve(file));
  }
}

export type MarkOutcome =
  | { ok: true; path: string; comments: number; shaded: number }
  | { ok: false; path: string; message: string; messageEn: string };

/** Reads `file` again, marks it with `result` (its check) and writes the copy to `out`. */
export async function writeMarkedCopy(
  file: string,
  result: CheckResult,
  out: string,
  options: { lang: CommentLang; isInput: (file: string) => boolean },
): Promise<MarkOutcome> {
  const fail = (message: string, messageEn: string): MarkOutcome => ({
    ok: false,
    path: out,
    message,
    messageEn,
  });
  if (options.isInput(out) || path.resolve(out) === path.resolve(file))
    return fail("标注版不能覆盖被检查的文件", "the marked copy would overwrite a file being checked");
  const existing = await fs.readFile(out).catch(() => undefined);
  if (existing !== undefined) {
    let ours = false;
    try {
      ours = isMarkedCopy(existing, { inflateRaw: nodeInflateRaw });
    } catch {
      ours = false;
    }
    if (!ours)
      return fail(
        `${out} 已存在且不是年报校对的标注版，未覆盖`,
        `${out} exists and is not a marked copy of ours: not overwritten`,
      );
  }
  try {
    const bytes = await fs.readFile(file);
    const outcome = annotateDocx(bytes, {
      result,
      lang: options.lang,
      inflateRaw: nodeInflateRaw,
      deflateRaw: nodeDeflateRaw,
    });
    await fs.mkdir(path.dirname(out), { recursive: true });
    await fs.writeFile(out, outcome.bytes);
    return { ok: true, path: out, comments: outcome.comments.length, shaded: outcome.shaded };
  } catch (error) {
    if (error instanceof AnnotateError) return fail(error.messageZh, error.message);
    const e = error as NodeJS.ErrnoException & { messageZh?: string };
    return fail(
      `无法写入标注版：${e.messageZh ?? e.code ?? e.message}`,
      `cannot write the marked copy: ${e.code ?? e.message}`,
    );
  }
}
