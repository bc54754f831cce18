import { readDocx } from "../../src/ooxml";
import {
  abstractNum,
  documentXml,
  makeDocx,
  num,
  numberingXml,
  numPr,
  p,
  packageRels,
  paragraphs,
  zipParts,
} from "./xml";

const MAIN_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

function contentTypes(overrides: [string, string][]): string {
  return (
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join("") +
    "</Types>"
  );
}

function documentRels(rels: [string, string][]): string {
  return (
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    rels
      .map(
        ([type, target], i) =>
          `<Relationship Id="rId${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`,
      )
      .join("") +
    "</Relationships>"
  );
}

const numbering = numberingXml(abstractNum(0, [["chineseCounting", "%1、"]]) + num(1, 0));

describe("readDocx package handling", () => {
  it("reads the document, its styles and its numbering", async () => {
    const docx = await makeDocx(documentXml(p("总体情况", numPr(1)) + p("主动公开", numPr(1))), {
      numbering,
    });
    expect(paragraphs(await readDocx(docx)).map((x) => x.listLabel)).toEqual(["一、", "二、"]);
  });

  it("accepts an ArrayBuffer as well as a Uint8Array", async () => {
    const docx = await makeDocx(documentXml(p("x")));
    const buffer = new ArrayBuffer(docx.byteLength);
    new Uint8Array(buffer).set(docx);
    expect((await readDocx(buffer)).blocks).toHaveLength(1);
  });

  it("finds a differently named main part through _rels/.rels, and its parts through its own relationships", async () => {
    const docx = await zipParts({
      "_rels/.rels": packageRels("/content/main.xml"),
      "content/main.xml": documentXml(p("标题", numPr(1))),
      "content/_rels/main.xml.rels": documentRels([["numbering", "lists/num.xml"]]),
      "content/lists/num.xml": numbering,
      "word/document.xml": documentXml(p("not the main part")),
    });
    expect(paragraphs(await readDocx(docx)).map((x) => [x.text, x.listLabel])).toEqual([["标题", "一、"]]);
  });

  it("falls back to [Content_Types].xml when there are no package relationships", async () => {
    const docx = await zipParts({
      "[Content_Types].xml": contentTypes([["/doc/body.xml", MAIN_TYPE]]),
      "doc/body.xml": documentXml(p("正文")),
    });
    expect(paragraphs(await readDocx(docx)).map((x) => x.text)).toEqual(["正文"]);
  });

  it("matches part names without regard to case", async () => {
    const docx = await zipParts({ "Word/Document.XML": documentXml(p("大小写")) });
    expect(paragraphs(await readDocx(docx)).map((x) => x.text)).toEqual(["大小写"]);
  });

  it("reads a main part named by a relationship with ../ and percent-encoding", async () => {
    const docx = await zipParts({
      "_rels/.rels": packageRels("word/../word/my%20document.xml"),
      "word/my document.xml": documentXml(p("ok")),
    });
    expect(paragraphs(await readDocx(docx)).map((x) => x.text)).toEqual(["ok"]);
  });
});
