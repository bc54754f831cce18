// How Word spells "no fill" through shadingColor is not documented. Whatever this Word does with
// the spellings, clearing ends with the original look or says which cells still differ, and a later
// check still works. Track changes are paused around the writes where Word allows it.
import type { ReportHost } from "../../src/host/reportHost";
import { checkReport } from "../../src/report/checkReport";
import { marksFor } from "../../src/taskpane/marks";
import { createWordHost, MARKS_KEY } from "../../src/word";
import type { FakeDocument, FakeSession, FakeWordOptions } from "../fakes";
import { openFixture, useFakeWord, visibleFill } from "./support";

useFakeWord();
// Fixtures are built and parsed per test: seconds each on a busy 2-core machine.
jest.setTimeout(30_000);

/** Text and visible fill of every cell of every table. */
function looks(document: FakeDocument): string[] {
  return document.tables.flatMap((t) =>
    t.rows.flatMap((r) =>
      r.cells.map((c) => `${document.cellValue(c)}|${visibleFill(document.cellFill(c))}`),
    ),
  );
}

/** A report with a wrong total, checked and marked; most marked cells had no fill. */
async function marked(options: FakeWordOptions): Promise<{
  document: FakeDocument;
  session: FakeSession;
  host: ReportHost;
  before: string[];
  count: number;
}> {
  const { document, session } = await openFixture("consistent-2021", options);
  document.typeIntoCell(1, 3, 7, "9999");
  const before = looks(document);
  const host = createWordHost();
  const { doc } = await host.read();
  const { marked: count } = await host.mark(marksFor(checkReport(doc).findings), { comments: false });
  expect(count).toBeGreaterThan(5);
  expect(session.syncs).toBe(3); // marking needs no "no fill" yet
  return { document, session, host, before, count };
}

/** A new check afterwards: it must go through, whatever happened to the marks before. */
async function checkAgain(host: ReportHost) {
  const { doc } = await host.read();
  return host.mark(marksFor(checkReport(doc).findings), { comments: false });
}

describe("a Word that takes '' for no fill (the assumption)", () => {
  it("restores in one round trip after locating, and proves it", async () => {
    const { document, session, host, before, count } = await marked({});
    const syncs = session.syncs;
    expect(await host.clearMarks()).toEqual({
      restored: count,
      kept: { cells: 0, reasons: [] },
      differing: 0,
    });
    expect(session.syncs - syncs).toBe(2);
    expect(looks(document)).toEqual(before);
    // The restored tables were read back in the write's round trip.
    expect(session.syncLog[session.syncLog.length - 1].ooxmlBytes).toBeGreaterThan(0);
  });
});

describe("a Word that paints white for ''", () => {
  it("tries the other spellings once; 'None' clears: the original look, and remembered", async () => {
    const { document, session, host, before, count } = await marked({
      noFill: { "": "white", None: "clears" },
    });
    const syncs = session.syncs;
    expect(await host.clearMarks()).toEqual({
      restored: count,
      kept: { cells: 0, reasons: [] },
      differing: 0,
    });
    expect(session.syncs - syncs).toBe(3); // locate, write ("" → white, read back), "None" + read back
    expect(looks(document)).toEqual(before);
    const last = session.writesOf("shading").filter((w) => w.sync === session.syncs);
    expect(last.length).toBeGreaterThan(0);
    expect(last.every((w) => w.value === "None")).toBe(true);

    // The session remembers: the next restore says "None" at once.
    await checkAgain(host);
    const again = session.syncs;
    await host.clearMarks();
    expect(session.syncs - again).toBe(2);
    expect(looks(document)).toEqual(before);
    expect(
      session
        .writesOf("shading")
        .filter((w) => w.sync > again)
        .every((w) => w.value === "None"),
    ).toBe(true);
  });

  it("when no spelling clears: the cells stay white, reported as differing and kept; a later check works", async () => {
    const { document, session, host, count } = await marked({ noFill: { "": "white" } });
    const outcome = await host.clearMarks();
    expect(outcome.differing).toBe(count);
    expect(outcome.restored).toBe(0);
    expect(outcome.kept).toEqual({ cells: count, reasons: [{ reason: "restore_failed", cells: count }] });
    // Each refused spelling cost one round trip: locate, "" (white), "None" refused, null refused.
    expect(session.syncLog.slice(3).map((s) => s.failed)).toEqual([false, false, true, true]);
    const fills = new Set(
      document.tables[1].rows.flatMap((r) => r.cells.map((c) => visibleFill(document.cellFill(c)))),
    );
    expect(fills.has("FFFFFF")).toBe(true);

    // Checking the same mistake again marks the same cells (their originals carried over)…
    expect(await checkAgain(host)).toEqual({ marked: count, skipped: 0 });
    // …and once the user corrected it, the check goes through and says what it could not restore.
    document.typeIntoCell(1, 3, 7, "46");
    const outcome2 = await checkAgain(host);
    expect(outcome2.marked).toBe(0);
    expect(outcome2.kept).toEqual({ cells: count, reasons: [{ reason: "restore_failed", cells: count }] });
    expect(await host.forgetMarks()).toBe(count);
    expect(document.savedSettings[MARKS_KEY]).toBeUndefined();
  });
});

