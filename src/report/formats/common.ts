/** The parts that both formats share. */
import type { AppealsTableDef, ColumnDef, RequestRowDef } from "./types";

export const REQUEST_COLUMNS: ColumnDef[] = [
  { id: "natural", label: "自然人", kind: "count" },
  { id: "commercial", label: "商业企业", kind: "count" },
  { id: "research", label: "科研机构", kind: "count" },
  { id: "nonprofit", label: "社会公益组织", kind: "count" },
  { id: "legal_service", label: "法律服务机构", kind: "count" },
  { id: "other_org", label: "其他", kind: "count" },
  { id: "total", label: "总计", kind: "count" },
];

export const REQUESTS_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

const WITHHELD = "（三）不予公开";
const UNABLE = "（四）无法提供";
const NOT_PROCESSED = "（五）不予处理";

/** Rows from 一、 to （五）不予处理 inclusive. */
export const REQUEST_ROWS_HEAD: RequestRowDef[] = [
  { id: "new", label: "一、本年新收政府信息公开申请数量", leaf: false },
  { id: "carried_over", label: "二、上年结转政府信息公开申请数量", leaf: false },
  { id: "granted", label: "（一）予以公开", leaf: true },
  { id: "partial", label: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", leaf: true },
  { id: "withheld.state_secret", group: WITHHELD, label: "1.属于国家秘密", leaf: true },
  { id: "withheld.law_forbidden", group: WITHHELD, label: "2.其他法律行政法规禁止公开", leaf: true },
  { id: "withheld.security_stability", group: WITHHELD, label: "3.危及“三安全一稳定”", leaf: true },
  { id: "withheld.third_party", group: WITHHELD, label: "4.保护第三方合法权益", leaf: true },
  { id: "withheld.internal_affairs", group: WITHHELD, label: "5.属于三类内部事务信息", leaf: true },
  { id: "withheld.process_info", group: WITHHELD, label: "6.属于四类过程性信息", leaf: true },
  { id: "withheld.enforcement_file", group: WITHHELD, label: "7.属于行政执法案卷", leaf: true },
  { id: "withheld.admin_query", group: WITHHELD, label: "8.属于行政查询事项", leaf: true },
  { id: "unable.not_held", group: UNABLE, label: "1.本机关不掌握相关政府信息", leaf: true },
  { id: "unable.needs_creation", group: UNABLE, label: "2.没有现成信息需要另行制作", leaf: true },
  { id: "unable.unclear", group: UNABLE, label: "3.补正后申请内容仍不明确", leaf: true },
  { id: "not_processed.petition", group: NOT_PROCESSED, label: "1.信访举报投诉类申请", leaf: true },
  { id: "not_processed.repeated", group: NOT_PROCESSED, label: "2.重复申请", leaf: true },
  { id: "not_processed.publication", group: NOT_PROCESSED, label: "3.要求提供公开出版物", leaf: true },
  { id: "not_processed.excessive", group: NOT_PROCESSED, label: "4.无正当理由大量反复申请", leaf: true },
  {
    id: "not_processed.reissue",
    group: NOT_PROCESSED,
    label: "5.要求行政机关确认或重新出具已获取信息",
    leaf: true,
  },
];

/** （七）总计 and 四、结转下年度继续办理. */
export const REQUEST_ROWS_TAIL: RequestRowDef[] = [
  { id: "results_total", label: "（七）总计", leaf: false },
  { id: "carried_forward", label: "四、结转下年度继续办理", leaf: false },
];

export const APPEALS: AppealsTableDef = {
  groups: [
    { id: "review", label: "行政复议", parent: "行政复议" },
    { id: "suit_direct", label: "未经复议直接起诉", parent: "行政诉讼" },
    { id: "suit_after_review", label: "复议后起诉", parent: "行政诉讼" },
  ],
  columns: [
    { id: "upheld", label: "结果维持", kind: "count" },
    { id: "corrected", label: "结果纠正", kind: "count" },
    { id: "other", label: "其他结果", kind: "count" },
    { id: "pending", label: "尚未审结", kind: "count" },
    { id: "total", label: "总计", kind: "count" },
  ],
};
