// host.read() over the fake gives the engine the same document as readDocx on the same file, in at
// most two round trips whatever the number of tables.
import JSZip from "jszip";
import { buildLargeReport } from "../../bench/corpus";
import { allTables } from "../../src/report/model";
import { createWordHost } from "../../src/word";
import { installFakeWord, FakeDocument } from "../fakes";
import { expectedDocument, FIXTURES, openFixture, SPECIAL, useFakeWord, type FixtureName } from "./support";

useFakeWord();

const ALL: FixtureName[] = [...FIXTURES, SPECIAL];

describe.each(["counted", "skipped"] as const)("read() when Word has continuation cells %s", (convention) => {
  it.each(ALL)("%s: same paragraphs, tables, geometry and texts as readDocx", async (name) => {
    const { bytes, session } = await openFixture(name, { convention });
    const result = await createWordHost().read();
    expect(result.doc).toEqual(await expectedDocument(bytes));
    expect(session.syncs).toBe(2);
    expect(session.writes).toEqual([]);
  });

  it.each(FIXTURES)("%s: every table is addressable", async (name) => {
    await openFixture(name, { convention });
    const { doc, unaddressable } = await createWordHost().read();
    expect(allTables(doc).length).toBeGreaterThanOrEqual(3);
    expect(unaddressable).toEqual([]);
  });
});

describe("read() of nested and adjacent tables", () => {
  it("takes nested tables from their parent's OOXML; nested and values-only tables are unaddressable", async () => {
    await openFixture(SPECIAL);
    const { doc, unaddressable } = await createWordHost().read();
    const tables = allTables(doc);
    expect(tables.map((t) => [t.index, t.nestingLevel])).toEqual([
      [0, 1],
      [1, 2],
      [2, 1],
      [3, 1],
    ]);
    expect(unaddressable).toEqual([1, 2]); // 1 nested; 2 holds no signal word: read from its values
  });

  it.each([
    { tablesIncludeNested: false, chainIncludesNested: false },
    { tablesIncludeNested: true, chainIncludesNested: true },
    { tablesIncludeNested: false, chainIncludesNested: true },
  ])("gives the same document whether body.tables / getNext include nested tables: %o", async (options) => {
    const { bytes, session } = await openFixture(SPECIAL, options);
    const { doc, unaddressable } = await createWordHost().read();
    expect(doc).toEqual(await expectedDocument(bytes));
    expect(unaddressable).toEqual([1, 2]);
    expect(session.syncs).toBe(2);
  });

  it("places adjacent tables by their paragraph counts", async () => {
    await openFixture(SPECIAL);
    const { doc } = await createWordHost().read();
    const kinds = doc.blocks.map((b) => (b.kind === "table" ? `T${b.index}` : `P${b.index}`));
    expect(kinds).toEqual(["P0", "P1", "P2", "P3", "T0", "T2", "P21", "T3", "P37"]);
  });

  it("still reads every table, in order, when Word's packages have no paragraph after the table", async () => {
    const { bytes } = await openFixture("consistent-2021", { trailingParagraph: false });
    const { doc } = await createWordHost().read();
    expect(doc).toEqual(await expectedDocument(bytes));
  });
});

describe("read() texts as Word gives them", () => {
  it("reads Word's line breaks, list strings and 1-based outline levels in the model's terms", async () => {
    await openFixture(SPECIAL);
    const { doc } = await createWordHost().read();
    const paragraphs = doc.blocks.filter((b) => b.kind === "paragraph");
    expect(paragraphs.slice(0, 4)).toEqual([
      { kind: "paragraph", index: 0, text: "一、总体情况", outlineLevel: 0 },
      { kind: "paragraph", index: 1, text: "第一项", listLabel: "一、" },
      { kind: "paragraph", index: 2, text: "第二项", listLabel: "二、" },
      { kind: "paragraph", index: 3, text: "甲\n乙", outlineLevel: 1 },
    ]);
  });
});

describe("read() round trips", () => {
  it("costs two syncs for a report with 3 tables and for one with 40+ tables", async () => {
    const large = await FakeDocument.fromDocx(await buildLargeReport(60, 42));
    const largeSession = installFakeWord(large);
    const { doc } = await createWordHost().read();
    expect(allTables(doc).length).toBeGreaterThan(40);
    expect(largeSession.syncs).toBe(2);

    const { session } = await openFixture("consistent-2021");
    await createWordHost().read();
    expect(session.syncs).toBe(largeSession.syncs);
  }, 30000);

  it("costs one sync for a document without tables or lists", async () => {
    const zip = new JSZip();
    zip.file(
      "word/document.xml",
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>只有文字</w:t></w:r></w:p></w:body></w:document>',
    );
    const session = installFakeWord(
      await FakeDocument.fromDocx(await zip.generateAsync({ type: "uint8array" })),
    );
    const { doc } = await createWordHost().read();
    expect(doc.blocks).toEqual([{ kind: "paragraph", index: 0, text: "只有文字" }]);
    expect(session.syncs).toBe(1);
  });
});
