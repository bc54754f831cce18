// The diagnostics probes, run against the fake Word in each of its modes: they report what this
// Word does, leave the user's document exactly as it was, and never report its text.
import { runDiagnostics, type DiagnosticsReport } from "../../src/word/diagnostics";
import type { FakeWordOptions } from "../fakes";
import { openFixture, useFakeWord } from "./support";

useFakeWord();
// Fixtures are built and parsed per test: seconds each on a busy 2-core machine.
jest.setTimeout(30_000);

async function diagnose(
  options: FakeWordOptions = {},
  scratch = true,
): Promise<{ report: DiagnosticsReport; unchanged: boolean; writes: string[]; tracked: boolean }> {
  const { document, session } = await openFixture("consistent-2021", options);
  const xml = document.bodyXml();
  const comments = document.comments.length;
  const mode = document.changeTrackingMode;
  const report = await runDiagnostics({ scratch });
  // Round-trip the summary as the page does (copied as JSON).
  const copied = JSON.parse(JSON.stringify(report)) as DiagnosticsReport;
  return {
    report: copied,
    unchanged:
      document.bodyXml() === xml &&
      document.comments.length === comments &&
      document.changeTrackingMode === mode,
    writes: session.writes.map((w) => w.kind),
    tracked: session.writesOf("shading").some((w) => w.tracked),
  };
}

const verdict = (report: DiagnosticsReport, start: string) => {
  const found = report.verdicts.find((v) => v.assumption.startsWith(start));
  if (!found) throw new Error(`no verdict "${start}"`);
  return found;
};

describe("diagnostics against the fake Word", () => {
  it("as assumed (WordApi 1.3, merged cells counted, '' clears): every probed assumption holds", async () => {
    const { report, unchanged, writes } = await diagnose();
    expect(report.errors.filter((e) => !e.startsWith("noFill"))).toEqual([]);
    expect(unchanged).toBe(true);
    expect(writes[0]).toBe("insertOoxml");
    expect(writes[writes.length - 1]).toBe("deleteRange");
    expect(report.requirementSets.WordApi).toMatchObject({ "1.3": true, "1.4": false });
    expect(report.document).toMatchObject({ topLevelTables: 3, candidateTables: 3, ooxmlSampled: "3 of 3" });
    expect(report.scratch).toMatchObject({
      shape: { convention: "counts", cellCounts: [3, 4, 4, 3], nestedTablesInPackage: 1 },
      getCell: { convention: "counts" },
      noFill: { '""': "clears", '"None"': "refused (InvalidArgument)", null: "refused (InvalidArgument)" },
      shadingColorRead: { loads: false },
      readBack: { seenInTheSameBatch: "C6D9F1" },
      comments: { skipped: "WordApi 1.4 is not supported" },
      listing: { bodyTablesListsNested: true, chainReachesScratch: "Equal", nextAfterScratch: null },
      paragraphs: { lineBreakText: "\v", nestedParagraphLevel: 2 },
      removed: true,
    });
    for (const start of [
      "WordApi 1.3",
      "cellCount, Table.values",
      'shadingColor = ""',
      "the getFirst",
      "compareLocationWith",
      "a table's getOoxml",
      "a getOoxml() queued",
      "Paragraph.text",
      "one table's OOXML",
      "the scratch",
    ])
      expect(verdict(report, start).holds).toBe(true);
    expect(verdict(report, "loading shadingColor").holds).toBe(false);
    expect(verdict(report, "comments").holds).toBeNull();
    // Every verdict was decided, except what this Word cannot do (comments need 1.4).
    expect(report.verdicts.filter((v) => v.holds === null).map((v) => v.assumption)).toEqual([
      "comments can be put on a cell and found again by id (WordApi 1.4)",
    ]);
  });

  it("never puts the document's own text in the summary", async () => {
    const { report } = await diagnose();
    const json = JSON.stringify(report);
    for (const text of ["本年新收", "行政许可", "予以公开", "行政复议", "第二十条"])
      expect(json).not.toContain(text);
  });

  it.each([
    ["skipped", "skips", "skips", true],
    ["mixed", null, "skips", false],
  ] as const)(
    "merged cells %s: values/cellCount say %s, getCell %s",
    async (convention, values, getCell, holds) => {
      const { report, unchanged } = await diagnose({ convention });
      expect(unchanged).toBe(true);
      expect(report.scratch).toMatchObject({
        shape: { convention: values },
        getCell: { convention: getCell },
      });
      expect(verdict(report, "cellCount, Table.values").holds).toBe(holds);
    },
  );

  it("a Word that paints white for '': reported, and the other spellings' outcome", async () => {
    const { report, unchanged } = await diagnose({ noFill: { "": "white", None: "clears" } });
    expect(unchanged).toBe(true);
    expect(report.scratch.noFill).toEqual({
      '""': "white",
      '"None"': "clears",
      null: "refused (InvalidArgument)",
    });
    expect(verdict(report, 'shadingColor = ""').holds).toBe(false);
    expect(verdict(report, 'some "no fill"').holds).toBe(true);
  });

  it("a Word that refuses every spelling: reported, and the scratch table still removed", async () => {
    const { report, unchanged } = await diagnose({ noFill: { "": "rejects" } });
    expect(unchanged).toBe(true);
    expect(Object.values(report.scratch.noFill as object)).toEqual([
      "refused (InvalidArgument)",
      "refused (InvalidArgument)",
      "refused (InvalidArgument)",
    ]);
    expect(verdict(report, 'some "no fill"').holds).toBe(false);
    expect(report.scratch.removed).toBe(true);
  });

  it("WordApi 1.4 with track changes on: comments probed, tracking paused and given back", async () => {
    const { report, unchanged, tracked } = await diagnose({ apiVersion: "1.4", changeTracking: "TrackAll" });
    expect(unchanged).toBe(true);
    expect(tracked).toBe(false);
    expect(report.document.changeTrackingMode).toBe("TrackAll");
    expect(report.scratch).toMatchObject({
      trackingPaused: true,
      comments: { inserted: true, idFound: true },
    });
    expect(verdict(report, "comments").holds).toBe(true);
  });

  it("a Word that can load shadingColor: what it reads", async () => {
    const { report } = await diagnose({ shadingColorReadable: true });
    expect(report.scratch.shadingColorRead).toEqual({
      loads: true,
      shaded: "#D9D9D9",
      expected: "#D9D9D9",
      none: "",
    });
  });

  it("body.tables without nested tables, a getNext chain through them", async () => {
    const { report, unchanged } = await diagnose({ tablesIncludeNested: false, chainIncludesNested: true });
    expect(unchanged).toBe(true);
    expect(report.scratch).toMatchObject({
      listing: { tablesAdded: 1, bodyTablesListsNested: false, nextAfterScratch: { nestingLevel: 2 } },
    });
  });

  it("a read-only document: the reading probes only, nothing written", async () => {
    const { report, writes } = await diagnose({ readOnly: true });
    expect(report.scratch).toEqual({ skipped: "the document is read-only" });
    expect(writes).toEqual([]);
    expect(report.document).toMatchObject({ topLevelTables: 3 });
    expect(verdict(report, "cellCount, Table.values").holds).toBeNull();
  });

  it("without the scratch table when not asked for it", async () => {
    const { report, writes } = await diagnose({}, false);
    expect(report.scratch).toEqual({ skipped: "not asked for" });
    expect(writes).toEqual([]);
  });
});
