// The one function that maps OOXML cells to Word's (row, cell): both conventions, and refusal
// whenever what Word reported does not line up.
import fc from "fast-check";
import type { DocCell, DocRow, DocTable } from "../../src/report/model";
import { addressTable, type Convention, type WordTableShape } from "../../src/word/cellAddress";

interface CellSpec {
  colSpan: number;
  vMerge: "none" | "restart" | "continue";
  text?: string;
  tables?: DocTable[];
}

/** DocRows as the OOXML reader builds them (grid columns, row spans, continuation texts ""). */
function rowsOf(spec: CellSpec[][]): DocRow[] {
  const rows: DocRow[] = [];
  const open = new Map<number, DocCell>();
  spec.forEach((cells, r) => {
    let column = 0;
    const next = new Map<number, DocCell>();
    const row: DocRow = { rowIndex: r, cells: [], isHeader: false, gridBefore: 0, gridAfter: 0 };
    cells.forEach((c, i) => {
      const cell: DocCell = {
        rowIndex: r,
        cellIndex: i,
        gridColumn: column,
        colSpan: c.colSpan,
        rowSpan: 1,
        vMerge: c.vMerge,
        text: c.vMerge === "continue" ? "" : (c.text ?? `r${r}c${i}`),
        tables: c.tables ?? [],
      };
      if (c.vMerge === "continue") {
        const owner = open.get(column);
        if (!owner) throw new Error("continuation without a merge above");
        owner.rowSpan++;
        next.set(column, owner);
      } else if (c.vMerge === "restart") next.set(column, cell);
      column += c.colSpan;
      row.cells.push(cell);
    });
    open.clear();
    for (const [k, v] of next) open.set(k, v);
    rows.push(row);
  });
  return rows;
}

const ownerOf = (rows: DocRow[], cell: DocCell): DocCell | undefined => {
  for (let r = cell.rowIndex - 1; r >= 0; r--) {
    const above = rows[r].cells.find((c) => c.gridColumn === cell.gridColumn);
    if (above?.vMerge === "restart") return above;
  }
  return undefined;
};

/** What Word would report under a convention; continuation cells read "" or (ownerText) the owner's text. */
function wordShape(rows: DocRow[], convention: Convention, ownerText = false): WordTableShape {
  const cells = rows.map((row) =>
    convention === "counts" ? row.cells : row.cells.filter((c) => c.vMerge !== "continue"),
  );
  return {
    cellCounts: cells.map((c) => c.length),
    values: cells.map((row) =>
      row.map((c) => (c.vMerge === "continue" && ownerText ? (ownerOf(rows, c)?.text ?? "") : c.text)),
    ),
  };
}

const merged = (n: number): CellSpec => ({ colSpan: n, vMerge: "none" });
const start: CellSpec = { colSpan: 1, vMerge: "restart" };
const cont: CellSpec = { colSpan: 1, vMerge: "continue" };
const one: CellSpec = { colSpan: 1, vMerge: "none" };

// The shape of the 2019/2021 "requests" table's left side: a 3-row label merged vertically,
// group labels merged vertically inside it, a label spread over two columns.
const REQUESTS_LIKE = rowsOf([
  [merged(3), one, one],
  [start, merged(2), one, one],
  [cont, start, one, one, one],
  [cont, cont, one, one, one],
  [cont, merged(2), one, one],
]);

