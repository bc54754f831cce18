// Last year's report, below the pane: the file's fingerprint, what the document remembers of it,
// reading it, and whether the cross-year checks ran for a result (and why not).
import fc from "fast-check";
import { createHash } from "crypto";
import { readDocx } from "../../src/ooxml";
import { checkReport, type CheckResult } from "../../src/report/checkReport";
import { fileDigest, fnv1a32, sameDigest } from "../../src/taskpane/fileDigest";
import { FileOpenError } from "../../src/taskpane/pickedFile";
import {
  crossYearStatus,
  decodeChoice,
  encodeChoice,
  readPriorReport,
  type PriorChoice,
  type PriorReport,
} from "../../src/taskpane/priorReport";
import { buildDocx, readReportFixture } from "../support/buildDocx";
import { parseReportText } from "../support/reportText";
import { otherYearDocx } from "./fixtures";

describe("fileDigest", () => {
  it("is SHA-256 where SubtleCrypto is available, with FNV-1a and the size always", async () => {
    const bytes = new TextEncoder().encode("年报校对");
    const digest = await fileDigest(bytes);
    expect(digest).toEqual({
      size: bytes.length,
      fnv: fnv1a32(bytes),
      sha256: createHash("sha256").update(bytes).digest("hex"),
    });
    expect(fnv1a32(new Uint8Array())).toBe("811c9dc5");
    expect(fnv1a32(new TextEncoder().encode("a"))).toBe("e40c292c"); // FNV-1a's published value
  });

  it("is FNV-1a and the size alone without SubtleCrypto, and compares across the two", async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const withHash = await fileDigest(bytes);
    const subtle = jest.spyOn(globalThis.crypto, "subtle", "get").mockReturnValue(undefined as never);
    try {
      const without = await fileDigest(bytes);
      expect(without).toEqual({ size: 3, fnv: fnv1a32(bytes) });
      expect(sameDigest(without, withHash)).toBe(true);
      expect(sameDigest(without, await fileDigest(new Uint8Array([1, 2, 4])))).toBe(false);
    } finally {
      subtle.mockRestore();
    }
    // Both with SHA-256: SHA-256 decides.
    expect(sameDigest(withHash, { ...withHash, fnv: "00000000" })).toBe(true);
    expect(sameDigest(withHash, { ...withHash, sha256: "0".repeat(64) })).toBe(false);
  });
});

describe("the remembered choice", () => {
  const choice: PriorChoice = { name: "2022年报（定稿）.docx", size: 12345, fnv: "0a1b2c3d", year: 2022 };

  it("round-trips, and holds no content", () => {
    expect(decodeChoice(encodeChoice(choice))).toEqual(choice);
    const hashed = { ...choice, sha256: "ab".repeat(32) };
    expect(decodeChoice(encodeChoice(hashed))).toEqual(hashed);
    expect(Object.keys(JSON.parse(encodeChoice(hashed)) as object).sort()).toEqual(
      ["fnv", "name", "sha256", "size", "v", "year"].sort(),
    );
  });

  it("is not trusted when it is not one (values travel with documents)", () => {
    for (const bad of [
      null,
      "",
      "x",
      "null",
      "[]",
      '{"v":2}',
      encodeChoice(choice).replace('"v":1', '"v":2'),
    ])
      expect(decodeChoice(bad)).toBeNull();
    expect(decodeChoice(JSON.stringify({ ...JSON.parse(encodeChoice(choice)), fnv: "xyz" }))).toBeNull();
    expect(decodeChoice(JSON.stringify({ ...JSON.parse(encodeChoice(choice)), sha256: 5 }))).toBeNull();
    expect(decodeChoice(JSON.stringify({ ...JSON.parse(encodeChoice(choice)), year: "2022" }))).toEqual({
      ...choice,
      year: null,
    });
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const decoded = decodeChoice(JSON.stringify(value));
        if (decoded) expect(decodeChoice(encodeChoice(decoded))).toEqual(decoded);
      }),
      { numRuns: 300 },
    );
  });
});

