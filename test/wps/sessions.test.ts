/**
 * Marks outlive the session that made them: the record is in the document's custom properties, so
 * a new session (the pane reloaded) and a reopened file (saved, closed, opened again) clear them.
 * Read-only and protected documents are checked but never written to. The record's size is
 * bounded by what WPS keeps per property.
 */
import fc from "fast-check";
import { HostError, NOTHING_KEPT } from "../../src/host/reportHost";
import { checkReport } from "../../src/report/checkReport";
import { marksFor } from "../../src/taskpane/marks";
import { parseMarkRecord } from "../../src/wps/markRecord";
import { FakeWpsDocument } from "../fakes/wps";
import { DOC_PATH, hostOf, newSession, openFixture, shadingMap, useFakeWps } from "./support";
import { FakeWpsSession, installFakeWps } from "../fakes/wps";

useFakeWps();

async function checkAndMark(name: "liuying-2019" | "blank-2021-template-wps", options = {}) {
  const opened = await openFixture(name, options);
  const before = shadingMap(opened.doc);
  const read = await opened.host.read();
  const marks = marksFor(checkReport(read.doc).findings);
  const outcome = await opened.host.mark(marks, { comments: true });
  return { ...opened, before, marks, outcome };
}

describe("a later session", () => {
  it("clears the marks of the pane before it was reloaded", async () => {
    const { doc, before, marks } = await checkAndMark("liuying-2019");
    const { host } = newSession(doc);
    expect(await host.clearMarks()).toEqual({ restored: marks.length, kept: NOTHING_KEPT, differing: 0 });
    expect(shadingMap(doc)).toEqual(before);
    expect(doc.comments).toEqual([]);
  });

  it("clears the marks of a file saved, closed and opened again", async () => {
    const { doc, fs, before, marks } = await checkAndMark("liuying-2019");
    doc.save();
    const reopened = FakeWpsDocument.open(fs, DOC_PATH);
    expect(reopened.comments).toHaveLength(marks.length);
    const session = new FakeWpsSession(reopened, {}, fs);
    installFakeWps(session);
    const host = hostOf(session);
    expect(await host.clearMarks()).toEqual({ restored: marks.length, kept: NOTHING_KEPT, differing: 0 });
    expect(shadingMap(reopened)).toEqual(before);
    expect(reopened.comments).toEqual([]);
  });

  it("a new check in a new session first takes off the old marks", async () => {
    const { doc, before } = await checkAndMark("liuying-2019");
    const { host } = newSession(doc);
    await host.read();
    expect(await host.mark([], { comments: false })).toEqual({ marked: 0, skipped: 0 });
    expect(shadingMap(doc)).toEqual(before);
  });

  it("says so when there is nothing to clear", async () => {
    const { host } = await openFixture("liuying-2019");
    expect(await host.clearMarks()).toEqual({ restored: 0, kept: NOTHING_KEPT, differing: 0 });
    expect(await host.forgetMarks()).toBe(0);
  });
});

describe("read-only and protected documents", () => {
  it.each([
    ["read-only", (d: FakeWpsDocument) => (d.readOnly = true)],
    ["protected", (d: FakeWpsDocument) => (d.protectionType = 3)],
  ])("a %s document is checked but nothing is written", async (_, lock) => {
    const { host, doc } = await openFixture("liuying-2019");
    lock(doc);
    const before = shadingMap(doc);
    expect(host.capabilities().readOnly).toBe(true);
    const read = await host.read();
    const marks = marksFor(checkReport(read.doc).findings);
    expect(marks.length).toBeGreaterThan(0);
    for (const attempt of [
      () => host.mark(marks, { comments: true }),
      () => host.clearMarks(),
      () => host.forgetMarks(),
      () => host.insertDocx(new Uint8Array([1, 2, 3])),
      () => host.saveIgnored(["x"]),
    ]) {
      const error = await attempt().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(HostError);
      expect(error).toMatchObject({ code: "read_only" });
    }
    expect(shadingMap(doc)).toEqual(before);
    expect(doc.shadingWrites).toEqual([]);
    expect(doc.undoStack).toEqual([]);
  });
});

describe("the record in custom properties", () => {
  it("is split into chunks within the limit, ASCII only", async () => {
    const { doc, marks } = await checkAndMark("blank-2021-template-wps");
    const ours = doc.properties.filter((p) => p.name.startsWith("nianbaoMarks"));
    expect(ours.length).toBeGreaterThan(2);
    for (const p of ours) {
      expect(p.value.length).toBeLessThanOrEqual(255);
      expect(p.value).toMatch(/^[\x20-\x7e]*$/);
    }
    const header = ours.find((p) => p.name === "nianbaoMarks");
    const n = Number(header?.value.split(":")[0]);
    const json = Array.from(
      { length: n },
      (_, i) => ours.find((p) => p.name === `nianbaoMarks_${i + 1}`)?.value,
    ).join("");
    const record = parseMarkRecord(JSON.parse(json));
    expect(record.tables.flatMap((t) => t.rows.flatMap((r) => r.cells))).toHaveLength(marks.length);
  });

  it("uses smaller chunks where WPS truncates long values", async () => {
    const { doc, before, marks, outcome } = await checkAndMark("liuying-2019", {
      propertyLimit: 200,
      propertyOverflow: "truncates",
    });
    expect(outcome.marked).toBe(marks.length);
    const { host } = newSession(doc, { propertyLimit: 200, propertyOverflow: "truncates" });
    expect((await host.clearMarks()).restored).toBe(marks.length);
    expect(shadingMap(doc)).toEqual(before);
  });

  it.each(["throws", "truncates"] as const)(
    "marks nothing when WPS cannot keep the record (a limit of 60 that %s)",
    async (propertyOverflow) => {
      const { host, doc } = await openFixture("liuying-2019", { propertyLimit: 60, propertyOverflow });
      const before = shadingMap(doc);
      const properties = structuredClone(doc.properties);
      const read = await host.read();
      const error = await host
        .mark(marksFor(checkReport(read.doc).findings), { comments: true })
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "host" });
      expect((error as HostError).messageZh).toContain("未标记任何单元格");
      expect(shadingMap(doc)).toEqual(before);
      expect(doc.comments).toEqual([]);
      expect(doc.properties).toEqual(properties);
    },
  );

  it("ignored findings are kept in the document, across sessions", async () => {
    const { host, doc } = await openFixture("liuying-2019");
    const fingerprints = ["cell.blank|requests.new.natural", "text.year|text:二〇一八年度", "x".repeat(600)];
    await host.saveIgnored(fingerprints);
    expect(await newSession(doc).host.loadIgnored()).toEqual(fingerprints);
    await host.saveIgnored([]);
    expect(await newSession(doc).host.loadIgnored()).toEqual([]);
    expect(doc.properties.some((p) => p.name.startsWith("nianbaoIgnored"))).toBe(false);
  });

  it("a damaged record is ignored, not trusted", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const record = parseMarkRecord(value);
        for (const t of record.tables)
          for (const r of t.rows) {
            expect(r.row).toBeGreaterThanOrEqual(1);
            for (const c of r.cells) expect(c.column).toBeGreaterThanOrEqual(1);
          }
      }),
      { numRuns: 300 },
    );
  });
});
