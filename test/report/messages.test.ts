/**
 * The wording of findings in both languages, over every sample and fixture and over reports
 * changed to break each kind of check: English names cells in words and uses ASCII punctuation
 * (Chinese words only inside ASCII double quotes); format.outdated names what differs, from the
 * format definitions; cut excerpts say so.
 */
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { readDocx } from "../../src/ooxml";
import { checkReport, type CheckResult } from "../../src/report/checkReport";
import { checkFormat } from "../../src/report/checks/formatChecks";
import type { Finding } from "../../src/report/findings";
import { FORMAT_2019, FORMAT_2021, fieldsOf } from "../../src/report/formats";
import { formatDifferences } from "../../src/report/formats/differences";
import { describeField } from "../../src/report/describe";
import { excerptText, groupFindings, resultHeadline } from "../../src/report/view";
import { buildDocx, buildDocxFromText, readReportFixture } from "../support/buildDocx";
import { deleteRow, parseReportText, setCell } from "../support/reportText";

const SAMPLES = join(__dirname, "..", "fixtures", "samples");

/** Chinese characters and the punctuation of Chinese text, which English text must not hold. */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’]/;
/** English text with its quoted Chinese words taken out. */
const unquoted = (en: string) => en.replace(/"[^"]*"/g, '""');
const FIELD_ID = /\b(?:active|requests|appeals)\.[a-z_]+(?:\.[a-z_]+)+/;

async function check(bytes: Uint8Array): Promise<CheckResult> {
  return checkReport(await readDocx(bytes));
}

let results: { name: string; result: CheckResult }[] = [];

beforeAll(async () => {
  const variants: [string, Uint8Array][] = [];
  for (const f of readdirSync(SAMPLES).filter((n) => n.endsWith(".docx")))
    variants.push([f, readFileSync(join(SAMPLES, f))]);
  for (const name of ["consistent-2021", "consistent-2019"]) {
    const text = readReportFixture(name);
    variants.push([name, await buildDocxFromText(text)]);
    // A wrong leaf, a blank total, a malformed count, a placeholder, a label typo; a missing row.
    const r = parseReportText(text);
    setCell(r, { table: "本年度办理结果", row: "（一）予以公开", cell: 2 }, "9");
    setCell(r, { table: "本年度办理结果", row: "（七）总计", cell: 3 }, "");
    setCell(r, { table: "本年度办理结果", row: "二、上年结转", cell: 4 }, "00");
    setCell(r, { table: "本年度办理结果", row: "结转下年度", cell: 5 }, "—");
    setCell(r, { table: "本年度办理结果", row: "（二）部分公开", cell: 1 }, "（二）部分公开（区分处理的）");
    variants.push([`${name} broken`, await buildDocx(r)]);
    variants.push([
      `${name} without a row`,
      await buildDocx(deleteRow(parseReportText(text), "本年度办理结果", "2.重复申请")),
    ]);
  }
  // The 2019 tables in a 2023 report.
  variants.push([
    "2019 tables in 2023",
    await buildDocxFromText(readReportFixture("consistent-2019").replace(/2020年/g, "2023年")),
  ]);
  results = [];
  for (const [name, bytes] of variants) results.push({ name, result: await check(bytes) });
}, 120_000);

const allFindings = (): [string, Finding][] =>
  results.flatMap(({ name, result }) => result.findings.map((f): [string, Finding] => [name, f]));

describe("English messages", () => {
  it("cover enough kinds of findings to mean something", () => {
    const rules = new Set(allFindings().map(([, f]) => f.rule));
    for (const rule of [
      "cell.blank",
      "cell.malformed",
      "requests.results_total",
      "requests.row_total",
      "table.label_changed",
      "table.row_missing",
      "table.extra_row",
      "format.outdated",
      "section.number",
      "text.numbering",
      "amount.unit",
    ])
      expect(rules).toContain(rule);
  });

  it("name cells in words, never by field id", () => {
    for (const [name, f] of allFindings()) {
      expect({ name, text: f.messageEn }).not.toMatchObject({ text: expect.stringMatching(FIELD_ID) });
      if (f.suggestion)
        expect({ name, text: f.suggestion.messageEn }).not.toMatchObject({
          text: expect.stringMatching(FIELD_ID),
        });
    }
  });

  it("use ASCII punctuation: Chinese words only inside ASCII double quotes", () => {
    for (const [name, f] of allFindings()) {
      const texts = [f.messageEn, f.suggestion?.messageEn ?? ""];
      for (const text of texts)
        expect({ name, rule: f.rule, text: unquoted(text) }).not.toMatchObject({
          text: expect.stringMatching(CJK),
        });
    }
  });

  it("give group titles and headlines in ASCII punctuation too", () => {
    for (const { name, result } of results) {
      const groups = groupFindings(result.findings, (f) => f, { blankTemplate: result.blankTemplate });
      for (const g of groups)
        expect({ name, text: unquoted(g.titleEn) }).not.toMatchObject({ text: expect.stringMatching(CJK) });
      const h = resultHeadline(groups, result.counts);
      expect({ name, text: unquoted(h.en) }).not.toMatchObject({ text: expect.stringMatching(CJK) });
    }
  });

  it("has an English label for every row and column of both formats", () => {
    for (const format of [FORMAT_2019, FORMAT_2021])
      for (const def of fieldsOf(format)) {
        const words = describeField(def.id);
        expect(words?.textEn).toMatch(/^Table [234] · /);
        expect(words?.textEn).not.toMatch(CJK);
        expect(words?.textEn).not.toMatch(FIELD_ID);
      }
  });
});