describe("addressTable", () => {
  it("maps cells by position when Word counts continuation cells", () => {
    const a = addressTable(REQUESTS_LIKE, wordShape(REQUESTS_LIKE, "counts"));
    expect(a?.convention).toBe("counts");
    expect(a?.toWord(3, 2)).toEqual({ row: 3, cell: 2 });
    expect(a?.toWord(3, 0)).toEqual({ row: 3, cell: 0 }); // a continuation cell is a cell too
    expect(a?.toWord(4, 1)).toEqual({ row: 4, cell: 1 });
  });

  it("skips continuation cells when Word does not count them", () => {
    const a = addressTable(REQUESTS_LIKE, wordShape(REQUESTS_LIKE, "skips"));
    expect(a?.convention).toBe("skips");
    expect(a?.toWord(3, 2)).toEqual({ row: 3, cell: 0 });
    expect(a?.toWord(3, 4)).toEqual({ row: 3, cell: 2 });
    expect(a?.toWord(4, 1)).toEqual({ row: 4, cell: 0 });
    expect(a?.toWord(3, 0)).toBeNull(); // no Word cell of its own
    expect(a?.toWord(3, 1)).toBeNull();
  });

  it("accepts a continuation cell that reads as the text of the cell it continues", () => {
    expect(addressTable(REQUESTS_LIKE, wordShape(REQUESTS_LIKE, "counts", true))?.convention).toBe("counts");
  });

  it("ignores whitespace and line-break differences between Word and the OOXML", () => {
    const rows = rowsOf([
      [
        { ...one, text: "本年新收\n政府信息公开申请" },
        { ...one, text: "3" },
      ],
    ]);
    expect(
      addressTable(rows, { cellCounts: [2], values: [["本年新收\r政府信息 公开申请\u0007", " 3 "]] }),
    ).not.toBeNull();
  });

  it("treats a table without continuation cells the same under both conventions", () => {
    const rows = rowsOf([
      [merged(2), one],
      [one, one, one],
    ]);
    const a = addressTable(rows, wordShape(rows, "skips"));
    expect(a?.toWord(1, 2)).toEqual({ row: 1, cell: 2 });
    expect(a?.toWord(0, 1)).toEqual({ row: 0, cell: 1 });
  });

  it("is unaddressable when cell counts match neither convention", () => {
    const shape = wordShape(REQUESTS_LIKE, "counts");
    const cellCounts = [...shape.cellCounts];
    cellCounts[2]--; // one continuation counted, the other not
    expect(addressTable(REQUESTS_LIKE, { ...shape, cellCounts })).toBeNull();
  });

  it("is unaddressable when Word counts continuations in cellCount but not in values ('mixed')", () => {
    const counts = wordShape(REQUESTS_LIKE, "counts");
    const skips = wordShape(REQUESTS_LIKE, "skips");
    expect(addressTable(REQUESTS_LIKE, { cellCounts: counts.cellCounts, values: skips.values })).toBeNull();
  });

  it("is unaddressable when the texts do not line up, even if the counts do", () => {
    const shape = wordShape(REQUESTS_LIKE, "counts");
    const values = shape.values.map((r) => [...r]);
    [values[1][2], values[1][3]] = [values[1][3], values[1][2]];
    expect(addressTable(REQUESTS_LIKE, { ...shape, values })).toBeNull();
  });

  it("is unaddressable when values come per grid column (horizontal merges spread out)", () => {
    const rows = rowsOf([
      [merged(2), one],
      [one, one, one],
    ]);
    const values = [
      ["r0c0", "", "r0c1"],
      ["r1c0", "r1c1", "r1c2"],
    ];
    expect(addressTable(rows, { cellCounts: [3, 3], values })).toBeNull();
  });

  it("is unaddressable when the row counts differ", () => {
    const shape = wordShape(REQUESTS_LIKE, "counts");
    expect(addressTable(REQUESTS_LIKE.slice(0, 4), shape)).toBeNull();
    expect(addressTable(REQUESTS_LIKE, { ...shape, values: shape.values.slice(0, 4) })).toBeNull();
  });

  it("maps a cell that holds a nested table: Word's text includes the nested table's", () => {
    const nested = rowsOf([[one, one]]);
    const table: DocTable = { kind: "table", index: 1, nestingLevel: 2, gridColumnCount: 2, rows: nested };
    const rows = rowsOf([[one, { ...one, text: "外\n尾", tables: [table] }]]);
    const values = [["r0c0", "外\nr0c0\nr0c1\n尾"]];
    expect(addressTable(rows, { cellCounts: [2], values })?.toWord(0, 1)).toEqual({ row: 0, cell: 1 });
    // …but the cell's own text must still be there.
    expect(addressTable(rows, { cellCounts: [2], values: [["r0c0", "r0c0\nr0c1"]] })).toBeNull();
  });

  it("answers null for cells that do not exist", () => {
    const a = addressTable(REQUESTS_LIKE, wordShape(REQUESTS_LIKE, "counts"));
    expect(a?.toWord(9, 0)).toBeNull();
    expect(a?.toWord(0, 7)).toBeNull();
  });
});

// ---- Properties over random merged tables ------------------------------------------------------

