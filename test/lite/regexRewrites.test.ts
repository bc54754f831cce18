// The engine's regular expressions that Internet Explorer 11 cannot parse (lookbehind) were
// rewritten for the lite task pane. Each rewrite is compared here with the original expression —
// kept as the oracle, run in Node — on random text over the characters that matter, and through the
// checks that use it.
import fc from "fast-check";
import { checkNarrative } from "../../src/report/narrative";
import { shiMarkers } from "../../src/report/narrative/numbering";
import { FORWARD_LOOKING } from "../../src/report/narrative/text";
import { ctxOf, docOf, H } from "../report/narrative/doc";

/** Random strings made of these pieces (the characters the expressions turn on, and filler). */
const textOf = (pieces: string[], maxLength = 12) =>
  fc.array(fc.constantFrom(...pieces), { maxLength }).map((parts) => parts.join(""));

const RUNS = { numRuns: 3000 };

describe("FORWARD_LOOKING without a lookbehind", () => {
  const ORIGINAL = /(?<!现)将|计划|拟|下一步|明年|今后|预计|力争/;

  it("tests exactly as the lookbehind did", () => {
    const pieces = ["现", "将", "现将", "计划", "拟", "下一步", "明年", "年", "2020", "，", "。", "我", "x"];
    fc.assert(
      fc.property(textOf(pieces), (text) => FORWARD_LOOKING.test(text) === ORIGINAL.test(text)),
      RUNS,
    );
  });

  it("examples", () => {
    expect(FORWARD_LOOKING.test("现将我局2022年政府信息公开工作情况报告如下")).toBe(false);
    expect(FORWARD_LOOKING.test("将进一步加强")).toBe(true);
    expect(FORWARD_LOOKING.test("2020年，街道将针对去年存在的问题")).toBe(true);
    expect(FORWARD_LOOKING.test("现将情况报告如下，明年将继续")).toBe(true);
  });

  it("has no syntax IE11 lacks", () => {
    expect(FORWARD_LOOKING.source).not.toMatch(/\(\?<[=!]/);
    expect(FORWARD_LOOKING.flags).toBe("");
  });
});

describe("the 一是/二是 markers without a lookbehind", () => {
  const CN = "[一二三四五六七八九十]";
  const ORIGINAL = new RegExp(`(?<=^|[。;:,)\\]】」』!?])(${CN}{1,2})是`, "g");
  const original = (norm: string) =>
    [...norm.matchAll(ORIGINAL)].map((m) => ({
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
      numeral: m[1],
    }));

  it("finds the same markers, at the same places, as the lookbehind did", () => {
    const pieces = [
      "一",
      "二",
      "十",
      "三",
      "是",
      "。",
      ";",
      ":",
      ",",
      ")",
      "]",
      "】",
      "」",
      "』",
      "!",
      "?",
      "唯",
      "x",
    ];
    fc.assert(
      fc.property(textOf(pieces, 16), (norm) => {
        expect(shiMarkers(norm)).toEqual(original(norm));
      }),
      RUNS,
    );
  });

  it("examples", () => {
    expect(shiMarkers("一是加强领导,统一是要求。二是规范")).toEqual([
      { start: 0, end: 2, numeral: "一" },
      { start: 13, end: 15, numeral: "二" },
    ]);
    expect(shiMarkers("唯一是非")).toEqual([]);
  });
});

describe("予以公开 is not counted after 不 (the rewritten 'granted' mention)", () => {
  const TITLE = "某某局2023年政府信息公开工作年度报告";
  const GRANTED = "requests.granted.total";
  const granted = (line: string) =>
    checkNarrative(
      docOf([TITLE, H[1], H[2], H[3], line, H[4], H[5], H[6]]),
      ctxOf({ fields: { [GRANTED]: 3 } }),
    )
      .filter((f) => f.rule === "text.table_mismatch" && f.fields.includes(GRANTED))
      .map((f) => f.actual);

  it.each([
    ["予以公开7件。", [7]],
    ["其中予以公开7件。", [7]],
    ["不予以公开7件。", []],
    ["其中不予以公开7件，部分公开4件。", []],
    ["办结后，不予以公开7件。", []],
    ["予以公开7件，不予以公开9件。", [7]],
    ["不予以公开9件，予以公开7件。", [7]],
    ["主动予以公开政府信息30件。", []],
    ["予以公开3件。", []],
  ])("%s", (line, expected) => {
    expect(granted(line)).toEqual(expected);
  });
});
