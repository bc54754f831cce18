/**
 * The marked copy's edits on XML as other writers make it: self-closing paragraphs and cell
 * properties, a cell that has its own shading, schema order inside `w:tcPr`, a byte-order mark and
 * CRLF line ends, comments and bookmarks already in the document. Findings are given directly, so
 * that each lands on the cell or paragraph meant.
 */
import { readDocx } from "../../src/ooxml";
import { annotateDocx, cleanDocx } from "../../src/ooxml/annotate";
import type { CheckResult } from "../../src/report/checkReport";
import type { CellRef, Finding, Severity } from "../../src/report/findings";
import type { ReportDocument } from "../../src/report/model";
import { markFill } from "../../src/report/view";
import { parseXmlElement } from "../fakes/xmlTree";
import { partsOf, text, walkDocument } from "./markedCopy";
import { documentXml, makeDocx } from "./xml";

const DATE = new Date("2024-03-01T08:00:00Z");
const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

const run = (t: string) => `<w:r><w:t>${t}</w:t></w:r>`;
const BODY =
  `<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${run("标题")}</w:p>\r\n` + // paragraph 0
  "<w:p/>\r\n" + // paragraph 1
  `<w:p><w:bookmarkStart w:id="12" w:name="b"/><w:commentRangeStart w:id="7"/>${run("已有批注")}<w:commentRangeEnd w:id="7"/><w:r><w:commentReference w:id="7"/></w:r><w:bookmarkEnd w:id="12"/></w:p>` + // 2
  '<w:tbl><w:tblGrid><w:gridCol w:w="1"/><w:gridCol w:w="1"/><w:gridCol w:w="1"/><w:gridCol w:w="1"/><w:gridCol w:w="1"/></w:tblGrid><w:tr>' +
  "<w:tc><w:p/></w:tc>" + // cell 0: no tcPr, an empty self-closing paragraph (3)
  `<w:tc><w:tcPr/><w:p>${run("1")}</w:p></w:tc>` + // cell 1: self-closing tcPr (4)
  `<w:tc><w:tcPr><w:tcW w:w="100" w:type="dxa"/><w:shd w:val="pct10" w:color="FF0000" w:fill="CCCCCC"></w:shd><w:vAlign w:val="center"/></w:tcPr><w:p>${run("2")}</w:p></w:tc>` + // cell 2 (5)
  `<w:tc><w:tcPr><w:tcW w:w="100" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr><w:p>${run("3")}</w:p></w:tc>` + // cell 3 (6)
  `<w:tc><w:p>${run("上")}</w:p><w:tbl><w:tr><w:tc><w:p>${run("嵌套")}</w:p></w:tc></w:tr></w:tbl><w:p><w:pPr><w:jc w:val="left"/></w:pPr>${run("下")}</w:p></w:tc>` + // cell 4: 7, nested table 1 (8), 9
  "</w:tr></w:tbl>\r\n" +
  `<w:p>${run("结尾")}</w:p>`; // 10

const COMMENTS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
  `<w:comments xmlns:w="${W}"><w:comment w:id="7" w:author="审核人" w:initials="审"><w:p>${run("原有批注")}</w:p></w:comment></w:comments>`;

const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>' +
  "</Relationships>";

async function edgeDocx(): Promise<Uint8Array> {
  const xml = new TextEncoder().encode(documentXml(BODY).replace(/\n/g, "\r\n"));
  const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...xml]);
  return makeDocx("", {
    parts: {
      "word/document.xml": withBom,
      "word/comments.xml": COMMENTS,
      "word/_rels/document.xml.rels": RELS,
    },
  });
}

const cell = (c: number): CellRef => ({ table: 0, row: 0, cell: c });

function finding(
  rule: string,
  severity: Severity,
  where: { cells?: CellRef[]; paragraph?: number },
): Finding {
  return {
    rule,
    severity,
    message: `${rule} 的说明`,
    messageEn: `about ${rule}`,
    fields: [],
    cells: where.cells ?? [],
    location: where.paragraph === undefined ? {} : { paragraph: where.paragraph },
  };
}

function resultOf(findings: Finding[]): CheckResult {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return {
    format: null,
    reportYear: null,
    tables: { active: null, requests: null, appeals: null },
    fields: new Map(),
    findings,
    sections: [],
    blankTemplate: false,
    counts,
  };
}

/** The document without cell shading, to compare what the reader sees apart from the marks. */
function unshaded(doc: ReportDocument): unknown {
  return JSON.parse(JSON.stringify(doc, (key, value: unknown) => (key === "shading" ? undefined : value)));
}

