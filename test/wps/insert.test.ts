/**
 * 插入空白模板: the template's bytes go to a temporary file that `Range.InsertFile` inserts — at the
 * cursor, or after the table the cursor is in — as one undo step; the file is removed afterwards.
 * Where WPS cannot write the bytes faithfully, the add-in's own copy of the template is used.
 */
import { readDocx } from "../../src/ooxml";
import { checkReport } from "../../src/report/checkReport";
import { buildTemplateDocx } from "../../src/template";
import { fixtureBytes, openFixture, useFakeWps } from "./support";

useFakeWps();

let template: Uint8Array;
beforeAll(async () => {
  template = await buildTemplateDocx("2021");
});

async function asTheReaderSeesIt(bytes: Uint8Array) {
  const result = checkReport(await readDocx(bytes));
  return { blankTemplate: result.blankTemplate, format: result.format };
}

describe("inserting the blank template", () => {
  it("at the cursor in the text: a file the reader sees as the blank template, one undo step, no file left", async () => {
    const { host, doc, session, fs } = await openFixture("liuying-2019");
    const last = doc.layout().paragraphs.at(-1);
    if (!last) throw new Error("no paragraph");
    session.cursorAt(last.start);
    const tablesBefore = doc.layout().topLevelTables().length;
    await host.insertDocx(template);
    expect(doc.insertedFiles).toHaveLength(1);
    const inserted = doc.insertedFiles[0];
    expect(inserted.inTable).toBe(false);
    expect(inserted.bytes).toEqual(template);
    expect(await asTheReaderSeesIt(inserted.bytes)).toEqual({ blankTemplate: true, format: "2021" });
    expect(fs.files.has(inserted.path)).toBe(false);
    expect(session.undoNames).toEqual(["年报校对：插入空白模板"]);
    expect(doc.undoStack).toHaveLength(1);
    expect(doc.layout().topLevelTables().length).toBe(tablesBefore + 3);
  });

  it("with the cursor in a table: after that table, never inside it", async () => {
    const { host, doc, session } = await openFixture("liuying-2019");
    const first = doc.layout().topLevelTables()[0];
    const firstText = doc.layout().text(first.start, first.end);
    session.cursorInCell(0, 3, 1);
    await host.insertDocx(template);
    expect(doc.insertedFiles[0].inTable).toBe(false);
    const layout = doc.layout();
    expect(layout.tables.every((t) => t.nestingLevel === 1)).toBe(true);
    const tops = layout.topLevelTables();
    expect(tops).toHaveLength(6);
    expect(layout.text(tops[0].start, tops[0].end)).toBe(firstText);
    // The template's tables come right after the first table, before the report's second one.
    const texts = (doc: Awaited<ReturnType<typeof readDocx>>) =>
      doc.blocks.flatMap((b) => (b.kind === "table" ? [b.rows.map((r) => r.cells.map((c) => c.text))] : []));
    const now = texts((await host.read()).doc);
    const original = texts(await readDocx(await fixtureBytes("liuying-2019")));
    expect(now.slice(1, 4)).toEqual(texts(await readDocx(template)));
    expect([now[0], ...now.slice(4)]).toEqual(original);
  });

  it.each(["utf8", "absent"] as const)(
    "uses the add-in's own template file when WPS writes the bytes %s",
    async (binaryWrite) => {
      const { host, doc, fs } = await openFixture(
        "liuying-2019",
        { binaryWrite },
        {
          host: {
            bundledTemplate: (format) =>
              `/home/user/.local/share/Kingsoft/wps/jsaddons/nianbao-check_0.1.0/templates/template-${format}.docx`,
          },
        },
      );
      const bundled =
        "/home/user/.local/share/Kingsoft/wps/jsaddons/nianbao-check_0.1.0/templates/template-2021.docx";
      fs.write(bundled, template);
      await host.insertDocx(template);
      expect(doc.insertedFiles.map((f) => f.path)).toEqual([bundled]);
      expect([...fs.files.keys()].filter((p) => p.startsWith("/tmp/"))).toEqual([]);
      expect(fs.files.has(bundled)).toBe(true);
    },
  );

  it("says so when neither a temporary file nor the add-in's copy is there", async () => {
    const { host, doc } = await openFixture("liuying-2019", { binaryWrite: "absent" });
    await expect(host.insertDocx(template)).rejects.toMatchObject({ code: "host" });
    expect(doc.insertedFiles).toEqual([]);
    expect(doc.undoStack).toEqual([]);
  });
});

describe("where the template goes, in words (the pane's dialog)", () => {
  it("says nothing more than the pane's default at a bare cursor, and names the table the cursor is in", async () => {
    const { host, doc, session } = await openFixture("liuying-2019");
    const last = doc.layout().paragraphs.at(-1);
    if (!last) throw new Error("no paragraph");
    session.cursorAt(last.start);
    expect(host.insertionPoint("zh")).toBeUndefined();
    session.cursorInCell(1, 3, 1);
    expect(host.insertionPoint("zh")).toBe(
      "光标在文档第 2 个表格中：模板（六个部分的标题和三张标准统计表）将插入在这个表格之后的新段落中。",
    );
    expect(host.insertionPoint("en")).toMatch(/^The cursor is in table 2 of the document: /);
    // Asking writes nothing.
    expect(doc.undoStack).toHaveLength(0);
    expect(doc.insertedFiles).toHaveLength(0);
  });
});
