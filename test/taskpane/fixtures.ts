/**
 * Report documents for the pane's tests, built without Word: an annotated fixture text → .docx
 * (the product's writer) → ReportDocument (the product's reader), as a host would read it.
 */
import { readDocx } from "../../src/ooxml";
import type { ReportDocument } from "../../src/report/model";
import { buildDocx, readReportFixture } from "../support/buildDocx";
import { parseReportText, setCell, type ReportText } from "../support/reportText";

/**
 * consistent-2021 as the report of another year (every "2023年" made "<year>年"): itself consistent,
 * and, as last year's report of consistent-2021, it disagrees in three cross-year checks — it
 * carried forward 2 requests of natural persons (3 in all) where consistent-2021 carried over 3
 * (4 in all), and its 12 行政规范性文件 in force plus 3 issued less 1 repealed is not the 12 in force.
 */
export function otherYearDocx(year: number, edit?: (report: ReportText) => void): Promise<Uint8Array> {
  const report = parseReportText(readReportFixture("consistent-2021").replace(/2023年/g, `${year}年`));
  edit?.(report);
  return buildDocx(report);
}

export async function fixtureDocument(
  name: string,
  edit?: (report: ReportText) => void,
): Promise<ReportDocument> {
  const report = parseReportText(readReportFixture(name));
  edit?.(report);
  return readDocx(await buildDocx(report));
}

/**
 * consistent-2021 with a few mistakes a reviewer would catch: a heading numbered 1、 (text,
 * warning), a blank cell in 表二 (warning), a wrong count in 表三 that breaks a row and a column
 * total (two errors, pinpointed), and an accepted variant title in section 四 (info).
 */
export function mixedReport(): Promise<ReportDocument> {
  return fixtureDocument("consistent-2021", (report) => {
    for (const block of report.blocks) {
      if (block.kind !== "paragraph") continue;
      if (block.text === "一、总体情况") block.text = "1、总体情况";
      if (block.text === "四、政府信息公开行政复议、行政诉讼情况")
        block.text = "四、政府信息公开行政复议及行政诉讼情况";
    }
    setCell(report, { table: "本年度办理结果", row: "（一）予以公开", cell: 3 }, "9");
    setCell(report, { table: "第二十条", row: "行政处罚", cell: 1 }, "");
  });
}
