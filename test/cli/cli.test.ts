import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { run } from "../../src/cli/cli";
import type { JsonFileReport } from "../../src/cli/jsonReport";
import { readDocx } from "../../src/ooxml";
import { checkReport } from "../../src/report/checkReport";
import { buildDocx, buildDocxFromText, readReportFixture } from "../support/buildDocx";
import { parseReportText, setCell } from "../support/reportText";

const SAMPLES = join(__dirname, "..", "fixtures", "samples");

async function cli(args: string[]) {
  let out = "";
  let err = "";
  const code = await run(args, { out: (s) => (out += s), err: (s) => (err += s) }, false);
  return { code, out, err };
}

let dir: string;
let consistent: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "nianbao-cli-"));
  consistent = join(dir, "consistent-2021.docx");
  writeFileSync(consistent, await buildDocxFromText(readReportFixture("consistent-2021")));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("nianbao check", () => {
  it("prints format, year, findings grouped by section with cells in words, and a summary", async () => {
    const { code, out } = await cli(["check", join(SAMPLES, "liuying-2019.docx")]);
    expect(code).toBe(1);
    expect(out).toContain("格式：2019年格式（国办公开办函〔2019〕60号） · 报告年度：2019");
    expect(out).toContain("三、收到和处理政府信息公开申请情况 · 表三");
    expect(out).toContain("requests.results_total.natural 表三 · 自然人 · （七）总计");
    expect(out).toContain("建议：建议填写 1");
    expect(out).toMatch(/小结：1 个错误，\d+ 个警告，2 个提示/);
    expect(out).not.toContain("\u001b["); // no colour when not on a terminal
  });

  it("speaks English on request", async () => {
    const { out } = await cli(["check", "--lang", "en", join(SAMPLES, "jingshan-2020.docx")]);
    expect(out).toContain("Report year：2020");
    expect(out).toContain("Summary：0 errors, 2 warnings, 1 info");
  });

  it("exits 0 on a consistent report", async () => {
    const { code, out } = await cli(["check", consistent]);
    expect(code).toBe(0);
    expect(out).toContain("0 个错误，0 个警告，0 个提示");
  });

  it("gives the documented JSON", async () => {
    const { code, out } = await cli(["check", "--json", join(SAMPLES, "shanghewan-2020.docx")]);
    expect(code).toBe(0);
    const [report] = JSON.parse(out) as JsonFileReport[];
    expect(report).toMatchObject({ format: "2019", reportYear: 2020, blankTemplate: false });
    expect(report.file).toContain("shanghewan-2020.docx");
    expect(report.tables.requests).toEqual([{ table: 1, fromRow: 0, toRow: 25 }]);
    expect(report.fields["requests.carried_over.other_org"]).toEqual({
      raw: "00",
      value: 0,
      cell: { table: 1, row: 4, cell: 6 },
    });
    const malformed = report.findings.find((f) => f.rule === "cell.malformed");
    expect(malformed).toMatchObject({
      severity: "warning",
      fields: ["requests.carried_over.other_org"],
      cells: [{ table: 1, row: 4, cell: 6 }],
      actual: "00",
    });
    expect(typeof malformed?.message).toBe("string");
    expect(report.summary).toEqual({ error: 0, warning: 2, info: 1 });
  });

  it("lists the parts of a split row in JSON", async () => {
    const { out } = await cli(["check", "--json", join(SAMPLES, "jingshan-2020.docx")]);
    const [report] = JSON.parse(out) as JsonFileReport[];
    const field = report.fields["active.other_services.change"];
    expect(field.value).toBe(10);
    expect(field.parts?.map((p) => p.label)).toEqual(["行政检查", "行政确认"]);
  });

  it("goes on past an unreadable file and exits 2", async () => {
    const broken = join(dir, "broken.docx");
    writeFileSync(broken, "this is not a zip");
    const { code, out, err } = await cli(["check", broken, consistent]);
    expect(code).toBe(2);
    expect(err).toContain("broken.docx");
    expect(err).toContain("无法读取");
    expect(out).toContain("consistent-2021.docx");
    expect(out).toContain("共 2 个文件：0 个有错误，1 个无法读取");

    const json = await cli(["check", "--json", broken, consistent]);
    const reports = JSON.parse(json.out) as JsonFileReport[];
    expect(reports.map((r) => r.error?.code ?? "ok")).toEqual(["not_zip", "ok"]);
    expect(json.code).toBe(2);
  });

  it("reports a missing file", async () => {
    const { code, err } = await cli(["check", join(dir, "nope.docx")]);
    expect(code).toBe(2);
    expect(err).toContain("文件不存在");
  });

  it("checks every .docx of a folder", async () => {
    const folder = mkdtempSync(join(dir, "folder-"));
    copyFileSync(join(SAMPLES, "jingshan-2020.docx"), join(folder, "a.docx"));
    copyFileSync(consistent, join(folder, "b.docx"));
    writeFileSync(join(folder, "~$a.docx"), "lock file");
    writeFileSync(join(folder, "notes.txt"), "not a report");
    const { code, out } = await cli(["check", "--json", folder]);
    expect(code).toBe(0);
    expect((JSON.parse(out) as JsonFileReport[]).map((r) => r.file.split(/[\\/]/).pop())).toEqual([
      "a.docx",
      "b.docx",
    ]);
  });

  it("checks against last year's report", async () => {
    // Last year's report carried forward what this year carried over (3, 1, 0, 0, 0, 0, 4),
    // except 9 instead of 3 for natural persons.
    const prior = parseReportText(readReportFixture("consistent-2021").replace(/2023年/g, "2022年"));
    ["9", "1", "0", "0", "0", "0", "4"].forEach((v, i) =>
      setCell(prior, { table: "本年度办理结果", row: "四、结转下年度", cell: i + 1 }, v),
    );
    const priorFile = join(dir, "prior.docx");
    writeFileSync(priorFile, await buildDocx(prior));
    const { out } = await cli(["check", "--json", "--prior", priorFile, consistent]);
    const [report] = JSON.parse(out) as JsonFileReport[];
    const carried = report.findings.filter((f) => f.rule === "requests.carry_over_prior");
    expect(carried.map((f) => [f.fields[0], f.expected])).toEqual([["requests.carried_over.natural", 9]]);
    expect(carried[0].actual).toBe(report.fields["requests.carried_over.natural"].value);
  });

  it("prints usage for a bad command line", async () => {
    expect((await cli([])).code).toBe(64);
    expect((await cli(["check"])).err).toContain("用法 Usage");
    expect((await cli(["frobnicate"])).code).toBe(64);
  });
});

describe("nianbao template", () => {
  it.each(["2021", "2019"])("writes the %s template the engine reads back as blank", async (format) => {
    const out = join(dir, `template-${format}.docx`);
    const { code } = await cli(["template", "--format", format, "-o", out]);
    expect(code).toBe(0);
    const r = checkReport(await readDocx(readFileSync(out)));
    expect(r.format).toBe(format);
    expect(r.blankTemplate).toBe(true);
  });
});
