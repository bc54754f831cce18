/** Every word the lite pane shows, in Chinese (the default) and English. */
import type { KeptReason } from "../host/reportHost";
import type { Severity } from "../report/findings";
import { PRIOR_REPORT_WORDS, type PriorReportWords } from "../taskpane/priorReportWords";

export type Lang = "zh" | "en";

export interface LiteStrings extends PriorReportWords {
  htmlLang: string;
  appTitle: string;
  subtitle: string;
  /** The other language's name, on the switch. */
  otherLanguage: string;
  otherLanguageLabel: string;
  toolbar: string;
  check: string;
  checkAgain: string;
  clear: string;
  insertTemplate: string;
  templateChoice: string;
  templateFormat: (format: "2021" | "2019") => string;
  templateInsert: string;
  cancel: string;
  reading: string;
  checking: string;
  marking: string;
  clearing: string;
  inserting: string;
  selecting: string;
  checkDone: (counts: Record<Severity, number>) => string;
  severity: Record<Severity, string>;
  summary: string;
  counts: (counts: Record<Severity, number>) => string;
  legend: string;
  legendSuspectError: string;
  legendSuspectWarning: string;
  legendInvolved: string;
  legendBlank: string;
  legendHighlight: string;
  findings: string;
  noFindings: string;
  previous: string;
  next: string;
  position: (n: number, of: number) => string;
  total: (n: number) => string;
  expand: (n: number) => string;
  collapse: string;
  expected: string;
  actual: string;
  blank: string;
  nothingToSelect: string;
  marked: (n: number) => string;
  highlighted: (n: number) => string;
  notMarkedUnaddressable: (n: number) => string;
  blankNotHighlighted: (n: number) => string;
  ownHighlightKept: (n: number) => string;
  staleNotMarked: (n: number) => string;
  marksMayBeTracked: string;
  unaddressable: (tables: number[]) => string;
  readOnly: string;
  restored: (n: number) => string;
  nothingToClear: string;
  kept: (n: number) => string;
  keptReason: Record<KeptReason, string>;
  retry: string;
  forget: string;
  forgotten: (n: number) => string;
  differing: (n: number) => string;
  earlierKept: (n: number) => string;
  inserted: (format: "2021" | "2019", atEnd: boolean) => string;
  error: string;
  wordApi11: string;
  noOffice: string;
  /** 选择上年报告 (last year's report, for the cross-year checks). */
  /** The file used as last year's report, on the line below the toolbar. */
  priorChosen: string;
  /** Remembered by the document, not picked again in this session. */
  priorNotPicked: string;
  priorRemove: string;
  priorRemoveLabel: (name: string) => string;
  /** Whether the cross-year checks ran (the summary's line), in the words of the React pane. */
  dismiss: string;
}

