// Round trips: a full check costs the same few syncs for 3 tables as for 40+.
import { buildLargeReport } from "../../bench/corpus";
import { checkReport } from "../../src/report/checkReport";
import { allTables } from "../../src/report/model";
import { marksFor } from "../../src/taskpane/marks";
import { createWordHost } from "../../src/word";
import { FakeDocument, installFakeWord, type FakeSession } from "../fakes";
import { fixtureBytes, useFakeWord } from "./support";

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

  it("reading a 500-page document with 200 tables (3 of them standard) costs the same syncs", async () => {
    const small = await FakeDocument.fromDocx(await fixtureBytes("consistent-2021"));
    const smallSession = installFakeWord(small);
    await createWordHost().read();
    const smallRead = smallSession.syncs;

    const huge = await FakeDocument.fromDocx(await buildLargeReport(4000, 197, 15));
    const session = installFakeWord(huge);
    const { doc } = await createWordHost().read();
    expect(allTables(doc)).toHaveLength(200);
    expect(session.syncs).toBe(smallRead);
    expect(checkReport(doc).tables.requests).not.toBeNull();
  }, 120000);

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
