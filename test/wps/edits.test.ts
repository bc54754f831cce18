/**
 * People edit between a check and a clear. Clearing restores what it can prove is the cell it
 * marked, keeps the record of the rest with a reason, and never writes to a cell it cannot prove
 * is one it marked — checked one edit at a time and over random sequences of edits.
 */
import fc from "fast-check";
import { checkReport } from "../../src/report/checkReport";
import type { CellMark } from "../../src/host/reportHost";
import { marksFor } from "../../src/taskpane/marks";
import { parseXmlElement, type XmlElement } from "../fakes/xmlTree";
import { cellOf, newSession, openFixture, shadingMap, useFakeWps, type Opened } from "./support";

useFakeWps();

interface Marked extends Opened {
  before: ReturnType<typeof shadingMap>;
  marks: CellMark[];
  /** The `w:tc`s painted by the check. */
  painted: Set<XmlElement>;
}

async function marked(): Promise<Marked> {
  const opened = await openFixture("liuying-2019");
  const before = shadingMap(opened.doc);
  const read = await opened.host.read();
  const marks = marksFor(checkReport(read.doc).findings);
  await opened.host.mark(marks, { comments: false });
  const painted = new Set(opened.doc.shadingWrites.map((w) => w.tc));
  opened.doc.shadingWrites.length = 0;
  return { ...opened, before, marks, painted };
}

const key = (m: CellMark) => `${m.cell.table}:${m.cell.row}:${m.cell.cell}`;

/** A table of its own, unlike any in the reports. */
function insertTableAtStart(opened: Opened): void {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const tbl = parseXmlElement(
    `<w:tbl ${W}><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc><w:p><w:r><w:t>新表</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`,
  );
  tbl.attrs = [];
  opened.doc.body.children.unshift(tbl, { name: "w:p", attrs: [], children: [] });
  (opened.doc as unknown as { invalidate(): void }).invalidate();
}

