/**
 * Every string the task pane shows or announces, in zh-CN (the default) and English. Components
 * read them through `useStrings()`; the plain-text export uses them directly.
 */
import { SECTION_NUMBERS, standardHeading, TITLES_EN } from "../report/sections";
import { FORMATS } from "../report/formats";
import type { FormatId } from "../report/formats/types";
import type { Severity } from "../report/findings";

export type Lang = "zh" | "en";

export type CheckStep = "read" | "check" | "mark";

export interface Strings {
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
  checkLabel: string;
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
  wholeDocument: string;
  /** Index 1–6; index 0 is the whole document. */
  sectionTitles: string[];
  tableName: (table: "active" | "requests" | "appeals") => string;
  groupLabel: (title: string, n: number) => string;
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
  next: string;
  nextLabel: string;
  position: (i: number, n: number) => string;
  noCurrent: (n: number) => string;

  cleared: (n: number) => string;
  nothingToClear: string;
  copied: string;
  copyFailed: string;

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
  plainCounts: (counts: Record<Severity, number>) => string;
  plainIgnored: (n: number) => string;
  plainNoFindings: string;
}

const severityZh: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };
const severityEn: Record<Severity, string> = { error: "Error", warning: "Warning", info: "Info" };
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const severityNounEn: Record<Severity, [string, string]> = {
  error: ["error", "errors"],
  warning: ["warning", "warnings"],
  info: ["info note", "info notes"],
};

const zh: Strings = {
  lang: "zh",
  htmlLang: "zh-CN",
  appTitle: "年报校对",
  appSubtitle: "政府信息公开工作年度报告",
  languageSwitch: "English",
  languageSwitchLabel: "Switch to English（切换为英文界面）",
  toolbarLabel: "操作",

  check: "检查年报",
  checkAgain: "重新检查",
  checkLabel: "检查年报：读取文档，检查统计表和正文，标记有问题的单元格",
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
  checkDone: (c) => `检查完成：${c.error} 个错误，${c.warning} 个警告，${c.info} 个提示`,

  severity: severityZh,
  severityCount: (s, n) => `${n} 个${severityZh[s]}`,

  summaryLabel: "检查结果摘要",
  formatLabel: "格式",
  formatName: (f) => `${f}年格式（${FORMATS[f].issuedBy}）`,
  formatUnknown: "未能识别",
  yearLabel: "报告年度",
  yearName: (y) => `${y}年`,
  yearUnknown: "未能识别",
  countsLabel: "问题数量",
  ignoredCount: (n) => `已忽略 ${n} 条`,
  markedCells: (n) => `已标记 ${n} 个单元格`,

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
  wholeDocument: "全文",
  sectionTitles: ["全文", ...SECTION_NUMBERS.map(standardHeading)],
  tableName: (t) => ({ active: "表二", requests: "表三", appeals: "表四" })[t],
  groupLabel: (title, n) => `${title}（${n} 条）`,
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
  next: "下一条",
  nextLabel: "下一条：在文档中选中下一个问题",
  position: (i, n) => `第 ${i} 条，共 ${n} 条`,
  noCurrent: (n) => `共 ${n} 条`,

  cleared: (n) => `已清除标记，恢复了 ${n} 个单元格。`,
  nothingToClear: "文档中没有需要清除的标记。",
  copied: "检查结果已复制，可以粘贴到邮件或办公系统中。",
  copyFailed: "无法写入剪贴板。",

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
  plainCounts: (c) => `${c.error} 个错误，${c.warning} 个警告，${c.info} 个提示`,
  plainIgnored: (n) => `另有 ${n} 条已忽略，未列出。`,
  plainNoFindings: "没有发现问题。",
};

const en: Strings = {
  lang: "en",
  htmlLang: "en",
  appTitle: "Annual report check",
  appSubtitle: "Government information disclosure annual report",
  languageSwitch: "中文",
  languageSwitchLabel: "切换为中文（Switch to Chinese）",
  toolbarLabel: "Actions",

  check: "Check report",
  checkAgain: "Check again",
  checkLabel: "Check report: read the document, check the tables and the text, mark cells with problems",
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
  checkDone: (c) =>
    `Check finished: ${plural(c.error, "error", "errors")}, ${plural(c.warning, "warning", "warnings")}, ${plural(c.info, "info note", "info notes")}`,

  severity: severityEn,
  severityCount: (s, n) => plural(n, ...severityNounEn[s]),

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
  wholeDocument: "Whole document",
  sectionTitles: [
    "Whole document",
    ...SECTION_NUMBERS.map((n) => `${n}. ${TITLES_EN[n]} (${standardHeading(n)})`),
  ],
  tableName: (t) => ({ active: "Table 2", requests: "Table 3", appeals: "Table 4" })[t],
  groupLabel: (title, n) => `${title} (${n})`,
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
  next: "Next",
  nextLabel: "Next: select the next finding in the document",
  position: (i, n) => `${i} of ${n}`,
  noCurrent: (n) => plural(n, "finding", "findings"),

  cleared: (n) => `Marks cleared: ${plural(n, "cell", "cells")} restored.`,
  nothingToClear: "There are no marks to clear.",
  copied: "Results copied: paste them into an email or your office system.",
  copyFailed: "Could not write to the clipboard.",

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

  plainTitle: "Government information disclosure annual report — check results",
  plainCounts: (c) =>
    `${plural(c.error, "error", "errors")}, ${plural(c.warning, "warning", "warnings")}, ${plural(c.info, "info note", "info notes")}`,
  plainIgnored: (n) => `${plural(n, "more finding is", "more findings are")} ignored and not listed.`,
  plainNoFindings: "No problems found.",
};

export const STRINGS: Record<Lang, Strings> = { zh, en };
