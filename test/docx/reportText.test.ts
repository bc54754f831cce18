import { readFileSync } from "fs";
import { join } from "path";
import { FORMATS } from "../../src/report/formats";
import { templateSpec } from "../../src/template";
import { buildDocx, buildDocxFromText, readReportFixture } from "../support/buildDocx";
import { mergeShape, paragraphsIn, readBody, tablesIn, type XmlTable } from "../support/docxXml";
import {
  cell,
  deleteRow,
  findTable,
  fromDocSpec,
  getCell,
  gridOf,
  insertRow,
  parseReportText,
  serializeReportText,
  setCell,
  splitTable,
  stripAnnotations,
  tablesOf,
  toDocSpec,
} from "../support/reportText";

const SAMPLES = ["liuying-2019", "shanghewan-2020", "jingshan-2020"];
const ALL_FIXTURES = [...SAMPLES, "consistent-2019", "consistent-2021"];
const samplePath = (name: string, ext: string) =>
  join(__dirname, "..", "fixtures", "samples", `${name}.${ext}`);

const texts = (t: XmlTable) => t.rows.map((r) => r.map((c) => c.text));

describe("annotated report fixtures", () => {
  test.each(SAMPLES)("%s: removing the annotations gives the sample text back exactly", (name) => {
    const annotated = readReportFixture(name);
    expect(annotated).not.toBe(readFileSync(samplePath(name, "txt"), "utf8"));
    expect(stripAnnotations(annotated)).toBe(readFileSync(samplePath(name, "txt"), "utf8"));
  });

  test.each(SAMPLES)("%s: builds with the merges and cell texts of the LibreOffice .docx", async (name) => {
    const built = await readBody(await buildDocxFromText(readReportFixture(name)));
    const original = await readBody(new Uint8Array(readFileSync(samplePath(name, "docx"))));
    const [ours, theirs] = [tablesIn(built), tablesIn(original)];
    expect(ours).toHaveLength(theirs.length);
    ours.forEach((table, i) => {
      expect(table.gridColumns).toHaveLength(theirs[i].gridColumns.length);
      expect(mergeShape(table)).toEqual(mergeShape(theirs[i]));
      expect(texts(table)).toEqual(texts(theirs[i]));
    });
    // The text extraction wrote the originals' non-breaking spaces as spaces; empty paragraphs
    // differ between the extraction and the LibreOffice copy.
    const words = (blocks: typeof built) =>
      paragraphsIn(blocks)
        .map((p) => p.text.replace(/\u00a0/g, " "))
        .filter((t) => t.trim() !== "");
    expect(words(built)).toEqual(words(original));
  });

  test.each(ALL_FIXTURES)("%s: parse and serialise give the annotated text back", (name) => {
    const annotated = readReportFixture(name);
    // The only thing the parser drops is the extraction artifact.
    expect(serializeReportText(parseReportText(annotated))).toBe(
      annotated.replace("[bookmark: _GoBack]", ""),
    );
  });
});

describe("parseReportText", () => {
  const text = [
    "{title}标题",
    "正文[bookmark: _GoBack]",
    "\t{c=2,r=2}左",
    "\t右",
    "",
    "\t{^}",
    "\t多行",
    "第二行",
    "",
    "",
    "\t另一表",
    "",
  ].join("\n");

  test("reads paragraphs, tables, spans, covered cells and continuation lines", () => {
    const report = parseReportText(text);
    expect(report.blocks.map((b) => b.kind)).toEqual([
      "paragraph",
      "paragraph",
      "table",
      "paragraph",
      "table",
    ]);
    expect(report.blocks[0]).toEqual({ kind: "paragraph", text: "标题", style: "title" });
    expect(report.blocks[1]).toEqual({ kind: "paragraph", text: "正文" });
    const [first, second] = tablesOf(report);
    expect(first.rows).toEqual([
      [cell("左", 2, 2), cell("右")],
      [{ text: "", colSpan: 1, rowSpan: 1, covered: true }, cell("多行\n第二行")],
    ]);
    expect(second.rows).toEqual([[cell("另一表")]]);
  });

  test("the document spec drops covered cells and keeps spans", () => {
    expect(toDocSpec(parseReportText(text)).blocks[2]).toEqual({
      rows: [[{ text: "左", colSpan: 2, rowSpan: 2 }, { text: "右" }], [{ text: "多行\n第二行" }]],
    });
  });

  test.each([
    ["a covered cell without a merge above", "\t{^}\n\ta\n", /no merged cell/],
    ["a merge without its covered cell", "\t{r=2}a\n\tb\n\n\tc\n\td\n", /expected \{\^\}/],
    ["a rowSpan past the last row", "\t{r=2}a\n", /past the last row/],
    ["a covered cell with text", "\t{r=2}a\n\n\t{^}x\n", /has text/],
    ["a row that stops before the merge", "\ta\n\t{r=2}b\n\n\tc\n", /ends before/],
  ])("rejects %s", (_, bad, message) => {
    expect(() => parseReportText(bad)).toThrow(message);
  });

  test("plain extraction text (no annotations) parses too, as unmerged cells", () => {
    const report = parseReportText(readFileSync(samplePath("liuying-2019", "txt"), "utf8"));
    expect(tablesOf(report)).toHaveLength(3);
    expect(
      tablesOf(report)
        .flatMap((t) => t.rows.flat())
        .some((c) => c.covered || c.rowSpan > 1),
    ).toBe(false);
  });

  test("fromDocSpec is the inverse of toDocSpec (on the product's template)", () => {
    for (const format of Object.values(FORMATS)) {
      const spec = templateSpec(format);
      expect(toDocSpec(fromDocSpec(spec))).toEqual({
        blocks: spec.blocks.map((b) =>
          "rows" in b
            ? {
                rows: b.rows.map((r) =>
                  r.map((c) => ({
                    text: c.text,
                    ...(c.colSpan && c.colSpan > 1 ? { colSpan: c.colSpan } : {}),
                    ...(c.rowSpan && c.rowSpan > 1 ? { rowSpan: c.rowSpan } : {}),
                  })),
                ),
              }
            : { text: b.text, kind: b.kind ?? "body" },
        ),
      });
    }
  });
});

