/** A benchmark worker: reads and checks its share of the corpus for the time budget. */
import { readFileSync } from "fs";
import { parentPort, workerData } from "worker_threads";
import { readDocx } from "../src/ooxml";
import { checkReport } from "../src/report/checkReport";

async function work(): Promise<void> {
  const { files, seconds } = workerData as { files: string[]; seconds: number };
  const start = process.hrtime.bigint();
  let n = 0;
  while (Number(process.hrtime.bigint() - start) / 1e9 < seconds) {
    checkReport(await readDocx(readFileSync(files[n % files.length])));
    n++;
  }
  parentPort?.postMessage(n);
}

void work();
