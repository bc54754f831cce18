// Round trips: a full check costs the same few syncs for 3 tables as for 40+.
import { buildLargeReport } from "../../bench/corpus";
import { checkReport } from "../../src/report/checkReport";
import { allTables } from "../../src/report/model";
import { marksFor } from "../../src/taskpane/marks";
import { createWordHost } from "../../src/word";
import { estimateOoxmlBytes, groupByBudget } from "../../src/word/responseBudget";
import { FakeDocument, installFakeWord, WEB_RESPONSE_LIMIT, type FakeSession } from "../fakes";
import { expectedDocument, fixtureBytes, useFakeWord } from "./support";

useFakeWord();

/** The user types a wrong number into every row total of the requests table: findings to mark. */
function breakTotals(document: FakeDocument): void {
  const requests = document.tables.find((t) => t.rows.length > 20 && t.nestingLevel === 1);
  if (!requests) throw new Error("no requests table");
  for (const row of requests.rows.slice(6, 10))
    document.typeIntoCell(requests.index, row.rowIndex, row.cells.length - 1, "9999");
}

/** read → checkReport → mark, as the pane does; the syncs of each step. */
async function fullCheck(
  session: FakeSession,
): Promise<{ read: number; mark: number; marked: number; tables: number }> {
  const host = createWordHost();
  const { doc } = await host.read();
  const read = session.syncs;
  const { marked } = await host.mark(marksFor(checkReport(doc).findings), { comments: false });
  return { read, mark: session.syncs - read, marked, tables: allTables(doc).length };
}

