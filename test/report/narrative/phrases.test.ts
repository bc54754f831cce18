/**
 * The phrase corpus (test/fixtures/phrases): every labelled passage is read to exactly its labels;
 * no passage labelled "-" gives a text finding, whatever the tables say; and each passage inserted
 * into a table-consistent report gives a finding exactly where it contradicts that report's tables
 * (and, for year-on-year changes, last year's).
 */
import { readDocx } from "../../../src/ooxml";
import { checkReport, type CheckResult } from "../../../src/report/checkReport";
import type { FieldReading } from "../../../src/report/checks/fieldReadings";
import type { Finding } from "../../../src/report/findings";
import type { FormatId } from "../../../src/report/formats";
import type { DocBlock, ReportDocument } from "../../../src/report/model";
import { analyseNarrative, checkNarrative } from "../../../src/report/narrative";
import { readQuantities, subjectsFields } from "../../../src/report/narrative/quantities";
import { buildDocx, readReportFixture } from "../../support/buildDocx";
import { parseReportText } from "../../support/reportText";
import { docOf, H } from "./doc";
import { labelKey, loadCorpus, parseLabel, withYear, type Entry, type Label } from "./phraseCorpus";

const YEAR: Record<FormatId, number> = { "2021": 2023, "2019": 2020 };
const FIXTURE: Record<FormatId, string> = { "2021": "consistent-2021", "2019": "consistent-2019" };
const TEXT_RULES = new Set(["text.table_mismatch", "text.percent", "text.change", "text.inconsistent"]);
const corpus = loadCorpus();
const paragraphsOf = (e: Entry, year: number) => withYear(e.text, year).split("¶");
const where = (e: Entry) => `${e.file}:${e.line} ${e.text}`;

/** The checkable mentions the reader finds in a passage, as label keys. */
function readKeys(e: Entry, format: FormatId): string[] {
  const year = YEAR[format];
  const doc = docOf([
    `某某局${year}年政府信息公开工作年度报告`,
    H[1],
    H[2],
    H[3],
    ...paragraphsOf(e, year),
    H[4],
    H[5],
    H[6],
  ]);
  const keys: string[] = [];
  for (const { mention: m } of readQuantities(analyseNarrative(doc), year)) {
    if (m.kind === "count") {
      if (m.ambiguous) continue;
      const f = subjectsFields(m.subjects, format);
      if (!f) continue;
      const unit = m.unit === "count" ? "" : m.unit;
      keys.push(`count ${f.flat().sort().join("+")} = ${m.value}${unit}`);
    } else if (m.kind === "share") {
      const f = subjectsFields(m.part, format);
      if (f) keys.push(`share ${f.flat().sort().join("+")} = ${m.value}%`);
    } else {
      const f = subjectsFields(m.subjects, format);
      if (f) keys.push(`change ${f.flat().sort().join("+")} = ${m.value}${m.percent ? "%" : ""}`);
    }
  }
  return keys.sort();
}

function labelsIn(e: Entry, format: FormatId): Label[] {
  return e.labels.map((l) => parseLabel(l, format)).filter((l): l is Label => l !== undefined);
}

