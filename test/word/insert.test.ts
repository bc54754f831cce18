// Inserting the blank template: the bytes Word gets are the complete template; never inside a table.
import { readDocx } from "../../src/ooxml";
import { checkReport } from "../../src/report/checkReport";
import { buildTemplateDocx } from "../../src/template";
import { createWordHost } from "../../src/word";
import { MAX_INSERT_BYTES } from "../../src/word/insertDocx";
import { installFakeWord } from "../fakes";
import { openFixture, SPECIAL, useFakeWord } from "./support";

useFakeWord();

const decode = (base64: string) => new Uint8Array(Buffer.from(base64, "base64"));

describe("insertDocx", () => {
  it.each(["2021", "2019"] as const)(
    "gives Word the complete %s blank template at the cursor",
    async (format) => {
      const { session } = await openFixture(SPECIAL, { cursor: 21 });
      await createWordHost().insertDocx(await buildTemplateDocx(format));
      const [insert] = session.writesOf("insertFile");
      expect(insert).toMatchObject({ anchor: { selection: 21 }, location: "After" });
      expect(session.writesOf("insertParagraph")).toEqual([]);
      expect(session.syncs).toBe(2);

      const result = checkReport(await readDocx(decode(insert.base64)));
      expect(result.blankTemplate).toBe(true);
      expect(result.format).toBe(format);
      expect(result.tables.active).not.toBeNull();
      expect(result.tables.requests).not.toBeNull();
      expect(result.tables.appeals).not.toBeNull();
    },
  );

  it("goes after the table when the cursor is inside one, not into the cell", async () => {
    const { document } = await openFixture("consistent-2021");
    const session = installFakeWord(document, { cursor: document.tables[1].paragraphs[0] + 7 });
    await createWordHost().insertDocx(await buildTemplateDocx());
    expect(session.writesOf("insertParagraph")).toMatchObject([{ afterTable: 1 }]);
    expect(session.writesOf("insertFile")).toMatchObject([{ anchor: { afterTable: 1 }, location: "Start" }]);
    expect(session.syncs).toBe(2);
  });

  it("goes after the outermost table when the cursor is in a nested table", async () => {
    const { document } = await openFixture(SPECIAL);
    const session = installFakeWord(document, { cursor: document.tables[1].paragraphs[0] });
    expect(document.paragraphs[document.tables[1].paragraphs[0]].tableNestingLevel).toBe(2);
    await createWordHost().insertDocx(await buildTemplateDocx());
    expect(session.writesOf("insertFile")).toMatchObject([{ anchor: { afterTable: 0 } }]);
  });

  it("refuses a file over 4 MB before asking Word", async () => {
    const { session } = await openFixture(SPECIAL);
    await expect(createWordHost().insertDocx(new Uint8Array(MAX_INSERT_BYTES + 1))).rejects.toMatchObject({
      code: "too_large",
    });
    expect(session.syncs).toBe(0);
  });

  it("refuses a read-only document with read_only and writes nothing", async () => {
    const { session } = await openFixture(SPECIAL, { readOnly: true });
    await expect(createWordHost().insertDocx(await buildTemplateDocx())).rejects.toMatchObject({
      code: "read_only",
    });
    expect(session.syncs).toBe(0);
    expect(session.writes).toEqual([]);
  });
});
