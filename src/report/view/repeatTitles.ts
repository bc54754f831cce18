/**
 * How a group of repeats of one rule is named, by rule: "84 个单元格空白（统计数为 0 时应填 0）".
 * `{n}` is the count. A rule without an entry reads "{n} 处：<rule title>".
 */
import { ruleDef } from "../rules";

const TITLES: Record<string, [zh: string, en: string]> = {
  "cell.blank": [
    "{n} 个单元格空白（统计数为 0 时应填 0）",
    "{n} blank cells (write 0 where the count is zero)",
  ],
  "cell.not_number": ["{n} 个单元格不是数字", "{n} cells that are not numbers"],
  "cell.malformed": ["{n} 个单元格数字书写不规范", "{n} numbers written irregularly"],
  "cell.negative": ["{n} 个单元格为负数", "{n} negative counts"],
  "cell.fraction": ["{n} 个单元格数量带小数", "{n} fractional counts"],
  "amount.decimals": ["{n} 个金额超过四位小数", "{n} amounts with more than 4 decimals"],
  "amount.unit": ["{n} 个金额单位与表头不符或未注明", "{n} amounts with a missing or contradicting unit"],
  "requests.balance": [
    "{n} 列不满足「第一项加第二项之和，等于第三项加第四项之和」",
    "{n} columns where new + carried over ≠ results total + carried forward",
  ],
  "requests.results_total": [
    "{n} 列（七）总计不等于各项办理结果之和",
    "{n} columns whose (7) total is not the sum of the results",
  ],
  "requests.row_total": [
    "{n} 行总计不等于各类申请人之和",
    "{n} rows whose total is not the sum of the applicants",
  ],
  "appeals.total": ["{n} 组总计不等于各项结果之和", "{n} groups whose total is not the sum of the outcomes"],
  "table.row_missing": ["缺少 {n} 个标准行", "{n} standard rows missing"],
  "table.column_missing": ["缺少 {n} 个标准列", "{n} standard columns missing"],
  "table.extra_row": ["{n} 个非标准行", "{n} non-standard rows"],
  "table.label_changed": ["{n} 处行列名称与标准表述不同", "{n} labels differ from the standard wording"],
  "table.row_order": ["{n} 处行的顺序与标准格式不同", "{n} rows out of the standard order"],
  "section.number": ["{n} 处章节编号不规范或重复", "{n} section headings numbered irregularly"],
  "section.title": ["{n} 个章节标题与标准表述不同", "{n} section titles differ from the standard"],
  "text.numbering": ["{n} 处列举序号不连续或重复", "{n} enumerations out of sequence"],
  "text.year": ["{n} 处年份与报告年度不符", "{n} years contradicting the report year"],
  "text.table_mismatch": ["{n} 处正文数字与表格不一致", "{n} numbers in the text contradicting the tables"],
};

export function repeatTitle(rule: string, n: number): { zh: string; en: string } {
  const entry = TITLES[rule];
  if (entry) return { zh: entry[0].replace("{n}", String(n)), en: entry[1].replace("{n}", String(n)) };
  const def = ruleDef(rule);
  return { zh: `${n} 处：${def.title}`, en: `${n} × ${def.titleEn}` };
}
