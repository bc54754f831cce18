// The paragraph map of WordApi 1.1 (cells → their paragraphs in body order) agrees with the
// engine's model on every fixture: same tables and cells, each cell's paragraphs joined give the
// cell's text, body paragraphs sit at their model index, and nothing is counted twice.
import JSZip from "jszip";
import { readDocx } from "../../../src/ooxml";
import { allTables, bodyParagraphs } from "../../../src/report/model";
import { cellKey, mapParagraphs } from "../../../src/word/api11/paragraphMap";
import { FIXTURES, fixtureBytes, SPECIAL, type FixtureName } from "../support";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const documentOf = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${body}<w:sectPr/></w:body></w:document>`;

describe("mapParagraphs", () => {
  it.each([...FIXTURES, SPECIAL] as FixtureName[])("%s: agrees with the model", async (name) => {
    const bytes = await fixtureBytes(name);
    const xml = await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
    const doc = await readDocx(bytes);
    const map = mapParagraphs(xml);

    const owner = new Map<number, string>();
    for (const p of bodyParagraphs(doc)) {
      expect(map.paragraphs[p.index]?.text).toBe(p.text);
      owner.set(p.index, "body");
    }
    let cells = 0;
    for (const t of allTables(doc))
      for (const row of t.rows)
        for (const c of row.cells) {
          const key = cellKey(t.index, row.rowIndex, c.cellIndex);
          const paragraphs = map.cells.get(key);
          expect(paragraphs).toBeDefined();
          expect(paragraphs!.map((i) => map.paragraphs[i].text).join("\n")).toBe(c.text);
          for (const i of paragraphs!) {
            expect(owner.get(i)).toBeUndefined();
            owner.set(i, key);
          }
          cells++;
        }
    expect(map.cells.size).toBe(cells);
    // Every paragraph belongs to the body or to exactly one cell.
    expect(owner.size).toBe(map.paragraphs.length);
  });

  it("folds a legacy hMerge continuation into the cell before it, as the model does", () => {
    const xml = documentOf(
      '<w:tbl><w:tr><w:tc><w:tcPr><w:hMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>甲</w:t></w:r></w:p></w:tc>' +
        "<w:tc><w:tcPr><w:hMerge/></w:tcPr><w:p><w:r><w:t>乙</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl><w:p/>",
    );
    const map = mapParagraphs(xml);
    expect(map.cells.get("0:0:0")).toEqual([0, 1]);
    expect(map.cells.get("0:0:1")).toEqual([2]);
    expect(map.paragraphs).toHaveLength(4);
  });

  it("notes highlighted runs and paragraph marks, not other run properties or earlier (changed) ones", () => {
    const xml = documentOf(
      [
        '<w:p><w:r><w:rPr><w:highlight w:val="yellow"/></w:rPr><w:t>亮</w:t></w:r></w:p>',
        '<w:p><w:pPr><w:rPr><w:highlight w:val="green"/></w:rPr></w:pPr><w:r><w:t>标记</w:t></w:r></w:p>',
        '<w:p><w:r><w:rPr><w:b/><w:shd w:val="clear" w:fill="FF0000"/></w:rPr><w:t>粗</w:t></w:r></w:p>',
        '<w:p><w:r><w:rPr><w:highlight w:val="none"/></w:rPr><w:t>无</w:t></w:r></w:p>',
        '<w:p><w:r><w:rPr><w:rPrChange><w:rPr><w:highlight w:val="red"/></w:rPr></w:rPrChange></w:rPr><w:t>改</w:t></w:r></w:p>',
      ].join(""),
    );
    expect(mapParagraphs(xml).paragraphs.map((p) => [p.text, p.highlighted])).toEqual([
      ["亮", true],
      ["标记", true],
      ["粗", false],
      ["无", false],
      ["改", false],
    ]);
  });

  it("reads the document part of a flat-OPC package, skipping text boxes and alternate content", () => {
    const body =
      "<w:p><w:r><w:t>前</w:t></w:r><w:r><w:drawing><w:txbxContent><w:p><w:r><w:t>框</w:t></w:r></w:p></w:txbxContent></w:drawing></w:r></w:p>" +
      "<w:sdt><w:sdtContent><w:tbl><w:tr><w:tc><w:sdt><w:sdtContent><w:p><w:r><w:t>控</w:t></w:r></w:p></w:sdtContent></w:sdt></w:tc></w:tr></w:tbl></w:sdtContent></w:sdt>" +
      "<w:p><mc:AlternateContent><mc:Choice><w:r><w:t>甲</w:t></w:r></mc:Choice></mc:AlternateContent><w:r><w:t>后</w:t></w:r></w:p>";
    const pkg =
      '<?xml version="1.0" standalone="yes"?><pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' +
      '<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData>' +
      documentOf(body).replace(/^<\?xml[^>]*\?>/, "") +
      "</pkg:xmlData></pkg:part></pkg:package>";
    const map = mapParagraphs(pkg);
    expect(map.paragraphs.map((p) => p.text)).toEqual(["前", "控", "后"]);
    expect(map.cells.get("0:0:0")).toEqual([1]);
  });
});
