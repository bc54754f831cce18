/**
 * `npm run bench`: prints throughput and memory figures. Targets (2-core machine): checking an
 * already-read report ≥ 2,000/s; reading and checking .docx files ≥ 200/s; one 200-page report
 * with 60 tables in < 200 ms. Figures only — tests do not time things.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { cpus, tmpdir } from "os";
import { join } from "path";
import { Worker } from "worker_threads";
import { readDocx as readDocxWith, type ReadOptions } from "../src/ooxml";
import { nodeInflateRaw } from "../src/ooxml/zip/nodeZlib";
import { readDocxWithJszip } from "./jszipReader";
import { checkReport } from "../src/report/checkReport";
import type { ReportDocument } from "../src/report/model";
import { buildCorpus, buildLargeReport } from "./corpus";
import type { WorkerResult, WorkerTask } from "./worker";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
/** The CLI's reader: node:zlib inflates. */
const readDocx = (bytes: Uint8Array, options: ReadOptions = {}) =>
  readDocxWith(bytes, { inflateRaw: nodeInflateRaw, ...options });
let peakRss = 0;
let peakHeap = 0;
const sample = () => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
};
const mb = (n: number) => `${(n / 2 ** 20).toFixed(0)} MB`;
/** Collects garbage (the bench runs with --expose-gc) and restarts the peak readings. */
const resetPeaks = () => {
  (globalThis as { gc?: () => void }).gc?.();
  peakRss = 0;
  peakHeap = 0;
  sample();
};
const retainedHeap = () => {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
};

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

/** Throughput of `workers` threads working at once, each over its share of the files. */
function inWorkers(files: string[], workers: number, mode: WorkerTask["mode"]): Promise<number> {
  const script = join(__dirname, "worker.js");
  const slices = Array.from({ length: workers }, (_, w) => files.filter((_, i) => i % workers === w));
  return Promise.all(
    slices.map(
      (slice) =>
        new Promise<WorkerResult>((resolve, reject) => {
          const task: WorkerTask = { files: slice, seconds: SECONDS, mode };
          const worker = new Worker(script, { workerData: task });
          worker.once("message", (r: WorkerResult) => {
            resolve(r);
            void worker.terminate();
          });
          worker.once("error", reject);
        }),
    ),
  ).then((results) => results.reduce((sum, r) => sum + r.n / r.seconds, 0));
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

  console.log(
    `retained after reading the corpus: ${mb(retainedHeap())} heap (${docs.length} documents held)`,
  );
  resetPeaks();
  const workers = Math.max(1, Math.min(2, cpus().length));
  const a = await rate((i) => checkReport(docs[i % docs.length]));
  const aw = workers > 1 ? await inWorkers(files, workers, "check") : a.perSecond;
  console.log(
    `(a) check an already-read report: ${a.perSecond.toFixed(0)} reports/s on one thread, ` +
      `${aw.toFixed(0)} reports/s on ${workers} threads  (target ≥ 2,000)`,
  );

  const b = await rate(async (i) => checkReport(await readDocx(readFileSync(files[i % files.length]))));
  const bw = workers > 1 ? await inWorkers(files, workers, "read-and-check") : b.perSecond;
  // The same work through the reader as it was before (jszip), measured now on this machine.
  const old = await rate(async (i) =>
    checkReport(await readDocxWithJszip(readFileSync(files[i % files.length]))),
  );
  const oldw = workers > 1 ? await inWorkers(files, workers, "read-and-check-jszip") : old.perSecond;
  // The browser's inflater (fflate), for the preview: one thread.
  const browser = await rate(async (i) =>
    checkReport(await readDocxWith(readFileSync(files[i % files.length]))),
  );
  console.log(
    `(b) read and check .docx files: ${b.perSecond.toFixed(0)} .docx/s on one thread, ` +
      `${bw.toFixed(0)} .docx/s on ${workers} threads  (target ≥ 200)\n` +
      `    before (jszip's reader, measured now): ${old.perSecond.toFixed(0)} .docx/s on one thread, ` +
      `${oldw.toFixed(0)} .docx/s on ${workers} threads; with fflate (the browser's inflater): ` +
      `${browser.perSecond.toFixed(0)} .docx/s on one thread`,
  );

  console.log(`peak memory while checking: ${mb(peakRss)} resident, ${mb(peakHeap)} heap (main thread)`);

  const large = await buildLargeReport(1500, 57);
  resetPeaks();
  const largeDoc = await readDocx(large);
  const tables = largeDoc.blocks.filter((x) => x.kind === "table").length;
  const t = await timeOnce(large, 9);
  console.log(
    `(c) one long report (${(large.length / 1024).toFixed(0)} KB .docx, ${largeDoc.blocks.length - tables} paragraphs, ${tables} tables): ` +
      `read ${t.read.toFixed(1)} ms + check ${t.check.toFixed(1)} ms = ${(t.read + t.check).toFixed(1)} ms  (target < 200 ms)`,
  );

  // Hardening: a 500-page document with 200 tables, of which 3 are the standard ones.
  const huge = await buildLargeReport(4000, 197, 15);
  resetPeaks();
  const hugeDoc = await readDocx(huge);
  const hugeTables = hugeDoc.blocks.filter((x) => x.kind === "table").length;
  const h = await timeOnce(huge, 5);
  console.log(
    `(d) a 500-page report (${(huge.length / 1024).toFixed(0)} KB .docx, ${hugeDoc.blocks.length - hugeTables} paragraphs, ${hugeTables} tables, 3 of them standard): ` +
      `read ${h.read.toFixed(1)} ms + check ${h.check.toFixed(1)} ms = ${(h.read + h.check).toFixed(1)} ms`,
  );

  sample();
  console.log(`peak memory while reading the 500-page report: ${mb(peakRss)} resident, ${mb(peakHeap)} heap`);
  rmSync(dir, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
