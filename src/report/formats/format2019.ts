/** 国办公开办函〔2019〕60号 — 格式（试行）, for report years 2019 and 2020. */
import { APPEALS, REQUEST_COLUMNS, REQUEST_ROWS_HEAD, REQUEST_ROWS_TAIL, REQUESTS_NOTE } from "./common";
import type { ColumnDef, FormatDef } from "./types";

const ITEMS_COLUMNS: ColumnDef[] = [
  { id: "prev_items", label: "上一年项目数量", labelEn: "items last year", kind: "count" },
  { id: "change", label: "本年增/减", labelEn: "change this year", kind: "signed" },
  { id: "decisions", label: "处理决定数量", labelEn: "decisions", kind: "count" },
];

export const FORMAT_2019: FormatDef = {
  id: "2019",
  issuedBy: "国办公开办函〔2019〕60号",
  firstYear: 2019,
  lastYear: 2020,
  active: {
    headerLabel: "信息内容",
    blocks: [
      {
        caption: "第二十条第（一）项",
        captionEn: "Article 20 (1)",
        item: "一",
        columns: [
          { id: "made", label: "本年新制作数量", labelEn: "made this year", kind: "count" },
          { id: "published", label: "本年新公开数量", labelEn: "published this year", kind: "count" },
          { id: "total_published", label: "对外公开总数量", labelEn: "total published", kind: "count" },
        ],
        rows: [
          { id: "regulations", label: "规章", labelEn: "rules" },
          { id: "normative_docs", label: "规范性文件", labelEn: "normative documents" },
        ],
      },
      {
        caption: "第二十条第（五）项",
        captionEn: "Article 20 (5)",
        item: "五",
        columns: ITEMS_COLUMNS,
        rows: [
          { id: "licensing", label: "行政许可", labelEn: "administrative licensing" },
          { id: "other_services", label: "其他对外管理服务事项", labelEn: "other public services" },
        ],
      },
      {
        caption: "第二十条第（六）项",
        captionEn: "Article 20 (6)",
        item: "六",
        columns: ITEMS_COLUMNS,
        rows: [
          { id: "penalty", label: "行政处罚", labelEn: "administrative penalties" },
          { id: "coercion", label: "行政强制", labelEn: "administrative coercion" },
        ],
      },
      {
        caption: "第二十条第（八）项",
        captionEn: "Article 20 (8)",
        item: "八",
        columns: ITEMS_COLUMNS.slice(0, 2),
        rows: [{ id: "fees", label: "行政事业性收费", labelEn: "administrative fees" }],
      },
      {
        caption: "第二十条第（九）项",
        captionEn: "Article 20 (9)",
        item: "九",
        columns: [
          { id: "count", label: "采购项目数量", labelEn: "procurement items", kind: "count" },
          // The 2019 format leaves the unit open: 元 or 万元, stated in the header or the cell.
          { id: "amount", label: "采购总金额", labelEn: "total procurement amount", kind: "amount" },
        ],
        rows: [{ id: "procurement", label: "政府集中采购", labelEn: "centralised government procurement" }],
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
      { id: "other", label: "（六）其他处理", labelEn: "(6) other handling", leaf: true },
      ...REQUEST_ROWS_TAIL,
    ],
  },
  appeals: APPEALS,
};
