/**
 * The quantity reader's parts: numbers with units, the lexicon built from the formats, and the
 * grammar's readings (what a number counts; what stops it being read).
 */
import { FORMAT_2019, FORMAT_2021, fieldsOf } from "../../../src/report/formats";
import { analyseNarrative } from "../../../src/report/narrative";
import { readQuantities, subjectsFields } from "../../../src/report/narrative/quantities";
import { labelCore, lexicon, VERBS } from "../../../src/report/narrative/quantities/lexicon";
import {
  findNumbers,
  isChineseNumeral,
  parseChineseNumber,
} from "../../../src/report/narrative/quantities/numbers";
import { tokenize } from "../../../src/report/narrative/quantities/tokens";
import { normText } from "../../../src/report/narrative/text";
import { docOf } from "./doc";

describe("numbers", () => {
  it("reads Chinese numerals of counts", () => {
    const cases: [string, number | undefined][] = [
      ["一", 1],
      ["两", 2],
      ["十", 10],
      ["十二", 12],
      ["二十三", 23],
      ["一百零五", 105],
      ["一百二十", 120],
      ["两千三百", 2300],
      ["三万", 30000],
      ["一一", undefined],
      ["二〇二三", undefined],
      ["万", undefined],
    ];
    for (const [text, value] of cases) expect([text, parseChineseNumber(text)]).toEqual([text, value]);
  });

  it("finds numbers by their units, in digits, numerals, thousands, decimals, 万元 and %", () => {
    const read = (s: string) => {
      const norm = normText(s).norm;
      return findNumbers(norm).map((n) => [norm.slice(n.start, n.end), n.value, n.unit, n.decimals]);
    };
    expect(read("收到申请46件，上年结转四件，办结１２件")).toEqual([
      ["46件", 46, "count", 0],
      ["四件", 4, "count", 0],
      ["12件", 12, "count", 0],
    ]);
    expect(read("共1,046件次；收费12.5万元、3000元、五万元；占43.5%")).toEqual([
      ["1,046件次", 1046, "count", 0],
      ["12.5万元", 12.5, "wan", 1],
      ["3000元", 3000, "yuan", 0],
      ["五万元", 5, "wan", 0],
      ["43.5%", 43.5, "percent", 1],
    ]);
    // Not counts: an ordinal, a range, a year. (`统一部署` is `一部` here: the grammar finds no
    // subject for it.)
    expect(read("第3件、3-5件、第十二次、2023年")).toEqual([]);
    // Every unit the reader knows.
    expect(read("1件2条3个4份5次6起7项8宗9例1家2部3篇").map((r) => r[1])).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 1, 2, 3,
    ]);
  });

  it("tells the Chinese numeral characters by code", () => {
    const numerals = "零〇一二两三四五六七八九十百千万";
    for (const ch of numerals) expect([ch, isChineseNumeral(ch.charCodeAt(0))]).toEqual([ch, true]);
    for (const ch of "年件是的第之") expect([ch, isChineseNumeral(ch.charCodeAt(0))]).toEqual([ch, false]);
  });
});

describe("the lexicon", () => {
  const lex = lexicon();

  it("holds every standard row and column label of both formats, meaning its own row or column", () => {
    const names = (term: string, table: string, kind: "row" | "col", id: string) => {
      const concept = lex.subjectTerms.get(term);
      if (!concept?.startsWith(`${kind}:`)) return false;
      if (kind === "col") {
        const col = lex.cols.get(concept.slice(4));
        return col?.table === table && col.cols.includes(id);
      }
      const row = lex.rows.get(concept.slice(4));
      return (
        row?.table === table &&
        row.rows.some((r) => r === id || (r.endsWith(".*") && id.startsWith(r.slice(0, -1))))
      );
    };
    const missing: string[] = [];
    const check = (label: string, table: string, kind: "row" | "col", id: string) => {
      const term = labelCore(label);
      if (["其他", "总计", "本年增/减", "上一年项目数量"].includes(term)) return; // too generic, or not read
      if (!names(term, table, kind, id)) missing.push(`${table} ${kind} ${id}: ${term}`);
    };
    for (const format of [FORMAT_2021, FORMAT_2019]) {
      for (const row of format.requests.rows) {
        check(row.label, "requests", "row", row.id);
        if (row.group) check(row.group, "requests", "row", row.id);
      }
      for (const col of format.requests.columns) check(col.label, "requests", "col", col.id);
      for (const g of format.appeals.groups) check(g.label, "appeals", "row", g.id);
      for (const col of format.appeals.columns) check(col.label, "appeals", "col", col.id);
      for (const block of format.active.blocks) {
        for (const row of block.rows) check(row.label, "active", "row", row.id);
        for (const col of block.columns)
          // 制发 / 制作 and 废止 are verbs (their columns below); the others are qualifiers.
          if (!["issued", "made", "repealed"].includes(col.id)) check(col.label, "active", "col", col.id);
      }
    }
    expect(missing).toEqual([]);
  });

  it("verbs name only columns the formats have", () => {
    const columns = new Set(
      [...fieldsOf(FORMAT_2021), ...fieldsOf(FORMAT_2019)].map((f) => `${f.table}.${f.column}`),
    );
    for (const verb of VERBS)
      for (const [table, effect] of Object.entries(verb.effect))
        if (typeof effect === "object" && "cols" in effect)
          for (const col of effect.cols)
            expect([verb.id, columns.has(`${table}.${col}`)]).toEqual([verb.id, true]);
  });
});

