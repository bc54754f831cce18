// Ignored findings live in the document's settings: saved with it, back in the next session.
import { createWordHost } from "../../src/word";
import { IGNORED_KEY } from "../../src/word/ignoredFindings";
import { installFakeWord } from "../fakes";
import { openFixture, SPECIAL, useFakeWord } from "./support";

useFakeWord();

describe("ignored findings", () => {
  it("are saved into the document and found again by a later session, without touching the body", async () => {
    const { document, session } = await openFixture(SPECIAL);
    const host = createWordHost();
    expect(await host.loadIgnored()).toEqual([]);
    await host.saveIgnored(["fp-b", "fp-a"]);
    expect(document.savedSettings[IGNORED_KEY]).toEqual(["fp-b", "fp-a"]);

    const later = installFakeWord(document);
    expect(await createWordHost().loadIgnored()).toEqual(["fp-b", "fp-a"]);
    expect(session.syncs + later.syncs).toBe(0);
  });

  it("an empty list removes the setting", async () => {
    const { document } = await openFixture(SPECIAL);
    const host = createWordHost();
    await host.saveIgnored(["x"]);
    await host.saveIgnored([]);
    expect(IGNORED_KEY in document.savedSettings).toBe(false);
    expect(await host.loadIgnored()).toEqual([]);
  });

  it("ignores what is not a list of strings (settings travel with documents)", async () => {
    const { document } = await openFixture(SPECIAL);
    document.savedSettings[IGNORED_KEY] = ["ok", 3, null, { a: 1 }, "fine"];
    installFakeWord(document);
    expect(await createWordHost().loadIgnored()).toEqual(["ok", "fine"]);
    document.savedSettings[IGNORED_KEY] = "not a list";
    installFakeWord(document);
    expect(await createWordHost().loadIgnored()).toEqual([]);
  });

  it("cannot be saved in a read-only document", async () => {
    const { document, session } = await openFixture(SPECIAL, { readOnly: true });
    await expect(createWordHost().saveIgnored(["x"])).rejects.toMatchObject({ code: "read_only" });
    expect(document.savedSettings).toEqual({});
    expect(session.writes).toEqual([]);
  });
});
