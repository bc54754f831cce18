/** Reading a file from disk into the document model, with errors a drafter can act on. */
import { promises as fs } from "fs";
import * as path from "path";
import { DocxReadError, readDocx } from "../ooxml";
import { nodeInflateRaw } from "../ooxml/zip/nodeZlib";
import type { ReportDocument } from "../report/model";
import { notCheckedReason, type NotChecked } from "./notChecked";

export interface InputError {
  code: string;
  /** zh-CN */
  message: string;
  messageEn: string;
}

export type ReadOutcome = { ok: true; doc: ReportDocument } | { ok: false; error: InputError };

export async function readReport(file: string): Promise<ReadOutcome> {
  let data: Buffer;
  try {
    data = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "io";
    const words: Record<string, [string, string]> = {
      ENOENT: ["文件不存在", "file not found"],
      EISDIR: ["这是一个文件夹，不是文件", "is a directory"],
      EACCES: ["没有读取权限", "permission denied"],
    };
    const [zh, en] = words[code] ?? ["无法读取文件", (e as Error).message];
    return { ok: false, error: { code, message: zh, messageEn: en } };
  }
  if (data.length === 0)
    return {
      ok: false,
      error: { code: "empty", message: "文件是空的（0 字节）", messageEn: "the file is empty (0 bytes)" },
    };
  try {
    return { ok: true, doc: await readDocx(data, { inflateRaw: nodeInflateRaw }) };
  } catch (e) {
    if (e instanceof DocxReadError)
      return { ok: false, error: { code: e.code, message: e.messageZh, messageEn: e.message } };
    return {
      ok: false,
      error: {
        code: "unexpected",
        message: "读取时发生意外错误",
        messageEn: (e as Error).message ?? String(e),
      },
    };
  }
}

export interface Inputs {
  /** The .docx files to check, in order. */
  files: string[];
  /** Files found in folders that look like reports but are not .docx (./notChecked). */
  notChecked: NotChecked[];
}

/**
 * Files named on the command line are checked whatever their name; a folder stands for the .docx
 * files in it (recursively), and its other report-like files are listed as not checked.
 */
export async function expandInputs(inputs: string[]): Promise<Inputs> {
  const out: Inputs = { files: [], notChecked: [] };
  for (const input of inputs) {
    const stat = await fs.stat(input).catch(() => undefined);
    if (stat?.isDirectory()) await walk(input, out);
    else out.files.push(input);
  }
  return out;
}

async function walk(dir: string, out: Inputs): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) await walk(full, out);
    // Word's lock files (~$name.docx) are not documents.
    else if (/\.docx$/i.test(e.name) && !e.name.startsWith("~$")) out.files.push(full);
    else {
      const reason = notCheckedReason(full);
      if (reason) out.notChecked.push(reason);
    }
  }
}
