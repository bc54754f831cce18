/**
 * Every string the task pane shows or announces, in zh-CN (the default) and English. Components
 * read them through `useStrings()`; the plain-text export uses them directly.
 */
import { SECTION_NUMBERS, standardHeading, TITLES_EN } from "../report/sections";
import { FORMATS } from "../report/formats";
import type { FormatId } from "../report/formats/types";
import type { Severity } from "../report/findings";
import { countWords, type MarkLook, type MarkSeverity } from "../report/view";
import type { KeptReason } from "../host/reportHost";
import { PRIOR_REPORT_WORDS, type PriorReportWords } from "./priorReportWords";

export type Lang = "zh" | "en";

export type CheckStep = "read" | "check" | "mark";

export interface Strings extends PriorReportWords {
  lang: Lang;
  /** BCP 47 tag for the `lang` attribute. */
  htmlLang: string;
  appTitle: string;
  appSubtitle: string;
  /** The language switch shows the *other* language's name; its label says what it does. */
  languageSwitch: string;
  languageSwitchLabel: string;
  toolbarLabel: string;

  check: string;
  checkAgain: string;
  /** The check button's name: its visible words first (they change to 重新检查). */
  checkLabel: (visible: string) => string;
  comments: string;
  commentsHint: string;
  clearMarks: string;
  clearMarksLabel: string;
  insertTemplate: string;
  insertTemplateLabel: string;
  copyResults: string;
  copyResultsLabel: string;
  busy: string;

  step: Record<CheckStep, string>;
  /** Spinner label and live announcement while a step runs. */
  stepRunning: (step: CheckStep, n: number, of: number) => string;
  checkDone: (counts: Record<Severity, number>) => string;

  severity: Record<Severity, string>;
  severityCount: (severity: Severity, n: number) => string;

  summaryLabel: string;
  formatLabel: string;
  formatName: (format: FormatId) => string;
  formatUnknown: string;
  yearLabel: string;
  yearName: (year: number) => string;
  yearUnknown: string;
  countsLabel: string;
  ignoredCount: (n: number) => string;
  markedCells: (n: number) => string;
  scopeLabel: string;
  formatUnknownFact: string;
  yearUnknownFact: string;
  marksLabel: string;
  ignoredLabel: string;
  tablesAddUp: string;
  legendTitle: string;
  /** What a look means, for the legend. */
  lookMeaning: (look: MarkLook, severity: MarkSeverity) => string;
  /** What a look means, leading a marked cell's note. */
  lookNote: (look: MarkLook, severity: MarkSeverity) => string;

  readOnly: string;
  readOnlyChecked: string;
  unaddressable: (tables: string[]) => string;
  unaddressableTable: (index: number, standardName: string) => string;
  skippedCells: (n: number) => string;
  blankTemplate: string;
  noTables: string;
  noFindings: string;
  nothingVisible: string;
  startHint: string;

  filterLabel: string;
  filterToggleLabel: (severity: Severity, n: number) => string;
  showIgnored: (n: number) => string;

  findingsLabel: string;
  /** How the list is worked with the keyboard (its description, and the navigator's tooltips). */
  listKeysHint: string;
  /** A severity band of the list: "1 个错误". */
  bandTitle: (severity: Severity, n: number) => string;
  expandGroup: string;
  collapseGroup: string;
  wholeDocument: string;
  /** Index 1–6; index 0 is the whole document. */
  sectionTitles: string[];
  tableName: (table: "active" | "requests" | "appeals") => string;
  expected: string;
  actual: string;
  blankValue: string;
  suggestion: string;
  cells: string;
  /** After the first `shown` of `total` cells. */
  moreCells: (total: number, shown: number) => string;
  excerpt: string;
  cellPosition: (table: number, row: number, cell: number) => string;
  rule: string;
  ignore: string;
  ignoreLabel: (message: string) => string;
  unignore: string;
  unignoreLabel: (message: string) => string;
  ignoredTag: string;
  currentTag: string;
  selectFindingHint: string;
  cannotLocate: string;

  navigationLabel: string;
  previous: string;
  previousLabel: string;
  previousTooltip: string;
  next: string;
  nextLabel: string;
  nextTooltip: string;
  position: (i: number, n: number) => string;
  noCurrent: (n: number) => string;

