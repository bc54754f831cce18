/**
 * Report documents for the pane's tests, built without Word: an annotated fixture text → .docx
 * (the product's writer) → ReportDocument (the product's reader), as a host would read it.
 */
import { readDocx } from "../../src/ooxml";
import type { ReportDocument } from "../../src/report/model";
import { buildDocx, readReportFixture } from "../support/buildDocx";
import { parseReportText, setCell, type ReportText } from "../support/reportText";

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
