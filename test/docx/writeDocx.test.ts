import JSZip from "jszip";
import type { DocSpec, TableSpec } from "../../src/docx";
import { toBase64, writeDocx } from "../../src/docx";
import { documentXml, mergeShape, paragraphsIn, readBody, rowSpanAt, tablesIn } from "../support/docxXml";

/** A4 text width in twips with the GB/T 9704 margins the writer uses. */
const TEXT_WIDTH = 11906 - 1587 - 1474;

const merged: TableSpec = {
  rows: [
    [
      { text: "左上", colSpan: 2, rowSpan: 3 },
      { text: "右上", colSpan: 2 },
    ],
    [{ text: "甲", rowSpan: 2 }, { text: "乙" }],
    [{ text: "丙" }],
    [{ text: "一" }, { text: "二" }, { text: "三\n四" }, { text: "" }],
  ],
};

describe("writeDocx", () => {
  test("writes a zip package with the main document part", async () => {
    const bytes = await writeDocx({ blocks: [{ text: "正文" }] });
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Array.from(bytes.slice(0, 2))).toEqual([0x50, 0x4b]); // "PK"
    const zip = await JSZip.loadAsync(bytes);
    expect(zip.file("[Content_Types].xml")).not.toBeNull();
    expect(await documentXml(bytes)).toContain("正文");
  });

  test("formats title, headings and body as an official document on A4", async () => {
    const bytes = await writeDocx({
      blocks: [
        { text: "某局2023年政府信息公开工作年度报告", kind: "title" },
        { text: "一、总体情况", kind: "heading" },
        { text: "第一行\n第二行" },
        { text: "落款", align: "right" },
      ],
    });
    const [title, heading, body, signature] = paragraphsIn(await readBody(bytes));
    expect(title).toMatchObject({ font: "方正小标宋简体", size: 44, align: "center" });
    expect(title.outlineLevel).toBeUndefined();
    expect(heading).toMatchObject({ text: "一、总体情况", font: "黑体", size: 32, outlineLevel: 0 });
    expect(body).toMatchObject({ text: "第一行\n第二行", font: "仿宋_GB2312", size: 32, align: "both" });
    expect(body.outlineLevel).toBeUndefined();
    expect(signature.align).toBe("right");
    const xml = await documentXml(bytes);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  });

  test("writes colSpan as gridSpan and rowSpan as vMerge restart/continue", async () => {
    const [table] = tablesIn(await readBody(await writeDocx({ blocks: [merged] })));
    expect(table.gridColumns).toHaveLength(4);
    expect(mergeShape(table)).toEqual(["c2R c2", "c2^ R .", "c2^ ^ .", ". . . ."]);
    expect(rowSpanAt(table, 0, 0)).toBe(3);
    expect(rowSpanAt(table, 1, 1)).toBe(2);
    expect(table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ["左上", "右上"],
      ["", "甲", "乙"],
      ["", "", "丙"],
      ["一", "二", "三\n四", ""],
    ]);
  });

  test("formats tables: full width, borders on every cell, 宋体 10.5pt centred", async () => {
    const [table] = tablesIn(await readBody(await writeDocx({ blocks: [merged] })));
    expect(table.width).toBe("pct:100%");
    expect(table.gridColumns.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
    for (const cell of table.rows.flat()) {
      expect(cell.hasBorders).toBe(true);
      expect(cell).toMatchObject({ font: "宋体", size: 21, align: "center" });
    }
  });

  test("scales relative column widths to the text width", async () => {
    const spec: DocSpec = { blocks: [{ rows: [[{ text: "a" }, { text: "b" }]], columnWidths: [3, 1] }] };
    const [table] = tablesIn(await readBody(await writeDocx(spec)));
    expect(table.gridColumns[0]).toBe(Math.floor((TEXT_WIDTH * 3) / 4));
    expect(table.gridColumns[0] + table.gridColumns[1]).toBe(TEXT_WIDTH);
  });

  test("bold cells and cell alignment", async () => {
    const spec: DocSpec = {
      blocks: [{ rows: [[{ text: "粗", bold: true, align: "left" }, { text: "细" }]] }],
    };
    const xml = await documentXml(await writeDocx(spec));
    expect(xml).toMatch(/<w:b\/>(?:(?!<\/w:r>).)*粗/);
    expect(xml).not.toMatch(/<w:b\/>(?:(?!<\/w:r>).)*细/);
    const [table] = tablesIn(await readBody(await writeDocx(spec)));
    expect(table.rows[0].map((c) => c.align)).toEqual(["left", "center"]);
  });

  test("accepts rows shorter than the grid, as Word does", async () => {
    const spec: DocSpec = {
      blocks: [{ rows: [[{ text: "a" }, { text: "b" }, { text: "c" }], [{ text: "d" }]] }],
    };
    const [table] = tablesIn(await readBody(await writeDocx(spec)));
    expect(table.gridColumns).toHaveLength(3);
    expect(mergeShape(table)).toEqual([". . .", "."]);
  });

  test("rejects geometry that Word cannot represent", async () => {
    await expect(writeDocx({ blocks: [{ rows: [[{ text: "a", rowSpan: 2 }]] }] })).rejects.toThrow(
      /past the last row/,
    );
    await expect(
      writeDocx({
        blocks: [{ rows: [[{ text: "a" }, { text: "b", rowSpan: 2 }], [{ text: "c", colSpan: 2 }]] }],
      }),
    ).rejects.toThrow(/overlaps/);
    await expect(
      writeDocx({ blocks: [{ rows: [[{ text: "a" }, { text: "b", rowSpan: 2 }], []] }] }),
    ).rejects.toThrow(/before the merged cell/);
    await expect(writeDocx({ blocks: [{ rows: [[{ text: "a" }]], columnWidths: [1, 1] }] })).rejects.toThrow(
      /columnWidths/,
    );
  });
});

describe("toBase64", () => {
  test("matches Node's encoder for every padding case", () => {
    for (let n = 0; n < 10; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + 13) & 255);
      expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
    }
  });

  test("encodes a whole package", async () => {
    const bytes = await writeDocx({ blocks: [merged] });
    expect(Buffer.from(toBase64(bytes), "base64").equals(Buffer.from(bytes))).toBe(true);
  });
});