  cleared: (n: number, differing: number) => string;
  nothingToClear: string;
  /** Comments of restored marks the host cannot delete (Word below WordApi 1.4). */
  commentsLeft: (n: number) => string;
  keptTitle: (cells: number) => string;
  keptText: (reasons: { reason: KeptReason; cells: number }[], from: "clear" | "mark") => string;
  retryClear: string;
  forgetMarks: string;
  forgotten: (n: number) => string;
  marksMayBeTracked: string;
  staleTitle: string;
  outdated: string;
  outdatedSelect: string;
  copied: string;
  copyFailed: string;

  helpLabel: string;
  helpLink: string;
  diagnosticsLink: string;
  diagnosticsHint: string;

  templateTitle: string;
  templateFormatLabel: string;
  templateFormat: Record<FormatId, string>;
  templateWhere: string;
  templateLooking: string;
  templateExisting: string;
  templateReadOnly: string;
  insert: string;
  insertAnyway: string;
  inserting: string;
  cancel: string;
  inserted: (format: FormatId) => string;

  errorTitle: string;
  errorAnnouncement: (text: string) => string;
  unexpectedError: (detail: string) => string;
  dismiss: string;

  plainTitle: string;
  plainDocument: string;
  plainHeadline: string;
  plainCounts: (counts: Record<Severity, number>) => string;
  plainIgnored: (n: number) => string;
  plainNoFindings: string;
}

const severityZh: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };
const SEVERITIES: Severity[] = ["error", "warning", "info"];
const countsZh = (c: Record<Severity, number>) =>
  SEVERITIES.map((sev) => countWords(c[sev], sev).zh).join("，");
const countsEn = (c: Record<Severity, number>) =>
  SEVERITIES.map((sev) => countWords(c[sev], sev).en).join(", ");
const keptReasonZh: Record<KeptReason, string> = {
  table_not_found: "找不到原来的表格（已删除或改动过大）",
  table_changed: "表格已被修改（单元格文字或行列有变化）",
  restore_failed: "底纹未能恢复",
};
const keptReasonEn: Record<KeptReason, string> = {
  table_not_found: "the table is gone (deleted, or changed beyond recognition)",
  table_changed: "the table was edited (cell texts or its rows and columns changed)",
  restore_failed: "the shading could not be restored",
};
const severityEn: Record<Severity, string> = { error: "Error", warning: "Warning", info: "Info" };
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const severityNounEn: Record<Severity, [string, string]> = {
  error: ["error", "errors"],
  warning: ["warning", "warnings"],
  info: ["info note", "info notes"],
};