describe("readPriorReport", () => {
  it("reads and checks the file, and identifies it", async () => {
    const bytes = await otherYearDocx(2022);
    const report = await readPriorReport({ name: "2022.docx", bytes });
    expect(report.choice).toEqual({ name: "2022.docx", ...(await fileDigest(bytes)), year: 2022 });
    expect(report.result.reportYear).toBe(2022);
    expect(report.result.counts).toEqual({ error: 0, warning: 0, info: 0 });
  });

  it("says which file cannot be read and why", async () => {
    const error = await readPriorReport({ name: "x.docx", bytes: new Uint8Array([1, 2, 3]) }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(FileOpenError);
    expect((error as FileOpenError).messageZh).toBe(
      "无法读取「x.docx」：文件不是有效的 .docx（不是 zip 压缩包）",
    );
    expect((error as FileOpenError).message).toMatch(/^“x\.docx” cannot be read: /);
  });
});

describe("crossYearStatus", () => {
  const text = readReportFixture("consistent-2021");
  let currentDoc: Awaited<ReturnType<typeof readDocx>>;
  let current: CheckResult;
  beforeAll(async () => {
    currentDoc = await readDocx(await buildDocx(parseReportText(text)));
    current = checkReport(currentDoc);
  });
  const prior = async (year: number, edit = (t: string) => t): Promise<PriorReport> => {
    const bytes = await buildDocx(parseReportText(edit(text.replace(/2023年/g, `${year}年`))));
    return readPriorReport({ name: `${year}.docx`, bytes });
  };
  const checkedWith = (p: PriorReport) => checkReport(currentDoc, { prior: p.result });

  it("without a prior report: none, ask (remembered), unreadable (the last pick)", () => {
    const remembered: PriorChoice = { name: "a.docx", size: 1, fnv: "00000000", year: 2022 };
    expect(crossYearStatus(current, null, null, null)).toEqual({ kind: "none" });
    expect(crossYearStatus(current, null, remembered, null)).toEqual({ kind: "ask", name: "a.docx" });
    expect(crossYearStatus(current, null, remembered, "b.docx")).toEqual({
      kind: "unreadable",
      name: "b.docx",
    });
  });

  it("ran: what was compared and how many disagree", async () => {
    const p = await prior(2022);
    const status = crossYearStatus(checkedWith(p), p, p.choice, null);
    expect(status).toMatchObject({
      kind: "ran",
      name: "2022.docx",
      year: 2022,
      found: 3,
      yearUnconfirmed: false,
    });
    expect(status.kind === "ran" && status.compared.slice(0, 2)).toEqual(["carry_over", "in_force"]);
  });

  it("the wrong year: not run, and which year it should be", async () => {
    const p = await prior(2020);
    expect(crossYearStatus(checkedWith(p), p, p.choice, null)).toEqual({
      kind: "wrong_year",
      name: "2020.docx",
      year: 2020,
      expected: 2022,
    });
  });

  it("a prior report without a year: ran, but the year is unconfirmed", async () => {
    // No year anywhere in the prior report's text.
    const p = await prior(2022, (t) => t.replace(/20\d\d年/g, "本年"));
    expect(p.result.reportYear).toBeNull();
    expect(crossYearStatus(checkedWith(p), p, p.choice, null)).toMatchObject({
      kind: "ran",
      year: null,
      yearUnconfirmed: true,
    });
  });

  it("a prior report without the figures to compare: nothing compared", async () => {
    const bytes = await buildDocx(parseReportText("XX区2022年政府信息公开工作年度报告\n一、总体情况\n"));
    const p = await readPriorReport({ name: "text-only.docx", bytes });
    expect(crossYearStatus(checkedWith(p), p, p.choice, null)).toMatchObject({
      kind: "ran",
      compared: [],
      found: 0,
    });
  });
});
