import { parseDocumentXml } from "../../src/ooxml";
import type { DocCell, DocTable } from "../../src/report/model";
import { cellTexts, documentXml, p, tables, tbl, tc, tr } from "./xml";

function onlyTable(body: string): DocTable {
  const all = tables(parseDocumentXml(documentXml(body)));
  expect(all).toHaveLength(1);
  return all[0];
}

/** [cellIndex, gridColumn, colSpan, rowSpan, vMerge] per cell, row by row. */
function geometry(table: DocTable): [number, number, number, number, DocCell["vMerge"]][][] {
  return table.rows.map((row) =>
    row.cells.map((c) => [c.cellIndex, c.gridColumn, c.colSpan, c.rowSpan, c.vMerge]),
  );
}

const span = (n: number): string => `<w:gridSpan w:val="${n}"/>`;
const restart = '<w:vMerge w:val="restart"/>';
const cont = "<w:vMerge/>";

describe("table geometry", () => {
  it("reads grid columns, horizontal spans and the grid column of each cell", () => {
    const table = onlyTable(
      tbl([tr([tc("第二十条第（一）项", span(4))]), tr([tc("信息内容"), tc("a"), tc("b", span(2))])], 4),
    );
    expect(table.gridColumnCount).toBe(4);
    expect(geometry(table)).toEqual([
      [[0, 0, 4, 1, "none"]],
      [
        [0, 0, 1, 1, "none"],
        [1, 1, 1, 1, "none"],
        [2, 2, 2, 1, "none"],
      ],
    ]);
    expect(cellTexts(table)).toEqual([["第二十条第（一）项"], ["信息内容", "a", "b"]]);
  });

  it("counts the rows a vertical merge covers and keeps the continuation cells in their rows", () => {
    // The WPS requests-table header: a note cell spanning 3 columns over 3 rows.
    const table = onlyTable(
      tbl(
        [
          tr([tc("note", span(3) + restart), tc("申请人情况", span(3))]),
          tr([tc("", span(3) + cont), tc("自然人", restart), tc("法人", span(2))]),
          tr([tc("", span(3) + cont), tc("", cont), tc("商业企业"), tc("科研机构")]),
          tr([tc("一、本年新收", span(3)), tc("1"), tc("2"), tc("3")]),
        ],
        6,
      ),
    );
    expect(geometry(table)).toEqual([
      [
        [0, 0, 3, 3, "restart"],
        [1, 3, 3, 1, "none"],
      ],
      [
        [0, 0, 3, 1, "continue"],
        [1, 3, 1, 2, "restart"],
        [2, 4, 2, 1, "none"],
      ],
      [
        [0, 0, 3, 1, "continue"],
        [1, 3, 1, 1, "continue"],
        [2, 4, 1, 1, "none"],
        [3, 5, 1, 1, "none"],
      ],
      [
        [0, 0, 3, 1, "none"],
        [1, 3, 1, 1, "none"],
        [2, 4, 1, 1, "none"],
        [3, 5, 1, 1, "none"],
      ],
    ]);
  });

  it("matches continuation cells by grid column, not by cell position", () => {
    // Row 1 has one cell fewer before the continuation (gridBefore), so positions differ.
    const table = onlyTable(
      tbl(
        [
          tr([tc("a"), tc("merged", restart), tc("c")]),
          tr([tc("", cont), tc("d")], '<w:gridBefore w:val="1"/>'),
          tr([tc("e"), tc("f"), tc("g")]),
        ],
        3,
      ),
    );
    expect(table.rows[1].gridBefore).toBe(1);
    expect(geometry(table)).toEqual([
      [
        [0, 0, 1, 1, "none"],
        [1, 1, 1, 2, "restart"],
        [2, 2, 1, 1, "none"],
      ],
      [
        [0, 1, 1, 1, "continue"],
        [1, 2, 1, 1, "none"],
      ],
      [
        [0, 0, 1, 1, "none"],
        [1, 1, 1, 1, "none"],
        [2, 2, 1, 1, "none"],
      ],
    ]);
  });

  it("makes a continuation with nothing above it a plain cell, and ends a merge at a plain cell", () => {
    const table = onlyTable(
      tbl(
        [
          tr([tc("a", cont), tc("b", restart)]),
          tr([tc("c"), tc("", cont)]),
          tr([tc("d"), tc("e")]),
          tr([tc("f"), tc("g", cont)]),
        ],
        2,
      ),
    );
    expect(geometry(table).map((row) => row.map((c) => [c[3], c[4]]))).toEqual([
      [
        [1, "none"],
        [2, "restart"],
      ],
      [
        [1, "none"],
        [1, "continue"],
      ],
      [
        [1, "none"],
        [1, "none"],
      ],
      [
        [1, "none"],
        [1, "none"],
      ],
    ]);
  });

  it("reads gridBefore and gridAfter, and widens the grid to the widest row", () => {
    const table = onlyTable(
      tbl([tr([tc("a"), tc("b")], '<w:gridBefore w:val="2"/><w:gridAfter w:val="1"/>'), tr([tc("c")])], 2),
    );
    expect(table.rows.map((r) => [r.gridBefore, r.gridAfter])).toEqual([
      [2, 1],
      [0, 0],
    ]);
    expect(table.rows[0].cells.map((c) => c.gridColumn)).toEqual([2, 3]);
    expect(table.gridColumnCount).toBe(5);
  });

  it("takes the widest row when there is no w:tblGrid", () => {
    expect(onlyTable(tbl([tr([tc("a", span(2)), tc("b")]), tr([tc("c")])], 0)).gridColumnCount).toBe(3);
  });

  it("folds legacy w:hMerge continuations into the cell they continue", () => {
    const table = onlyTable(
      tbl(
        [
          tr([
            tc("merged", '<w:hMerge w:val="restart"/>'),
            tc("", "<w:hMerge/>"),
            tc("tail", '<w:hMerge w:val="continue"/>'),
            tc("next"),
          ]),
        ],
        4,
      ),
    );
    expect(geometry(table)).toEqual([
      [
        [0, 0, 3, 1, "none"],
        [1, 3, 1, 1, "none"],
      ],
    ]);
    expect(cellTexts(table)).toEqual([["merged\ntail", "next"]]);
  });

  it("clamps absurd spans", () => {
    const table = onlyTable(tbl([tr([tc("a", span(2000000000)), tc("b", span(-3))])], 1));
    expect(table.rows[0].cells.map((c) => c.colSpan)).toEqual([1000, 1]);
  });
});