describe("a Word that refuses ''", () => {
  it("null clears: the original look, one refused round trip more", async () => {
    const { document, session, host, before, count } = await marked({
      noFill: { "": "rejects", null: "clears" },
    });
    const syncs = session.syncs;
    expect(await host.clearMarks()).toEqual({
      restored: count,
      kept: { cells: 0, reasons: [] },
      differing: 0,
    });
    expect(session.syncLog.slice(syncs).map((s) => s.failed)).toEqual([false, true, true, false]);
    expect(looks(document)).toEqual(before);
    expect((document.savedSettings[MARKS_KEY] as undefined) ?? null).toBeNull();
  });

  it("when every spelling is refused: the marks stay, reported and kept; a later check works and says so", async () => {
    const { document, session, host, count } = await marked({ noFill: { "": "rejects" } });
    const marksBefore = looks(document);
    const outcome = await host.clearMarks();
    expect(outcome).toEqual({
      restored: 0,
      kept: { cells: count, reasons: [{ reason: "restore_failed", cells: count }] },
      differing: count,
    });
    // The marked cells still show their marks, and the record names every one of them.
    expect(looks(document)).toEqual(marksBefore);
    const record = document.savedSettings[MARKS_KEY] as { tables: { cells: unknown[] }[] };
    expect(record.tables.reduce((n, t) => n + t.cells.length, 0)).toBe(count);

    document.typeIntoCell(1, 3, 7, "46"); // the user corrects the total and checks again
    const before = session.syncs;
    const again = await checkAgain(host);
    expect(again).toEqual({
      marked: 0,
      skipped: 0,
      kept: { cells: count, reasons: [{ reason: "restore_failed", cells: count }] },
    });
    expect(session.syncs - before).toBe(3); // this session knows: no spelling is tried again
  });

  it("marking first restores with a known spelling in a later session (recorded in the document)", async () => {
    const { document, host } = await marked({ noFill: { "": "rejects", None: "clears" } });
    document.typeIntoCell(1, 3, 2, "9"); // another mistake, the first one corrected:
    document.typeIntoCell(1, 3, 7, "46");
    const again = await checkAgain(host); // learns "None" while restoring the first marks
    expect(again.marked).toBeGreaterThan(0);
    expect(again.kept).toBeUndefined();
    expect((document.savedSettings[MARKS_KEY] as { noFill?: unknown }).noFill).toBe("None");
    const { installFakeWord } = await import("../fakes");
    const later = installFakeWord(document, { noFill: { "": "rejects", None: "clears" } });
    await createWordHost().clearMarks();
    expect(later.syncLog.map((s) => s.failed)).toEqual([false, false]); // "None" first: no refusal
  });
});

describe("track changes", () => {
  it("on WordApi 1.4 marks and clears are not tracked, and the user's mode is given back, in the same syncs", async () => {
    const { document, session, host, before } = await marked({
      apiVersion: "1.4",
      changeTracking: "TrackAll",
    });
    expect(host.capabilities().marksMayBeTracked).toBe(false);
    await host.clearMarks();
    const shading = session.writesOf("shading");
    expect(shading.length).toBeGreaterThan(0);
    expect(shading.every((w) => !w.tracked)).toBe(true);
    expect(session.writesOf("trackingMode").map((w) => w.value)).toEqual([
      "Off",
      "TrackAll",
      "Off",
      "TrackAll",
    ]);
    expect(document.changeTrackingMode).toBe("TrackAll");
    expect(looks(document)).toEqual(before);
  });

  it("the user's mode comes back even when Word refuses a spelling in the middle", async () => {
    const { document, session, host } = await marked({
      apiVersion: "1.4",
      changeTracking: "TrackMineOnly",
      noFill: { "": "rejects", None: "clears" },
    });
    await host.clearMarks();
    expect(document.changeTrackingMode).toBe("TrackMineOnly");
    expect(session.writesOf("shading").every((w) => !w.tracked)).toBe(true);
  });

  it("tracking off: nothing switched", async () => {
    const { session, host } = await marked({ apiVersion: "1.4" });
    await host.clearMarks();
    expect(session.writesOf("trackingMode")).toEqual([]);
  });

  it("on WordApi 1.3 the host says marks may be tracked (and they are, while tracking is on)", async () => {
    const { session, host } = await marked({ changeTracking: "TrackAll" });
    expect(host.capabilities().marksMayBeTracked).toBe(true);
    expect(session.writesOf("shading").every((w) => w.tracked)).toBe(true);
    expect(session.writesOf("trackingMode")).toEqual([]);
  });
});