describe("between a check and a clear", () => {
  it("the user fixes a marked cell's value: its mark is still taken off", async () => {
    const m = await marked();
    const fixed = m.marks[0].cell;
    m.doc.typeIntoCell(fixed.table, fixed.row, fixed.cell, "12345");
    const outcome = await m.host.clearMarks();
    expect(outcome).toMatchObject({ restored: m.marks.length, kept: { cells: 0 } });
    expect(shadingMap(m.doc)).toEqual(m.before);
  });

  it("another cell of a marked row changed: that row's marks are kept, never written", async () => {
    const m = await marked();
    const target = m.marks[0].cell;
    const row = m.marks.filter((x) => x.cell.table === target.table && x.cell.row === target.row);
    const rowCells = cellOf(m.doc, target.table, target.row, 0).row.cells;
    const unmarked = rowCells.find((c) => !row.some((x) => x.cell.cell === c.tcIndex) && !c.continuation);
    if (!unmarked) throw new Error("the row has no unmarked cell");
    const original = m.doc.layout().text(unmarked.start, unmarked.end - 1);
    m.doc.typeIntoCell(target.table, target.row, unmarked.tcIndex, "改过的");
    const outcome = await m.host.clearMarks();
    expect(outcome.restored).toBe(m.marks.length - row.length);
    expect(outcome.kept).toEqual({
      cells: row.length,
      reasons: [{ reason: "table_changed", cells: row.length }],
    });
    for (const x of row) expect(shadingMap(m.doc).get(key(x))?.fill).not.toBe(m.before.get(key(x))?.fill);
    // Put back as it was (an undo by hand): the kept marks come off.
    m.doc.typeIntoCell(target.table, target.row, unmarked.tcIndex, original);
    expect(await m.host.clearMarks()).toMatchObject({ restored: row.length, kept: { cells: 0 } });
    expect(shadingMap(m.doc)).toEqual(m.before);
  });

  it("a marked cell recoloured by hand keeps the user's colour", async () => {
    const m = await marked();
    const c = m.marks[0].cell;
    m.doc.recolour(c.table, c.row, c.cell, "00B050");
    const outcome = await m.host.clearMarks();
    expect(outcome.kept).toEqual({ cells: 1, reasons: [{ reason: "table_changed", cells: 1 }] });
    expect(shadingMap(m.doc).get(key(m.marks[0]))?.fill).toBe("00B050");
    expect(m.doc.shadingWrites.some((w) => w.tc === cellOf(m.doc, c.table, c.row, c.cell).node)).toBe(false);
  });

  it("a row deleted: the table's marks are kept, and can be forgotten", async () => {
    const m = await marked();
    const table = m.marks[0].cell.table;
    const inTable = m.marks.filter((x) => x.cell.table === table).length;
    m.doc.deleteRow(table, m.doc.layout().tables[table].rows.length - 1);
    const outcome = await m.host.clearMarks();
    expect(outcome.kept).toEqual({ cells: inTable, reasons: [{ reason: "table_changed", cells: inTable }] });
    expect(m.doc.shadingWrites.every((w) => m.painted.has(w.tc))).toBe(true);
    expect(await m.host.forgetMarks()).toBe(inTable);
    expect(await m.host.clearMarks()).toMatchObject({ restored: 0, kept: { cells: 0 } });
    expect(m.doc.properties.some((p) => p.name.startsWith("nianbaoMarks"))).toBe(false);
  });

  it("a table inserted before the marked ones: each is found where it went", async () => {
    const m = await marked();
    insertTableAtStart(m);
    expect(await m.host.clearMarks()).toMatchObject({ restored: m.marks.length, kept: { cells: 0 } });
    for (const [k, seen] of shadingMap(m.doc)) {
      const [t, r, c] = k.split(":").map(Number);
      if (t > 0) expect(seen).toEqual(m.before.get(`${t - 1}:${r}:${c}`));
    }
  });

  it("a marked table copied: two tables prove, so neither is written to", async () => {
    const m = await marked();
    const table = m.marks[0].cell.table;
    const inTable = m.marks.filter((x) => x.cell.table === table).length;
    m.doc.copyTableToStart(table);
    const outcome = await m.host.clearMarks();
    expect(outcome.kept.cells).toBeGreaterThanOrEqual(inTable);
    expect(m.doc.shadingWrites.every((w) => m.painted.has(w.tc))).toBe(true);
    const original = m.doc.layout().tables[table + 1];
    const copy = m.doc.layout().tables[0];
    for (const t of [original, copy])
      expect(m.doc.shadingWrites.some((w) => t.rows.some((r) => r.cells.some((c) => c.node === w.tc)))).toBe(
        false,
      );
  });

  it("every table deleted: the marks are kept as not found", async () => {
    const m = await marked();
    while (m.doc.layout().topLevelTables().length > 0) m.doc.deleteTable(0);
    const outcome = await m.host.clearMarks();
    expect(outcome).toEqual({
      restored: 0,
      kept: { cells: m.marks.length, reasons: [{ reason: "table_not_found", cells: m.marks.length }] },
      differing: 0,
    });
  });

  it("the marks undone with Ctrl+Z: clear finds them already gone and writes nothing", async () => {
    const m = await marked();
    m.doc.undo();
    expect(shadingMap(m.doc)).toEqual(m.before);
    expect(await m.host.clearMarks()).toMatchObject({ restored: m.marks.length, kept: { cells: 0 } });
    expect(m.doc.shadingWrites).toEqual([]);
  });
});

describe("between a check and its marks", () => {
  it("a row edited after the read: its cells are not marked", async () => {
    const opened = await openFixture("liuying-2019");
    const read = await opened.host.read();
    const marks = marksFor(checkReport(read.doc).findings);
    const target = marks[0].cell;
    const inRow = marks.filter((x) => x.cell.table === target.table && x.cell.row === target.row);
    opened.doc.typeIntoCell(target.table, target.row, 0, "别的行");
    const outcome = await opened.host.mark(marks, { comments: false });
    expect(outcome).toEqual({ marked: marks.length - inRow.length, skipped: inRow.length });
    const rowTcs = new Set(cellOf(opened.doc, target.table, target.row, 0).row.cells.map((c) => c.node));
    expect(opened.doc.shadingWrites.some((w) => rowTcs.has(w.tc))).toBe(false);
  });

  it("another document active: marks and selection refuse, nothing is written", async () => {
    const opened = await openFixture("liuying-2019");
    const read = await opened.host.read();
    const marks = marksFor(checkReport(read.doc).findings);
    const other = await openFixture("shanghewan-2020");
    opened.session.activate(other.doc);
    await expect(opened.host.mark(marks, { comments: false })).rejects.toMatchObject({ code: "stale" });
    await expect(opened.host.selectCell(marks[0].cell)).rejects.toMatchObject({ code: "stale" });
    expect(opened.doc.shadingWrites).toEqual([]);
    expect(other.doc.shadingWrites).toEqual([]);
  });
});

