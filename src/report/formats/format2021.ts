/** 国办公开办函〔2021〕30号 — the format in force for report years 2021 and later. */
import { APPEALS, REQUEST_COLUMNS, REQUEST_ROWS_HEAD, REQUEST_ROWS_TAIL, REQUESTS_NOTE } from "./common";
import type { ColumnDef, FormatDef } from "./types";

const DECISIONS: ColumnDef[] = [
  { id: "decisions", label: "本年处理决定数量", labelEn: "decisions this year", kind: "count" },
];
const OTHER = "（六）其他处理";
const OTHER_EN = "(6) other handling";

export const FORMAT_2021: FormatDef = {
  id: "2021",
  issuedBy: "国办公开办函〔2021〕30号",
  firstYear: 2021,
  active: {
    headerLabel: "信息内容",
    blocks: [
      {
        caption: "第二十条第（一）项",
        captionEn: "Article 20 (1)",
        item: "一",
        columns: [
          { id: "issued", label: "本年制发件数", labelEn: "issued this year", kind: "count" },
          { id: "repealed", label: "本年废止件数", labelEn: "repealed this year", kind: "count" },
          { id: "in_force", label: "现行有效件数", labelEn: "in force", kind: "count" },
        ],
        rows: [
          { id: "regulations", label: "规章", labelEn: "rules" },
          { id: "normative_docs", label: "行政规范性文件", labelEn: "administrative normative documents" },
        ],
      },
      {
        caption: "第二十条第（五）项",
        captionEn: "Article 20 (5)",
        item: "五",
        columns: DECISIONS,
        rows: [{ id: "licensing", label: "行政许可", labelEn: "administrative licensing" }],
      },
      {
        caption: "第二十条第（六）项",
        captionEn: "Article 20 (6)",
        item: "六",
        columns: DECISIONS,
        rows: [
          { id: "penalty", label: "行政处罚", labelEn: "administrative penalties" },
          { id: "coercion", label: "行政强制", labelEn: "administrative coercion" },
        ],
      },
      {
        caption: "第二十条第（八）项",
        captionEn: "Article 20 (8)",
        item: "八",
        columns: [
          {
            id: "amount",
            label: "本年收费金额（单位：万元）",
            labelEn: "fees collected this year (10,000 yuan)",
            kind: "amount",
            unit: "万元",
          },
        ],
        rows: [{ id: "fees", label: "行政事业性收费", labelEn: "administrative fees" }],
      },
    ],
  },
  requests: {
    note: REQUESTS_NOTE,
    applicantHeader: "申请人情况",
    orgHeader: "法人或其他组织",
    columns: REQUEST_COLUMNS,
    resultsLabel: "三、本年度办理结果",
    rows: [
      ...REQUEST_ROWS_HEAD,
      {
        id: "other.no_correction",
        group: OTHER,
        groupEn: OTHER_EN,
        label: "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        labelEn: "1. not corrected in time without good reason",
        leaf: true,
      },
      {
        id: "other.unpaid_fee",
        group: OTHER,
        groupEn: OTHER_EN,
        label: "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        labelEn: "2. fee not paid in time",
        leaf: true,
      },
      {
        id: "other.other",
        group: OTHER,
        groupEn: OTHER_EN,
        label: "3.其他",
        labelEn: "3. other",
        leaf: true,
      },
      ...REQUEST_ROWS_TAIL,
    ],
  },
  appeals: APPEALS,
};
