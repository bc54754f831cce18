// The pane's small values (which file was last year's report) live in the document's settings,
// beside the ignored findings: saved with it, back in the next session, never in the body.
import { createWordHost } from "../../src/word";
import { valueSetting } from "../../src/word/documentValues";
import { IGNORED_KEY } from "../../src/word/ignoredFindings";
import { installFakeWord } from "../fakes";
import { openFixture, SPECIAL, useFakeWord } from "./support";

useFakeWord();

const VALUE = JSON.stringify({ v: 1, name: "2022年报.docx", size: 1234, fnv: "0a1b2c3d", year: 2022 });

describe("document values", () => {
  it("are saved into the document's settings and found again by a later session, without a sync", async () => {
    const { document, session } = await openFixture(SPECIAL);
    const host = createWordHost();
    expect(await host.loadDocumentValue("priorReport")).toBeNull();
    await host.saveDocumentValue("priorReport", VALUE);
    expect(document.savedSettings[valueSetting("priorReport")]).toBe(VALUE);
    expect(valueSetting("priorReport")).toBe("nianbao.value.priorReport");

    const later = installFakeWord(document);
    expect(await createWordHost().loadDocumentValue("priorReport")).toBe(VALUE);
    expect(session.syncs + later.syncs).toBe(0);
    expect(session.writes.map((w) => w.kind)).toEqual(["saveSettings"]); // nothing in the body
  });

  it("null removes the setting; the ignored list beside it is untouched", async () => {
    const { document } = await openFixture(SPECIAL);
    const host = createWordHost();
    await host.saveIgnored(["fp"]);
    await host.saveDocumentValue("priorReport", VALUE);
    await host.saveDocumentValue("priorReport", null);
    expect(valueSetting("priorReport") in document.savedSettings).toBe(false);
    expect(document.savedSettings[IGNORED_KEY]).toEqual(["fp"]);
    expect(await host.loadDocumentValue("priorReport")).toBeNull();
  });

  it("reads what is not a string as none (settings travel with documents)", async () => {
    const { document } = await openFixture(SPECIAL);
    document.savedSettings[valueSetting("priorReport")] = { name: "x" };
    installFakeWord(document);
    expect(await createWordHost().loadDocumentValue("priorReport")).toBeNull();
  });

  it("cannot be saved in a read-only document", async () => {
    const { document, session } = await openFixture(SPECIAL, { readOnly: true });
    await expect(createWordHost().saveDocumentValue("priorReport", VALUE)).rejects.toMatchObject({
      code: "read_only",
      messageZh: "文档为只读，不能在文档中保存设置。",
    });
    expect(document.savedSettings).toEqual({});
    expect(session.writes).toEqual([]);
  });
});
