/**
 * .docx fixtures built from annotated report text (see ./reportText), through the same writer the
 * product uses: real `w:gridSpan` / `w:vMerge` merges, official formatting.
 *
 *   const report = parseReportText(readReportFixture("consistent-2021"));
 *   setCell(report, { table: "本年度办理结果", row: "一、本年新收", cell: -1 }, "99");
 *   const bytes = await buildDocx(report);
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { writeDocx } from "../../src/docx/writeDocx";
import { parseReportText, toDocSpec, type ReportText } from "./reportText";

// From the sources (jest) or from their compiled copy in lib/test/support (the benchmark).
export const REPORTS_DIR = [
  join(__dirname, "..", "fixtures", "reports"),
  join(__dirname, "..", "..", "..", "test", "fixtures", "reports"),
].find((dir) => existsSync(dir)) as string;

/** The annotated text of test/fixtures/reports/<name>.txt, e.g. `liuying-2019`, `consistent-2021`. */
export function readReportFixture(name: string): string {
  return readFileSync(join(REPORTS_DIR, `${name}.txt`), "utf8");
}

export function buildDocx(report: ReportText): Promise<Uint8Array> {
  return writeDocx(toDocSpec(report));
}

export function buildDocxFromText(text: string): Promise<Uint8Array> {
  return buildDocx(parseReportText(text));
}
