/**
 * Last year's report, for the cross-year checks (`CheckOptions.prior`): read and checked in the
 * pane from a file the user picks, never sent anywhere. The document remembers which file it was —
 * its name, size, fingerprint and report year, never its content — so that a later check can ask
 * for it again (a webview cannot reopen a file by itself) and tell when another file is picked.
 */
import type { DocumentValueKey } from "../host/reportHost";
import { checkReport, type CheckResult } from "../report/checkReport";
import type { FieldReading } from "../report/checks/fieldReadings";
import { RULES } from "../report/rules";
import { fileDigest, sameDigest, type FileDigest } from "./fileDigest";
import { FileOpenError, type PickedFile } from "./pickedFile";

/** Where the host keeps the choice (`ReportHost.saveDocumentValue`). */
export const PRIOR_KEY: DocumentValueKey = "priorReport";

/** What the document remembers of the file chosen as last year's report. */
export interface PriorChoice extends FileDigest {
  name: string;
  /** Its report year as read when it was chosen; null when none was found. */
  year: number | null;
}

/** Last year's report in this session: the file's identity and its check. */
export interface PriorReport {
  choice: PriorChoice;
  result: CheckResult;
}

export function encodeChoice(choice: PriorChoice): string {
  const { name, size, fnv, sha256, year } = choice;
  return JSON.stringify({ v: 1, name, size, fnv, ...(sha256 ? { sha256 } : {}), year });
}

/** The remembered choice, or null when there is none or it is not one (values travel with files). */
export function decodeChoice(value: string | null): PriorChoice | null {
  if (value === null) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(value);
  } catch {
    return null;
  }
  if (typeof raw !== "object" || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (r.v !== 1 || typeof r.name !== "string" || r.name === "") return null;
  if (typeof r.size !== "number" || !Number.isInteger(r.size) || r.size < 0) return null;
  if (typeof r.fnv !== "string" || !/^[0-9a-f]{8}$/.test(r.fnv)) return null;
  if (r.sha256 !== undefined && (typeof r.sha256 !== "string" || !/^[0-9a-f]{64}$/.test(r.sha256)))
    return null;
  const year = typeof r.year === "number" && Number.isInteger(r.year) ? r.year : null;
  return {
    name: r.name,
    size: r.size,
    fnv: r.fnv,
    ...(typeof r.sha256 === "string" ? { sha256: r.sha256 } : {}),
    year,
  };
}

/** The same file as the one remembered (by content; the name may have changed). */
export function sameFile(a: PriorChoice, b: PriorChoice): boolean {
  return sameDigest(a, b);
}

/**
 * Reads and checks a picked file as last year's report. Throws a FileOpenError that names the file
 * and says why when it cannot be read.
 */
export async function readPriorReport(file: PickedFile): Promise<PriorReport> {
  const digest = await fileDigest(file.bytes);
  let result: CheckResult;
  try {
    // The reader (with jszip) is loaded when a prior report is first picked, not with the pane.
    const { readDocx } = await import("../ooxml/readDocx");
    result = checkReport(await readDocx(file.bytes));
  } catch (error) {
    const e = error as { messageZh?: unknown; message?: unknown } | null;
    const zh = typeof e?.messageZh === "string" ? e.messageZh : String(e?.message ?? error);
    const en = typeof e?.message === "string" ? e.message : String(error);
    throw new FileOpenError(`无法读取「${file.name}」：${zh}`, `“${file.name}” cannot be read: ${en}`);
  }
  return { choice: { name: file.name, ...digest, year: result.reportYear }, result };
}

/** The comparisons with last year's report the engine can make. */
export type CrossYearComparison = "carry_over" | "in_force" | "text";

/** The rules of the cross-year checks (text.change: year-on-year statements in the text). */
export const CROSS_YEAR_RULES: readonly string[] = [
  "requests.carry_over_prior",
  "active.in_force_prior",
  "text.change",
].filter((id) => RULES.some((r) => r.id === id));

/** Whether the cross-year checks ran for a result, and if not, why. */
export type CrossYearStatus =
  /** No prior report chosen, and none remembered. */
  | { kind: "none" }
  /** The document remembers one, not picked again in this session. */
  | { kind: "ask"; name: string }
  /** The file picked last could not be read. */
  | { kind: "unreadable"; name: string }
  /** The file's report year is not the year before this report's: the engine skipped the checks. */
  | { kind: "wrong_year"; name: string; year: number; expected: number }
  | {
      kind: "ran";
      name: string;
      year: number | null;
      /** What could be compared (empty: neither report has the figures to compare). */
      compared: CrossYearComparison[];
      /** One of the two years is unknown: the checks ran on the user's word that it is last year's. */
      yearUnconfirmed: boolean;
      /** Cross-year findings (warnings). */
      found: number;
    };

const hasNumber = (fields: Map<string, FieldReading>, test: (id: string) => boolean): boolean =>
  [...fields].some(([id, r]) => test(id) && r.status === "number" && r.value !== null);

export function crossYearStatus(
  result: CheckResult,
  used: PriorReport | null,
  remembered: PriorChoice | null,
  unreadable: string | null,
): CrossYearStatus {
  if (used === null) {
    if (unreadable !== null) return { kind: "unreadable", name: unreadable };
    return remembered ? { kind: "ask", name: remembered.name } : { kind: "none" };
  }
  const prior = used.result;
  const { name } = used.choice;
  if (result.reportYear !== null && prior.reportYear !== null && prior.reportYear !== result.reportYear - 1)
    return { kind: "wrong_year", name, year: prior.reportYear, expected: result.reportYear - 1 };
  const compared: CrossYearComparison[] = [];
  if (
    hasNumber(prior.fields, (id) => id.startsWith("requests.carried_forward.")) &&
    hasNumber(result.fields, (id) => id.startsWith("requests.carried_over."))
  )
    compared.push("carry_over");
  const inForce = (id: string) => /^active\.(regulations|normative_docs)\.in_force$/.test(id);
  if (
    result.format === "2021" &&
    prior.format === "2021" &&
    hasNumber(prior.fields, inForce) &&
    hasNumber(result.fields, inForce)
  )
    compared.push("in_force");
  // Year-on-year statements in the text are compared with last year's figures, when it has any.
  if (CROSS_YEAR_RULES.includes("text.change") && hasNumber(prior.fields, () => true)) compared.push("text");
  return {
    kind: "ran",
    name,
    year: prior.reportYear,
    compared,
    yearUnconfirmed: result.reportYear === null || prior.reportYear === null,
    found: result.findings.filter((f) => CROSS_YEAR_RULES.includes(f.rule) && f.severity !== "info").length,
  };
}
