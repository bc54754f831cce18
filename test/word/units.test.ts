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
import { ALL_MARK_FILLS } from "../../src/report/view";
import {
  colourFor,
  isMarkFill,
  LEGACY_MARK_FILLS,
  NO_FILL_SPELLINGS,
  normalFill,
  originalFill,
} from "../../src/word/shading";
import { sameCellText, tableIdentity } from "../../src/word/tableIdentity";
import { FakeOfficeError } from "../fakes";

describe("tableIdentity", () => {
  const values = [
    ["项目", "数量"],
    ["本年新收", "12"],
    ["总计", "30"],
  ];
  const id = tableIdentity(values);

  it("keeps its fingerprint when numbers change (the user corrects marked cells); not its content", () => {
    const corrected = tableIdentity([
      ["项目", "数量"],
      ["本年新收", " １３ "],
      ["总计", ""],
    ]);
    expect(corrected.fingerprint).toBe(id.fingerprint);
    expect(corrected.content).not.toBe(id.content);
    expect(tableIdentity(values)).toEqual(id);
  });

  it("changes its fingerprint when the label column, the rows or a row's cells change", () => {
    const changed = (v: string[][]) => tableIdentity(v).fingerprint;
    expect(changed([values[0], ["本年办结", "12"], values[2]])).not.toBe(id.fingerprint);
    expect(changed([...values, ["合计", "1"]])).not.toBe(id.fingerprint);
    expect(changed([["项目", "数量", ""], values[1], values[2]])).not.toBe(id.fingerprint);
    expect(changed([values[1], values[0], values[2]])).not.toBe(id.fingerprint);
  });

  it("computes the previous release's hash exactly as it did (its records name tables by it)", () => {
    // The value the previous release's tableIdentity(3, values).textHash gave for these values.
    expect(id.legacy).toBe("bba2b529");
    expect(
      tableIdentity([
        ["甲 乙", "－"],
        ["1", "x"],
      ]).legacy,
    ).toBe(
      legacyHash([
        ["甲 乙", "－"],
        ["1", "x"],
      ]),
    );
  });

  it("compares a marked cell's text tolerantly for numbers only", () => {
    expect(sameCellText("12", "13")).toBe(true);
    expect(sameCellText("12", "")).toBe(true);
    expect(sameCellText("", "—")).toBe(true);
    expect(sameCellText("本年新收", "本年新收")).toBe(true);
    expect(sameCellText("12", "本年新收")).toBe(false);
    expect(sameCellText("本年新收", "")).toBe(false);
  });
});

/** The previous release's table hash, copied from its source (src/word/tableIdentity.ts, v1). */
function legacyHash(values: readonly (readonly string[])[]): string {
  const labelText = (text: string) => {
    const squeezed = text.replace(/\s+/g, "");
    return /^[\d０-９.,，．+\-−—%％]*$/.test(squeezed) ? "" : squeezed;
  };
  const rows = values.map((row) => `${row.length}\u001f${row.map(labelText).join("\u001f")}`);
  let hash = 0x811c9dc5;
  const text = rows.join("\u001e");
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

describe("shading", () => {
  it("writes a fill back as #RRGGBB, and 'no fill' through the spellings ('' assumed first)", () => {
    expect(colourFor("c6d9f1")).toBe("#C6D9F1");
    expect(colourFor(null)).toBeNull();
    expect(colourFor("auto")).toBeNull();
    expect(NO_FILL_SPELLINGS[0]).toBe("");
    expect(NO_FILL_SPELLINGS).toEqual(["", "None", null]);
    expect(normalFill("#ffffff")).toBe("FFFFFF");
    expect(normalFill("auto")).toBeNull();
  });

  it("takes a fill in any mark colour, the palette's or the previous release's, for a lost mark", () => {
    expect(originalFill(undefined)).toBeNull();
    expect(originalFill("auto")).toBeNull();
    for (const fill of [...ALL_MARK_FILLS, ...LEGACY_MARK_FILLS]) {
      expect(isMarkFill(fill.toLowerCase())).toBe(true);
      expect(originalFill(fill)).toBeNull();
    }
    expect(LEGACY_MARK_FILLS).toEqual(["FFC7CE", "FFEB9C"]);
    expect(originalFill("d9d9d9")).toBe("D9D9D9");
    expect(isMarkFill("D9D9D9")).toBe(false);
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
  it("reads the previous release's records (v1), keeping their well-formed entries", () => {
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
      tables: [
        {
          legacy: "0a0b0c0d",
          rowCount: 3,
          position: 0,
          index: 0,
          cells: [{ row: 1, cell: 2, fill: null, comment: "c1" }],
        },
      ],
      comments: [],
    });
  });

  it("reads v2 records: identity, texts, fills left, kept reasons, comments to delete, the no-fill spelling", () => {
    const table = {
      fingerprint: "3:0a0b0c0d",
      content: "01020304",
      rowCount: 3,
      ordinal: 1,
      twins: 2,
      position: 4,
      index: 5,
      kept: "restore_failed",
      cells: [{ row: 1, cell: 1, fill: "C6D9F1", text: "12", painted: "FFFFFF", comment: "c9" }],
    };
    expect(parseMarkRecord({ v: 2, tables: [table], comments: ["c1", 7], noFill: "None" })).toEqual({
      tables: [table],
      comments: ["c1"],
      noFill: "None",
    });
    // Malformed parts are dropped, not guessed.
    expect(
      parseMarkRecord({ v: 2, tables: [{ ...table, ordinal: 2, kept: "why", fingerprint: undefined }] }),
    ).toEqual({ tables: [], comments: [] });
    const { ordinal: _o, twins: _t, kept: _k, ...rest } = table;
    expect(parseMarkRecord({ v: 2, tables: [{ ...table, ordinal: 2, kept: "why" }] }).tables).toEqual([rest]);
    expect(parseMarkRecord(null)).toEqual({ tables: [], comments: [] });
    expect(parseMarkRecord({ v: 3, tables: [] })).toEqual({ tables: [], comments: [] });
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
