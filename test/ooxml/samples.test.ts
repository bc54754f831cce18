import { readFileSync } from "fs";
import { join } from "path";
import JSZip from "jszip";
import { readDocx } from "../../src/ooxml";
import type { DocCell, DocTable, ReportDocument } from "../../src/report/model";
import { paragraphs, tables } from "./xml";

const SAMPLES = join(__dirname, "../fixtures/samples");

function sampleBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(SAMPLES, `${name}.docx`)));
}

async function sample(name: string): Promise<ReportDocument> {
  return readDocx(sampleBytes(name));
}

/** The table that has a cell whose text starts with `label`, and that cell. */
function findCell(doc: ReportDocument, label: string): { table: DocTable; cell: DocCell } {
  for (const table of tables(doc))
    for (const row of table.rows)
      for (const cell of row.cells) if (cell.text.startsWith(label)) return { table, cell };
  throw new Error(`no cell starting with ${label}`);
}

/**
 * The sample's .txt (extracted independently from the original files): TAB-prefixed lines are
 * cells, following unprefixed lines continue the cell, a blank line ends a row, other lines are
 * paragraphs.
 */
function readTxt(name: string): { paragraphs: string[]; rows: string[][] } {
  const out = { paragraphs: [] as string[], rows: [] as string[][] };
  let row: string[] | null = null;
  for (const raw of readFileSync(join(SAMPLES, `${name}.txt`), "utf8").split("\n")) {
    const line = raw.replace("[bookmark: _GoBack]", "");
    if (line.startsWith("\t")) {
      if (row === null) out.rows.push((row = []));
      row.push(line.slice(1));
    } else if (line.trim() === "") row = null;
    else if (row !== null) row[row.length - 1] += `\n${line}`;
    else out.paragraphs.push(line.trim());
  }
  return out;
}

describe.each(["liuying-2019", "jingshan-2020", "shanghewan-2020"])("%s.docx", (name) => {
  it("has the same paragraphs and table rows as the independently extracted text", async () => {
    const doc = await sample(name);
    const txt = readTxt(name);
    const bodyTexts = paragraphs(doc)
      .map((x) => x.text.replace("[bookmark: _GoBack]", "").trim())
      .filter((x) => x !== "");
    expect(bodyTexts).toEqual(txt.paragraphs);
    const rows = tables(doc).flatMap((t) => t.rows.map((r) => r.cells.map((c) => c.text)));
    expect(rows).toEqual(txt.rows);
  });

  it("indexes paragraphs over the whole body, cell paragraphs included", async () => {
    const bytes = sampleBytes(name);
    const xml = await (await JSZip.loadAsync(bytes)).file("word/document.xml")?.async("string");
    const allParagraphs = (xml ?? "").match(/<w:p[ >/]/g)?.length ?? 0;
    const indexes = paragraphs(await readDocx(bytes)).map((x) => x.index);
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
    expect(indexes[indexes.length - 1]).toBe(allParagraphs - 1);
  });
});

describe("facts visible in the samples", () => {
  it("liuying-2019: the requests table's （七）总计 row is blank", async () => {
    const doc = await sample("liuying-2019");
    const { table, cell } = findCell(doc, "（七）总计");
    const row = table.rows[cell.rowIndex];
    const values = row.cells.filter((c) => c.gridColumn > cell.gridColumn);
    expect(values).toHaveLength(7);
    expect(values.map((c) => c.text)).toEqual(["", "", "", "", "", "", ""]);
    // The row above it has numbers, so the blank is the row's own.
    expect(table.rows[cell.rowIndex - 1].cells.map((c) => c.text)).toContain("1");
    expect(paragraphs(doc).find((x) => x.text.startsWith("1"))?.text).toBe("1、 总体情况");
  });

  it("jingshan-2020: +337 in the active table, and 其他对外管理服务事项 merged over two rows", async () => {
    const doc = await sample("jingshan-2020");
    const active = tables(doc)[0];
    expect(active.rows.flatMap((r) => r.cells.map((c) => c.text))).toContain("+337");
    const { table, cell } = findCell(doc, "其他对外管理服务事项");
    expect(table).toBe(active);
    expect([cell.vMerge, cell.rowSpan, cell.gridColumn]).toEqual(["restart", 2, 0]);
    const below = table.rows[cell.rowIndex + 1].cells[0];
    expect([below.vMerge, below.gridColumn, below.text]).toEqual(["continue", 0, ""]);
    expect(table.rows[cell.rowIndex].cells[1].text).toBe("行政检查");
    expect(table.rows[cell.rowIndex + 1].cells[1].text).toBe("行政确认");
  });

  it("shanghewan-2020: a cell written 00", async () => {
    const doc = await sample("shanghewan-2020");
    const cells = tables(doc).flatMap((t) => t.rows.flatMap((r) => r.cells));
    expect(cells.filter((c) => c.text === "00")).toHaveLength(1);
  });

  it("the WPS 2021 template: a 3-row requests header with the note cell merged down and across", async () => {
    const doc = await sample("blank-2021-template-wps");
    const { table, cell } = findCell(doc, "（本列数据的勾稽关系为");
    expect([cell.rowIndex, cell.gridColumn, cell.colSpan, cell.rowSpan, cell.vMerge]).toEqual([
      0,
      0,
      3,
      3,
      "restart",
    ]);
    expect(table.rows[1].cells[0]).toMatchObject({ vMerge: "continue", colSpan: 3, gridColumn: 0 });
    expect(table.rows[2].cells[0]).toMatchObject({ vMerge: "continue", colSpan: 3, gridColumn: 0 });
    expect(table.gridColumnCount).toBe(10);
    // 自然人 and 总计 span the two lower header rows; 法人或其他组织 spans five columns.
    expect(table.rows[1].cells.map((c) => [c.text, c.gridColumn, c.colSpan, c.rowSpan])).toEqual([
      ["", 0, 3, 1],
      ["自然人", 3, 1, 2],
      ["法人或其他组织", 4, 5, 1],
      ["总计", 9, 1, 2],
    ]);
    expect(table.rows[2].cells.map((c) => c.text)).toEqual([
      "",
      "",
      "商业\n企业",
      "科研\n机构",
      "社会公益组织",
      "法律服务机构",
      "其他",
      "",
    ]);
    expect(table.rows.map((r) => r.isHeader)).not.toContain(true);
  });

  it("the WPS 2021 template: caption rows shaded C6D9F1, the other cells auto", async () => {
    const doc = await sample("blank-2021-template-wps");
    const active = tables(doc)[0];
    expect(active.rows[0].cells.map((c) => [c.text, c.shading])).toEqual([["第二十条第（一）项", "C6D9F1"]]);
    expect(active.rows[1].cells.map((c) => c.shading)).toEqual(["auto", "auto", "auto", "auto"]);
  });
});
