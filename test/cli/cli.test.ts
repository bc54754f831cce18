import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { JsonFileReport } from "../../src/cli/jsonReport";
import { readDocx } from "../../src/ooxml";
import { checkReport } from "../../src/report/checkReport";
import { cellLooks } from "../../src/report/view";
import { buildDocx, buildDocxFromText, readReportFixture } from "../support/buildDocx";
import { parseReportText, setCell } from "../support/reportText";
import { cli } from "./runCli";

const SAMPLES = join(__dirname, "..", "fixtures", "samples");
const LIUYING = join(SAMPLES, "liuying-2019.docx");
const JINGSHAN = join(SAMPLES, "jingshan-2020.docx");

let dir: string;
let consistent: string;
let wrong: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "nianbao-cli-"));
  consistent = join(dir, "consistent-2021.docx");
  writeFileSync(consistent, await buildDocxFromText(readReportFixture("consistent-2021")));
  // One wrong leaf: 9 natural persons' requests granted instead of 15.
  const r = parseReportText(readReportFixture("consistent-2021"));
  setCell(r, { table: "本年度办理结果", row: "（一）予以公开", cell: 2 }, "9");
  wrong = join(dir, "wrong-2021.docx");
  writeFileSync(wrong, await buildDocx(r));
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("nianbao check: the human report", () => {
  it("leads with the headline, then format, year and tables, errors first by section", async () => {
    const { code, out } = await cli(["check", LIUYING]);
    expect(code).toBe(1);
    const lines = out.split("\n");
    expect(lines[0]).toContain("liuying-2019.docx");
    expect(lines[1]).toBe("  1 个错误：缺少第六部分");
    expect(lines[2]).toContain("2019 年格式（国办公开办函〔2019〕60号） · 2019 年度 · 表二：第1个表格");
    // Errors before warnings before info, whatever the document order.
    const at = (s: string) => out.indexOf(s);
    expect(at("错误（1）")).toBeGreaterThan(0);
    expect(at("错误（1）")).toBeLessThan(at("警告（136）"));
    expect(at("警告（136）")).toBeLessThan(at("提示（2）"));
    expect(at("六、其他需要报告的事项")).toBeLessThan(at("一、总体情况"));
    expect(out).toMatch(/小结：1 个错误，136 个警告，2 条提示/);
    expect(out).not.toContain("\u001b["); // no colour when not on a terminal
  });

  it("groups the blank cells of a table into one line with a compact list of the cells", async () => {
    const { out } = await cli(["check", LIUYING]);
    expect(out).toContain("cell.blank  表三 · 123 个单元格空白（统计数为 0 时应填 0）");
    // One line per table row: the row, its columns, and where.
    expect(out).toContain(
      "一、本年新收政府信息公开申请数量：商业企业、科研机构、社会公益组织、法律服务机构、其他（第2个表格 第4行 第3–7格）",
    );
    // In the 2019 table's own wording (2021 says 本年处理决定数量).
    expect(out).toContain("行政许可：本年增/减、处理决定数量（第1个表格 第7行 第3、4格）");
    // A blank total with a computed fill says what it should be.
    expect(out).toMatch(/（七）总计：自然人（应为 1）/);
    expect(out.match(/cell\.blank/g)).toHaveLength(2); // 表二 and 表三
    expect(out.split("\n").length).toBeLessThan(80); // not 136 three-line blocks
  });

  it("shows a blank template as one line", async () => {
    const { out } = await cli(["check", join(SAMPLES, "blank-2021-template-wps.docx")]);
    expect(out).toContain("空白模板：200 个统计单元格待填写");
    expect(out.match(/cell\.blank/g)).toHaveLength(1);
  });

  it("says what was checked when there is no error", async () => {
    const { code, out } = await cli(["check", consistent]);
    expect(code).toBe(0);
    expect(out).toContain("未发现问题");
    expect(out).toMatch(
      /已检查：2021 年格式 · 2023 年度 · 表二、表三、表四（共 \d+ 个统计单元格） · 正文 6 个部分/,
    );
    expect(out).toContain("0 个错误，0 个警告，0 条提示");
  });

  it("pairs each field with its own cells on a split row", async () => {
    const { out } = await cli(["check", JINGSHAN]);
    // 其他对外管理服务事项 is split into 行政检查 (row 8) and 行政确认 (row 9): each column's two cells.
    expect(out).toContain(
      "表二 · 其他对外管理服务事项 · 本年增/减（「行政检查」第1个表格 第8行 第4格，「行政确认」第1个表格 第9行 第4格）",
    );
    const report = (JSON.parse((await cli(["check", "--json", JINGSHAN])).out) as JsonFileReport[])[0];
    const change = report.fields["active.other_services.change"];
    expect(change.parts?.map((p) => p.cell)).toEqual([
      { table: 0, row: 7, cell: 3 },
      { table: 0, row: 8, cell: 3 },
    ]);
  });

  it("gives expected and found only when there is something to say, and no doubled 建议", async () => {
    for (const file of [LIUYING, JINGSHAN, wrong]) {
      const { out } = await cli(["check", file]);
      expect(out).not.toMatch(/应为：\s*(实为|$)/m);
      expect(out).not.toContain("建议：建议");
    }
    const { out } = await cli(["check", wrong]);
    expect(out).toContain("应为：33  实为：39");
    expect(out).toContain("→ 可能是「表三 · 自然人 · （一）予以公开」填错：改为 15 可使相交的行与列同时成立");
  });

  it("ends a cut excerpt with …", async () => {
    const { out } = await cli(["check", JINGSHAN]);
    expect(out).toMatch(/原文：「三是人员编制少[^」]*…」/);
  });

  it("speaks English with ASCII punctuation, Chinese words only in quotes", async () => {
    for (const file of [LIUYING, JINGSHAN, wrong, join(SAMPLES, "shanghewan-2020.docx")]) {
      const { out } = await cli(["check", "--lang", "en", file]);
      for (const line of out.split("\n").slice(1)) {
        const bare = line.replace(/"[^"]*"/g, '""');
        expect({ line, bare }).not.toMatchObject({
          bare: expect.stringMatching(/[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”「」]/),
        });
        expect(line).not.toMatch(/\b(?:active|requests|appeals)\.[a-z_]+\.[a-z_]+/);
      }
    }
    const { out } = await cli(["check", "--lang", "en", JINGSHAN]);
    expect(out).toContain("No errors; 2\u00a0warnings");
    expect(out).toContain("Summary: 0\u00a0errors, 2\u00a0warnings, 1\u00a0note");
  });
});

