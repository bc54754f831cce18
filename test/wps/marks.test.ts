/**
 * A full check of every fixture in the fake WPS, under every plausible way WPS may number merged
 * cells: the cells marked are exactly those the engine's findings name (the engine run directly on
 * the .docx), in their look's colour; clearing gives every cell its shading back exactly; each is
 * one undo step; the record lives in the document's custom properties until cleared.
 */
import { NOTHING_KEPT } from "../../src/host/reportHost";
import { checkReport } from "../../src/report/checkReport";
import { cellKey, cellLooks, markFill } from "../../src/report/view";
import { marksFor } from "../../src/taskpane/marks";
import type { CoveredCell, Numbering } from "../fakes/wps";
import { serialize } from "../fakes/xmlTree";
import { FIXTURES, SPECIAL, engineOn, openFixture, shadingMap, useFakeWps } from "./support";

useFakeWps();

const CONVENTIONS: [Numbering, CoveredCell][] = [
  ["counts", "throws"],
  ["counts", "owner"],
  ["counts", "self"],
  ["skips", "throws"],
  ["skips", "owner"],
  ["grid", "throws"],
  ["grid", "owner"],
  ["grid", "self"],
];

describe.each(FIXTURES)("%s", (name) => {
  it.each(CONVENTIONS)(
    "numbering %s, covered cells %s: marks exactly the findings' cells, clear restores all",
    async (numbering, coveredCell) => {
      const { bytes, host, doc, session } = await openFixture(name, { numbering, coveredCell });
      const before = shadingMap(doc);
      const properties = structuredClone(doc.properties);
      const looks = new Map(cellLooks((await engineOn(bytes)).findings).map((l) => [cellKey(l.cell), l]));

      const read = await host.read();
      const outcome = await host.mark(marksFor(checkReport(read.doc).findings), { comments: false });
      expect(outcome).toEqual({ marked: looks.size, skipped: 0 });

      const marked = shadingMap(doc);
      for (const [key, seen] of marked) {
        const look = looks.get(key);
        if (look)
          expect([key, seen]).toEqual([
            key,
            { val: "clear", color: before.get(key)?.color, fill: markFill(look.look, look.severity) },
          ]);
        else expect([key, seen]).toEqual([key, before.get(key)]);
      }
      if (looks.size > 0) {
        expect(session.undoNames).toEqual(["年报校对：标记单元格"]);
        expect(doc.undoStack).toHaveLength(1);
        expect(doc.properties.map((p) => p.name)).toContain("nianbaoMarks");
        expect(doc.properties.slice(0, properties.length)).toEqual(properties);
      }

      const cleared = await host.clearMarks();
      expect(cleared).toEqual({ restored: looks.size, kept: NOTHING_KEPT, differing: 0 });
      expect(shadingMap(doc)).toEqual(before);
      expect(doc.properties).toEqual(properties); // ours gone, WPS's own kept
      if (looks.size > 0) expect(session.undoNames).toEqual(["年报校对：标记单元格", "年报校对：清除标记"]);
    },
  );
});

