// The adapter's small pure pieces.
import { HostError } from "../../src/host/reportHost";
import type { DocTable } from "../../src/report/model";
import {
  assembleDocument,
  outlineLevel,
  paragraphText,
  type WordParagraph,
} from "../../src/word/documentOrder";
import { toHostError } from "../../src/word/errors";
import { parseMarkRecord } from "../../src/word/markRecord";
import { MARK_COLOURS, NO_SHADING, originalFill, shadingColorFor } from "../../src/word/shading";
import { sameIdentity, tableIdentity } from "../../src/word/tableIdentity";
import { FakeOfficeError } from "../fakes";

describe("tableIdentity", () => {
  const values = [
    ["项目", "数量"],
    ["本年新收", "12"],
    ["总计", "30"],
  ];
  const id = tableIdentity(3, values);

  it("does not change when numbers change (the user corrects marked cells)", () => {
    expect(
      sameIdentity(
        id,
        tableIdentity(3, [
          ["项目", "数量"],
          ["本年新收", "13"],
          ["总计", ""],
        ]),
      ),
    ).toBe(true);
    expect(
      sameIdentity(
        id,
        tableIdentity(3, [
          ["项目", "数量"],
          ["本年新收", " １２ "],
          ["总计", "+30"],
        ]),
      ),
    ).toBe(true);
  });

  it("changes when labels, rows or cells change", () => {
    expect(
      sameIdentity(
        id,
        tableIdentity(3, [
          ["项目", "数量"],
          ["本年办结", "12"],
          ["总计", "30"],
        ]),
      ),
    ).toBe(false);
    expect(sameIdentity(id, tableIdentity(4, values))).toBe(false);
    expect(
      sameIdentity(
        id,
        tableIdentity(3, [
          ["项目", "数量", ""],
          ["本年新收", "12"],
          ["总计", "30"],
        ]),
      ),
    ).toBe(false);
    expect(sameIdentity(id, tableIdentity(3, [values[1], values[0], values[2]]))).toBe(false);
  });
});

describe("shading", () => {
  it("writes the original fill back, and no fill as the one assumed 'no shading' value", () => {
    expect(shadingColorFor("c6d9f1")).toBe("#C6D9F1");
    expect(shadingColorFor(null)).toBe(NO_SHADING);
    expect(shadingColorFor("auto")).toBe(NO_SHADING);
    expect(NO_SHADING).toBe("");
  });

  it("takes a fill in a mark colour for a lost mark (original: none)", () => {
    expect(originalFill(undefined)).toBeNull();
    expect(originalFill("auto")).toBeNull();
    expect(originalFill("ffc7ce")).toBeNull();
    expect(originalFill("FFEB9C")).toBeNull();
    expect(originalFill("d9d9d9")).toBe("D9D9D9");
  });

  it("uses two distinct pale colours that keep dark text readable", () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
      const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const contrastWithBlack = (hex: string) => (luminance(hex) + 0.05) / 0.05;
    expect(contrastWithBlack(MARK_COLOURS.error)).toBeGreaterThan(7);
    expect(contrastWithBlack(MARK_COLOURS.warning)).toBeGreaterThan(7);
    expect(Math.abs(luminance(MARK_COLOURS.error) - luminance(MARK_COLOURS.warning))).toBeGreaterThan(0.1);
  });
});

describe("Word's paragraphs in the model's terms", () => {
  it("reads Word's break characters and hyphens like the OOXML reader", () => {
    expect(paragraphText("甲\v乙\f丙\r丁\u000e戊")).toBe("甲\n乙\n丙\n丁\n戊");
    expect(paragraphText("A\u001eB\u001fC\tD")).toBe("A-BC\tD");
  });

  it("maps Word's 1-based outline levels, body text (10) to none", () => {
    expect([1, 2, 9, 10, 0, undefined, 1.5].map(outlineLevel)).toEqual([
      0,
      1,
      8,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  const table = (index: number): DocTable => ({
    kind: "table",
    index,
    nestingLevel: 1,
    gridColumnCount: 1,
    rows: [],
  });
  const para = (tableNestingLevel: number): WordParagraph => ({ text: "", tableNestingLevel });

  it("places tables where their paragraphs are, adjacent ones by paragraph count", () => {
    const paragraphs = [para(0), para(1), para(1), para(2), para(1), para(0), para(1), para(0)];
    const doc = assembleDocument(paragraphs, [
      { table: table(0), paragraphCount: 3 },
      { table: table(2), paragraphCount: 1 },
      { table: table(3), paragraphCount: 1 },
    ]);
    expect(doc.blocks.map((b) => (b.kind === "table" ? `T${b.index}` : `P${b.index}`))).toEqual([
      "P0",
      "T0",
      "T2",
      "P5",
      "T3",
      "P7",
    ]);
  });

  it("without paragraph counts, one table per run when that adds up", () => {
    const doc = assembleDocument(
      [para(1), para(0), para(1), para(1)],
      [{ table: table(0) }, { table: table(1) }],
    );
    expect(doc.blocks.map((b) => (b.kind === "table" ? `T${b.index}` : `P${b.index}`))).toEqual([
      "T0",
      "P1",
      "T1",
    ]);
  });
});

describe("the mark record in the settings", () => {
  it("keeps well-formed entries and drops the rest", () => {
    const identity = { rowCount: 3, textHash: "0a0b0c0d" };
    const record = parseMarkRecord({
      v: 1,
      tables: [
        {
          position: 0,
          index: 0,
          identity,
          cells: [
            { row: 1, cell: 2, fill: null, comment: "c1" },
            { row: -1, cell: 0, fill: null },
          ],
        },
        { position: "1", index: 1, identity, cells: [{ row: 0, cell: 0, fill: "FFFF00" }] },
        { position: 2, index: 3, identity, cells: [{ row: 0, cell: 0, fill: 5 }] },
      ],
    });
    expect(record).toEqual({
      tables: [{ position: 0, index: 0, identity, cells: [{ row: 1, cell: 2, fill: null, comment: "c1" }] }],
    });
    expect(parseMarkRecord(null)).toEqual({ tables: [] });
    expect(parseMarkRecord({ v: 2, tables: [] })).toEqual({ tables: [] });
  });
});

describe("Word's errors", () => {
  it("become HostErrors with a Chinese message and Word's English one", () => {
    const notFound = toHostError(
      new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist."),
    );
    expect(notFound).toBeInstanceOf(HostError);
    expect(notFound).toMatchObject({ code: "not_found" });
    const general = toHostError(new FakeOfficeError("GeneralException", "Something went wrong."));
    expect(general).toMatchObject({
      code: "host",
      message: "Word: Something went wrong. (GeneralException)",
    });
    expect((general as HostError).messageZh).toMatch(/^Word 返回错误/);
  });

  it("leaves our own HostErrors and programming errors alone", () => {
    const own = new HostError("read_only", "只读", "read-only");
    expect(toHostError(own)).toBe(own);
    const bug = new TypeError("x is undefined");
    expect(toHostError(bug)).toBe(bug);
  });
});