describe("nianbao check --errors-only and --summary", () => {
  it("--errors-only shows the errors and says what it left out", async () => {
    const { code, out } = await cli(["check", "--errors-only", LIUYING]);
    expect(code).toBe(1);
    expect(out).toContain("section.missing");
    expect(out).not.toContain("cell.blank");
    expect(out).not.toContain("警告（");
    expect(out).toContain("（只显示错误；另有 136 个警告、2 条提示未显示）");
  });

  it("--errors-only keeps only errors in JSON, groups and marks following", async () => {
    const [report] = JSON.parse(
      (await cli(["check", "--json", "--errors-only", wrong])).out,
    ) as JsonFileReport[];
    expect(report.findings.every((f) => f.severity === "error")).toBe(true);
    expect(report.findings.length).toBe(2);
    expect(report.groups.flatMap((g) => g.findings).sort()).toEqual([0, 1]);
    const [liuying] = JSON.parse(
      (await cli(["check", "--json", "--errors-only", LIUYING])).out,
    ) as JsonFileReport[];
    expect(liuying.summary).toEqual({ error: 1, warning: 136, info: 2 }); // counts everything
    expect(liuying.marks).toEqual([]); // a missing section marks no cell
  });

  it("--summary gives one line per file: name, format, year, counts, the first error", async () => {
    const broken = join(dir, "broken-summary.docx");
    writeFileSync(broken, "not a zip");
    const { code, out } = await cli(["check", "--summary", LIUYING, consistent, broken]);
    expect(code).toBe(2);
    const lines = out.trim().split("\n");
    expect(lines[0]).toBe(
      `${LIUYING} · 2019 年格式 · 2019 年度 · 1 个错误，136 个警告，2 条提示 · 缺少第六部分`,
    );
    expect(lines[1]).toBe(`${consistent} · 2021 年格式 · 2023 年度 · 0 个错误，0 个警告，0 条提示`);
    expect(lines[2]).toMatch(/broken-summary\.docx · 无法读取：文件不是有效的 \.docx/);
    expect(lines[3]).toBe("共 3 个文件：1 个有错误，1 个无法读取；1 个错误，136 个警告，2 条提示");
    expect(lines).toHaveLength(4);
    const en = await cli(["check", "--summary", "--lang", "en", LIUYING]);
    expect(en.out).toBe(
      `${LIUYING} · 2019 format · year 2019 · 1\u00a0error, 136\u00a0warnings, 2\u00a0notes · Section 6 is missing\n`,
    );
  });
});

