/**
 * The pane's small values (which file was last year's report) live in custom document properties,
 * beside the ignored findings and the marks' record: chunked, made ASCII, read back after writing,
 * kept by a later session and by the saved file.
 */
import { FakeWpsDocument, FakeWpsSession, installFakeWps } from "../fakes/wps";
import { valueProperty } from "../../src/wps/documentValues";
import { DOC_PATH, hostOf, newSession, openFixture, useFakeWps } from "./support";

useFakeWps();

// A Chinese file name: 6 ASCII characters per character once escaped, so it takes several chunks.
const VALUE = JSON.stringify({
  v: 1,
  name: "某某区人力资源和社会保障局2022年政府信息公开工作年度报告（定稿）.docx",
  size: 183_456,
  fnv: "0a1b2c3d",
  sha256: "ab".repeat(32),
  year: 2022,
});

const ours = (doc: FakeWpsDocument) =>
  doc.properties.filter((p) => p.name.startsWith(valueProperty("priorReport")));

describe("document values in WPS", () => {
  it("are kept in custom properties, ASCII in chunks of at most 250 characters, across sessions", async () => {
    const { host, doc } = await openFixture("liuying-2019");
    expect(await host.loadDocumentValue("priorReport")).toBeNull();
    await host.saveDocumentValue("priorReport", VALUE);
    const props = ours(doc);
    expect(props.length).toBeGreaterThan(2); // a header and the chunks
    for (const p of props) {
      expect(p.value.length).toBeLessThanOrEqual(250);
      expect(p.value).toMatch(/^[\x20-\x7e]*$/);
    }
    expect(await newSession(doc).host.loadDocumentValue("priorReport")).toBe(VALUE);

    await host.saveDocumentValue("priorReport", null);
    expect(ours(doc)).toEqual([]);
    expect(await newSession(doc).host.loadDocumentValue("priorReport")).toBeNull();
  });

  it("travel with the saved file, beside the ignored findings", async () => {
    const { host, doc, fs } = await openFixture("liuying-2019");
    await host.saveIgnored(["a|b"]);
    await host.saveDocumentValue("priorReport", VALUE);
    doc.save();
    const reopened = FakeWpsDocument.open(fs, DOC_PATH);
    const session = new FakeWpsSession(reopened, {}, fs);
    installFakeWps(session);
    const later = hostOf(session);
    expect(await later.loadDocumentValue("priorReport")).toBe(VALUE);
    expect(await later.loadIgnored()).toEqual(["a|b"]);
  });

  it.each([
    ["throws past 255 characters", { propertyLimit: 255, propertyOverflow: "throws" as const }],
    ["truncates past 255 characters", { propertyLimit: 255, propertyOverflow: "truncates" as const }],
    [
      "truncates past 130 characters (smaller chunks are tried)",
      { propertyLimit: 130, propertyOverflow: "truncates" as const },
    ],
  ])("are kept by a WPS that %s", async (_, options) => {
    const { host, doc } = await openFixture("liuying-2019", options);
    await host.saveDocumentValue("priorReport", VALUE);
    expect(await newSession(doc).host.loadDocumentValue("priorReport")).toBe(VALUE);
  });

  it("a WPS that keeps too little is told, and nothing half-written is left", async () => {
    const { host, doc } = await openFixture("liuying-2019", {
      propertyLimit: 100,
      propertyOverflow: "truncates",
    });
    await expect(host.saveDocumentValue("priorReport", VALUE)).rejects.toMatchObject({ code: "host" });
    expect(ours(doc)).toEqual([]);
    expect(await host.loadDocumentValue("priorReport")).toBeNull();
  });

  it("a damaged value is read as none", async () => {
    const { host, doc } = await openFixture("liuying-2019");
    await host.saveDocumentValue("priorReport", VALUE);
    const chunk = ours(doc).find((p) => p.name.endsWith("_1"));
    if (!chunk) throw new Error("no chunk");
    chunk.value = chunk.value.slice(1);
    expect(await newSession(doc).host.loadDocumentValue("priorReport")).toBeNull();
  });

  it.each([
    ["read-only", (d: FakeWpsDocument) => (d.readOnly = true)],
    ["protected", (d: FakeWpsDocument) => (d.protectionType = 3)],
  ])("cannot be saved in a %s document", async (_, lock) => {
    const { host, doc } = await openFixture("liuying-2019");
    lock(doc);
    const before = structuredClone(doc.properties);
    await expect(host.saveDocumentValue("priorReport", VALUE)).rejects.toMatchObject({ code: "read_only" });
    expect(doc.properties).toEqual(before);
  });
});