describe("the grammar", () => {
  const read = (text: string, year = 2023) =>
    readQuantities(analyseNarrative(docOf([text])), year).map(({ mention: m }) => {
      const subjects = m.kind === "share" ? m.part : m.subjects;
      const ids = subjectsFields(subjects, "2021");
      return `${m.kind} ${ids ? ids.map((x) => x.join("+")).join(" | ") : "?"} = ${m.value}`;
    });

  it("reads the words between a subject and its number, and a number before its noun", () => {
    expect(read("本年度我局依法共受理政府信息公开申请46件。")).toEqual(["count requests.new.total = 46"]);
    expect(read("另有3件申请结转下年度继续办理。")).toEqual(["count requests.carried_forward.total = 3"]);
  });

  it("sums a combined subject and keeps its parts; reads 分别为 one to one, 均为 each", () => {
    expect(read("予以公开和部分公开共24件。")).toEqual([
      "count requests.granted.total | requests.partial.total = 24",
    ]);
    expect(read("予以公开、部分公开分别为20件、4件。")).toEqual([
      "count requests.granted.total = 20",
      "count requests.partial.total = 4",
    ]);
    // A list whose numbers do not match its subjects is not read at all.
    expect(read("予以公开、部分公开、不予公开分别为20件、4件。")).toEqual([]);
    expect(read("行政复议、行政诉讼均为0件。")).toEqual([
      "count appeals.review.total = 0",
      "count appeals.suit_direct.total+appeals.suit_after_review.total = 0",
    ]);
  });

  it("maps an applicant type to its column and an outcome to its cell; other subsets stop the reading", () => {
    expect(read("共收到申请46件，其中自然人38件，网上申请30件，法人或其他组织8件。")).toEqual([
      "count requests.new.total = 46",
      "count requests.new.natural = 38",
      // after the unreadable 网上申请, the qualifier cannot tell whose part it is
    ]);
    expect(read("上半年收到申请20件。")).toEqual([]);
    expect(read("区政府办公室收到申请12件。")).toEqual([]);
    expect(read("收到申请约50件。")).toEqual([]);
  });

  it("reads another year only where it belongs to a row's name", () => {
    expect(read("2022年结转的申请4件，结转至2024年的3件。")).toEqual([
      "count requests.carried_over.total = 4",
      "count requests.carried_forward.total = 3",
    ]);
    expect(read("2022年收到申请40件。")).toEqual([]);
  });

  it("skips plans, and reads the text through full-width digits and the spaces of PDF conversion", () => {
    expect(read("下一步，计划新制定行政规范性文件5件。")).toEqual([]);
    expect(read("本年度共收到 ４ ６ 件政府信息公开申请。")).toEqual(["count requests.new.total = 46"]);
  });

  it("keeps prose clauses as one unknown word and reads the clauses that matter", () => {
    const norm = normText("坚持依法依规，全年共收到申请46件，所有申请均按期答复").norm;
    const kinds = tokenize(norm, 0, norm.length).map((t) => t.k);
    expect(kinds[0]).toBe("unk");
    expect(kinds).toContain("num");
  });
});
