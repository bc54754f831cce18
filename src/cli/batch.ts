/**
 * What `check` does beyond printing findings, for a batch: legacy files converted by LibreOffice
 * and checked like the rest, marked copies (`--annotate`), the review page (`--report`) and the
 * spreadsheet (`--csv`), and a progress line on a terminal. The check command drives it file by
 * file; with none of these asked for it only checks.
 */
import { promises as fs } from "fs";
import * as path from "path";
import type { CheckResult } from "../report/checkReport";
import { checkReport } from "../report/checkReport";
import type { ReportDocument } from "../report/model";
import { convertLegacy, legacyKind, type LegacyFile } from "./legacyFiles";
import { MarkedCopyPaths, isCheckedName, writeMarkedCopy } from "./markedCopies";
import { Progress, type ProgressStream } from "./progress";
import type { FileOutcome } from "./main";
import { readReport } from "./readInput";
import { reportUnit } from "./reportUnit";
import type { Problem, ReviewEntry } from "./reviewEntry";
import { reviewPage } from "./reviewPage";
import { summaryCsv } from "./summaryCsv";

export interface BatchOptions {
  /** `--annotate`: true beside each input, or the folder / file named. */
  annotate?: true | string;
  /** `--report review.html` */
  report?: string;
  /** `--csv summary.csv` */
  csv?: string;
  lang: "zh" | "en";
  /** What was named on the command line. */
  inputs: string[];
  /** Where the progress line goes (stderr); it shows only on a terminal. */
  progressStream?: ProgressStream;
}

interface Output {
  out(text: string): void;
  err(text: string): void;
}

/** One file to check: `read` is what is read (a converted copy for a legacy file). */
export interface WorkItem {
  file: string;
  read: string;
  convertedFrom?: string;
}

/** A file listed but not checked, as the closing lists and the JSON show it. */
export interface NotCheckedLine {
  file: string;
  code: string;
  message: string;
  messageEn: string;
}

export class Batch {
  readonly entries: ReviewEntry[] = [];
  private paths: MarkedCopyPaths | undefined;
  private progress: Progress | undefined;
  private dispose: () => Promise<void> = async () => undefined;
  private outputFailures = 0;
  private readonly byFile = new Map<string, ReviewEntry>();

  constructor(
    private readonly options: BatchOptions,
    private readonly io: Output,
  ) {}

  private get wantsUnit(): boolean {
    return this.options.report !== undefined || this.options.csv !== undefined;
  }

  /**
   * The files to check, in order: .docx as they are, legacy files converted (those that could
   * not be are entered as not checked). Marked copies of ours found in folders are left out.
   */
  async prepare(
    files: string[],
    legacyFound: LegacyFile[] = [],
  ): Promise<{ work: WorkItem[]; notChecked: NotCheckedLine[] }> {
    const explicit = new Set(this.options.inputs.map((i) => path.resolve(i)));
    const docx: string[] = [];
    const legacy: LegacyFile[] = [...legacyFound];
    for (const file of files) {
      const kind = legacyKind(file);
      if (kind) legacy.push({ file, kind });
      else if (!isCheckedName(file) || explicit.has(path.resolve(file))) docx.push(file);
    }
    const converted = await convertLegacy(legacy);
    this.dispose = converted.dispose;
    const work: WorkItem[] = docx.map((file) => ({ file, read: file }));
    const notChecked: NotCheckedLine[] = [];
    for (const outcome of converted.outcomes) {
      if (outcome.docx === outcome.file) work.push({ file: outcome.file, read: outcome.file });
      else if (outcome.docx)
        work.push({ file: outcome.file, read: outcome.docx, convertedFrom: outcome.kind });
      else if (outcome.problem) {
        const p = outcome.problem;
        this.notChecked(outcome.file, p);
        notChecked.push({
          file: outcome.file,
          code: p.code,
          message: p.message + (p.command ? `（转换命令：${p.command}）` : ""),
          messageEn: p.messageEn + (p.command ? ` (to convert: ${p.command})` : ""),
        });
      }
    }
    const single = work.length === 1 && this.options.inputs.length === 1;
    if (this.options.annotate !== undefined)
      this.paths = new MarkedCopyPaths(this.options.annotate, this.options.inputs, single);
    if (this.options.progressStream)
      this.progress = new Progress(work.length, this.options.progressStream, this.options.lang);
    return { work, notChecked };
  }

  /** Output that keeps clear of the progress line. */
  output(): Output {
    const around = (write: (text: string) => void) => (text: string) => {
      this.progress?.clear();
      write(text);
      this.progress?.redraw();
    };
    return { out: around((t) => this.io.out(t)), err: around((t) => this.io.err(t)) };
  }