const zh: LiteStrings = {
  ...PRIOR_REPORT_WORDS.zh,
  htmlLang: "zh-CN",
  appTitle: "年报校对",
  subtitle: "Word 2016/2019 精简版",
  otherLanguage: "English",
  otherLanguageLabel: "Switch to English",
  toolbar: "操作",
  check: "检查年报",
  checkAgain: "重新检查",
  clear: "清除标记",
  insertTemplate: "插入空白模板",
  templateChoice: "选择模板格式",
  templateFormat: (f) => (f === "2021" ? "2021 年格式（现行）" : "2019 年格式（旧版）"),
  templateInsert: "插入",
  cancel: "取消",
  reading: "正在读取文档…",
  checking: "正在检查…",
  marking: "正在标记单元格…",
  clearing: "正在清除标记…",
  inserting: "正在插入模板…",
  selecting: "正在定位…",
  checkDone: (c) => `检查完成：${c.error} 个错误，${c.warning} 个警告，${c.info} 条提示。`,
  severity: { error: "错误", warning: "警告", info: "提示" },
  summary: "检查结果摘要",
  counts: (c) => `错误 ${c.error} · 警告 ${c.warning} · 提示 ${c.info}`,
  legend: "标记图例",
  legendSuspectError: "最可能有错的单元格（错误）",
  legendSuspectWarning: "最可能有错的单元格（警告）",
  legendInvolved: "参与计算的其他单元格",
  legendBlank: "空白单元格（应填 0）",
  legendHighlight: "Word 2016 用文字突出显示标记；空白单元格没有文字，无法标记。",
  findings: "检查结果",
  noFindings: "未发现问题。",
  previous: "上一个",
  next: "下一个",
  position: (n, of) => `第 ${n} 个，共 ${of} 个`,
  total: (n) => `共 ${n} 个`,
  expand: (n) => `展开 ${n} 项`,
  collapse: "收起",
  expected: "应为",
  actual: "实为",
  blank: "（空白）",
  nothingToSelect: "此问题不对应文档中的具体位置。",
  marked: (n) => `已标记 ${n} 个单元格。`,
  highlighted: (n) => `已突出显示 ${n} 个单元格的文字。`,
  notMarkedUnaddressable: (n) => `${n} 个单元格所在的表格无法准确定位，未标记。`,
  blankNotHighlighted: (n) => `${n} 个空白单元格没有文字，Word 2016 无法突出显示，未标记（见列表）。`,
  ownHighlightKept: (n) => `${n} 个单元格原有突出显示，为免改动未标记。`,
  staleNotMarked: (n) => `${n} 个单元格自检查后已被修改，未标记：请重新检查。`,
  marksMayBeTracked: "如果文档开启了修订，标记可能显示为格式修订。",
  unaddressable: (t) =>
    `第 ${t.map((i) => i + 1).join("、")} 个表格已检查，但无法在文档中准确定位其单元格：不标记，也不能定位。`,
  readOnly: "文档为只读：只检查，不标记，不插入。",
  restored: (n) => `已清除 ${n} 个单元格的标记，恢复原样。`,
  nothingToClear: "没有需要清除的标记。",
  kept: (n) => `${n} 个标记未能清除，记录已保留。`,
  keptReason: {
    table_not_found: "表格已删除或改得认不出",
    table_changed: "单元格的文字或表格结构已改动",
    restore_failed: "Word 未能恢复（或需在较新版本的 Word 中清除）",
  },
  retry: "重试",
  forget: "忘记",
  forgotten: (n) => `已忘记 ${n} 个标记的记录；这些单元格的颜色需要手动清除。`,
  differing: (n) => `${n} 个单元格恢复后与原来仍有不同。`,
  earlierKept: (n) => `上次检查的 ${n} 个标记未能清除，记录已保留（可“清除标记”重试）。`,
  inserted: (f, atEnd) => `已插入 ${f} 年格式空白模板${atEnd ? "（在文档末尾）" : ""}。`,
  error: "出错了",
  wordApi11: "此版本的 Word（WordApi 1.1）：用文字突出显示代替单元格底纹，模板插入到文档末尾。",
  noOffice: "未能连接 Word（office.js 未加载）。请在 Word 中打开此加载项。",
  priorChosen: "上年报告：",
  priorNotPicked: "（本次尚未选择）",
  priorRemove: "移除",
  priorRemoveLabel: (name) => `移除上年报告「${name}」，不再核对跨年数据`,
  dismiss: "关闭",
};