describe("nianbao check: several files and folders", () => {
  it("closes with the files that have errors, when there is more than one file", async () => {
    const { out } = await cli(["check", LIUYING, wrong, consistent]);
    const closing = out.slice(out.indexOf("有错误的文件（2 个）："));
    expect(closing).toContain(`  ${LIUYING} — 1 个错误：缺少第六部分`);
    expect(closing).toContain(`  ${wrong} — 2 个错误：`);
    expect(closing).not.toContain(consistent);
    expect(closing).toContain("共 3 个文件：2 个有错误，0 个无法读取");
    // One file: no list, no totals.
    expect((await cli(["check", wrong])).out).not.toContain("有错误的文件");
  });

  it("goes on past an unreadable file, lists it at the end and exits 2", async () => {
    const broken = join(dir, "broken.docx");
    writeFileSync(broken, "this is not a zip");
    const { code, out, err } = await cli(["check", broken, consistent]);
    expect(code).toBe(2);
    expect(err).toContain("broken.docx");
    expect(err).toContain("无法读取");
    expect(out).toContain("consistent-2021.docx");
    expect(out).toContain(`无法读取的文件（1 个）：\n  ${broken} — 文件不是有效的 .docx`);
    expect(out).toContain("共 2 个文件：0 个有错误，1 个无法读取");

    const json = await cli(["check", "--json", broken, consistent]);
    const reports = JSON.parse(json.out) as JsonFileReport[];
    expect(reports.map((r) => r.error?.code ?? "ok")).toEqual(["not_zip", "ok"]);
    expect(reports[0]).toMatchObject({ groups: [], marks: [], headline: null });
    expect(json.code).toBe(2);
  });

  it("says a 0-byte file is empty", async () => {
    const empty = join(dir, "empty.docx");
    writeFileSync(empty, "");
    const { code, err } = await cli(["check", empty]);
    expect(code).toBe(2);
    expect(err).toContain("文件是空的（0 字节）");
    const [report] = JSON.parse((await cli(["check", "--json", empty])).out) as JsonFileReport[];
    expect(report.error).toMatchObject({ code: "empty", messageEn: "the file is empty (0 bytes)" });
  });

  it("reports a missing file", async () => {
    const { code, err } = await cli(["check", join(dir, "nope.docx")]);
    expect(code).toBe(2);
    expect(err).toContain("文件不存在");
  });

  it("checks every .docx of a folder and lists report-like files it did not check", async () => {
    const folder = mkdtempSync(join(dir, "folder-"));
    mkdirSync(join(folder, "sub"));
    copyFileSync(JINGSHAN, join(folder, "a.docx"));
    copyFileSync(consistent, join(folder, "sub", "b.docx"));
    writeFileSync(join(folder, "~$a.docx"), "lock file");
    writeFileSync(join(folder, "~$old.doc"), "lock file");
    writeFileSync(join(folder, "notes.txt"), "not a report");
    for (const name of ["old.doc", "draft.WPS", "sub/published.pdf", "other.odt"])
      writeFileSync(join(folder, name), "something");

    const { code, out } = await cli(["check", folder]);
    expect(code).toBe(0); // files that are not .docx do not change the code
    const closing = out.slice(out.indexOf("未检查的文件"));
    expect(closing.split("\n")[0]).toBe("未检查的文件（4 个，不是 .docx）：");
    expect(closing).toContain(
      `${join(folder, "old.doc")} — Word 97–2003 格式（.doc），不能直接检查：请在 Word 或 WPS 中另存为 .docx 后再检查`,
    );
    expect(closing).toContain(`${join(folder, "draft.WPS")} — WPS 文字格式（.wps）`);
    expect(closing).toContain(`${join(folder, "sub", "published.pdf")} — PDF 文件`);
    expect(closing).toContain(`${join(folder, "other.odt")} — OpenDocument 格式（.odt）`);
    expect(closing).not.toMatch(/notes\.txt|~\$/);
    expect(closing).toContain("共 2 个文件：0 个有错误，0 个无法读取，4 个未检查");

    const json = await cli(["check", "--json", folder]);
    const reports = JSON.parse(json.out) as JsonFileReport[];
    expect(reports.map((r) => [r.file.slice(folder.length + 1), r.notChecked?.code ?? "checked"])).toEqual([
      ["a.docx", "checked"],
      [join("sub", "b.docx"), "checked"],
      ["draft.WPS", "wps"],
      ["old.doc", "doc"],
      ["other.odt", "odt"],
      [join("sub", "published.pdf"), "pdf"],
    ]);
    expect(json.code).toBe(0);
  });

  it("exits 2 when a folder holds report-like files but no .docx", async () => {
    const folder = mkdtempSync(join(dir, "only-doc-"));
    writeFileSync(join(folder, "2023.doc"), "x");
    const { code, out } = await cli(["check", folder]);
    expect(code).toBe(2);
    expect(out).toContain("未检查的文件（1 个，不是 .docx）");
    expect(out).toContain("共 0 个文件");
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
});

describe("nianbao check --json", () => {
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

  it("adds groups, the headline and the marks, consistent with the findings", async () => {
    const [report] = JSON.parse((await cli(["check", "--json", LIUYING])).out) as JsonFileReport[];
    // Every finding is in exactly one group; groups are ordered errors, warnings, info.
    const indexes = report.groups.flatMap((g) => g.findings).sort((a, b) => a - b);
    expect(indexes).toEqual(report.findings.map((_, i) => i));
    const order = { error: 0, warning: 1, info: 2 };
    const severities = report.groups.map((g) => order[g.severity]);
    expect(severities).toEqual([...severities].sort());
    for (const g of report.groups)
      for (const i of g.findings)
        expect(report.findings[i]).toMatchObject({ rule: g.rule, severity: g.severity });
    const blanks = report.groups.find((g) => g.rule === "cell.blank" && g.table === "requests");
    expect(blanks).toMatchObject({
      kind: "repeat",
      section: 3,
      title: "表三 · 123 个单元格空白（统计数为 0 时应填 0）",
    });
    expect(blanks?.titleEn).toBe("Table 3 · 123 blank cells (write 0 where the count is zero)");
    expect(report.headline).toEqual({
      severity: "error",
      text: "1 个错误：缺少第六部分",
      textEn: "1\u00a0error: Section 6 is missing",
    });
    // One mark per cell, as the shared view computes it from the findings.
    const looks = cellLooks(report.findings);
    expect(report.marks).toEqual(looks.map((l) => ({ cell: l.cell, look: l.look, severity: l.severity })));
    expect(new Set(report.marks.map((m) => m.look))).toEqual(new Set(["blank", "suspect"]));
  });

  it("marks exactly one suspect cell for one wrong leaf", async () => {
    const [report] = JSON.parse((await cli(["check", "--json", wrong])).out) as JsonFileReport[];
    const suspects = report.marks.filter((m) => m.look === "suspect");
    expect(suspects).toEqual([
      { cell: report.fields["requests.granted.natural"].cell, look: "suspect", severity: "error" },
    ]);
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

describe("a bad command line: one clear line, exit 64, never a stack trace", () => {
  const oneLine = (err: string) => {
    expect(err.trimEnd().split("\n")).toHaveLength(1);
    expect(err).not.toMatch(/\n\s+at |Error:/);
  };

  it.each([
    [
      "template into a folder that does not exist",
      ["template", "-o", "missing/dir/x.docx"],
      /无法写入 missing\/dir\/x\.docx：文件夹不存在/,
    ],
    [
      "an unknown --format",
      ["template", "--format", "2020", "-o", "x.docx"],
      /未知的格式 --format 2020（可用 2021、2019）/,
    ],
    ["an unknown --lang", ["check", "--lang", "fr", "x.docx"], /未知的输出语言 --lang fr.*unknown --lang fr/],
    ["template without -o", ["template"], /template 需要 -o <输出文件\.docx>.*template needs -o/],
    ["an unknown option", ["check", "--frobnicate", "x.docx"], /未知选项 --frobnicate/],
    ["--prior without a file", ["check", "x.docx", "--prior"], /选项 --prior 缺少值/],
    ["check without files", ["check"], /请给出要检查的 \.docx 文件或文件夹/],
    ["--summary with --json", ["check", "--summary", "--json", "x.docx"], /--summary 不能与 --json 同时使用/],
    ["an unknown command", ["frobnicate"], /未知命令 frobnicate/],
  ])("%s", async (_what, args, words) => {
    const { code, out, err } = await cli(args);
    expect(code).toBe(64);
    expect(out).toBe("");
    oneLine(err);
    expect(err).toMatch(words);
  });

  it("template into a missing folder in English", async () => {
    const { code, err } = await cli(["template", "--lang", "en", "-o", join(dir, "no", "such", "x.docx")]);
    expect(code).toBe(64);
    expect(err).toMatch(/^Cannot write .*x\.docx: the folder does not exist\n$/);
  });

  it("prints the usage on request and when called bare", async () => {
    expect(await cli(["--help"])).toMatchObject({ code: 0, out: expect.stringContaining("用法 Usage") });
    expect(await cli(["check", "--help"])).toMatchObject({
      code: 0,
      out: expect.stringContaining("--errors-only"),
    });
    expect(await cli([])).toMatchObject({ code: 64, err: expect.stringContaining("用法 Usage") });
  });
});
