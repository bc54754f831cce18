/** Every rule the checker reports, with its default severity and a title in both languages. */
import type { Severity } from "./findings";

export interface RuleDef {
  id: string;
  severity: Severity;
  title: string;
  titleEn: string;
  /** True for rules that are not in spec §5 but were added where the spec is silent. */
  extension?: boolean;
}

const rule = (
  id: string,
  severity: Severity,
  title: string,
  titleEn: string,
  extension = false,
): RuleDef => ({
  id,
  severity,
  title,
  titleEn,
  ...(extension ? { extension } : {}),
});

export const RULES: readonly RuleDef[] = [
  rule(
    "requests.balance",
    "error",
    "第一项加第二项之和，等于第三项加第四项之和",
    "new + carried over = results total + carried forward",
  ),
  rule(
    "requests.results_total",
    "error",
    "（七）总计等于各项办理结果之和",
    "(7) total equals the sum of the result rows",
  ),
  rule(
    "requests.row_total",
    "error",
    "总计等于各类申请人之和",
    "the total equals the sum of the applicant columns",
  ),
  rule(
    "appeals.total",
    "error",
    "总计等于结果维持、结果纠正、其他结果、尚未审结之和",
    "the total = upheld + corrected + other + pending",
  ),
  rule("cell.blank", "warning", "单元格空白或为占位符（应填 0）", "blank or placeholder cell (should be 0)"),
  rule("cell.not_number", "error", "单元格内容不是数字", "cell is not a number"),
  rule("cell.malformed", "warning", "数字书写不规范", "number written irregularly"),
  rule("cell.negative", "error", "数量为负数", "negative count"),
  rule("cell.fraction", "error", "数量带小数", "fractional count"),
  rule(
    "amount.decimals",
    "warning",
    "金额（万元）超过四位小数",
    "amount in 10,000 yuan with more than 4 decimals",
  ),
  rule(
    "amount.unit",
    "warning",
    "金额单位与表头不符或未注明",
    "amount unit contradicts the header or is missing",
  ),
  rule("format.outdated", "error", "表格格式与报告年度不符", "table format does not match the report year"),
  rule("format.year_missing", "info", "未能识别报告年度", "report year not found", true),
  rule("table.missing", "error", "缺少统计表", "standard table missing"),
  rule("table.row_missing", "error", "缺少标准行", "standard row missing"),
  rule("table.column_missing", "error", "缺少标准列", "standard column missing"),
  rule("table.extra_row", "info", "非标准行（地方增加）", "non-standard row (local addition)"),
  rule("table.label_changed", "info", "行列名称与标准表述不同", "label differs from the standard wording"),
  rule("table.row_order", "warning", "行的顺序与标准格式不同", "rows out of the standard order", true),
  rule("table.duplicate", "warning", "同一统计表出现多次", "a standard table appears more than once", true),
  rule("section.missing", "error", "缺少章节", "section missing"),
  rule("section.order", "error", "章节顺序错误", "sections out of order"),
  rule("section.number", "warning", "章节编号不规范或重复", "section numbered irregularly or twice"),
  rule("section.title", "info", "章节标题与标准表述不同", "section title differs from the standard"),
  rule("text.numbering", "warning", "正文列举序号不连续或重复", "enumeration out of sequence"),
  rule("text.year", "warning", "正文年份与报告年度不符", "year in the text contradicts the report year"),
  rule("text.table_mismatch", "warning", "正文数字与表格不一致", "number in the text contradicts the table"),
  rule("text.percent", "warning", "正文所述比例与表格数据不符", "share in the text contradicts the tables"),
  rule(
    "text.change",
    "warning",
    "正文所述同比变化与上年度报告不符",
    "year-on-year change in the text contradicts last year's report",
  ),
  rule(
    "text.inconsistent",
    "warning",
    "正文前后数字不一致",
    "the text states one quantity with different numbers",
  ),
  rule("section5.empty", "warning", "第五部分内容过于简单", "section 5 empty or a single sentence"),
  rule(
    "section6.fee",
    "warning",
    "第六部分未说明信息处理费收取情况",
    "section 6 says nothing consistent about the information processing fee",
  ),
  rule(
    "requests.carry_over_prior",
    "warning",
    "上年结转数与上年度报告的结转下年度数不一致",
    "carried over ≠ last year's carried forward",
  ),
  rule(
    "active.in_force_prior",
    "warning",
    "现行有效件数与上年度报告不衔接",
    "in force ≠ last year's in force + issued - repealed",
  ),
];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function ruleDef(id: string): RuleDef {
  const def = BY_ID.get(id);
  if (!def) throw new Error(`unknown rule ${id}`);
  return def;
}
