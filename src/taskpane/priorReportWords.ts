/**
 * What the panes say about last year's report (选择上年报告) and the cross-year line of the summary
 * (跨年核对: whether the checks against last year's report ran, and if not, why), in both languages.
 * One wording for the full pane (src/taskpane/strings.ts) and the IE11 lite pane (src/lite/strings.ts).
 */
import type { CrossYearComparison, CrossYearStatus } from "./priorReport";

/** What both panes say about last year's report (选择上年报告) and the cross-year checks. */
export interface PriorReportWords {
  choosePrior: string;
  choosePriorLabel: (current: string | undefined) => string;
  priorReading: string;
  /** Whether the cross-year checks ran (the summary's and the copied text's line). */
  crossYearLabel: string;
  crossYear: (status: CrossYearStatus) => string;
  priorAsk: (name: string) => string;
  priorChooseAgain: string;
  priorChooseOther: string;
  priorForget: string;
  priorForgotten: string;
  priorUnreadableTitle: string;
  priorUnreadable: (detail: string) => string;
  priorReplaced: (before: string, now: string) => string;
  priorWrongYear: (name: string, year: number, expected: number) => string;
  priorYearUnconfirmed: (name: string, year: number | null, current: number | null) => string;
}

const comparedZh: Record<CrossYearComparison, string> = {
  carry_over: "表三上年结转",
  in_force: "表二现行有效件数",
  text: "正文中的同比表述（如有）",
};
const comparedEn: Record<CrossYearComparison, string> = {
  carry_over: "Table 3 carried over",
  in_force: "Table 2 in force",
  text: "year-on-year statements in the text (if any)",
};

function crossYearZh(st: CrossYearStatus): string {
  switch (st.kind) {
    case "none":
      return "未进行（未选择上年报告）";
    case "ask":
      return `未进行：请重新选择上次使用的上年报告「${st.name}」`;
    case "unreadable":
      return `未进行：无法读取「${st.name}」`;
    case "wrong_year":
      return `未进行：「${st.name}」是 ${st.year} 年度的报告，应为 ${st.expected} 年度`;
    case "ran": {
      const file = `「${st.name}」${st.year !== null ? `（${st.year} 年度）` : "（年度未能识别）"}`;
      if (st.compared.length === 0)
        return `未进行：${file}与本报告没有可比的数据（表三的结转数、表二的现行有效件数）`;
      const found = st.found > 0 ? `，${st.found}\u00a0处不一致` : "，未发现不一致";
      return `已与${file}核对：${st.compared.map((c) => comparedZh[c]).join("、")}${found}`;
    }
  }
}

function crossYearEn(st: CrossYearStatus): string {
  switch (st.kind) {
    case "none":
      return "not run (no prior-year report chosen)";
    case "ask":
      return `not run: choose last time's prior-year report “${st.name}” again`;
    case "unreadable":
      return `not run: “${st.name}” cannot be read`;
    case "wrong_year":
      return `not run: “${st.name}” is the report for ${st.year}, not ${st.expected}`;
    case "ran": {
      const file = `“${st.name}” (${st.year !== null ? st.year : "year not found"})`;
      if (st.compared.length === 0)
        return `not run: ${file} and this report have no figures to compare (Table 3 carried forward, Table 2 in force)`;
      const found =
        st.found > 0
          ? `; ${st.found} ${st.found === 1 ? "inconsistency" : "inconsistencies"}`
          : "; no inconsistency";
      return `against ${file}: ${st.compared.map((c) => comparedEn[c]).join(", ")}${found}`;
    }
  }
}

export const PRIOR_REPORT_WORDS: Record<"zh" | "en", PriorReportWords> = {
  zh: {
    choosePrior: "选择上年报告",
    choosePriorLabel: (current) =>
      `选择上年报告：选一份上一年度的年度报告（.docx），核对跨年数据；文件只在本机读取，不会上传${current ? `（当前：${current}）` : ""}`,
    priorReading: "正在读取上年报告…",
    crossYearLabel: "跨年核对",
    crossYear: crossYearZh,
    priorAsk: (name) => `上次使用了上年报告「${name}」，请重新选择以核对跨年数据。`,
    priorChooseAgain: "选择上年报告",
    priorChooseOther: "重新选择",
    priorForget: "不再核对跨年数据",
    priorForgotten: "已不再使用上年报告，跨年核对不再进行。",
    priorUnreadableTitle: "无法使用所选的上年报告",
    priorUnreadable: (detail) => `${detail.replace(/[。.]$/, "")}。本次检查未做跨年核对。`,
    priorReplaced: (before, now) =>
      `所选的「${now}」与上次使用的上年报告「${before}」不是同一个文件（内容不同）。现在改用「${now}」，文档会记住它。`,
    priorWrongYear: (name, year, expected) =>
      `所选的上年报告「${name}」是 ${year} 年度的报告，本报告应与 ${expected} 年度的报告核对。跨年核对未进行，请重新选择。`,
    priorYearUnconfirmed: (name, year, current) =>
      year === null
        ? `未能识别「${name}」的报告年度：已按上年报告核对，请确认它是${current !== null ? ` ${current - 1} 年度` : "上一年度"}的报告。`
        : `未能识别本报告的年度：已按「${name}」（${year} 年度）是上一年度的报告核对，请确认。`,
  },
  en: {
    choosePrior: "Choose last year's report",
    choosePriorLabel: (current) =>
      `Choose last year's report: pick the annual report of the year before (.docx) to check the figures carried across years; the file is read on this computer only${current ? ` (now: ${current})` : ""}`,
    priorReading: "Reading last year's report…",
    crossYearLabel: "Cross-year",
    crossYear: crossYearEn,
    priorAsk: (name) =>
      `Last time, “${name}” was used as last year's report: choose it again to check the figures carried across years.`,
    priorChooseAgain: "Choose last year's report",
    priorChooseOther: "Choose another",
    priorForget: "Stop cross-year checks",
    priorForgotten: "Last year's report is no longer used; the cross-year checks no longer run.",
    priorUnreadableTitle: "The chosen report of last year cannot be used",
    priorUnreadable: (detail) =>
      `${detail.replace(/[。.]$/, "")}. This check ran without the cross-year checks.`,
    priorReplaced: (before, now) =>
      `“${now}” is not the file used last time as last year's report (“${before}”): its content differs. “${now}” is used now, and the document remembers it.`,
    priorWrongYear: (name, year, expected) =>
      `“${name}”, chosen as last year's report, is the report for ${year}; this report must be compared with the one for ${expected}. The cross-year checks did not run: choose another file.`,
    priorYearUnconfirmed: (name, year, current) =>
      year === null
        ? `The report year of “${name}” was not found: it was used as last year's report; make sure it is the report for ${current !== null ? current - 1 : "the year before"}.`
        : `This report's year was not found: “${name}” (${year}) was taken to be last year's report; please make sure.`,
  },
};
