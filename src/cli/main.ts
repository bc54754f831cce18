/** The public API over the engine, for scripts and other tools: the CLI is one caller of it. */
import { promises as fs } from "fs";
import { readDocx, type ReadOptions } from "../ooxml";
import { nodeInflateRaw } from "../ooxml/zip/nodeZlib";
import { checkReport, type CheckResult } from "../report/checkReport";
import { buildTemplateDocx } from "../template";
import type { FormatId } from "../report/formats/types";
import { readReport, type InputError } from "./readInput";
import { toJson, unreadableJson, type JsonFileReport, type JsonOptions } from "./jsonReport";

export type { CheckResult } from "../report/checkReport";
export type { JsonFileReport, JsonGroup, JsonHeadline, JsonMark, JsonOptions } from "./jsonReport";
export { expandInputs, type Inputs } from "./readInput";
export { notCheckedReason, type NotChecked } from "./notChecked";
export type { Finding, CellRef, Severity } from "../report/findings";

/** Check a .docx held in memory. `prior` is last year's report, for the cross-year checks. */
export async function checkDocx(
  data: Uint8Array,
  options: { prior?: Uint8Array; read?: ReadOptions } = {},
): Promise<CheckResult> {
  const read: ReadOptions = { inflateRaw: nodeInflateRaw, ...options.read };
  const prior = options.prior ? checkReport(await readDocx(options.prior, read)) : undefined;
  return checkReport(await readDocx(data, read), prior ? { prior } : {});
}

export type FileOutcome = { file: string; result: CheckResult } | { file: string; error: InputError };

/** Check a .docx on disk; an unreadable file is an outcome, not an exception. */
export async function checkFile(file: string, prior?: CheckResult): Promise<FileOutcome> {
  const read = await readReport(file);
  if (!read.ok) return { file, error: read.error };
  return { file, result: checkReport(read.doc, prior ? { prior } : {}) };
}

export function outcomeJson(outcome: FileOutcome, options: JsonOptions = {}): JsonFileReport {
  return "error" in outcome
    ? unreadableJson(outcome.file, outcome.error)
    : toJson(outcome.file, outcome.result, options);
}

/** Write the blank standard template (2021 format unless asked otherwise). */
export async function writeTemplate(out: string, format: FormatId = "2021"): Promise<void> {
  await fs.writeFile(out, await buildTemplateDocx(format));
}