  /** Reads and checks one file; writes its marked copy when asked. */
  async check(item: WorkItem, prior?: CheckResult): Promise<FileOutcome> {
    const read = await readReport(item.read);
    let outcome: FileOutcome;
    let doc: ReportDocument | undefined;
    if (read.ok) {
      doc = read.doc;
      outcome = { file: item.file, result: checkReport(read.doc, prior ? { prior } : {}) };
    } else outcome = { file: item.file, error: read.error };
    const entry: ReviewEntry =
      "result" in outcome
        ? {
            file: item.file,
            status: "checked",
            result: outcome.result,
            ...(this.wantsUnit && doc ? { unit: reportUnit(doc, outcome.result) } : {}),
          }
        : { file: item.file, status: "unreadable", problem: outcome.error };
    if (item.convertedFrom) entry.convertedFrom = item.convertedFrom;
    if (this.paths && "result" in outcome) {
      const marked = await writeMarkedCopy(item.read, outcome.result, this.paths.pathFor(item.file), {
        lang: this.options.lang,
        isInput: (f) => this.paths?.isInput(f) ?? false,
      });
      if (marked.ok) entry.markedCopy = marked.path;
      else {
        entry.markProblem = { message: marked.message, messageEn: marked.messageEn };
        this.outputFailures++;
      }
    }
    this.add(entry);
    this.progress?.tick({
      errors: "result" in outcome && outcome.result.counts.error > 0,
      unreadable: "error" in outcome,
    });
    return outcome;
  }

  /** A file listed but not checked (legacy without LibreOffice, a PDF, …). */
  notChecked(file: string, problem: Problem): void {
    this.add({ file, status: "not_checked", problem });
  }

  /** Lines to print after a file's report: the conversion and the marked copy. */
  notes(file: string): string {
    const entry = this.byFile.get(file);
    if (!entry) return "";
    const tr = (zh: string, en: string) => (this.options.lang === "zh" ? zh : en);
    const lines: string[] = [];
    if (entry.convertedFrom)
      lines.push(
        tr(
          `  已由 LibreOffice 从 .${entry.convertedFrom} 转换为 .docx 后检查`,
          `  checked after LibreOffice converted it from .${entry.convertedFrom}`,
        ),
      );
    if (entry.markedCopy)
      lines.push(tr(`  标注版：${entry.markedCopy}`, `  marked copy: ${entry.markedCopy}`));
    if (entry.markProblem)
      lines.push(
        tr(
          `  未写出标注版：${entry.markProblem.message}`,
          `  no marked copy: ${entry.markProblem.messageEn}`,
        ),
      );
    return lines.length > 0 ? `${lines.join("\n")}\n` : "";
  }

  /** Fields the JSON of a file gains (added only: the JSON is a public interface). */
  jsonExtras(file: string): { convertedFrom?: string; markedCopy?: string; unit?: string } {
    const entry = this.byFile.get(file);
    if (!entry) return {};
    return {
      ...(entry.unit !== undefined ? { unit: entry.unit } : {}),
      ...(entry.convertedFrom ? { convertedFrom: entry.convertedFrom } : {}),
      ...(entry.markedCopy ? { markedCopy: entry.markedCopy } : {}),
    };
  }

  /**
   * The batch is over: the progress line goes, the review page and the spreadsheet are written.
   * Returns how many outputs could not be written (marked copies included).
   */
  async finish(): Promise<number> {
    this.progress?.finish();
    await this.dispose();
    const tr = (zh: string, en: string) => (this.options.lang === "zh" ? zh : en);
    const write = async (file: string, text: string, zh: string, en: string) => {
      try {
        await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
        await fs.writeFile(file, text);
        this.io.err(tr(`已写入${zh}：${file}\n`, `Wrote the ${en}: ${file}\n`));
      } catch (e) {
        this.outputFailures++;
        this.io.err(
          tr(
            `无法写入${zh} ${file}（${(e as NodeJS.ErrnoException).code ?? ""}）\n`,
            `Cannot write the ${en} ${file}: ${(e as Error).message}\n`,
          ),
        );
      }
    };
    if (this.options.report)
      await write(
        this.options.report,
        reviewPage(this.entries, {
          lang: this.options.lang,
          pagePath: this.options.report,
          generated: new Date(),
        }),
        "审核页面",
        "review page",
      );
    if (this.options.csv)
      await write(this.options.csv, summaryCsv(this.entries, this.options.lang), "汇总表", "summary");
    return this.outputFailures;
  }

  private add(entry: ReviewEntry): void {
    this.entries.push(entry);
    this.byFile.set(entry.file, entry);
  }
}
