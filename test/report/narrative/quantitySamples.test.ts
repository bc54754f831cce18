/**
 * The quantity checks on whole reports through checkReport: the real samples (.docx and their
 * annotated texts) and the consistent reports give no text.table_mismatch, text.percent,
 * text.change or text.inconsistent; last year's report reaches text.change through
 * `CheckOptions.prior`.
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { readDocx } from "../../../src/ooxml";
import { checkReport } from "../../../src/report/checkReport";
import type { ReportDocument } from "../../../src/report/model";
import { buildDocx, readReportFixture, REPORTS_DIR } from "../../support/buildDocx";
import { parseReportText } from "../../support/reportText";
import { SAMPLES_DIR } from "./samples";

const QUANTITY_RULES = new Set(["text.table_mismatch", "text.percent", "text.change", "text.inconsistent"]);

describe("the quantity checks on whole reports", () => {
  const docs: [string, () => Promise<ReportDocument>][] = [
    ...readdirSync(SAMPLES_DIR)
      .filter((f) => f.endsWith(".docx"))
      .map((f): [string, () => Promise<ReportDocument>] => [
        f,
        () => readDocx(readFileSync(join(SAMPLES_DIR, f))),
      ]),
    ...readdirSync(REPORTS_DIR)
      .filter((f) => f.endsWith(".txt"))
      .map((f): [string, () => Promise<ReportDocument>] => [
        f,
        async () => readDocx(await buildDocx(parseReportText(readReportFixture(f.slice(0, -4))))),
      ]),
  ];

  it.each(docs)("%s: nothing to report", async (_name, load) => {
    const result = checkReport(await load());
    expect(result.findings.filter((f) => QUANTITY_RULES.has(f.rule))).toEqual([]);
  });

  it("reads last year's report from CheckOptions.prior for text.change", async () => {
    const doc = await readDocx(await buildDocx(parseReportText(readReportFixture("consistent-2021"))));
    // The same report one year earlier, with 40 new requests: this year's 46 are 6 more.
    const priorDoc = await readDocx(
      await buildDocx(parseReportText(readReportFixture("consistent-2021").replace(/2023年/g, "2022年"))),
    );
    const priorResult = checkReport(priorDoc);
    const fields = new Map(priorResult.fields);
    const r = fields.get("requests.new.total");
    if (!r) throw new Error("no requests.new.total");
    fields.set("requests.new.total", { ...r, value: 40 });
    const withChange = {
      ...doc,
      blocks: doc.blocks.map((b) =>
        b.kind === "paragraph" && b.text.startsWith("本年度共收到政府信息公开申请46件")
          ? { ...b, text: b.text.replace("均为新收申请", "较上年增加5件") }
          : b,
      ),
    };
    const changes = checkReport(withChange, { prior: { ...priorResult, fields } }).findings.filter(
      (f) => f.rule === "text.change",
    );
    expect(changes.map((f) => [f.fields, f.expected, f.actual])).toEqual([
      [["requests.new.total"], "+6", "+5"],
    ]);
    expect(checkReport(withChange).findings.filter((f) => f.rule === "text.change")).toEqual([]);
  });
});