/** A random table: rows of cells with horizontal spans and vertical merges, from a stream of numbers. */
const randomTable = fc
  .record({
    rows: fc.integer({ min: 1, max: 7 }),
    columns: fc.integer({ min: 1, max: 7 }),
    stream: fc.array(fc.nat({ max: 1000 }), { minLength: 120, maxLength: 120 }),
  })
  .map(({ rows, columns, stream }) => {
    let at = 0;
    const rnd = () => stream[at++ % stream.length];
    const spec: CellSpec[][] = [];
    let open = new Map<number, number>(); // column → span of a merge that may continue
    for (let r = 0; r < rows; r++) {
      const cells: CellSpec[] = [];
      const next = new Map<number, number>();
      for (let column = 0; column < columns;) {
        const above = open.get(column);
        if (above !== undefined && rnd() % 3 !== 0) {
          cells.push({ colSpan: above, vMerge: "continue" });
          next.set(column, above);
          column += above;
          continue;
        }
        const colSpan = 1 + (rnd() % Math.min(3, columns - column));
        const vMerge = rnd() % 3 === 0 ? "restart" : "none";
        cells.push({ colSpan, vMerge });
        if (vMerge === "restart") next.set(column, colSpan);
        column += colSpan;
      }
      spec.push(cells);
      open = next;
    }
    return rowsOf(spec);
  });

const hasContinuations = (rows: DocRow[]) => rows.some((r) => r.cells.some((c) => c.vMerge === "continue"));

describe("addressTable on random merged tables", () => {
  it.each(["counts", "skips"] as const)(
    "finds the right Word cell for every cell when Word %s continuation cells",
    (convention) => {
      fc.assert(
        fc.property(randomTable, fc.boolean(), (rows, ownerText) => {
          const shape = wordShape(rows, convention, ownerText);
          const a = addressTable(rows, shape);
          expect(a).not.toBeNull();
          if (hasContinuations(rows)) expect(a?.convention).toBe(convention);
          for (const row of rows)
            for (const cell of row.cells) {
              const word = a?.toWord(cell.rowIndex, cell.cellIndex) ?? null;
              if (cell.vMerge === "continue" && a?.convention === "skips") expect(word).toBeNull();
              else {
                expect(word).not.toBeNull();
                if (word && cell.vMerge !== "continue")
                  expect(shape.values[word.row][word.cell]).toBe(cell.text);
                if (word) expect(word.row).toBe(cell.rowIndex);
              }
            }
        }),
      );
    },
  );

  it("maps distinct cells to distinct Word cells", () => {
    fc.assert(
      fc.property(randomTable, fc.constantFrom<Convention>("counts", "skips"), (rows, convention) => {
        const a = addressTable(rows, wordShape(rows, convention));
        const seen = new Set<string>();
        for (const row of rows)
          for (const cell of row.cells) {
            const word = a?.toWord(cell.rowIndex, cell.cellIndex);
            if (!word) continue;
            const key = `${word.row}:${word.cell}`;
            expect(seen.has(key)).toBe(false);
            seen.add(key);
          }
      }),
    );
  });

  it("refuses any table whose reported cell count is off in one row", () => {
    fc.assert(
      fc.property(
        randomTable,
        fc.constantFrom<Convention>("counts", "skips"),
        fc.nat(),
        fc.constantFrom(-1, 1),
        (rows, convention, pick, delta) => {
          const shape = wordShape(rows, convention);
          const r = pick % rows.length;
          const cellCounts = [...shape.cellCounts];
          cellCounts[r] += delta;
          expect(addressTable(rows, { ...shape, cellCounts })).toBeNull();
        },
      ),
    );
  });

  it("refuses any table whose texts are swapped between two cells of a row", () => {
    fc.assert(
      fc.property(
        randomTable,
        fc.constantFrom<Convention>("counts", "skips"),
        fc.nat(),
        (rows, convention, pick) => {
          const shape = wordShape(rows, convention);
          const candidates = shape.values
            .map((row, r) => ({ r, texts: row.filter((t) => t !== "") }))
            .filter((x) => x.texts.length >= 2);
          fc.pre(candidates.length > 0);
          const { r } = candidates[pick % candidates.length];
          const values = shape.values.map((row) => [...row]);
          const [i, j] = values[r].flatMap((t, k) => (t === "" ? [] : [k])).slice(0, 2);
          [values[r][i], values[r][j]] = [values[r][j], values[r][i]];
          expect(addressTable(rows, { ...shape, values })).toBeNull();
        },
      ),
    );
  });

  it("refuses values laid out per grid column whenever a cell spans columns", () => {
    fc.assert(
      fc.property(randomTable, (rows) => {
        fc.pre(rows.some((r) => r.cells.some((c) => c.colSpan > 1)));
        const values = rows.map((row) =>
          row.cells.flatMap((c) => [c.text, ...Array<string>(c.colSpan - 1).fill("")]),
        );
        expect(addressTable(rows, { cellCounts: values.map((v) => v.length), values })).toBeNull();
      }),
    );
  });
});
