/**
 * A generated corpus for the benchmark: real-shaped reports of both formats, consistent and with
 * errors, built through the product's own .docx writer.
 */
import { writeDocx } from "../src/docx/writeDocx";
import type { DocSpec, TableSpec } from "../src/docx/docSpec";
import { buildDocx, readReportFixture } from "../test/support/buildDocx";
import {
  cloneReport,
  findTable,
  parseReportText,
  setCell,
  toDocSpec,
  type ReportText,
} from "../test/support/reportText";

const BASES = ["consistent-2021", "consistent-2019", "liuying-2019", "shanghewan-2020", "jingshan-2020"];

/** A small deterministic generator, so every run checks the same corpus. */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** `count` reports; about half carry an error (a changed count, a blanked cell). */
export async function buildCorpus(count: number, seed = 1): Promise<Uint8Array[]> {
  const rnd = random(seed);
  const bases = BASES.map((name) => parseReportText(readReportFixture(name)));
  const out: Uint8Array[] = [];
  for (let i = 0; i < count; i++) {
    const report = cloneReport(bases[i % bases.length]);
    if (rnd() < 0.5) mutate(report, rnd);
    out.push(await buildDocx(report));
  }
  return out;
}

function mutate(report: ReportText, rnd: () => number): void {
  const table = findTable(report, "本年度办理结果");
  const row = 3 + Math.floor(rnd() * (table.rows.length - 3));
  const cell = -1 - Math.floor(rnd() * 7);
  setCell(
    report,
    { table: "本年度办理结果", row, cell },
    rnd() < 0.2 ? "" : String(1 + Math.floor(rnd() * 20)),
  );
}

/**
 * A long report: the consistent 2021 report with `paragraphs` more paragraphs of text and
 * `tables` more non-standard tables (of `rowsPerTable` rows) spread through it.
 */
export async function buildLargeReport(
  paragraphs: number,
  tables: number,
  rowsPerTable = 12,
): Promise<Uint8Array> {
  const rnd = random(7);
  const spec: DocSpec = toDocSpec(parseReportText(readReportFixture("consistent-2021")));
  const sentence =
    "本机关坚持以公开为常态、不公开为例外，围绕重点领域信息公开，及时回应社会关切，持续提升政务公开质量和实效。";
  const extra: DocSpec["blocks"] = [];
  const every = Math.max(1, Math.floor(paragraphs / Math.max(1, tables)));
  let added = 0;
  for (let i = 0; i < paragraphs; i++) {
    extra.push({ text: sentence.repeat(1 + (i % 3)), kind: "body" });
    if (added < tables && i % every === every - 1) {
      added++;
      const table: TableSpec = {
        rows: Array.from({ length: rowsPerTable }, (_, r) =>
          Array.from({ length: 6 }, (_, c) => ({
            text: r === 0 ? `指标${c + 1}` : c === 0 ? `事项${r}` : String(Math.floor(rnd() * 1000)),
          })),
        ),
      };
      extra.push(table);
    }
  }
  // The extra text goes into section 一 (after its heading), where long reports are long.
  const at = spec.blocks.findIndex((b) => "text" in b && b.text.startsWith("一、")) + 1;
  spec.blocks.splice(at, 0, ...extra);
  return writeDocx(spec);
}
