import { readFileSync } from "fs";
import { join } from "path";
import { isTableSpec } from "../../src/docx";
import { FORMATS, type FormatDef } from "../../src/report/formats";
import { buildTemplateDocx, SECTION_HEADINGS, TEMPLATE_TITLE, templateSpec } from "../../src/template";
import { mergeShape, paragraphsIn, readBody, rowSpanAt, tablesIn, type XmlTable } from "../support/docxXml";

const formats = Object.values(FORMATS).map((f) => [f.id, f] as const);

/** What the active table must look like: per block a caption row, a header row, the data rows. */
function expectedActiveShape(format: FormatDef): string[] {
  const width = 1 + Math.max(...format.active.blocks.map((b) => b.columns.length));
  return format.active.blocks.flatMap((b) => {
    const rest = width - b.columns.length; // grid columns the last value column absorbs
    const values = b.columns
      .map((_, i) => (i === b.columns.length - 1 && rest > 1 ? `c${rest}` : "."))
      .join(" ");
    return [`c${width}`, `. ${values}`, ...b.rows.map(() => `. ${values}`)];
  });
}

describe.each(formats)("template for the %s format", (_, format) => {
  let tables: XmlTable[];
  let paragraphs: string[];

  beforeAll(async () => {
    const body = await readBody(await buildTemplateDocx(format.id));
    tables = tablesIn(body);
    paragraphs = paragraphsIn(body).map((p) => p.text);
  });

  test("title without a year, the six headings in order, a table after 二, 三 and 四", async () => {
    const spec = templateSpec(format);
    const order = spec.blocks.map((b) => (isTableSpec(b) ? "[table]" : b.text)).filter((t) => t !== "");
    expect(order).toEqual([
      TEMPLATE_TITLE,
      SECTION_HEADINGS[0],
      SECTION_HEADINGS[1],
      "[table]",
      SECTION_HEADINGS[2],
      "[table]",
      SECTION_HEADINGS[3],
      "[table]",
      SECTION_HEADINGS[4],
      SECTION_HEADINGS[5],
    ]);
    expect(paragraphs.filter((p) => p !== "")).toEqual([TEMPLATE_TITLE, ...SECTION_HEADINGS]);
    expect(tables).toHaveLength(3);
    const body = await readBody(await buildTemplateDocx(format.id));
    const title = paragraphsIn(body).find((p) => p.text === TEMPLATE_TITLE);
    expect(title).toMatchObject({ font: "方正小标宋简体", align: "center" });
    for (const h of SECTION_HEADINGS)
      expect(paragraphsIn(body).find((p) => p.text === h)).toMatchObject({ font: "黑体", outlineLevel: 0 });
  });

  test("no digits that could pass for a year, anywhere in the text", () => {
    const allText = [...paragraphs, ...tables.flatMap((t) => t.rows.flat().map((c) => c.text))].join("\n");
    expect(allText).not.toMatch(/\d{4}/);
    expect(allText).not.toMatch(/[０-９]/);
  });

  test("active: caption rows across the table, blocks with fewer value columns span the width", () => {
    const active = tables[0];
    const width = 1 + Math.max(...format.active.blocks.map((b) => b.columns.length));
    expect(active.gridColumns).toHaveLength(width);
    expect(mergeShape(active)).toEqual(expectedActiveShape(format));
    let r = 0;
    for (const block of format.active.blocks) {
      expect(active.rows[r++].map((c) => c.text)).toEqual([block.caption]);
      expect(active.rows[r++].map((c) => c.text)).toEqual([
        format.active.headerLabel,
        ...block.columns.map((c) => c.label),
      ]);
      for (const row of block.rows)
        expect(active.rows[r++].map((c) => c.text)).toEqual([row.label, ...block.columns.map(() => "")]);
    }
    expect(r).toBe(active.rows.length);
  });

  test("requests: 10 grid columns, the 3-row header and one row per format row", () => {
    const requests = tables[1];
    const def = format.requests;
    expect(requests.gridColumns).toHaveLength(10);
    expect(requests.rows).toHaveLength(3 + def.rows.length);
    const shape = mergeShape(requests);
    expect(shape.slice(0, 3)).toEqual(["c3R c7", "c3^ R c5 R", "c3^ ^ . . . . . ^"]);
    expect(rowSpanAt(requests, 0, 0)).toBe(3);
    expect(rowSpanAt(requests, 1, 1)).toBe(2);
    expect(rowSpanAt(requests, 1, 3)).toBe(2);
    expect(requests.rows[0].map((c) => c.text)).toEqual([def.note, def.applicantHeader]);
    expect(requests.rows[1].map((c) => c.text)).toEqual([
      "",
      def.columns[0].label,
      def.orgHeader,
      def.columns[def.columns.length - 1].label,
    ]);
    expect(requests.rows[2].slice(2, 7).map((c) => c.text)).toEqual(
      def.columns.slice(1, 6).map((c) => c.label),
    );

    const results = def.rows.filter((r) => r.leaf || r.id === "results_total");
    def.rows.forEach((row, i) => {
      const cells = requests.rows[3 + i];
      const labels = cells.slice(0, cells.length - 7);
      expect(cells.slice(-7).map((c) => c.text)).toEqual(Array(7).fill(""));
      expect(cells.slice(-7).every((c) => c.colSpan === 1 && !c.vMerge)).toBe(true);
      expect(labels[labels.length - 1].text).toBe(row.label);
      expect(labels.reduce((n, c) => n + c.colSpan, 0)).toBe(3);
      if (!results.includes(row)) {
        // 一、 二、 四、: one label across all three columns.
        expect(labels.map((c) => c.colSpan)).toEqual([3]);
        return;
      }
      const first = results[0] === row;
      expect(labels[0].vMerge).toBe(first ? "restart" : "continue");
      if (first) {
        expect(labels[0].text).toBe(def.resultsLabel);
        expect(rowSpanAt(requests, 3 + i, 0)).toBe(results.length);
      }
      if (row.group === undefined) expect(labels.slice(1).map((c) => c.colSpan)).toEqual([2]);
      else {
        const groupStart = def.rows.findIndex((r) => r.group === row.group);
        expect(labels[1].vMerge).toBe(groupStart === i ? "restart" : "continue");
        if (groupStart === i) {
          expect(labels[1].text).toBe(row.group);
          expect(rowSpanAt(requests, 3 + i, 1)).toBe(def.rows.filter((r) => r.group === row.group).length);
        }
      }
    });
    // The format's own merged groups, spelled out once so that a data change cannot hide here.
    const groups = [...new Set(def.rows.map((r) => r.group).filter(Boolean))];
    expect(groups).toEqual(
      format.id === "2021"
        ? ["（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理"]
        : ["（三）不予公开", "（四）无法提供", "（五）不予处理"],
    );
    expect(results).toHaveLength(format.id === "2021" ? 22 : 20);
  });

  test("appeals: 15 grid columns, 3 header rows and one data row", () => {
    const appeals = tables[2];
    expect(appeals.gridColumns).toHaveLength(15);
    expect(mergeShape(appeals)).toEqual([
      "c5 c10",
      "R R R R R c5 c5",
      ["^ ^ ^ ^ ^", ...Array(10).fill(".")].join(" "),
      Array(15).fill(".").join(" "),
    ]);
    const labels = format.appeals.columns.map((c) => c.label);
    expect(appeals.rows[0].map((c) => c.text)).toEqual(["行政复议", "行政诉讼"]);
    expect(appeals.rows[1].map((c) => c.text)).toEqual([...labels, "未经复议直接起诉", "复议后起诉"]);
    expect(appeals.rows[2].slice(5).map((c) => c.text)).toEqual([...labels, ...labels]);
    for (let i = 0; i < 5; i++) expect(rowSpanAt(appeals, 1, i)).toBe(2);
    expect(appeals.rows[3].map((c) => c.text)).toEqual(Array(15).fill(""));
  });
});

