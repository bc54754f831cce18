/**
 * A benchmark worker: warms up, then reads and checks (or only checks) its share of the corpus for
 * the time budget, and reports how many it did in how long — its own clock, so that thread start-up
 * and module loading are not counted against throughput.
 */
import { readFileSync } from "fs";
import { parentPort, workerData } from "worker_threads";
import { readDocx } from "../src/ooxml";
import { nodeInflateRaw } from "../src/ooxml/zip/nodeZlib";
import { readDocxWithJszip } from "./jszipReader";
import { checkReport } from "../src/report/checkReport";
import type { ReportDocument } from "../src/report/model";

export interface WorkerTask {
  files: string[];
  seconds: number;
  /**
   * "check": the documents are read once first and only checked in the timed loop;
   * "read-and-check-jszip": the reader as it was before (jszip), for the before/after figure.
   */
  mode: "read-and-check" | "read-and-check-jszip" | "check";
}

export interface WorkerResult {
  n: number;
  seconds: number;
}

async function work(): Promise<void> {
  const { files, seconds, mode } = workerData as WorkerTask;
  const docs: ReportDocument[] = [];
  const read = (bytes: Uint8Array) =>
    mode === "read-and-check-jszip"
      ? readDocxWithJszip(bytes)
      : readDocx(bytes, { inflateRaw: nodeInflateRaw });
  if (mode === "check") for (const f of files) docs.push(await read(readFileSync(f)));
  const step = async (i: number) => {
    if (mode === "check") checkReport(docs[i % docs.length]);
    else checkReport(await read(readFileSync(files[i % files.length])));
  };
  for (let i = 0; i < 30; i++) await step(i);
  const start = process.hrtime.bigint();
  let n = 0;
  while (Number(process.hrtime.bigint() - start) / 1e9 < seconds) await step(n++);
  const result: WorkerResult = { n, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
  parentPort?.postMessage(result);
}

void work();
