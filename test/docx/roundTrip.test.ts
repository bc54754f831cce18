/**
 * What writeDocx writes, the product's own reader (src/ooxml) reads back: paragraph texts and
 * outline levels, and every table's cells with their grid columns, spans and merges.
 */
import { isParagraphSpec, isTableSpec, layoutTable, writeDocx, type DocSpec } from "../../src/docx";
import { readDocx } from "../../src/ooxml";
import { FORMATS } from "../../src/report/formats";
import type { DocParagraph, DocTable } from "../../src/report/model";
import { templateSpec } from "../../src/template";
import { readReportFixture } from "../support/buildDocx";
import { parseReportText, toDocSpec } from "../support/reportText";

const specs: [string, DocSpec][] = [
  ...Object.values(FORMATS).map((f): [string, DocSpec] => [`template ${f.id}`, templateSpec(f)]),
  ...["jingshan-2020", "consistent-2021", "consistent-2019"].map((name): [string, DocSpec] => [
    name,
    toDocSpec(parseReportText(readReportFixture(name))),
  ]),
];

test.each(specs)("%s reads back as written", async (_, spec) => {
  const doc = await readDocx(await writeDocx(spec));
  const paragraphs = doc.blocks.filter((b): b is DocParagraph => b.kind === "paragraph");
  const tables = doc.blocks.filter((b): b is DocTable => b.kind === "table");

  const expectedParagraphs = spec.blocks.filter(isParagraphSpec);
  expect(paragraphs.map((p) => p.text)).toEqual(expectedParagraphs.map((p) => p.text));
  expect(paragraphs.map((p) => p.outlineLevel)).toEqual(
    expectedParagraphs.map((p) => (p.kind === "heading" ? 0 : undefined)),
  );

  const expectedTables = spec.blocks.filter(isTableSpec);
  expect(tables).toHaveLength(expectedTables.length);
  tables.forEach((table, t) => {
    const layout = layoutTable(expectedTables[t]);
    expect(table.gridColumnCount).toBe(layout.columnCount);
    expect(table.nestingLevel).toBe(1);
    const read = table.rows.map((r) =>
      r.cells.map((c) => ({
        column: c.gridColumn,
        colSpan: c.colSpan,
        rowSpan: c.rowSpan,
        vMerge: c.vMerge,
        text: c.text,
      })),
    );
    const written = layout.rows.map((r) =>
      r.map((c) => ({
        column: c.column,
        colSpan: c.colSpan,
        rowSpan: c.rowSpan,
        vMerge: c.vMerge,
        text: c.spec?.text ?? "",
      })),
    );
    expect(read).toEqual(written);
  });
});