describe("the phrase corpus", () => {
  it("has at least 300 passages, at least a third of them with no checkable mention", () => {
    const negatives = corpus.entries.filter((e) => e.labels.length === 0).length;
    expect(corpus.entries.length).toBeGreaterThanOrEqual(300);
    expect(negatives * 3).toBeGreaterThanOrEqual(corpus.entries.length);
  });

  it.each(["2021", "2019"] as FormatId[])(
    "every passage reads to exactly its labels (%s format)",
    (format) => {
      const wrong: string[] = [];
      for (const e of corpus.entries) {
        if (!e.formats.includes(format)) continue;
        const expected = labelsIn(e, format).map(labelKey).sort();
        const found = readKeys(e, format);
        if (expected.join("\n") !== found.join("\n"))
          wrong.push(
            `${where(e)}\n    expected: ${expected.join(" ; ") || "-"}\n    read:     ${found.join(" ; ") || "-"}`,
          );
      }
      expect(wrong).toEqual([]);
    },
  );

  it("no passage without a checkable mention gives a text finding, whatever the tables say", () => {
    const wrong: string[] = [];
    for (const e of corpus.entries) {
      if (e.labels.length) continue;
      for (const format of e.formats) {
        const year = YEAR[format];
        const doc = docOf([
          `某某局${year}年政府信息公开工作年度报告`,
          H[1],
          H[2],
          H[3],
          ...paragraphsOf(e, year),
        ]);
        // Every cell holds a number no sentence states; last year's differ from this year's.
        const findings = checkNarrative(doc, {
          format,
          reportYear: year,
          blankTemplate: false,
          field: () => ({ value: 9973 }),
          prior: { reportYear: year - 1, format, field: () => 7 },
        }).filter((f) => TEXT_RULES.has(f.rule));
        if (findings.length)
          wrong.push(`${where(e)} [${format}]: ${findings.map((f) => f.message).join(" | ")}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

// ---- Each passage inserted into a consistent report ----

interface Base {
  doc: ReportDocument;
  result: CheckResult;
  prior: CheckResult;
  /** Position in `doc.blocks` after which passages are inserted (section 三's first paragraph). */
  at: number;
}

async function base(format: FormatId): Promise<Base> {
  const doc = await readDocx(await buildDocx(parseReportText(readReportFixture(FIXTURE[format]))));
  const result = checkReport(doc);
  const fields = new Map<string, FieldReading>();
  for (const [id, r] of result.fields) {
    const v = corpus.prior[format][id];
    fields.set(id, v === undefined ? r : { ...r, value: v });
  }
  const prior: CheckResult = { ...result, reportYear: YEAR[format] - 1, fields };
  const heading = doc.blocks.findIndex((b) => b.kind === "paragraph" && b.text.startsWith("三、收到和处理"));
  return { doc, result, prior, at: heading + 1 };
}

/** The document with the passage's paragraphs after `at`; later paragraph indices move on. */
function inserted(b: Base, paragraphs: string[]): { doc: ReportDocument; indices: Set<number> } {
  const after = b.doc.blocks[b.at];
  if (after.kind !== "paragraph") throw new Error("section 三 has no first paragraph");
  const first = after.index + 1;
  const n = paragraphs.length;
  const shift = (block: DocBlock): DocBlock =>
    block.kind === "paragraph" && block.index >= first ? { ...block, index: block.index + n } : block;
  const added: DocBlock[] = paragraphs.map((text, i) => ({ kind: "paragraph", index: first + i, text }));
  const blocks = [
    ...b.doc.blocks.slice(0, b.at + 1).map(shift),
    ...added,
    ...b.doc.blocks.slice(b.at + 1).map(shift),
  ];
  return { doc: { blocks }, indices: new Set(paragraphs.map((_, i) => first + i)) };
}

function value(r: CheckResult, id: string): number | undefined {
  const f = r.fields.get(id);
  return f && f.status === "number" && f.value !== null ? f.value : undefined;
}

function sum(r: CheckResult, ids: string[]): number | undefined {
  let s = 0;
  for (const id of ids) {
    const v = value(r, id);
    if (v === undefined) return undefined;
    s += v;
  }
  return Math.round(s * 1e6) / 1e6;
}

/** `stated` is `exact` to `step`: rounded half up or down, or cut off toward zero (as reports write). */
function writtenAs(stated: number, exact: number, step: number): boolean {
  const e = step / 1e6;
  const rounded = Math.abs(stated - exact) <= step / 2 + e;
  const cutOff = Math.trunc(exact / step + (exact < 0 ? -e : e)) * step;
  return rounded || Math.abs(stated - cutOff) <= e;
}

/** Whether a labelled count contradicts the table (the checker's documented tolerances included). */
function countContradicts(l: Extract<Label, { kind: "count" }>, b: Base, text: string): boolean | undefined {
  const table = sum(b.result, l.fields);
  if (table === undefined) return undefined;
  if (l.unit !== "count") {
    const stated = l.unit === "yuan" ? l.value / 10000 : l.value;
    return !writtenAs(stated, table, (l.unit === "yuan" ? 1e-4 : 1) * 10 ** -l.decimals);
  }
  if (table === l.value) return false;
  // 已办结N件 may count only this year's new requests: new − carried forward.
  if (l.fields.length === 1 && l.fields[0] === "requests.results_total.total") {
    const alt =
      (sum(b.result, ["requests.new.total"]) ?? NaN) -
      (sum(b.result, ["requests.carried_forward.total"]) ?? NaN);
    if (alt === l.value) return false;
  }
  // 收到 / 受理 (not 新收) may count the carried-over requests too: new + carried over.
  if (l.fields.every((id) => id.startsWith("requests.new.")) && !text.includes("新收")) {
    const alt = sum(b.result, [...l.fields, ...l.fields.map((id) => id.replace(".new.", ".carried_over."))]);
    if (alt === l.value) return false;
  }
  return true;
}

/** The findings a passage should give: rule and the fields they name (a share: its part first). */
function expectedFindings(labels: Label[], b: Base, text: string): string[] {
  const out: string[] = [];
  const wrongCounts = new Set<string>();
  for (const l of labels) {
    if (l.kind === "count") {
      if (countContradicts(l, b, text)) {
        out.push(`text.table_mismatch ${[...l.fields].sort().join("+")}`);
        wrongCounts.add([...l.fields].sort().join("+"));
      }
    } else if (l.kind === "share") {
      if (wrongCounts.has([...l.part].sort().join("+"))) continue; // the count is reported instead
      const part = sum(b.result, l.part);
      if (part === undefined) continue;
      const wholes = l.wholes
        .map((w) => sum(b.result, w))
        .filter((w): w is number => w !== undefined && w > 0);
      if (!wholes.length) continue;
      const fits = wholes.some((w) => writtenAs(l.value, (part / w) * 100, 10 ** -l.decimals));
      if (!fits) out.push(`text.percent ${[...l.part].sort().join("+")}`);
    } else {
      if (wrongCounts.has([...l.fields].sort().join("+"))) continue;
      const now = sum(b.result, l.fields);
      const before = sum(b.prior, l.fields);
      if (now === undefined || before === undefined) continue;
      const delta = now - before;
      if (l.percent) {
        if (before === 0) continue;
        if (!writtenAs(l.value, (delta / before) * 100, 10 ** -l.decimals))
          out.push(`text.change ${[...l.fields].sort().join("+")}`);
      } else if (delta !== l.value) out.push(`text.change ${[...l.fields].sort().join("+")}`);
    }
  }
  return out.sort();
}

function describeFound(f: Finding, labels: Label[]): string {
  if (f.rule !== "text.percent") return `${f.rule} ${[...f.fields].sort().join("+")}`;
  // A share names its part, then the whole: key it by the labelled part it starts with.
  const part = labels.find(
    (l): l is Extract<Label, { kind: "share" }> =>
      l.kind === "share" && [...f.fields.slice(0, l.part.length)].sort().join() === [...l.part].sort().join(),
  );
  return `${f.rule} ${part ? [...part.part].sort().join("+") : f.fields.join("+")}`;
}

describe.each(["2021", "2019"] as FormatId[])(
  "each passage inserted into the consistent %s report",
  (format) => {
    let b: Base;
    beforeAll(async () => {
      b = await base(format);
    });

    it("the report alone gives no text finding", () => {
      expect(checkReport(b.doc, { prior: b.prior }).findings.filter((f) => TEXT_RULES.has(f.rule))).toEqual(
        [],
      );
      expect(b.result.findings).toEqual([]);
    });

    it("gives a finding exactly where the passage contradicts the tables", () => {
      const baseline = checkReport(b.doc, { prior: b.prior }).findings.filter((f) =>
        TEXT_RULES.has(f.rule),
      ).length;
      const wrong: string[] = [];
      let contradicting = 0;
      for (const e of corpus.entries) {
        if (!e.formats.includes(format)) continue;
        const labels = labelsIn(e, format);
        const { doc, indices } = inserted(b, paragraphsOf(e, YEAR[format]));
        const text = checkReport(doc, { prior: b.prior }).findings.filter((f) => TEXT_RULES.has(f.rule));
        const here = text.filter(
          (f) => f.location.paragraph !== undefined && indices.has(f.location.paragraph),
        );
        const expected = expectedFindings(labels, b, e.text);
        if (expected.length) contradicting++;
        const found = here.map((f) => describeFound(f, labels)).sort();
        if (found.join("\n") !== expected.join("\n") || text.length - here.length !== baseline)
          wrong.push(
            `${where(e)}\n    expected: ${expected.join(" ; ") || "-"}\n    found:    ${here.map((f) => f.message).join(" | ") || "-"}` +
              (text.length - here.length !== baseline ? "\n    and findings elsewhere changed" : ""),
          );
      }
      expect(wrong).toEqual([]);
      // The corpus must exercise both outcomes in this report.
      expect(contradicting).toBeGreaterThan(50);
    });
  },
);
