// Indices after inserting blocks: tables exact (pre-order), paragraphs unique and in order.
import {
  estimatedParagraphs,
  insertBlocks,
  paragraphStart,
  tableCount,
} from "../../src/preview/blockNumbering";
import { allTables, type DocBlock } from "../../src/report/model";
import { para, row, sampleDoc, table } from "./model";

const paragraphIndices = (blocks: DocBlock[]) =>
  blocks.flatMap((b) => (b.kind === "paragraph" ? [b.index] : []));

describe("paragraph and table counting", () => {
  it("estimates a table's paragraphs: a cell's lines, at least one per cell, nested tables too", () => {
    const t = table(0, [row(0, ["a\nb", "", { text: "", tables: [table(1, [row(0, ["x", "y"])], 2)] }])]);
    expect(estimatedParagraphs(t)).toBe(2 + 1 + 1 + 2);
  });

  it("knows where a block's paragraphs start, from the known indices where it can", () => {
    const blocks = sampleDoc().blocks;
    expect(paragraphStart(blocks, 0)).toBe(0);
    expect(paragraphStart(blocks, 1)).toBe(1); // after paragraph 0
    expect(paragraphStart(blocks, 2)).toBe(4);
    expect(paragraphStart(blocks, 3)).toBe(5);
    expect(paragraphStart(blocks, 5)).toBe(8); // one past the end
    expect(tableCount(blocks)).toBe(3);
  });
});

describe("insertBlocks", () => {
  const template = () => [
    para(0, "模板标题"),
    table(0, [row(0, ["t"])]),
    para(2, "模板结尾"),
    table(1, [row(0, ["u"])]),
  ];

  it("at the end: the inserted blocks continue the numbering", () => {
    const out = insertBlocks(sampleDoc().blocks, 5, template());
    expect(paragraphIndices(out)).toEqual([0, 4, 7, 8, 10]);
    expect(allTables({ blocks: out }).map((t) => t.index)).toEqual([0, 1, 2, 3, 4]);
  });

  it("in the middle: what follows is shifted past the inserted blocks", () => {
    const out = insertBlocks(sampleDoc().blocks, 2, template());
    // Inserted after table 0 (and its nested table 1): tables 2 and 3 are new, the old table 2 is 4.
    expect(allTables({ blocks: out }).map((t) => t.index)).toEqual([0, 1, 2, 3, 4]);
    expect((out[3] as { rows: { cells: { text: string }[] }[] }).rows[0].cells[0].text).toBe("t");
    const indices = paragraphIndices(out);
    expect(indices).toEqual([...indices].sort((a, b) => a - b));
    expect(new Set(indices).size).toBe(indices.length);
    expect(indices[0]).toBe(0);
    expect(indices[1]).toBe(4); // the template starts where paragraph 4 was
  });

  it("at the start of a document that begins with a table", () => {
    const blocks = [table(0, [row(0, ["a"])]), para(1, "p")];
    const out = insertBlocks(blocks, 0, [para(0, "new")]);
    expect(paragraphIndices(out)).toEqual([0, 2]);
    expect(allTables({ blocks: out }).map((t) => t.index)).toEqual([0]);
  });
});