describe("random edits between a check and a clear", () => {
  type Edit =
    | { kind: "type"; pick: number; text: string }
    | { kind: "recolour"; pick: number; fill: string | null }
    | { kind: "deleteRow"; pick: number }
    | { kind: "insertTable" }
    | { kind: "undo" }
    | { kind: "newSession" };

  const edit: fc.Arbitrary<Edit> = fc.oneof(
    fc.record({
      kind: fc.constant("type" as const),
      pick: fc.nat(),
      text: fc.constantFrom("0", "1", "7", "", "改", "合计"),
    }),
    fc.record({
      kind: fc.constant("recolour" as const),
      pick: fc.nat(),
      fill: fc.constantFrom(null, "FF8B8B", "FFEB9C", "FBE3E3", "FFC58F", "00B050"),
    }),
    fc.record({ kind: fc.constant("deleteRow" as const), pick: fc.nat() }),
    fc.constant({ kind: "insertTable" as const }),
    fc.constant({ kind: "undo" as const }),
    fc.constant({ kind: "newSession" as const }),
  );

  it("never writes to a cell it did not mark, and accounts for every mark", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 6 }), async (edits) => {
        const m = await marked();
        let host = m.host;
        for (const e of edits) {
          const cells = m.doc
            .layout()
            .tables.flatMap((t, ti) => t.rows.flatMap((r) => r.cells.map((c) => ({ ti, c }))));
          if (e.kind === "type" || e.kind === "recolour") {
            const { ti, c } = cells[e.pick % cells.length];
            if (e.kind === "type") m.doc.typeIntoCell(ti, c.row.index, c.tcIndex, e.text);
            else m.doc.recolour(ti, c.row.index, c.tcIndex, e.fill);
          } else if (e.kind === "deleteRow") {
            const { ti, c } = cells[e.pick % cells.length];
            if (c.row.table.rows.length > 1) m.doc.deleteRow(ti, c.row.index);
          } else if (e.kind === "insertTable") insertTableAtStart(m);
          else if (e.kind === "undo") m.doc.undo();
          else host = newSession(m.doc).host;
        }
        const outcome = await host.clearMarks();
        expect(m.doc.shadingWrites.every((w) => m.painted.has(w.tc))).toBe(true);
        expect(outcome.restored + outcome.kept.cells).toBe(m.marks.length);
        expect(outcome.differing).toBe(0);
      }),
      { numRuns: 20 },
    );
  });
});

describe("a restore WPS does not carry out", () => {
  async function markedWith(automaticFill: "refused" | "white") {
    const opened = await openFixture("liuying-2019", { automaticFill });
    const read = await opened.host.read();
    const marks = marksFor(checkReport(read.doc).findings);
    await opened.host.mark(marks, { comments: false });
    return { ...opened, marks };
  }

  it("refused: every mark is kept as restore_failed, still painted, and can be forgotten", async () => {
    const m = await markedWith("refused");
    const marked = shadingMap(m.doc);
    const outcome = await m.host.clearMarks();
    expect(outcome).toEqual({
      restored: 0,
      kept: { cells: m.marks.length, reasons: [{ reason: "restore_failed", cells: m.marks.length }] },
      differing: 0,
    });
    for (const x of m.marks) expect(shadingMap(m.doc).get(key(x))?.fill).toBe(marked.get(key(x))?.fill);
    expect(await m.host.forgetMarks()).toBe(m.marks.length);
  });

  it("not as recorded (white instead of no fill): counted as differing, and kept", async () => {
    const m = await markedWith("white");
    const outcome = await m.host.clearMarks();
    expect(outcome).toEqual({
      restored: 0,
      kept: { cells: m.marks.length, reasons: [{ reason: "restore_failed", cells: m.marks.length }] },
      differing: m.marks.length,
    });
    for (const x of m.marks) expect(shadingMap(m.doc).get(key(x))?.fill).toBe("FFFFFF");
  });
});