describe("rows and cells", () => {
  it("marks repeated header rows", () => {
    const table = onlyTable(
      tbl(
        [
          tr([tc("h1")], "<w:tblHeader/>"),
          tr([tc("h2")], '<w:tblHeader w:val="true"/>'),
          tr([tc("x")], '<w:tblHeader w:val="0"/>'),
          tr([tc("y")]),
        ],
        1,
      ),
    );
    expect(table.rows.map((r) => r.isHeader)).toEqual([true, true, false, false]);
  });

  it("reads the cell shading fill as written, not paragraph or run shading", () => {
    const table = onlyTable(
      tbl(
        [
          tr([
            tc("a", '<w:shd w:val="clear" w:color="auto" w:fill="FFFF00"/>'),
            tc("b", '<w:shd w:val="clear" w:color="auto" w:fill="auto"/>'),
            tc(
              '<w:p><w:pPr><w:shd w:val="clear" w:fill="FF0000"/></w:pPr><w:r><w:rPr><w:shd w:val="clear" w:fill="00FF00"/></w:rPr><w:t>c</w:t></w:r></w:p>',
            ),
            tc(
              "d",
              '<w:shd w:val="clear" w:fill="00FF00"/><w:tcPrChange w:id="1"><w:tcPr><w:shd w:val="clear" w:fill="0000FF"/><w:gridSpan w:val="2"/></w:tcPr></w:tcPrChange>',
            ),
          ]),
        ],
        4,
      ),
    );
    expect(table.rows[0].cells.map((c) => c.shading)).toEqual(["FFFF00", "auto", undefined, "00FF00"]);
    expect(table.rows[0].cells.map((c) => c.colSpan)).toEqual([1, 1, 1, 1]);
  });

  it("joins the paragraphs of a cell with newlines and numbers rows and cells", () => {
    const table = onlyTable(
      tbl(
        [
          tr([tc(p("商业") + p("企业")), tc("<w:p><w:r><w:t>a</w:t><w:br/><w:t>b</w:t></w:r></w:p>")]),
          tr([tc("<w:p/>")]),
        ],
        2,
      ),
    );
    expect(cellTexts(table)).toEqual([["商业\n企业", "a\nb"], [""]]);
    expect(table.rows.map((r) => [r.rowIndex, r.cells.map((c) => [c.rowIndex, c.cellIndex])])).toEqual([
      [
        0,
        [
          [0, 0],
          [0, 1],
        ],
      ],
      [1, [[1, 0]]],
    ]);
  });

  it("reads content controls around rows and around cells as if they were not there", () => {
    const table = onlyTable(
      tbl(
        [
          tr([tc("a"), tc("b")]),
          `<w:sdt><w:sdtPr><w:tag w:val="row"/></w:sdtPr><w:sdtContent>${tr([tc("c"), `<w:sdt><w:sdtPr/><w:sdtContent>${tc("d")}</w:sdtContent></w:sdt>`])}</w:sdtContent></w:sdt>`,
          `<w:customXml w:element="r">${tr([tc("e"), tc("f")])}</w:customXml>`,
        ],
        2,
      ),
    );
    expect(cellTexts(table)).toEqual([
      ["a", "b"],
      ["c", "d"],
      ["e", "f"],
    ]);
    expect(table.rows[1].cells.map((c) => [c.cellIndex, c.gridColumn])).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });

  it("reads a block-level content control around a whole table", () => {
    const doc = parseDocumentXml(
      documentXml(`<w:sdt><w:sdtPr/><w:sdtContent>${tbl([tr([tc("x")])], 1)}</w:sdtContent></w:sdt>`),
    );
    expect(doc.blocks).toHaveLength(1);
    expect(doc.blocks[0].kind).toBe("table");
  });

  it("keeps inserted and drops deleted text in cells", () => {
    const table = onlyTable(
      tbl(
        [
          tr([
            tc(
              '<w:p><w:del w:id="1" w:author="a"><w:r><w:delText>7</w:delText></w:r></w:del><w:ins w:id="2" w:author="a"><w:r><w:t>8</w:t></w:r></w:ins></w:p>',
            ),
          ]),
        ],
        1,
      ),
    );
    expect(cellTexts(table)).toEqual([["8"]]);
  });
});

describe("nested tables", () => {
  it("puts nested tables in their cell, indexes all tables in pre-order and sets nesting levels", () => {
    const deep = tbl([tr([tc("deep")])], 1);
    const inner1 = tbl([tr([tc(p("i1") + deep)])], 1);
    const inner2 = tbl([tr([tc("i2")])], 1);
    const doc = parseDocumentXml(
      documentXml(
        tbl([tr([tc(p("outer") + inner1 + p("between") + inner2)])], 1) +
          p("x") +
          tbl([tr([tc("second")])], 1),
      ),
    );
    const all = tables(doc);
    expect(all.map((t) => [t.index, t.nestingLevel, t.rows[0].cells[0].text])).toEqual([
      [0, 1, "outer\nbetween"],
      [1, 2, "i1"],
      [2, 3, "deep"],
      [3, 2, "i2"],
      [4, 1, "second"],
    ]);
    const outerCell = all[0].rows[0].cells[0];
    expect(outerCell.tables.map((t) => t.index)).toEqual([1, 3]);
    expect(doc.blocks.filter((b) => b.kind === "table")).toHaveLength(2);
  });
});
