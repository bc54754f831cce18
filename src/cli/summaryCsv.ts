/**
 * `--csv summary.csv`: one line per file for a spreadsheet. UTF-8 with a byte-order mark and CRLF
 * line ends, so that Excel opens it in Chinese by double-click; a cell that would start a formula
 * (`=`, `+`, `-`, `@`) is prefixed with `'` so that a file name or a quotation cannot run one.
 */
import { entryHeadline, entryState, STATE_WORDS, type ReviewEntry } from "./reviewEntry";

const BOM = "\ufeff";

export function summaryCsv(entries: ReviewEntry[], lang: "zh" | "en"): string {
  const tr = (zh: string, en: string) => (lang === "zh" ? zh : en);
  const header = [
    tr("文件", "file"),
    tr("单位", "body"),
    tr("格式", "format"),
    tr("年度", "year"),
    tr("错误", "errors"),
    tr("警告", "warnings"),
    tr("提示", "notes"),
    tr("第一个错误 / 概要", "first error / summary"),
    tr("状态", "status"),
    tr("说明", "remark"),
    tr("标注版", "marked copy"),
  ];
  const lines = [header];
  for (const entry of entries) {
    const r = entry.result;
    const remark = [
      entry.convertedFrom
        ? tr(
            `由 LibreOffice 从 .${entry.convertedFrom} 转换`,
            `converted from .${entry.convertedFrom} by LibreOffice`,
          )
        : "",
      entry.problem?.command
        ? tr(`转换命令：${entry.problem.command}`, `to convert: ${entry.problem.command}`)
        : "",
      entry.markProblem ? (lang === "zh" ? entry.markProblem.message : entry.markProblem.messageEn) : "",
    ]
      .filter((s) => s !== "")
      .join("；");
    lines.push([
      entry.file,
      entry.unit ?? "",
      r?.format ?? "",
      r?.reportYear?.toString() ?? "",
      r ? String(r.counts.error) : "",
      r ? String(r.counts.warning) : "",
      r ? String(r.counts.info) : "",
      entryHeadline(entry, lang),
      tr(...STATE_WORDS[entryState(entry)]),
      remark,
      entry.markedCopy ?? "",
    ]);
  }
  return BOM + lines.map((cells) => cells.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