const zh: Strings = {
  ...PRIOR_REPORT_WORDS.zh,
  lang: "zh",
  htmlLang: "zh-CN",
  appTitle: "年报校对",
  appSubtitle: "政府信息公开工作年度报告",
  languageSwitch: "English",
  languageSwitchLabel: "Switch to English（切换为英文界面）",
  toolbarLabel: "操作",

  check: "检查年报",
  checkAgain: "重新检查",
  checkLabel: (v) => `${v}：读取文档，检查统计表和正文，标记有问题的单元格`,
  comments: "在单元格上添加批注",
  commentsHint: "批注写明该单元格违反的规则",
  clearMarks: "清除标记",
  clearMarksLabel: "清除标记：恢复被标记单元格的原样",
  insertTemplate: "插入空白模板",
  insertTemplateLabel: "插入空白模板：在光标处插入一套标准统计表",
  copyResults: "复制结果",
  copyResultsLabel: "复制结果：把检查结果作为纯文本复制到剪贴板",
  busy: "正在处理…",

  step: { read: "读取文档", check: "检查", mark: "标记" },
  stepRunning: (step, n, of) =>
    `第 ${n} 步（共 ${of} 步）：${{ read: "正在读取文档", check: "正在检查", mark: "正在标记" }[step]}…`,
  checkDone: (c) => `检查完成：${countsZh(c)}`,

  severity: severityZh,
  severityCount: (s, n) => countWords(n, s).zh,

  summaryLabel: "检查结果摘要",
  formatLabel: "格式",
  formatName: (f) => `${f}年格式（${FORMATS[f].issuedBy}）`,
  formatUnknown: "未能识别",
  yearLabel: "报告年度",
  yearName: (y) => `${y}年`,
  yearUnknown: "未能识别",
  countsLabel: "问题数量",
  // A count and its measure word never part: U+00A0 between them.
  ignoredCount: (n) => `已忽略 ${n}\u00a0条`,
  markedCells: (n) => `已标记 ${n}\u00a0个单元格`,
  scopeLabel: "已检查",
  formatUnknownFact: "未能识别格式",
  yearUnknownFact: "未能识别报告年度",
  marksLabel: "标记",
  ignoredLabel: "忽略",
  tablesAddUp: "统计表齐全，合计与勾稽关系均成立。",
  legendTitle: "文档中的标记",
  lookMeaning: (look, sev) =>
    look === "suspect"
      ? `最可能填错的单元格（${severityZh[sev]}）`
      : look === "involved"
        ? "相关单元格（合计不成立或与正文比对）"
        : "空白单元格（统计数为 0 时应填 0）",
  lookNote: (look) =>
    look === "suspect" ? "最可能填错的单元格" : look === "involved" ? "相关单元格" : "空白单元格",

  readOnly: "文档为只读：可以检查，但不能标记单元格、清除标记或插入模板；忽略的问题只在本次打开期间有效。",
  readOnlyChecked:
    "文档为只读：已检查，未标记单元格；也不能清除标记或插入模板，忽略的问题只在本次打开期间有效。",
  unaddressable: (tables) =>
    `${tables.join("、")}已检查，但无法在文档中准确定位其单元格，因此未标记，也不能跳转到这些单元格。`,
  unaddressableTable: (index, name) => `${name}（文档第 ${index + 1} 个表格）`,
  skippedCells: (n) => `${n} 个单元格所在的表格无法定位，未标记。`,
  blankTemplate: "统计表尚未填写：这是一份空白模板。",
  noTables: "文档中没有找到标准统计表（表二、表三、表四）。",
  noFindings: "没有发现问题。",
  nothingVisible: "没有符合筛选条件的结果。",
  startHint: "打开要检查的年度报告，然后点击“检查年报”。",

  filterLabel: "按严重程度筛选",
  filterToggleLabel: (s, n) => `显示${severityZh[s]}（${n} 条）`,
  showIgnored: (n) => `显示已忽略（${n} 条）`,

  findingsLabel: "检查结果",
  listKeysHint:
    "上下方向键在结果间移动，Enter 在文档中选中；右方向键展开分组或转到“忽略”，左方向键返回；Alt+下方向键 / Alt+上方向键：下一条 / 上一条。",
  bandTitle: (sev, n) => countWords(n, sev).zh,
  expandGroup: "展开，逐个查看",
  collapseGroup: "收起",
  wholeDocument: "全文",
  sectionTitles: ["全文", ...SECTION_NUMBERS.map(standardHeading)],
  tableName: (t) => ({ active: "表二", requests: "表三", appeals: "表四" })[t],
  expected: "应为",
  actual: "实为",
  blankValue: "（空白）",
  suggestion: "建议",
  cells: "单元格",
  moreCells: (total) => `等共 ${total} 个单元格`,
  excerpt: "原文",
  cellPosition: (t, r, c) => `第 ${t + 1} 个表格 第 ${r + 1} 行 第 ${c + 1} 格`,
  rule: "规则",
  ignore: "忽略",
  ignoreLabel: (m) => `忽略此问题：${m}`,
  unignore: "取消忽略",
  unignoreLabel: (m) => `取消忽略：${m}`,
  ignoredTag: "已忽略",
  currentTag: "当前",
  selectFindingHint: "按 Enter 在文档中选中；上下方向键在结果间移动",
  cannotLocate: "该问题所在的表格无法在文档中定位。",

  navigationLabel: "逐条查看",
  previous: "上一条",
  previousLabel: "上一条：在文档中选中上一个问题",
  previousTooltip: "上一条（Alt+↑）",
  next: "下一条",
  nextLabel: "下一条：在文档中选中下一个问题",
  nextTooltip: "下一条（Alt+↓）",
  position: (i, n) => `第 ${i} 条，共 ${n} 条`,
  noCurrent: (n) => `共 ${n} 条`,

  cleared: (n, differing) =>
    `已清除标记，恢复了 ${n}\u00a0个单元格。` +
    (differing > 0 ? `其中 ${differing}\u00a0个单元格恢复后的底纹与原来不同，请查看。` : ""),
  nothingToClear: "文档中没有需要清除的标记。",
  commentsLeft: (n) =>
    `${n}\u00a0条批注无法在此版本的 Word 中删除，仍留在文档中：可以在“审阅”选项卡中删除，或在支持删除批注的 Word 中再次清除标记。`,
  keptTitle: (n) => `${n}\u00a0个单元格的标记未能清除`,
  keptText: (reasons, from) =>
    `${reasons.map((r) => `${keptReasonZh[r.reason]}（${r.cells} 个）`).join("；")}。为免改错单元格，这些标记保留在原处，记录也没有删除。` +
    (from === "clear"
      ? "如果是刚刚修改了表格，撤销修改后点“重试”；否则可以“忘记这些标记”，手动去掉底纹。"
      : "可以“重新检查”再试，或“忘记这些标记”，手动去掉底纹。"),
  retryClear: "重试",
  forgetMarks: "忘记这些标记",
  forgotten: (n) => `已忘记 ${n}\u00a0个单元格的标记记录；这些单元格保持现在的样子。`,
  marksMayBeTracked: "如果文档开启了“修订”，标记会显示为格式修订；可以在检查前关闭修订。",
  staleTitle: "文档已修改",
  outdated: "插入模板后文档已改变：下面的结果来自插入之前，单元格位置可能已变，请重新检查。",
  outdatedSelect: "结果已过时（插入了模板），请重新检查后再定位。",
  copied: "检查结果已复制，可以粘贴到邮件或办公系统中。",
  copyFailed: "无法写入剪贴板。",

  helpLabel: "帮助",
  helpLink: "使用帮助",
  diagnosticsLink: "环境诊断",
  diagnosticsHint: "检查本机是否如加载项所假定的那样工作，生成可发给技术支持的报告",

  templateTitle: "插入空白模板",
  templateFormatLabel: "模板格式",
  templateFormat: {
    "2021": `2021年格式（${FORMATS["2021"].issuedBy}，2021年度及以后的报告）`,
    "2019": `2019年格式（${FORMATS["2019"].issuedBy}，2019、2020年度的报告）`,
  },
  templateWhere: "模板（六个部分的标题和三张标准统计表）将插入在光标处。",
  templateLooking: "正在查看文档中是否已有统计表…",
  templateExisting: "文档中已有标准统计表，仍要插入一套空白模板吗？",
  templateReadOnly: "文档为只读，不能插入模板。",
  insert: "插入",
  insertAnyway: "仍要插入",
  inserting: "正在插入…",
  cancel: "取消",
  inserted: (f) => `已在光标处插入${f}年格式空白模板。`,

  errorTitle: "操作未完成",
  errorAnnouncement: (t) => `操作未完成：${t}`,
  unexpectedError: (d) => `出现意外错误：${d}`,
  dismiss: "关闭",

  plainTitle: "政府信息公开工作年度报告 校对结果",
  plainDocument: "文档",
  plainHeadline: "结论",
  plainCounts: (c) => countsZh(c),
  plainIgnored: (n) => `另有 ${n} 条已忽略，未列出。`,
  plainNoFindings: "没有发现问题。",
};