test("the 2021 format is the default", async () => {
  const shapes = async (bytes: Uint8Array) => tablesIn(await readBody(bytes)).map(mergeShape);
  expect(await shapes(await buildTemplateDocx())).toEqual(await shapes(await buildTemplateDocx("2021")));
  expect(await shapes(await buildTemplateDocx())).not.toEqual(await shapes(await buildTemplateDocx("2019")));
});

test("the template is small enough for insertFileFromBase64 (4 MB)", async () => {
  for (const [id] of formats) expect((await buildTemplateDocx(id)).length).toBeLessThan(100_000);
});

test("the 2021 tables have the geometry and labels of a real WPS template", async () => {
  const wps = tablesIn(
    await readBody(
      new Uint8Array(
        readFileSync(join(__dirname, "..", "fixtures", "samples", "blank-2021-template-wps.docx")),
      ),
    ),
  );
  const ours = tablesIn(await readBody(await buildTemplateDocx("2021")));
  // WPS breaks some labels over lines and puts full-width spaces in empty cells.
  const texts = (t: XmlTable) => t.rows.map((r) => r.map((c) => c.text.replace(/\s/g, "")));
  expect(ours.map(mergeShape)).toEqual(wps.map(mergeShape));
  expect(ours.map(texts)).toEqual(wps.map(texts));
});