describe("suggestions", () => {
  it("do not say 建议 themselves: hosts show them after a 建议 label", () => {
    const suggestions = allFindings().flatMap(([, f]) => (f.suggestion ? [f.suggestion] : []));
    expect(suggestions.length).toBeGreaterThan(0);
    for (const s of suggestions) expect(s.message).not.toMatch(/^建议/);
  });
});

describe("format.outdated", () => {
  it("derives the differences between the formats from their definitions", () => {
    const [split] = formatDifferences("requests", FORMAT_2019, FORMAT_2021);
    const other = FORMAT_2019.requests.rows.find((r) => r.id === "other");
    const subRows = FORMAT_2021.requests.rows.filter((r) => r.group === other?.label);
    expect(split).toMatchObject({
      shape: "split",
      from: [{ zh: other?.label }],
      to: subRows.map((r) => ({ zh: r.label, en: r.labelEn })),
    });
    expect(formatDifferences("requests", FORMAT_2021, FORMAT_2019)[0].shape).toBe("merged");
    expect(formatDifferences("appeals", FORMAT_2019, FORMAT_2021)).toEqual([]);
    const active = formatDifferences("active", FORMAT_2019, FORMAT_2021);
    // Every column label of 2019's first block that 2021 does not have is named, with 2021's.
    expect(active[0]).toMatchObject({
      kind: "column",
      shape: "replaced",
      from: FORMAT_2019.active.blocks[0].columns.map((c) => ({ zh: c.label })),
      to: FORMAT_2021.active.blocks[0].columns.map((c) => ({ zh: c.label })),
    });
    // A block only 2019 has (第二十条第（九）项) is one difference, with its rows.
    expect(active).toContainEqual(
      expect.objectContaining({
        shape: "removed",
        block: expect.objectContaining({ zh: "第二十条第（九）项" }),
      }),
    );
  });

  it("names the cause and the rows in both languages", () => {
    const [requests] = checkFormat(2023, { requests: "2019" });
    expect(requests.message).toContain("2019 年格式");
    expect(requests.message).toContain("「（六）其他处理」为一行，2021 年格式分为 3 个子行");
    expect(requests.messageEn).toContain(
      '"(6) other handling" is one row where the 2021 format has 3 sub-rows',
    );
    const [active] = checkFormat(2023, { active: "2019" });
    expect(active.message).toContain("「本年新制作数量」");
    expect(active.message).toContain("「本年制发件数」");
    expect(active.messageEn).toContain('"made this year"');
    const [back] = checkFormat(2020, { requests: "2021" });
    expect(back.severity).toBe("warning");
    expect(back.message).toContain("2019 年格式为一行「（六）其他处理」");
  });

  it("names only the differences the document shows when it can tell", () => {
    // A 2019 active table without 第二十条第（九）项: that block is not named.
    const without = (id: string) => !id.startsWith("active.procurement.");
    const [f] = checkFormat(2023, { active: "2019" }, without);
    const [all] = checkFormat(2023, { active: "2019" }, () => true);
    expect(all.message).toMatch(/另有 \d+ 处不同/);
    const named = (m: string) => (m.match(/政府集中采购/g) ?? []).length;
    expect(named(f.message)).toBe(0);
  });

  it("is reported on a real 2019-format report dated 2023, naming its rows", () => {
    const r = results.find((x) => x.name === "2019 tables in 2023")?.result;
    const outdated = r?.findings.filter((f) => f.rule === "format.outdated") ?? [];
    expect(outdated.map((f) => f.location.table).sort()).toEqual(["active", "requests"]);
    expect(outdated.find((f) => f.location.table === "requests")?.message).toContain("（六）其他处理");
  });
});

describe("excerpts", () => {
  it("stay plain substrings of the paragraph and say where they were cut", () => {
    let cut = 0;
    for (const { result } of results)
      for (const f of result.findings) {
        const { excerpt, excerptCut } = f.location;
        if (excerpt === undefined) continue;
        expect(excerpt).not.toMatch(/^…|…$/);
        const shown = excerptText(f.location);
        if (excerptCut) {
          cut++;
          expect(shown).not.toBe(excerpt);
          if (excerptCut !== "start") expect(shown.endsWith("…")).toBe(true);
          if (excerptCut !== "end") expect(shown.startsWith("…")).toBe(true);
        } else expect(shown).toBe(excerpt);
      }
    expect(cut).toBeGreaterThan(0);
  });
});