const en: Strings = {
  ...PRIOR_REPORT_WORDS.en,
  lang: "en",
  htmlLang: "en",
  appTitle: "Annual report check",
  appSubtitle: "Government information disclosure annual report",
  languageSwitch: "中文",
  languageSwitchLabel: "切换为中文（Switch to Chinese）",
  toolbarLabel: "Actions",

  check: "Check report",
  checkAgain: "Check again",
  checkLabel: (v) => `${v}: read the document, check the tables and the text, mark cells with problems`,
  comments: "Add comments to marked cells",
  commentsHint: "Each comment names the rules the cell breaks",
  clearMarks: "Clear marks",
  clearMarksLabel: "Clear marks: restore the marked cells as they were",
  insertTemplate: "Insert blank template",
  insertTemplateLabel: "Insert blank template: insert a set of standard tables at the cursor",
  copyResults: "Copy results",
  copyResultsLabel: "Copy results: copy the findings to the clipboard as plain text",
  busy: "Working…",

  step: { read: "Read document", check: "Check", mark: "Mark" },
  stepRunning: (step, n, of) =>
    `Step ${n} of ${of}: ${{ read: "reading the document", check: "checking", mark: "marking cells" }[step]}…`,
  checkDone: (c) => `Check finished: ${countsEn(c)}`,

  severity: severityEn,
  severityCount: (s, n) => countWords(n, s).en,

  summaryLabel: "Summary",
  formatLabel: "Format",
  formatName: (f) => `${f} format (${FORMATS[f].issuedBy})`,
  formatUnknown: "not recognised",
  yearLabel: "Report year",
  yearName: (y) => String(y),
  yearUnknown: "not found",
  countsLabel: "Findings",
  ignoredCount: (n) => `${n} ignored`,
  markedCells: (n) => `${plural(n, "cell", "cells")} marked`,
  scopeLabel: "Checked",
  formatUnknownFact: "format not recognised",
  yearUnknownFact: "report year not found",
  marksLabel: "Marks",
  ignoredLabel: "Ignored",
  tablesAddUp: "All three tables are there, and their totals and cross-checks hold.",
  legendTitle: "Marks in the document",
  lookMeaning: (look, sev) =>
    look === "suspect"
      ? `the cell most likely wrong (${sev})`
      : look === "involved"
        ? "other cells of a failing total, or compared with the text"
        : "blank cell (write 0 where the count is zero)",
  lookNote: (look) =>
    look === "suspect"
      ? "the cell most likely wrong"
      : look === "involved"
        ? "a cell involved"
        : "a blank cell",

  readOnly:
    "The document is read-only: it can be checked, but cells cannot be marked or unmarked, no template can be inserted, and ignored findings are forgotten when the pane closes.",
  readOnlyChecked:
    "The document is read-only: checked, no cells marked. Marks cannot be cleared nor a template inserted, and ignored findings are forgotten when the pane closes.",
  unaddressable: (tables) =>
    `${tables.join(", ")} ${tables.length === 1 ? "was" : "were"} checked, but its cells cannot be located in the document with certainty: they are not marked and cannot be selected.`,
  unaddressableTable: (index, name) => `${name} (Word table ${index + 1})`,
  skippedCells: (n) => `${plural(n, "cell was", "cells were")} not marked: the table cannot be located.`,
  blankTemplate: "The tables are not filled in: this is a blank template.",
  noTables: "No standard table (Table 2, 3 or 4) was found in the document.",
  noFindings: "No problems found.",
  nothingVisible: "No findings match the filter.",
  startHint: "Open the annual report to check, then choose “Check report”.",

  filterLabel: "Filter by severity",
  filterToggleLabel: (s, n) => `Show ${severityNounEn[s][1]} (${n})`,
  showIgnored: (n) => `Show ignored (${n})`,

  findingsLabel: "Findings",
  listKeysHint:
    "Up and down arrows move between findings, Enter selects one in the document; right arrow opens a group or goes to Ignore, left arrow goes back; Alt+Down / Alt+Up: next / previous.",
  bandTitle: (sev, n) => countWords(n, sev).en,
  expandGroup: "Expand to go through them one by one",
  collapseGroup: "Collapse",
  wholeDocument: "Whole document",
  sectionTitles: [
    "Whole document",
    ...SECTION_NUMBERS.map((n) => `${n}. ${TITLES_EN[n]} (${standardHeading(n)})`),
  ],
  tableName: (t) => ({ active: "Table 2", requests: "Table 3", appeals: "Table 4" })[t],
  expected: "Expected",
  actual: "Found",
  blankValue: "(blank)",
  suggestion: "Suggestion",
  cells: "Cells",
  moreCells: (total, shown) => `and ${total - shown} more (${total} cells)`,
  excerpt: "Text",
  cellPosition: (t, r, c) => `Word table ${t + 1}, row ${r + 1}, cell ${c + 1}`,
  rule: "Rule",
  ignore: "Ignore",
  ignoreLabel: (m) => `Ignore this finding: ${m}`,
  unignore: "Stop ignoring",
  unignoreLabel: (m) => `Stop ignoring: ${m}`,
  ignoredTag: "Ignored",
  currentTag: "Current",
  selectFindingHint: "Press Enter to select it in the document; arrow keys move between findings",
  cannotLocate: "The table of this finding cannot be located in the document.",

  navigationLabel: "Step through findings",
  previous: "Previous",
  previousLabel: "Previous: select the previous finding in the document",
  previousTooltip: "Previous (Alt+Up)",
  next: "Next",
  nextLabel: "Next: select the next finding in the document",
  nextTooltip: "Next (Alt+Down)",
  position: (i, n) => `${i} of ${n}`,
  noCurrent: (n) => plural(n, "finding", "findings"),

  cleared: (n, differing) =>
    `Marks cleared: ${plural(n, "cell", "cells")} restored.` +
    (differing > 0
      ? ` ${plural(differing, "cell looks", "cells look")} different from before after the restore: please look.`
      : ""),
  nothingToClear: "There are no marks to clear.",
  commentsLeft: (n) =>
    `${plural(n, "comment", "comments")} cannot be deleted in this version of Word and stay in the document: delete them on the Review tab, or clear the marks again in a Word that can.`,
  keptTitle: (n) => `The marks of ${plural(n, "cell", "cells")} could not be cleared`,
  keptText: (reasons, from) =>
    `${reasons.map((r) => `${keptReasonEn[r.reason]} (${r.cells})`).join("; ")}. So that no wrong cell is changed, these marks stay, and so does their record. ` +
    (from === "clear"
      ? "If you just edited the table, undo the edit and choose Retry; otherwise choose Forget these marks and remove the shading by hand."
      : "Check again to retry, or choose Forget these marks and remove the shading by hand."),
  retryClear: "Retry",
  forgetMarks: "Forget these marks",
  forgotten: (n) =>
    `The record of ${plural(n, "marked cell", "marked cells")} was dropped; the cells stay as they are.`,
  marksMayBeTracked:
    "If Track Changes is on, the marks show as tracked formatting changes: turn it off before checking if you do not want that.",
  staleTitle: "The document changed",
  outdated: "A template was inserted: these results are from before, and cells may have moved. Check again.",
  outdatedSelect: "These results are out of date (a template was inserted): check again first.",
  copied: "Results copied: paste them into an email or your office system.",
  copyFailed: "Could not write to the clipboard.",

  helpLabel: "Help",
  helpLink: "Help",
  diagnosticsLink: "Diagnostics",
  diagnosticsHint: "Check that this computer works as the add-in assumes, and make a report for support",

  templateTitle: "Insert blank template",
  templateFormatLabel: "Template format",
  templateFormat: {
    "2021": `2021 format (${FORMATS["2021"].issuedBy}; reports for 2021 and later)`,
    "2019": `2019 format (${FORMATS["2019"].issuedBy}; reports for 2019 and 2020)`,
  },
  templateWhere:
    "The template (the six section headings and the three standard tables) is inserted at the cursor.",
  templateLooking: "Looking for tables in the document…",
  templateExisting: "The document already has standard tables. Insert a set of blank tables anyway?",
  templateReadOnly: "The document is read-only: no template can be inserted.",
  insert: "Insert",
  insertAnyway: "Insert anyway",
  inserting: "Inserting…",
  cancel: "Cancel",
  inserted: (f) => `A blank ${f}-format template was inserted at the cursor.`,

  errorTitle: "Not done",
  errorAnnouncement: (t) => `Not done: ${t}`,
  unexpectedError: (d) => `Something unexpected went wrong: ${d}`,
  dismiss: "Dismiss",

  plainTitle: "Government information disclosure annual report: check results",
  plainDocument: "Document",
  plainHeadline: "Result",
  plainCounts: (c) => countsEn(c),
  plainIgnored: (n) => `${plural(n, "more finding is", "more findings are")} ignored and not listed.`,
  plainNoFindings: "No problems found.",
};

export const STRINGS: Record<Lang, Strings> = { zh, en };
