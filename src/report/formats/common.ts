/** The parts that both formats share. */
import type { AppealsTableDef, ColumnDef, RequestRowDef } from "./types";

export const REQUEST_COLUMNS: ColumnDef[] = [
  { id: "natural", label: "自然人", labelEn: "natural persons", kind: "count" },
  { id: "commercial", label: "商业企业", labelEn: "businesses", kind: "count" },
  { id: "research", label: "科研机构", labelEn: "research institutions", kind: "count" },
  { id: "nonprofit", label: "社会公益组织", labelEn: "non-profit organisations", kind: "count" },
  { id: "legal_service", label: "法律服务机构", labelEn: "legal service providers", kind: "count" },
  { id: "other_org", label: "其他", labelEn: "other organisations", kind: "count" },
  { id: "total", label: "总计", labelEn: "total", kind: "count" },
];

export const REQUESTS_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

const WITHHELD = "（三）不予公开";
const WITHHELD_EN = "(3) withheld";
const UNABLE = "（四）无法提供";
const UNABLE_EN = "(4) cannot be provided";
const NOT_PROCESSED = "（五）不予处理";
const NOT_PROCESSED_EN = "(5) not processed";

const withheld = (id: string, label: string, labelEn: string): RequestRowDef => ({
  id: `withheld.${id}`,
  group: WITHHELD,
  groupEn: WITHHELD_EN,
  label,
  labelEn,
  leaf: true,
});
const unable = (id: string, label: string, labelEn: string): RequestRowDef => ({
  id: `unable.${id}`,
  group: UNABLE,
  groupEn: UNABLE_EN,
  label,
  labelEn,
  leaf: true,
});
const notProcessed = (id: string, label: string, labelEn: string): RequestRowDef => ({
  id: `not_processed.${id}`,
  group: NOT_PROCESSED,
  groupEn: NOT_PROCESSED_EN,
  label,
  labelEn,
  leaf: true,
});

/** Rows from 一、 to （五）不予处理 inclusive. */
export const REQUEST_ROWS_HEAD: RequestRowDef[] = [
  {
    id: "new",
    label: "一、本年新收政府信息公开申请数量",
    labelEn: "1. new requests this year",
    leaf: false,
  },
  {
    id: "carried_over",
    label: "二、上年结转政府信息公开申请数量",
    labelEn: "2. requests carried over from last year",
    leaf: false,
  },
  { id: "granted", label: "（一）予以公开", labelEn: "(1) disclosed", leaf: true },
  {
    id: "partial",
    label: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    labelEn: "(2) partly disclosed",
    leaf: true,
  },
  withheld("state_secret", "1.属于国家秘密", "1. state secret"),
  withheld("law_forbidden", "2.其他法律行政法规禁止公开", "2. forbidden by other laws or regulations"),
  withheld("security_stability", "3.危及“三安全一稳定”", "3. endangers security or stability"),
  withheld("third_party", "4.保护第三方合法权益", "4. protects third parties' rights"),
  withheld("internal_affairs", "5.属于三类内部事务信息", "5. internal affairs"),
  withheld("process_info", "6.属于四类过程性信息", "6. process information"),
  withheld("enforcement_file", "7.属于行政执法案卷", "7. enforcement file"),
  withheld("admin_query", "8.属于行政查询事项", "8. administrative query"),
  unable("not_held", "1.本机关不掌握相关政府信息", "1. not held by this body"),
  unable("needs_creation", "2.没有现成信息需要另行制作", "2. would have to be created"),
  unable("unclear", "3.补正后申请内容仍不明确", "3. still unclear after correction"),
  notProcessed("petition", "1.信访举报投诉类申请", "1. petitions, reports, complaints"),
  notProcessed("repeated", "2.重复申请", "2. repeated requests"),
  notProcessed("publication", "3.要求提供公开出版物", "3. requests for publications"),
  notProcessed("excessive", "4.无正当理由大量反复申请", "4. mass requests without good reason"),
  notProcessed(
    "reissue",
    "5.要求行政机关确认或重新出具已获取信息",
    "5. confirming or reissuing information already obtained",
  ),
];

/** （七）总计 and 四、结转下年度继续办理. */
export const REQUEST_ROWS_TAIL: RequestRowDef[] = [
  { id: "results_total", label: "（七）总计", labelEn: "(7) total", leaf: false },
  {
    id: "carried_forward",
    label: "四、结转下年度继续办理",
    labelEn: "4. carried forward to next year",
    leaf: false,
  },
];

export const APPEALS: AppealsTableDef = {
  groups: [
    { id: "review", label: "行政复议", labelEn: "administrative review", parent: "行政复议" },
    {
      id: "suit_direct",
      label: "未经复议直接起诉",
      labelEn: "lawsuits without prior review",
      parent: "行政诉讼",
    },
    { id: "suit_after_review", label: "复议后起诉", labelEn: "lawsuits after review", parent: "行政诉讼" },
  ],
  columns: [
    { id: "upheld", label: "结果维持", labelEn: "upheld", kind: "count" },
    { id: "corrected", label: "结果纠正", labelEn: "corrected", kind: "count" },
    { id: "other", label: "其他结果", labelEn: "other outcome", kind: "count" },
    { id: "pending", label: "尚未审结", labelEn: "pending", kind: "count" },
    { id: "total", label: "总计", labelEn: "total", kind: "count" },
  ],
};
