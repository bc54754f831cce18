/** Reading: live OOXML first, then the saved file, else a request to save; tables matched to WPS's. */
import { readDocx } from "../../src/ooxml";
import { HostError } from "../../src/host/reportHost";
import { allTables } from "../../src/report/model";
import { FIXTURES, SPECIAL, openFixture, useFakeWps } from "./support";

useFakeWps();

describe.each(FIXTURES)("%s", (name) => {
  it("reads the document the .docx reader reads, every table addressable", async () => {
    const { bytes, host } = await openFixture(name);
    const read = await host.read();
    expect(read.doc).toEqual(await readDocx(bytes));
    expect(read.unaddressable).toEqual([]);
  });
});

describe("where the live XML comes from", () => {
  it("uses Content.WordOpenXML, without touching the file", async () => {
    const { bytes, host, doc } = await openFixture("liuying-2019", { documentXml: "throws" });
    doc.fs.files.clear();
    expect((await host.read()).doc).toEqual(await readDocx(bytes));
  });

  it("falls back to Document.WordOpenXML when Content has none", async () => {
    const { bytes, host, doc } = await openFixture("liuying-2019", { contentXml: "absent" });
    doc.fs.files.clear();
    expect((await host.read()).doc).toEqual(await readDocx(bytes));
  });

  it.each([
    ["absent", "absent"],
    ["noTables", "noTables"],
    ["throws", "absent"],
  ] as const)("reads the saved file when the XML is %s / %s", async (contentXml, documentXml) => {
    const { bytes, host } = await openFixture("jingshan-2020", { contentXml, documentXml });
    expect((await host.read()).doc).toEqual(await readDocx(bytes));
  });

  it("asks to save when there is no live XML and the document has unsaved changes", async () => {
    const { host, doc } = await openFixture("jingshan-2020", {
      contentXml: "noTables",
      documentXml: "absent",
    });
    doc.typeParagraphAtStart("新的一段");
    const error = await host.read().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).messageZh).toContain("请先将文档保存为 .docx");
  });

  it("asks to save a new document that was never saved", async () => {
    const { host } = await openFixture(
      "jingshan-2020",
      { contentXml: "absent", documentXml: "absent" },
      { unsaved: true },
    );
    await expect(host.read()).rejects.toMatchObject({ code: "host" });
  });

  it("asks to save when WPS has no FileSystem", async () => {
    const { host } = await openFixture("jingshan-2020", {
      contentXml: "absent",
      documentXml: "absent",
      fileSystem: false,
    });
    await expect(host.read()).rejects.toMatchObject({ code: "host" });
  });

  it("reads a property that this build gives as a method", async () => {
    const { bytes, host } = await openFixture("liuying-2019", {
      methodProperties: ["Count", "WordOpenXML", "Content", "Tables", "Rows", "Text", "Saved"],
    });
    expect((await host.read()).doc).toEqual(await readDocx(bytes));
  });
});

describe("tables", () => {
  it("checks nested tables but never addresses them", async () => {
    const { bytes, host } = await openFixture(SPECIAL);
    const read = await host.read();
    const expected = await readDocx(bytes);
    expect(read.doc).toEqual(expected);
    const nested = allTables(expected)
      .filter((t) => t.nestingLevel > 1)
      .map((t) => t.index);
    expect(nested.length).toBeGreaterThan(0);
    expect(read.unaddressable).toEqual(nested);
  });

  it("says there is no document when none is open", async () => {
    const { host, session } = await openFixture("liuying-2019");
    session.activate(null);
    await expect(host.read()).rejects.toMatchObject({ code: "not_found" });
  });
});
