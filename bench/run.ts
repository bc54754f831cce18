/**
 * `npm run bench`: prints throughput and memory figures. Targets (2-core machine): checking an
 * already-read report ≥ 2,000/s; reading and checking .docx files ≥ 200/s; one 200-page report
 * with 60 tables in < 200 ms. Figures only — tests do not time things.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { cpus, tmpdir } from "os";
import { join } from "path";
import { Worker } from "worker_threads";
import { readDocx } from "../src/ooxml";
import { checkReport } from "../src/report/checkReport";
import type { ReportDocument } from "../src/report/model";
import { buildCorpus, buildLargeReport } from "./corpus";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
let peakRss = 0;
let peakHeap = 0;
const sample = () => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
};
const mb = (n: number) => `${(n / 2 ** 20).toFixed(0)} MB`;

/** Runs `step(i)` repeatedly for the time budget; returns operations per second. */
async function rate(
  step: (i: number) => unknown | Promise<unknown>,
): Promise<{ perSecond: number; n: number }> {
  for (let i = 0; i < 20; i++) await step(i); // warm-up
  const start = process.hrtime.bigint();
  let n = 0;
  while (Number(process.hrtime.bigint() - start) / 1e9 < SECONDS) {
    await step(n++);
    if (n % 50 === 0) sample();
  }
  return { perSecond: n / (Number(process.hrtime.bigint() - start) / 1e9), n };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function timeOnce(bytes: Uint8Array, runs: number): Promise<{ read: number; check: number }> {
  const reads: number[] = [];
  const checks: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const doc = await readDocx(bytes);
    const t1 = process.hrtime.bigint();
    checkReport(doc);
    const t2 = process.hrtime.bigint();
    reads.push(Number(t1 - t0) / 1e6);
    checks.push(Number(t2 - t1) / 1e6);
    sample();
  }
  return { read: median(reads), check: median(checks) };
}

function inWorkers(files: string[], workers: number): Promise<number> {
  const script = join(__dirname, "worker.js");
  const slices = Array.from({ length: workers }, (_, w) => files.filter((_, i) => i % workers === w));
  const start = process.hrtime.bigint();
  return Promise.all(
    slices.map(
      (slice) =>
        new Promise<number>((resolve, reject) => {
          const worker = new Worker(script, { workerData: { files: slice, seconds: SECONDS } });
          worker.once("message", (n: number) => resolve(n));
          worker.once("error", reject);
        }),
    ),
  ).then((counts) => counts.reduce((a, b) => a + b, 0) / (Number(process.hrtime.bigint() - start) / 1e9));
}

async function main(): Promise<void> {
  console.log(
    `年报校对 benchmark — node ${process.version}, ${cpus().length} CPU(s): ${cpus()[0]?.model ?? "?"}`,
  );
  const corpus = await buildCorpus(100);
  const dir = mkdtempSync(join(tmpdir(), "nianbao-bench-"));
  const files = corpus.map((bytes, i) => {
    const file = join(dir, `report-${String(i).padStart(3, "0")}.docx`);
    writeFileSync(file, bytes);
    return file;
  });
  const docs: ReportDocument[] = await Promise.all(corpus.map((b) => readDocx(b)));
  const withErrors = docs.filter((d) => checkReport(d).counts.error > 0).length;
  console.log(`corpus: ${docs.length} reports (2019 and 2021 formats), ${withErrors} with errors`);

  const a = await rate((i) => checkReport(docs[i % docs.length]));
  console.log(`(a) check an already-read report: ${a.perSecond.toFixed(0)} reports/s  (target ≥ 2,000)`);

  const b = await rate(async (i) => checkReport(await readDocx(readFileSync(files[i % files.length]))));
  console.log(
    `(b) read and check .docx files, one thread: ${b.perSecond.toFixed(0)} .docx/s  (target ≥ 200)`,
  );
  const workers = Math.max(1, Math.min(2, cpus().length));
  if (workers > 1) {
    const bw = await inWorkers(files, workers);
    console.log(`    … in ${workers} worker threads: ${bw.toFixed(0)} .docx/s`);
  }

  const large = await buildLargeReport(1500, 57);
  const largeDoc = await readDocx(large);
  const tables = largeDoc.blocks.filter((x) => x.kind === "table").length;
  const t = await timeOnce(large, 9);
  console.log(
    `(c) one long report (${(large.length / 1024).toFixed(0)} KB .docx, ${largeDoc.blocks.length - tables} paragraphs, ${tables} tables): ` +
      `read ${t.read.toFixed(1)} ms + check ${t.check.toFixed(1)} ms = ${(t.read + t.check).toFixed(1)} ms  (target < 200 ms)`,
  );

  sample();
  console.log(`peak memory: ${mb(peakRss)} resident, ${mb(peakHeap)} heap (main thread)`);
  rmSync(dir, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
