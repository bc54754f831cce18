import { readFileSync } from "fs";
import { join } from "path";
import JSZip from "jszip";
import { DocxReadError, parseFlatOpc, readDocx } from "../../src/ooxml";
import { abstractNum, documentXml, num, numberingXml, numPr, p, paragraphs, stylesXml, tables } from "./xml";

const SAMPLES = join(__dirname, "../fixtures/samples");

async function samplePart(name: string, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(new Uint8Array(readFileSync(join(SAMPLES, `${name}.docx`))));
  const text = await zip.file(part)?.async("string");
  if (text === undefined) throw new Error(`${name} has no ${part}`);
  return text;
}

/** The n-th top-level `<w:tbl>…</w:tbl>` of a document.xml, nested tables included. */
function topLevelTable(xml: string, n: number): string {
  let depth = 0;
  let start = -1;
  let found = 0;
  const tags = /<w:tbl>|<\/w:tbl>/g;
  for (let m = tags.exec(xml); m; m = tags.exec(xml)) {
    if (m[0] === "<w:tbl>") {
      if (depth++ === 0) start = m.index;
    } else if (--depth === 0 && found++ === n) return xml.slice(start, m.index + m[0].length);
  }
  throw new Error(`no table ${n}`);
}

const stripDeclaration = (xml: string): string => xml.replace(/^<\?xml[^>]*\?>\s*/, "");

/** A package shaped like Word's Range.getOoxml() output. */
function flatPackage(documentRootTag: string, body: string, extraParts = ""): string {
  return (
    '<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n' +
    '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' +
    '<pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml" pkg:padding="512"><pkg:xmlData>' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>' +
    "</pkg:xmlData></pkg:part>" +
    '<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData>' +
    `${documentRootTag}<w:body>${body}<w:p/><w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>` +
    "</pkg:xmlData></pkg:part>" +
    '<pkg:part pkg:name="/word/media/image1.png" pkg:contentType="image/png" pkg:compression="store"><pkg:binaryData>iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==</pkg:binaryData></pkg:part>' +
    extraParts +
    "</pkg:package>"
  );
}

function xmlPart(name: string, contentType: string, xml: string): string {
  return `<pkg:part pkg:name="${name}" pkg:contentType="${contentType}"><pkg:xmlData>${stripDeclaration(xml)}</pkg:xmlData></pkg:part>`;
}

describe("parseFlatOpc", () => {
  it.each([
    ["blank-2021-template-wps", 1],
    ["jingshan-2020", 0],
    ["liuying-2019", 2],
  ])("reads a real table of %s (table %i) with the same cells as the whole document", async (name, n) => {
    const documentXmlText = await samplePart(name, "word/document.xml");
    const rootTag = /<w:document[^>]*>/.exec(documentXmlText)?.[0] ?? "";
    const styles = await samplePart(name, "word/styles.xml");
    const flat = flatPackage(
      rootTag,
      topLevelTable(documentXmlText, n),
      xmlPart(
        "/word/styles.xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
        styles,
      ),
    );
    const fromFlat = tables(parseFlatOpc(flat));
    const whole = tables(await readDocx(new Uint8Array(readFileSync(join(SAMPLES, `${name}.docx`)))));
    expect(fromFlat).toHaveLength(1);
    expect(fromFlat[0].index).toBe(0);
    expect(fromFlat[0].gridColumnCount).toBe(whole[n].gridColumnCount);
    expect(fromFlat[0].rows).toEqual(whole[n].rows);
    expect(fromFlat[0].rows.length).toBeGreaterThan(3);
  });

  it("uses styles and numbering parts that come after the document part", () => {
    const numbering = numberingXml(abstractNum(0, [["chineseCounting", "%1、"]]) + num(1, 0));
    const styles = stylesXml(
      '<w:style w:type="paragraph" w:styleId="H"><w:name w:val="heading 1"/></w:style>',
    );
    const flat = flatPackage(
      `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">`,
      p("总体情况", `<w:pStyle w:val="H"/>${numPr(1)}`) + p("主动公开", numPr(1)),
      xmlPart(
        "/word/styles.xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
        styles,
      ) +
        xmlPart(
          "/word/numbering.xml",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml",
          numbering,
        ) +
        // A glossary copy must not replace the real styles.
        xmlPart(
          "/word/glossary/styles.xml",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
          stylesXml('<w:style w:type="paragraph" w:styleId="H"><w:name w:val="heading 5"/></w:style>'),
        ),
    );
    expect(paragraphs(parseFlatOpc(flat)).map((x) => [x.index, x.text, x.listLabel, x.outlineLevel])).toEqual(
      [
        [0, "总体情况", "一、", 0],
        [1, "主动公开", "二、", undefined],
        [2, "", undefined, undefined],
      ],
    );
  });

  it("also reads a bare w:document", () => {
    expect(paragraphs(parseFlatOpc(documentXml(p("x")))).map((x) => x.text)).toEqual(["x"]);
  });

  it("reports a package without a document part", () => {
    const pkg =
      '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"><pkg:part pkg:name="/word/styles.xml" pkg:contentType="x"><pkg:xmlData><a/></pkg:xmlData></pkg:part></pkg:package>';
    expect(() => parseFlatOpc(pkg)).toThrow(DocxReadError);
    expect(() => parseFlatOpc(pkg)).toThrow(expect.objectContaining({ code: "no_document" }));
  });

  it("reports malformed package XML as invalid_xml", () => {
    expect(() => parseFlatOpc('<pkg:package xmlns:pkg="x"><pkg:part>')).toThrow(
      expect.objectContaining({ code: "invalid_xml", part: "OOXML package" }),
    );
  });
});