describe("editing a parsed report", () => {
  const requests = "本年度办理结果";

  test("setCell addresses tables and rows by text and cells from the end", async () => {
    const report = parseReportText(readReportFixture("consistent-2021"));
    setCell(report, { table: requests, row: "一、本年新收", cell: -1 }, "99");
    expect(getCell(report, { table: 1, row: 3, cell: 7 }).text).toBe("99");
    const [, table] = tablesIn(await readBody(await buildDocx(report)));
    expect(table.rows[3][7].text).toBe("99");
    expect(() => setCell(report, { table: requests, row: 4, cell: 0 }, "x")).not.toThrow();
    expect(() => setCell(report, { table: requests, row: "（二）部分公开", cell: 0 }, "x")).toThrow(
      /covered/,
    );
    expect(() => findTable(report, "没有这个表")).toThrow();
  });

  test("deleteRow shrinks merges through the row and moves a merge that starts in it", async () => {
    const report = parseReportText(readReportFixture("consistent-2021"));
    const table = findTable(report, requests);
    const rows = table.rows.length;
    deleteRow(report, requests, "（一）予以公开"); // starts 三、本年度办理结果
    deleteRow(report, requests, "2.其他法律行政法规禁止公开"); // inside （三）不予公开
    expect(table.rows).toHaveLength(rows - 2);
    const first = table.rows[5];
    expect(first[0]).toEqual(cell("三、本年度办理结果", 1, 20));
    expect(first[1].text).toContain("（二）部分公开");
    expect(table.rows[6][1]).toEqual(cell("（三）不予公开", 1, 7));
    expect(() => gridOf(table)).not.toThrow();
    const [, built] = tablesIn(await readBody(await buildDocx(report)));
    expect(built.rows).toHaveLength(rows - 2);
    expect(mergeShape(built)[5].startsWith("R c2")).toBe(true);
  });

  test("insertRow fills in the covered cells of merges that run through it", async () => {
    const report = parseReportText(readReportFixture("consistent-2021"));
    insertRow(report, requests, "2.重复申请", ["6.其他", "0", "0", "0", "0", "0", "0", "0"]);
    const table = findTable(report, requests);
    const i = table.rows.findIndex((r) => r.some((c) => c.text === "6.其他"));
    expect(table.rows[i].slice(0, 3).map((c) => c.covered)).toEqual([true, true, false]);
    expect(getCell(report, { table: requests, row: "三、本年度办理结果", cell: 0 }).rowSpan).toBe(23);
    expect(getCell(report, { table: requests, row: "（五）不予处理", cell: 1 }).rowSpan).toBe(6);
    // Appending needs no covered cells.
    insertRow(report, requests, table.rows.length, [cell("合计", 3), "1", "2", "3", "4", "5", "6", "21"]);
    expect(table.rows[table.rows.length - 1][0]).toEqual(cell("合计", 3));
    const [, built] = tablesIn(await readBody(await buildDocx(report)));
    expect(built.rows).toHaveLength(table.rows.length);
  });

  test("splitTable cuts a table (and any merge across the cut) in two", async () => {
    const report = parseReportText(readReportFixture("consistent-2021"));
    splitTable(report, "第二十条第（一）项", "第二十条第（五）项");
    splitTable(report, requests, "（三）不予公开", "（表格续）");
    expect(tablesOf(report)).toHaveLength(5);
    const lower = tablesOf(report)[3];
    expect(lower.rows[0][0]).toEqual(cell("", 1, 20));
    expect(getCell(report, { table: 2, row: "三、本年度办理结果", cell: 0 }).rowSpan).toBe(2);
    const body = await readBody(await buildDocx(report));
    expect(tablesIn(body)).toHaveLength(5);
    expect(paragraphsIn(body).some((p) => p.text === "（表格续）")).toBe(true);
  });

  test("edits survive a serialise/parse round trip", () => {
    const report = parseReportText(readReportFixture("consistent-2019"));
    deleteRow(report, "本年度办理结果", "（三）不予公开");
    splitTable(report, "第二十条第（一）项", "第二十条第（九）项");
    expect(parseReportText(serializeReportText(report))).toEqual(report);
  });
});

test("serialising refuses text the line format cannot hold", () => {
  const report = parseReportText("正文\n\t甲\n");
  tablesOf(report)[0].rows[0][0].text = "上\n\n下";
  expect(() => serializeReportText(report)).toThrow(/cannot be written/);
  tablesOf(report)[0].rows[0][0].text = "上\n下";
  expect(serializeReportText(report)).toBe("正文\n\t上\n下\n\n");
  report.blocks[0] = { kind: "paragraph", text: "一\n二" };
  expect(() => serializeReportText(report)).toThrow(/line break/);
});