describe("sync budget", () => {
  it("a full check costs the same syncs, at most 3, for 3 tables and for 40+ tables", async () => {
    const small = await FakeDocument.fromDocx(await fixtureBytes("consistent-2021"));
    breakTotals(small);
    const smallCheck = await fullCheck(installFakeWord(small));

    const large = await FakeDocument.fromDocx(await buildLargeReport(120, 45));
    breakTotals(large);
    const largeCheck = await fullCheck(installFakeWord(large));

    expect(smallCheck.tables).toBe(3);
    expect(largeCheck.tables).toBeGreaterThanOrEqual(40);
    expect(smallCheck.marked).toBeGreaterThan(0);
    expect(largeCheck.marked).toBeGreaterThan(0);
    expect({ read: largeCheck.read, mark: largeCheck.mark }).toEqual({
      read: smallCheck.read,
      mark: smallCheck.mark,
    });
    expect(smallCheck.read).toBeLessThanOrEqual(2);
    expect(smallCheck.mark).toBe(1);
  }, 30000);

  it("a 500-page document with 200 tables checks in 3 syncs, reading only the 3 candidates' OOXML", async () => {
    const huge = await FakeDocument.fromDocx(await buildLargeReport(4000, 197, 15));
    breakTotals(huge);
    // The three standard tables (the generated ones start with 指标1), and their packages as read.
    const standard = huge.topLevelTables().filter((t) => huge.cellValue(t.rows[0].cells[0]) !== "指标1");
    expect(standard).toHaveLength(3);
    const packageBytes = (t: (typeof standard)[number]) => Buffer.byteLength(huge.tableOoxml(t), "utf8");
    const packages = standard.reduce((n, t) => n + packageBytes(t), 0);
    const others = huge.topLevelTables().filter((t) => !standard.includes(t));
    const othersOoxml = others.reduce((n, t) => n + packageBytes(t), 0);

    const session = installFakeWord(huge);
    const check = await fullCheck(session);
    expect(check.tables).toBe(200);
    expect(check.marked).toBeGreaterThan(0);
    expect(check.read + check.mark).toBeLessThanOrEqual(3);
    // The OOXML read is exactly the packages of the three standard tables (the only candidates)…
    expect(session.bytesRead.ooxml).toBe(packages);
    // …and everything else read (every paragraph's text, every table's values) is a fraction of what
    // the other tables' OOXML would have been.
    expect(session.bytesRead.total - packages).toBeLessThan(othersOoxml / 5);
  }, 120000);

  it("many candidate tables: their OOXML is read in groups that fit a response, one sync each", async () => {
    const document = await FakeDocument.fromDocx(await fixtureBytes("consistent-2021"));
    for (let i = 0; i < 40; i++) document.pasteTableCopy(1, 0); // 40 copies of the requests table above
    const session = installFakeWord(document, { maxResponseBytes: WEB_RESPONSE_LIMIT });
    const { doc } = await createWordHost().read();
    expect(allTables(doc)).toHaveLength(43);
    const estimates = document.topLevelTables().map(() => 0);
    document.topLevelTables().forEach((t, i) => {
      estimates[i] = estimateOoxmlBytes(t.rows.map((r) => r.cells.map((c) => document.cellValue(c))));
    });
    const groups = groupByBudget(estimates, (n) => n);
    expect(groups.length).toBeGreaterThan(1);
    expect(session.syncs).toBe(1 + groups.length);
    expect(session.syncLog.every((s) => !s.failed && s.bytes <= WEB_RESPONSE_LIMIT)).toBe(true);
  }, 60000);

  it("a response Word refuses is split across round trips, and the document read is the same", async () => {
    const bytes = await fixtureBytes("consistent-2021");
    const document = await FakeDocument.fromDocx(bytes);
    const sizes = document.topLevelTables().map((t) => Buffer.byteLength(document.tableOoxml(t), "utf8"));
    const limit = Math.max(...sizes) + 10_000; // one table fits; all three do not
    expect(sizes.reduce((a, b) => a + b, 0)).toBeGreaterThan(limit);
    const session = installFakeWord(document, { maxResponseBytes: limit });
    const { doc } = await createWordHost().read();
    expect(doc).toEqual(await expectedDocument(bytes));
    expect(session.syncLog.some((s) => s.failed)).toBe(true);
    expect(session.syncLog.filter((s) => !s.failed).every((s) => s.bytes <= limit)).toBe(true);
  });

  it("a single table too large for one response is a clear too_large error", async () => {
    const document = await FakeDocument.fromDocx(await fixtureBytes("consistent-2021"));
    installFakeWord(document, { maxResponseBytes: 30_000 });
    await expect(createWordHost().read()).rejects.toMatchObject({ code: "too_large" });
  });

  it("every operation has a fixed budget (the numbers in the README)", async () => {
    const document = await FakeDocument.fromDocx(await fixtureBytes("liuying-2019"));
    const session = installFakeWord(document);
    const host = createWordHost();
    const cost = async (operation: () => Promise<unknown>) => {
      const before = session.syncs;
      await operation();
      return session.syncs - before;
    };
    const budget = {
      read: await cost(() => host.read()),
      markAfterRead: await cost(() =>
        host.mark([{ cell: { table: 0, row: 6, cell: 2 }, look: "suspect", severity: "error", note: "" }], {
          comments: false,
        }),
      ),
      remarkWithoutRead: await cost(() =>
        host.mark([{ cell: { table: 0, row: 7, cell: 2 }, look: "suspect", severity: "error", note: "" }], {
          comments: false,
        }),
      ),
      selectCell: await cost(() => host.selectCell({ table: 0, row: 6, cell: 2 })),
      selectParagraph: await cost(() => host.selectParagraph(0, "宽城区")),
      clearMarks: await cost(() => host.clearMarks()),
      clearNothing: await cost(() => host.clearMarks()),
      loadIgnored: await cost(() => host.loadIgnored()),
      saveIgnored: await cost(() => host.saveIgnored(["x"])),
      insertDocx: await cost(() => host.insertDocx(new Uint8Array([0x50, 0x4b]))),
    };
    expect(budget).toEqual({
      read: 2,
      markAfterRead: 1,
      remarkWithoutRead: 2,
      selectCell: 2,
      selectParagraph: 2,
      clearMarks: 2,
      clearNothing: 0,
      loadIgnored: 0,
      saveIgnored: 0,
      insertDocx: 2,
    });
  });
});