const en: LiteStrings = {
  ...PRIOR_REPORT_WORDS.en,
  htmlLang: "en",
  appTitle: "年报校对 Annual Report Checker",
  subtitle: "Lite pane for Word 2016/2019",
  otherLanguage: "中文",
  otherLanguageLabel: "切换到中文",
  toolbar: "Actions",
  check: "Check report",
  checkAgain: "Check again",
  clear: "Clear marks",
  insertTemplate: "Insert blank template",
  templateChoice: "Template format",
  templateFormat: (f) => (f === "2021" ? "2021 format (current)" : "2019 format (old)"),
  templateInsert: "Insert",
  cancel: "Cancel",
  reading: "Reading the document…",
  checking: "Checking…",
  marking: "Marking cells…",
  clearing: "Clearing marks…",
  inserting: "Inserting the template…",
  selecting: "Going to it…",
  checkDone: (c) => `Check done: ${c.error} error(s), ${c.warning} warning(s), ${c.info} note(s).`,
  severity: { error: "Error", warning: "Warning", info: "Note" },
  summary: "Summary",
  counts: (c) => `Errors ${c.error} · Warnings ${c.warning} · Notes ${c.info}`,
  legend: "What the marks mean",
  legendSuspectError: "The cell most likely wrong (error)",
  legendSuspectWarning: "The cell most likely wrong (warning)",
  legendInvolved: "Other cells of a failing sum",
  legendBlank: "Blank cell (fill in 0)",
  legendHighlight: "Word 2016 marks by highlighting the text; blank cells have no text and cannot be marked.",
  findings: "Findings",
  noFindings: "No problems found.",
  previous: "Previous",
  next: "Next",
  position: (n, of) => `${n} of ${of}`,
  total: (n) => `${n} in all`,
  expand: (n) => `Show ${n}`,
  collapse: "Hide",
  expected: "Expected",
  actual: "found",
  blank: "(blank)",
  nothingToSelect: "This finding has no single place in the document.",
  marked: (n) => `${n} cell(s) marked.`,
  highlighted: (n) => `The text of ${n} cell(s) highlighted.`,
  notMarkedUnaddressable: (n) => `${n} cell(s) not marked: their table cannot be located with certainty.`,
  blankNotHighlighted: (n) =>
    `${n} blank cell(s) not marked: they have no text, and Word 2016 can only highlight text (see the list).`,
  ownHighlightKept: (n) => `${n} cell(s) not marked: they have highlighting of their own, left as it is.`,
  staleNotMarked: (n) => `${n} cell(s) not marked: they changed since the check. Check again.`,
  marksMayBeTracked: "If the document tracks changes, the marks may show as formatting changes.",
  unaddressable: (t) =>
    `Table(s) ${t.map((i) => i + 1).join(", ")} were checked, but their cells cannot be located in the document with certainty: not marked, cannot be selected.`,
  readOnly: "The document is read-only: checked, not marked; no template can be inserted.",
  restored: (n) => `Marks cleared from ${n} cell(s); they look as before.`,
  nothingToClear: "There are no marks to clear.",
  kept: (n) => `${n} mark(s) could not be cleared; their record is kept.`,
  keptReason: {
    table_not_found: "the table was deleted or changed beyond recognition",
    table_changed: "the cells' text or the table's shape changed",
    restore_failed: "Word did not restore them (or they must be cleared in a newer Word)",
  },
  retry: "Retry",
  forget: "Forget",
  forgotten: (n) => `The record of ${n} mark(s) is forgotten; clear those cells' colour by hand.`,
  differing: (n) => `${n} cell(s) still look different after the restore.`,
  earlierKept: (n) =>
    `${n} mark(s) of the last check could not be cleared; their record is kept (Clear marks retries).`,
  inserted: (f, atEnd) => `The ${f} blank template is inserted${atEnd ? " at the end of the document" : ""}.`,
  error: "Something went wrong",
  wordApi11:
    "This Word (WordApi 1.1): cells are marked by highlighting their text instead of shading, and the template goes at the end of the document.",
  noOffice: "Word is not connected (office.js did not load). Open this add-in in Word.",
  priorChosen: "Last year's report: ",
  priorNotPicked: " (not chosen again yet)",
  priorRemove: "Remove",
  priorRemoveLabel: (name) => `Remove last year's report “${name}”: stop the cross-year checks`,
  dismiss: "Close",
};

export const LITE_STRINGS: Record<Lang, LiteStrings> = { zh, en };

/** The pane's language from Office's display language ("zh-CN", "en-US", …): Chinese unless English. */
export function langFor(displayLanguage: string | undefined): Lang {
  return displayLanguage && displayLanguage.toLowerCase().indexOf("en") === 0 ? "en" : "zh";
}