describe("what marking writes", () => {
  it("writes nothing but the shading of the marked cells, and only once per cell", async () => {
    const { host, doc } = await openFixture("liuying-2019");
    const read = await host.read();
    const marks = marksFor(checkReport(read.doc).findings);
    await host.mark(marks, { comments: false });
    const written = new Set(doc.shadingWrites.map((w) => w.tc));
    expect(written.size).toBe(marks.length);
    // Texture only where it was not already none: a plain cell gets one write, its colour.
    expect(doc.shadingWrites).toHaveLength(marks.length);
    expect(doc.comments).toEqual([]);
  });

  it("marks again: the earlier marks are restored first, the originals kept from the first record", async () => {
    const { host, doc } = await openFixture("liuying-2019");
    const before = shadingMap(doc);
    const read = await host.read();
    const marks = marksFor(checkReport(read.doc).findings);
    await host.mark(marks, { comments: false });
    const once = shadingMap(doc);
    // The same marks again, then half of them: the cells left out get their own look back.
    expect(await host.mark(marks, { comments: false })).toEqual({ marked: marks.length, skipped: 0 });
    expect(shadingMap(doc)).toEqual(once);
    const half = marks.slice(0, Math.floor(marks.length / 2));
    await host.mark(half, { comments: false });
    const kept = new Set(half.map((m) => cellKey(m.cell)));
    for (const [key, seen] of shadingMap(doc))
      expect(seen).toEqual(kept.has(key) ? once.get(key) : before.get(key));
    await host.clearMarks();
    expect(shadingMap(doc)).toEqual(before);
  });

  it("restores a patterned cell's texture and colours, and a theme fill's colour (its theme link is lost)", async () => {
    const { host, doc } = await openFixture(SPECIAL);
    const before = shadingMap(doc);
    const read = await host.read();
    const table = read.doc.blocks.filter((b) => b.kind === "table")[2];
    if (table?.kind !== "table") throw new Error("no third table");
    const marks = [1, 2].map((cell) => ({
      cell: { table: table.index, row: 0, cell },
      look: "suspect" as const,
      severity: "error" as const,
      note: "测试",
    }));
    expect(await host.mark(marks, { comments: false })).toEqual({ marked: 2, skipped: 0 });
    const marked = shadingMap(doc);
    expect(marked.get(`${table.index}:0:1`)).toEqual({ val: "clear", color: "FF0000", fill: "FF8B8B" });
    expect(await host.clearMarks()).toEqual({ restored: 2, kept: NOTHING_KEPT, differing: 0 });
    expect(shadingMap(doc)).toEqual(before);
    // What the restore cannot give back: the link of the fill to the theme (w:themeFill).
    const themed = doc.layout().tables[table.index].rows[0].cells[2].node;
    expect(serialize(themed)).not.toContain("themeFill");
  });

  it("puts one comment on each marked cell, and clear removes exactly those", async () => {
    const { host, doc } = await openFixture("liuying-2019");
    const read = await host.read();
    const marks = marksFor(checkReport(read.doc).findings);
    // Someone else's comment on a marked cell stays.
    const layout = doc.layout();
    const first = layout.tables[marks[0].cell.table].rows[marks[0].cell.row].cells[marks[0].cell.cell];
    doc.comments.push({ id: 999, anchor: first.node, text: "审核人的意见", author: "审核人" });
    expect(host.capabilities().comments).toBe(true);
    await host.mark(marks, { comments: true });
    const ours = doc.comments.filter((c) => c.author === "年报校对");
    expect(ours).toHaveLength(marks.length);
    for (const m of marks) {
      const cell = layout.tables[m.cell.table].rows[m.cell.row].cells[m.cell.cell];
      expect(ours.filter((c) => c.anchor === cell.node).map((c) => c.text)).toEqual([m.note]);
    }
    await host.clearMarks();
    expect(doc.comments.map((c) => c.text)).toEqual(["审核人的意见"]);
  });

  it("marks without an undo record where WPS has none", async () => {
    const { host, doc } = await openFixture(SPECIAL, { undoRecord: false });
    const before = shadingMap(doc);
    const read = await host.read();
    const table = read.doc.blocks.filter((b) => b.kind === "table")[2];
    const marks = [1, 2].map((cell) => ({
      cell: { table: table.kind === "table" ? table.index : -1, row: 3, cell },
      look: "blank" as const,
      severity: "warning" as const,
      note: "测试",
    }));
    expect((await host.mark(marks, { comments: false })).marked).toBe(marks.length);
    expect(doc.undoStack.length).toBeGreaterThan(1); // one step per write, as WPS would do it
    await host.clearMarks();
    expect(shadingMap(doc)).toEqual(before);
  });

  it("puts screen updating back after marking", async () => {
    const { host, session } = await openFixture("liuying-2019");
    const read = await host.read();
    await host.mark(marksFor(checkReport(read.doc).findings), { comments: false });
    expect((session.unwrap(session.app) as { ScreenUpdating: boolean }).ScreenUpdating).toBe(true);
  });
});