describe("the marked copy's edits", () => {
  const findings = [
    finding("cell.not_number", "error", { cells: [cell(0)] }),
    finding("cell.blank", "warning", { cells: [cell(1)] }),
    finding("cell.blank", "warning", { cells: [cell(2)] }),
    finding("cell.blank", "warning", { cells: [cell(3)] }),
    finding("table.extra_row", "info", { cells: [cell(4)] }),
    finding("text.year", "warning", { paragraph: 1 }),
    finding("section.title", "info", { paragraph: 0 }),
  ];

  it("anchors each comment in its cell or paragraph and shades in schema order", async () => {
    const original = await edgeDocx();
    const outcome = annotateDocx(original, { date: DATE, result: resultOf(findings) });
    expect(outcome.unplaced).toEqual([]);
    const parts = await partsOf(outcome.bytes);
    const doc = text(parts.get("word/document.xml"));
    parseXmlElement(doc.replace(/^\uFEFF/, "")); // well-formed (saxes)
    const walk = walkDocument(doc.replace(/^\uFEFF/, ""));

    // Ids above every annotation id in use (the bookmark's 12).
    expect(outcome.comments.map((c) => c.id)).toEqual([13, 14, 15, 16, 17]);
    const where = (id: number) => walk.markers.get(String(id));
    const byAnchor = new Map(
      outcome.comments.map((c) => [
        c.anchor.kind === "cell" ? `c${c.anchor.cell.cell}` : `p${c.anchor.paragraph}`,
        c,
      ]),
    );
    // Three blank warnings: one comment, on the first.
    expect([...byAnchor.keys()].sort()).toEqual(["c0", "c1", "c4", "p0", "p1"]);
    expect(byAnchor.get("c1")?.findings).toHaveLength(3);
    for (const [key, c] of byAnchor) {
      const m = where(c.id)!;
      if (key.startsWith("c"))
        expect([m.start?.cell, m.end?.cell, m.reference?.cell]).toEqual(Array(3).fill(`0:0:${key.slice(1)}`));
      else
        expect([m.start?.paragraph, m.end?.paragraph, m.reference?.paragraph]).toEqual(
          Array(3).fill(Number(key.slice(1))),
        );
    }
    // Cell 4: from its first paragraph to its last, around the nested table.
    const c4 = where(byAnchor.get("c4")!.id)!;
    expect([c4.start?.paragraph, c4.end?.paragraph]).toEqual([7, 9]);
    // The existing comment is where it was.
    expect(where(7)?.start?.paragraph).toBe(2);

    expect(walk.fills.get("0:0:0")).toBe(markFill("suspect", "error"));
    expect(walk.fills.get("0:0:1")).toBe(markFill("blank", "warning"));
    expect(walk.fills.get("0:0:2")).toBe(markFill("blank", "warning"));
    expect(walk.fills.get("0:0:4")).toBeUndefined(); // info: not shaded
    expect(doc).toContain(
      `<w:tcW w:w="100" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="FFEB9C"/><w:vAlign w:val="center"/>`,
    );
    expect(doc).toContain("\r\n"); // line ends as they were

    // The reader sees the same document, marks aside, and the same paragraph texts.
    expect(unshaded(await readDocx(outcome.bytes))).toEqual(unshaded(await readDocx(original)));

    // The existing comment is kept, ours follow it.
    const comments = text(parts.get("word/comments.xml"));
    expect(comments.startsWith(COMMENTS.slice(0, COMMENTS.lastIndexOf("</w:comments>")))).toBe(true);
    expect(comments.match(/<w:comment /g)).toHaveLength(6);
  });

  it("cleans back to the same bytes, byte-order mark and CRLF included", async () => {
    const original = await edgeDocx();
    const marked = annotateDocx(original, { date: DATE, result: resultOf(findings) }).bytes;
    const before = await partsOf(original);
    const after = await partsOf(cleanDocx(marked));
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [part, bytes] of before)
      expect([part, Buffer.from(after.get(part)!).equals(Buffer.from(bytes))]).toEqual([part, true]);
  });

  it("adds a relationships part and content types when the document had none", async () => {
    const original = await makeDocx(documentXml(`<w:p>${run("一段")}</w:p>`));
    const outcome = annotateDocx(original, {
      date: DATE,
      result: resultOf([finding("text.year", "warning", { paragraph: 0 })]),
    });
    const parts = await partsOf(outcome.bytes);
    expect(text(parts.get("word/_rels/document.xml.rels"))).toContain('Target="comments.xml"');
    expect(text(parts.get("[Content_Types].xml"))).toContain('PartName="/word/comments.xml"');
    const back = await partsOf(cleanDocx(outcome.bytes));
    expect([...back.keys()]).toEqual([...(await partsOf(original)).keys()]);
  });

  it("writes the comments in English when asked", async () => {
    const original = await edgeDocx();
    const outcome = annotateDocx(original, { date: DATE, lang: "en", result: resultOf(findings) });
    const comments = text((await partsOf(outcome.bytes)).get("word/comments.xml"));
    expect(comments).toContain("[Error] about cell.not_number");
    expect(comments).toContain("3 alike, all shaded");
  });
});
