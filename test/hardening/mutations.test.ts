/**
 * Mutation tests: from consistent real-shaped reports of both formats, changing any single value
 * of the requests or appeals table by any nonzero amount gives an error that names that cell's
 * row or column; swapping two rows' labels or deleting a row is reported.
 */
import fc from "fast-check";
import { readDocx } from "../../src/ooxml";
import { checkReport } from "../../src/report/checkReport";
import type { CellRef } from "../../src/report/findings";
import { allTables, type DocCell, type ReportDocument } from "../../src/report/model";
import { buildDocxFromText, readReportFixture } from "../support/buildDocx";

const bases: Record<string, ReportDocument> = {};
beforeAll(async () => {
  for (const name of ["consistent-2021", "consistent-2019"])
    bases[name] = await readDocx(await buildDocxFromText(readReportFixture(name)));
});

const clone = (doc: ReportDocument): ReportDocument => structuredClone(doc);
const cellAt = (doc: ReportDocument, ref: CellRef): DocCell =>
  allTables(doc)[ref.table].rows[ref.row].cells[ref.cell];

describe.each(["consistent-2021", "consistent-2019"])("%s", (name) => {
  it("starts consistent", () => {
    expect(checkReport(bases[name]).findings).toEqual([]);
  });

  it("any single changed value of the requests and appeals tables gives an error naming it", () => {
    const base = bases[name];
    const fields = [...checkReport(base).fields.values()].filter(
      (f) => f.def.table === "requests" || f.def.table === "appeals",
    );
    expect(fields.length).toBeGreaterThan(150);
    fc.assert(
      fc.property(
        fc.constantFrom(...fields),
        fc.integer({ min: -60, max: 60 }).filter((d) => d !== 0),
        (field, delta) => {
          const doc = clone(base);
          const cell = cellAt(doc, field.cells[0].ref);
          cell.text = String((field.value ?? 0) + delta);
          const errors = checkReport(doc).findings.filter((f) => f.severity === "error");
          expect(errors.some((f) => f.fields.includes(field.id))).toBe(true);
        },
      ),
      { numRuns: 600 },
    );
    // And every cell at least once, by +1 and −1.
    for (const field of fields)
      for (const delta of [1, -1]) {
        const doc = clone(base);
        cellAt(doc, field.cells[0].ref).text = String((field.value ?? 0) + delta);
        const errors = checkReport(doc).findings.filter((f) => f.severity === "error");
        if (!errors.some((f) => f.fields.includes(field.id)))
          throw new Error(`${field.id} ${delta} not caught`);
      }
  });

  it("swapping the labels of any two requests rows is reported", () => {
    const base = bases[name];
    const result = checkReport(base);
    const requests = allTables(base)[result.tables.requests?.[0].table ?? -1];
    // The label cell of each data row: its last non-empty cell left of the values (grid column 3 on).
    const labelCells = [...result.fields.values()]
      .filter((f) => f.def.table === "requests" && f.def.column === "natural")
      .map((f) => {
        const row = f.cells[0].ref.row;
        const cells = requests.rows[row].cells;
        const cell = cells
          .map((c, i) => ({ c, i }))
          .filter(({ c }) => c.gridColumn < 3 && c.text.trim() !== "");
        return { row, cell: cell[cell.length - 1].i };
      });
    let pairs = 0;
    for (let i = 0; i < labelCells.length; i++)
      for (let j = i + 1; j < labelCells.length; j++) {
        const doc = clone(base);
        const t = allTables(doc)[requests.index];
        const a = t.rows[labelCells[i].row].cells[labelCells[i].cell];
        const b = t.rows[labelCells[j].row].cells[labelCells[j].cell];
        if (a.text === b.text) continue;
        [a.text, b.text] = [b.text, a.text];
        const rules = checkReport(doc).findings.map((f) => f.rule);
        if (!rules.includes("table.row_order")) throw new Error(`swap of rows ${i} and ${j} not reported`);
        pairs++;
      }
    expect(pairs).toBeGreaterThan(200);
  });

  it("deleting any data row of any table is reported", () => {
    const base = bases[name];
    const result = checkReport(base);
    const rows = new Set<string>();
    for (const f of result.fields.values()) rows.add(`${f.cells[0].ref.table}:${f.cells[0].ref.row}`);
    for (const key of rows) {
      const [table, row] = key.split(":").map(Number);
      const doc = clone(base);
      const t = allTables(doc)[table];
      t.rows.splice(row, 1);
      t.rows.forEach((r, i) => {
        r.rowIndex = i;
        r.cells.forEach((c) => (c.rowIndex = i));
      });
      const rules = checkReport(doc)
        .findings.filter((f) => f.severity === "error")
        .map((f) => f.rule);
      if (!rules.includes("table.row_missing"))
        throw new Error(`deleting row ${row} of table ${table} not reported`);
    }
    expect(rows.size).toBeGreaterThan(30);
  });
});
