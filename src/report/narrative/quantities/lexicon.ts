/**
 * The words the quantity reader knows, as data. Subjects (what a number counts) come from the
 * formats' own row and column labels (src/report/formats), plus the short names and synonyms
 * reports use; the rest are the function words of the grammar (verbs, fillers, list words,
 * comparisons, shares, times). A word that is not here is unknown, and an unknown word next to a
 * number makes the number unreadable: it may be a subset (a channel, an office, a topic), so the
 * number is not checked. Every term is written as the text reads after normalisation (no
 * whitespace, half-width brackets and punctuation).
 */
import { FORMAT_2019, FORMAT_2021, requestRowEn } from "../../formats";
import type { FormatDef, TableId } from "../../formats/types";

/** A set of table rows a subject names: one row, a group of rows, or several groups. */
export interface RowConcept {
  /** `requests.granted`, `requests.withheld`, `appeals.suits`, `active.normative_docs`. */
  id: string;
  table: TableId;
  /** Row ids; `x.*` stands for every row under `x`. Ids a format lacks are dropped for it. */
  rows: string[];
  /** The enclosing concept (`requests.withheld` for `requests.withheld.third_party`). */
  parent?: string;
  /** The standard's wording, for messages; in English. */
  label: string;
  labelEn: string;
  /** Active table: the column a bare count of this row means, by unit (`行政处罚23件` → decisions). */
  countCols?: string[];
  moneyCols?: string[];
}

/** A set of table columns a qualifier names: an applicant type, an appeal outcome, a 第二十条 column. */
export interface ColConcept {
  id: string;
  table: TableId;
  /** Column ids; ids a format lacks are dropped for it (`issued` is 2021, `made` 2019). */
  cols: string[];
  label: string;
  labelEn: string;
  /**
   * A soft qualifier only sharpens a subject of its own table and is read past elsewhere
   * (`作出不予公开决定6件`: 决定 is not table 二's decisions there).
   */
  soft?: boolean;
}

/**
 * What a verb does to a subject, per table: name a row, name columns, nothing, block, or nothing
 * provided the row is named some other way (`withRow`).
 */
export type VerbEffect = { row: string } | { cols: string[] } | "neutral" | "block" | "withRow";

export interface VerbDef {
  id: string;
  terms: string[];
  effect: Record<TableId, VerbEffect>;
  /** With `总数` in the same subject (2019 `对外公开规范性文件总数`), the columns it names instead. */
  withTotal?: string[];
}

/** Strips an enumeration (`（一）` `1.` `一、`) and a trailing note in brackets from a label. */
export function labelCore(label: string): string {
  return normTerm(label)
    .replace(/^(?:\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、|\d+[.、])/, "")
    .replace(/\([^)]*\)$/, "");
}

/** A term as normalised text reads: no whitespace, full-width ASCII folded. */
export function normTerm(s: string): string {
  return s
    .replace(/[\s\u3000“”‘’"'「」《》]+/g, "")
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** Short names and synonyms of the rows, beyond the labels themselves. */
const ROW_SYNONYMS: Record<string, string[]> = {
  "requests.new": ["新收", "本年新收", "新接收"],
  "requests.carried_over": [
    "上年结转",
    "上一年结转",
    "上年度结转",
    "上一年度结转",
    "从上年结转",
    "去年结转",
    "往年结转",
    "上年度转入",
    "上年转入",
    "结转自上年",
    "结转至本年度",
    "结转到本年度",
    "结转至本年",
    "转入本年度",
  ],
  "requests.carried_forward": [
    "结转下年度继续办理",
    "结转下年度",
    "结转下一年度",
    "结转下年",
    "结转至下年度",
    "结转到下年度",
    "结转至下一年度",
    "结转到下一年度",
    "结转至下年",
    "结转至次年",
    "结转次年",
    "转入下年度",
    "转至下年度",
    "顺延至下年度",
    "结转下年度办理",
    "尚在办理",
    "正在办理",
    "尚未办结",
    "未办结",
    "仍在办理",
    "尚在办理中",
    "正在办理中",
    "仍在办理中",
    "结转至",
    "结转到",
  ],
  "requests.granted": ["予以公开", "全部公开", "同意公开", "予以全部公开", "全部予以公开"],
  "requests.partial": ["部分公开", "予以部分公开", "部分予以公开"],
  "requests.withheld": ["不予公开", "不予以公开", "决定不予公开"],
  "requests.withheld.state_secret": ["属于国家秘密", "国家秘密", "涉及国家秘密"],
  "requests.withheld.law_forbidden": ["法律行政法规禁止公开", "其他法律行政法规禁止公开"],
  "requests.withheld.security_stability": ["危及三安全一稳定", "三安全一稳定"],
  "requests.withheld.third_party": [
    "保护第三方合法权益",
    "第三方合法权益",
    "涉及第三方合法权益",
    "损害第三方合法权益",
  ],
  "requests.withheld.internal_affairs": ["属于三类内部事务信息", "三类内部事务信息", "内部事务信息"],
  "requests.withheld.process_info": ["属于四类过程性信息", "四类过程性信息", "过程性信息"],
  "requests.withheld.enforcement_file": ["属于行政执法案卷", "行政执法案卷"],
  "requests.withheld.admin_query": ["属于行政查询事项", "行政查询事项"],
  "requests.unable": ["无法提供"],
  "requests.unable.not_held": [
    "本机关不掌握相关政府信息",
    "不掌握相关政府信息",
    "本机关不掌握",
    "不掌握相关信息",
    "信息不存在",
    "政府信息不存在",
  ],
  "requests.unable.needs_creation": ["没有现成信息需要另行制作", "需要另行制作", "需另行制作"],
  "requests.unable.unclear": ["补正后申请内容仍不明确", "申请内容仍不明确", "申请内容不明确"],
  "requests.not_processed": ["不予处理", "不予以处理"],
  "requests.not_processed.petition": ["信访举报投诉类申请", "信访举报投诉类", "信访举报投诉"],
  "requests.not_processed.repeated": ["重复申请"],
  "requests.not_processed.publication": ["要求提供公开出版物", "公开出版物"],
  "requests.not_processed.excessive": ["无正当理由大量反复申请", "大量反复申请"],
  "requests.not_processed.reissue": ["要求行政机关确认或重新出具已获取信息", "重新出具已获取信息"],
  "requests.other": ["其他处理"],
  "requests.other.no_correction": [
    "申请人无正当理由逾期不补正",
    "逾期不补正",
    "无正当理由逾期不补正",
    "逾期未补正",
    "申请人逾期未补正",
  ],
  "requests.other.unpaid_fee": [
    "申请人逾期未按收费通知要求缴纳费用",
    "逾期未按收费通知要求缴纳费用",
    "逾期未缴纳费用",
    "逾期未缴费",
  ],
  "appeals.review": ["行政复议", "复议"],
  "appeals.suits": ["行政诉讼", "诉讼", "行政应诉"],
  "appeals.suit_direct": [
    "未经复议直接起诉",
    "直接起诉",
    "直接提起行政诉讼",
    "未经复议直接提起行政诉讼",
    "未经复议直接提起诉讼",
  ],
  "appeals.suit_after_review": [
    "复议后起诉",
    "经复议后起诉",
    "复议后提起行政诉讼",
    "经复议后提起行政诉讼",
    "复议后提起诉讼",
  ],
  "active.regulations": ["规章", "政府规章"],
  "active.normative_docs": ["行政规范性文件", "规范性文件"],
  "active.licensing": ["行政许可"],
  "active.other_services": ["其他对外管理服务事项", "对外管理服务事项"],
  "active.penalty": ["行政处罚"],
  "active.coercion": ["行政强制", "行政强制措施"],
  "active.fees": ["行政事业性收费"],
  "active.procurement": ["政府集中采购", "集中采购"],
};

/** Column qualifiers: short names and synonyms, beyond the labels. */
const COL_SYNONYMS: Record<string, string[]> = {
  "requests.natural": ["自然人", "公民个人", "个人"],
  "requests.commercial": ["商业企业", "企业"],
  "requests.research": ["科研机构"],
  "requests.nonprofit": ["社会公益组织", "公益组织"],
  "requests.legal_service": ["法律服务机构"],
  "requests.org": ["法人或其他组织", "法人或者其他组织", "法人和其他组织", "法人及其他组织", "法人"],
  "appeals.upheld": ["结果维持", "维持", "予以维持", "维持原行政行为", "维持原决定"],
  "appeals.corrected": ["结果纠正", "纠正", "被纠正", "被纠错", "纠错", "予以纠正"],
  "appeals.other": ["其他结果"],
  "appeals.pending": ["尚未审结", "未审结", "正在审理", "审理中", "尚在审理", "尚在审理中", "正在审理中"],
  "active.decisions": ["处理决定", "决定", "处理决定数量", "决定书"],
  "active.case": ["案件", "案"],
  "active.amount": ["收费金额", "金额", "收费总额", "收费"],
  "active.in_force": ["现行有效", "有效", "现有", "现存"],
  "active.published": ["新公开", "本年新公开"],
  "active.total_published": ["对外公开总数", "对外公开总数量"],
  "active.count": ["采购项目", "项目"],
};

/** Column concepts that are not a single standard column. */
const EXTRA_COLS: ColConcept[] = [
  {
    id: "requests.org",
    table: "requests",
    cols: ["commercial", "research", "nonprofit", "legal_service", "other_org"],
    label: "法人或其他组织",
    labelEn: "legal persons and other organisations",
  },
  // 案件 sharpens nothing: 行政复议案件, 行政处罚案件.
  { id: "active.case", table: "active", cols: [], label: "案件", labelEn: "cases", soft: true },
];

/** Qualifiers that only sharpen a subject of their own table (see `ColConcept.soft`). */
const SOFT_COLS = new Set(["active.decisions", "active.case"]);

/** Standard labels too generic to be a subject on their own. */
const LABELS_NOT_TERMS = new Set(["其他", "总计", "本年增/减", "上一年项目数量", "上一年项目"]);

/** Active-table rows: the column a bare count means. 规章 and 行政规范性文件 have none (制发? 有效?). */
const ACTIVE_DEFAULTS: Record<string, Pick<RowConcept, "countCols" | "moneyCols">> = {
  licensing: { countCols: ["decisions"] },
  other_services: { countCols: ["decisions"] },
  penalty: { countCols: ["decisions"] },
  coercion: { countCols: ["decisions"] },
  fees: { moneyCols: ["amount"] },
  procurement: { countCols: ["count"] },
};

/** Columns read only with a verb or a qualifier (never by default) and never checked. */
const ACTIVE_COLS_SKIPPED = new Set(["prev_items", "change"]);

export const VERBS: VerbDef[] = [
  {
    id: "receive",
    terms: ["收到", "受理", "接收", "接到", "收悉", "共收到", "新收到", "登记", "接收到", "受理了", "收到了"],
    effect: { requests: { row: "requests.new" }, appeals: "neutral", active: "block" },
  },
  {
    id: "finish",
    terms: [
      "办结",
      "已办结",
      "办理完毕",
      "办理完成",
      "办理完结",
      "答复",
      "已答复",
      "作出答复",
      "予以答复",
      "完成答复",
      "答复完毕",
      "处理完毕",
    ],
    effect: { requests: { row: "requests.results_total" }, appeals: "block", active: "block" },
  },
  {
    id: "handle",
    terms: ["办理", "处理", "承办", "办理了"],
    // 办理申请N件 may count the carried-over requests too: not read as one row.
    effect: { requests: "withRow", appeals: "neutral", active: { cols: ["decisions"] } },
  },
  {
    id: "decide",
    terms: ["作出", "做出", "作出了", "下达", "实施", "实施了", "依法作出", "出具"],
    effect: { requests: "neutral", appeals: "block", active: { cols: ["decisions"] } },
  },
  {
    id: "issue",
    terms: [
      "制发",
      "印发",
      "出台",
      "制定",
      "新制定",
      "新制发",
      "制作",
      "新制作",
      "本年制发",
      "本年新制作",
      "制定出台",
      "制定印发",
      "制发了",
      "印发了",
      "出台了",
    ],
    effect: { requests: "block", appeals: "block", active: { cols: ["issued", "made"] } },
  },
  {
    id: "repeal",
    terms: ["废止", "废除", "宣布废止", "宣布失效", "本年废止", "废止了"],
    effect: { requests: "block", appeals: "block", active: { cols: ["repealed"] } },
  },
  {
    id: "publish",
    terms: ["公开", "公示", "发布", "对外公开", "主动公开", "公布", "上网", "发布了", "公开了"],
    effect: { requests: "block", appeals: "block", active: "block" },
    withTotal: ["total_published"],
  },
  {
    id: "occur",
    terms: [
      "发生",
      "引发",
      "产生",
      "涉及",
      "提起",
      "被提起",
      "被申请",
      "申请了",
      "出现",
      "遇到",
      "发生了",
      "引起",
      "提出",
      "提交",
      "提起了",
      "被诉",
    ],
    effect: { requests: "neutral", appeals: "neutral", active: "block" },
  },
  {
    id: "charge",
    terms: ["收取", "征收", "收缴", "收取了"],
    effect: { requests: "block", appeals: "block", active: { cols: ["amount"] } },
  },
  {
    id: "procure",
    terms: ["采购", "实施采购", "组织采购"],
    effect: { requests: "block", appeals: "block", active: "neutral" },
  },
];

/** The function words of the grammar, by role. */
export const FUNCTION_WORDS = {
  /** The request itself: a subject of table 三 (`政府信息公开申请`). */
  noun: [
    "政府信息公开申请",
    "信息公开申请",
    "依申请公开申请",
    "依申请公开",
    "依申请公开件",
    "依申请公开事项",
    "政府信息公开申请件",
    "公开申请",
    "申请公开",
    "政府信息申请",
    "申请事项",
    "申请量",
    "申请数",
    "政府信息公开申请量",
    "信息公开申请量",
    "依申请公开量",
    "依申请公开数量",
  ],
  /** `申请` alone: the request, but says nothing about which row. */
  bareNoun: ["申请", "申请件", "件申请", "申请人", "申请数量", "申请件数"],
  /** Words that add nothing to what is counted. */
  fill: [
    "有",
    "为",
    "是",
    "达",
    "达到",
    "共达",
    "计",
    "了",
    "的",
    "已",
    "已经",
    "全部",
    "均已",
    "依法",
    "依规",
    "依法依规",
    "另有",
    "另",
    "还有",
    "此外",
    "同时",
    "并",
    "且",
    "也",
    "又",
    "因",
    "由于",
    "政府信息公开",
    "信息公开",
    "政务公开",
    "政府信息",
    "工作",
    "情况",
    "相关",
    "有关",
    "类",
    "方面的",
    "数量",
    "件数",
    "数",
    "总数量",
    "申请主体",
    "申请人类型",
    "办理结果",
    "结果",
    "案件数",
    "案件数量",
    "属于",
    "事件",
    "共有",
    "一是",
    "二是",
    "三是",
    "四是",
    "五是",
    "六是",
    "七是",
    "八是",
    "九是",
    "十是",
    "其一",
    "其二",
    "其三",
    "继续办理",
    "予以",
    "告知",
    "不再处理",
    "行政机关不再处理",
    "截至",
    "截止",
    "作为被申请人",
    "作为被申请人的",
    "作为被告",
    "当事人",
    "被",
    "起",
    "所",
    "而",
    "向",
    "对",
    "我们",
    "本机关",
    "本级",
    "本级政府",
    "本部门",
    "本单位",
  ],
  /** List separators between subjects or numbers. */
  sep: ["和", "及", "与", "以及", "或", "跟", "同"],
  /** A total over the subjects before it. */
  sum: ["共", "共计", "合计", "总计", "一共", "总共", "共有", "总共有", "合共", "累计", "全年累计", "累计共"],
  /** `A、B、C分别为x件、y件、z件`. */
  respectively: ["分别为", "分别是", "分别", "分别有", "分别达", "依次为"],
  /** `A、B均为N件`: each of them is N. */
  each: ["均为", "均是", "各", "各为", "都是", "均有", "各有", "均"],
  /** A part of the count just stated. */
  subset: ["其中", "这其中", "其中有"],
  /** `（含上年结转4件）`: the number before also counts these. */
  include: ["含", "包括", "包含", "内含"],
  /** A comparison with another period. */
  compare: [
    "较",
    "比",
    "同比",
    "较上年",
    "比上年",
    "较去年",
    "比去年",
    "较上一年",
    "比上一年",
    "较上年度",
    "比上年度",
    "较上一年度",
    "与上年相比",
    "与去年相比",
    "与上一年相比",
    "与上年度相比",
    "与上一年度相比",
    "较上年同期",
    "较去年同期",
    "与上年同期相比",
    "与去年同期相比",
    "同上年相比",
    "和上年相比",
    "相比上年",
    "相较上年",
    "相较于上年",
    "相比去年",
    "与上年",
    "与去年",
    "和上年",
    "同上年",
    "与上一年",
    "与上年度",
    "与上一年度",
  ],
  up: ["增加", "增长", "上升", "提高", "增多", "多", "多出", "增加了", "增长了", "上升了", "提升"],
  down: ["减少", "下降", "降低", "减少了", "下降了", "降低了", "少", "回落"],
  flat: ["持平", "基本持平", "保持不变", "相同", "一致"],
  /** A share of something. */
  share: ["占", "占比", "占比为", "比例", "比例为", "所占比例", "比重", "占到", "所占比重", "占比达"],
  /** The whole a share is taken of, when it is not named (`占总数的`). */
  whole: [
    "总数",
    "总量",
    "总数的",
    "全部",
    "所有",
    "总体",
    "全部申请",
    "总和",
    "全年总数",
    "申请总数",
    "总件数",
  ],
  neg: ["未", "没有", "无", "均未", "暂无", "未曾", "从未", "并未", "尚未", "没有发生"],
  /** The report's own year. */
  thisYear: [
    "本年",
    "本年度",
    "全年",
    "今年",
    "当年",
    "年内",
    "年度内",
    "本年内",
    "全年度",
    "报告期内",
    "本报告期内",
    "统计期内",
    "本统计期内",
    "年度",
    "截至年底",
    "截至年末",
    "截至本年底",
    "截至本年末",
    "截止年底",
    "截止年末",
    "截至目前",
    "年底",
    "年末",
    "至年底",
    "截至12月31日",
    "截止12月31日",
    "年底前",
    "年末前",
  ],
  /** Another period: another year, several years, part of the year, an average. */
  otherTime: [
    "上年",
    "去年",
    "上一年",
    "上年度",
    "上一年度",
    "前年",
    "历年",
    "以往",
    "往年",
    "同期",
    "上半年",
    "下半年",
    "一季度",
    "二季度",
    "三季度",
    "四季度",
    "第一季度",
    "第二季度",
    "第三季度",
    "第四季度",
    "季度",
    "月份",
    "以来",
    "近年来",
    "近年",
    "多年来",
    "近三年",
    "近五年",
    "三年来",
    "五年来",
    "当月",
    "本月",
    "每月",
    "月均",
    "平均",
    "日均",
    "年均",
    "每年",
    "明年",
    "下一年",
    "下年",
    "次年",
  ],
  /** Not an exact count. */
  approx: [
    "约",
    "近",
    "大约",
    "约为",
    "超过",
    "逾",
    "余",
    "左右",
    "以上",
    "以下",
    "不足",
    "将近",
    "接近",
    "至少",
    "最多",
    "多达",
    "上下",
    "不到",
    "不少于",
    "以内",
  ],
  /** `在自然人申请中，` `从办理结果看，`: a frame for the numbers after it. */
  frameStart: ["在", "从", "按", "按照", "就", "针对", "对于"],
  frameEnd: [
    "中",
    "当中",
    "之中",
    "方面",
    "看",
    "来看",
    "而言",
    "来说",
    "里",
    "分",
    "划分",
    "情况看",
    "上看",
    "上",
  ],
  /** Words that contain a subject word but are something else. */
  stop: [
    "规章制度",
    "其他组织",
    "其他部门",
    "信息处理费",
    "新增",
    "事项",
    "人次",
    "意见建议",
    "咨询",
    "行政复议决定书",
    "行政许可事项",
    "行政处罚事项",
    "行政强制事项",
    "权力事项",
    "政务服务事项",
    "规范性文件备案",
    "行政诉讼法",
    "行政复议法",
  ],
} as const;

export type FunctionRole = keyof typeof FUNCTION_WORDS;

// ---- Concepts built from the formats' labels ----

export interface Lexicon {
  rows: Map<string, RowConcept>;
  cols: Map<string, ColConcept>;
  /** Subject terms: term → concept id (rows prefixed `row:`, columns `col:`). */
  subjectTerms: Map<string, string>;
}

let built: Lexicon | undefined;

export function lexicon(): Lexicon {
  if (!built) built = buildLexicon([FORMAT_2021, FORMAT_2019]);
  return built;
}

function buildLexicon(formats: FormatDef[]): Lexicon {
  const rows = new Map<string, RowConcept>();
  const cols = new Map<string, ColConcept>();
  const terms = new Map<string, string>();
  const addTerm = (term: string, id: string) => {
    const t = normTerm(term);
    if (t && !LABELS_NOT_TERMS.has(t) && !terms.has(t)) terms.set(t, id);
  };
  const addRow = (c: RowConcept, labels: string[]) => {
    const known = rows.get(c.id);
    if (known) {
      for (const r of c.rows) if (!known.rows.includes(r)) known.rows.push(r);
    } else rows.set(c.id, c);
    for (const l of labels) for (const t of labelTerms(l)) addTerm(t, `row:${c.id}`);
  };
  const addCol = (c: ColConcept, labels: string[]) => {
    const known = cols.get(c.id);
    if (known) {
      for (const x of c.cols) if (!known.cols.includes(x)) known.cols.push(x);
    } else cols.set(c.id, c);
    for (const l of labels) for (const t of labelTerms(l)) addTerm(t, `col:${c.id}`);
  };

  // Synonyms first: where a label and a synonym share a term, the synonym's meaning is the intended one.
  for (const f of formats) {
    for (const row of f.requests.rows) {
      const id = `requests.${row.id}`;
      const groupId = row.id.includes(".") ? `requests.${row.id.split(".")[0]}` : undefined;
      if (groupId && row.group)
        addRow(
          {
            id: groupId,
            table: "requests",
            rows: [`${groupId.slice(9)}.*`],
            label: row.group,
            labelEn: row.groupEn ?? row.group,
          },
          [row.group],
        );
      // 2019's single （六）其他处理 row and 2021's group share one concept.
      const conceptId = row.id === "other" ? "requests.other" : id;
      addRow(
        {
          id: conceptId,
          table: "requests",
          rows: [row.id],
          label: row.group ? `${row.group} ${row.label}` : shortLabel(row.label),
          labelEn: requestRowEn(row),
          ...(groupId ? { parent: groupId } : {}),
        },
        row.group && labelCore(row.label) === "其他" ? [] : [row.label],
      );
    }
    for (const col of f.requests.columns)
      if (col.id !== "total" && col.id !== "other_org")
        addCol(
          {
            id: `requests.${col.id}`,
            table: "requests",
            cols: [col.id],
            label: col.label,
            labelEn: col.labelEn,
          },
          [col.label],
        );
    for (const g of f.appeals.groups) {
      const parentId = g.parent !== g.label ? `appeals.${suitsId(g.parent)}` : undefined;
      if (parentId)
        addRow({ id: parentId, table: "appeals", rows: [g.id], label: g.parent, labelEn: "lawsuits" }, [
          g.parent,
        ]);
      addRow(
        {
          id: `appeals.${g.id}`,
          table: "appeals",
          rows: [g.id],
          label: g.label,
          labelEn: g.labelEn,
          ...(parentId ? { parent: parentId } : {}),
        },
        [g.label],
      );
    }
    for (const col of f.appeals.columns)
      if (col.id !== "total")
        addCol(
          {
            id: `appeals.${col.id}`,
            table: "appeals",
            cols: [col.id],
            label: col.label,
            labelEn: col.labelEn,
          },
          [col.label],
        );
    for (const block of f.active.blocks) {
      for (const row of block.rows)
        addRow(
          {
            id: `active.${row.id}`,
            table: "active",
            rows: [row.id],
            label: row.label,
            labelEn: row.labelEn,
            ...ACTIVE_DEFAULTS[row.id],
          },
          [row.label],
        );
      for (const col of block.columns)
        if (!ACTIVE_COLS_SKIPPED.has(col.id))
          addCol(
            {
              id: `active.${col.id}`,
              table: "active",
              cols: [col.id],
              label: col.label,
              labelEn: col.labelEn,
            },
            [col.label],
          );
    }
  }
  for (const c of EXTRA_COLS) addCol({ ...c, cols: [...c.cols] }, []);
  for (const id of SOFT_COLS) {
    const c = cols.get(id);
    if (c) c.soft = true;
  }
  // The synonyms override label-derived terms.
  for (const [id, list] of Object.entries(ROW_SYNONYMS)) {
    if (!rows.has(id)) throw new Error(`lexicon: no row concept ${id}`);
    for (const t of list) terms.set(normTerm(t), `row:${id}`);
  }
  for (const [id, list] of Object.entries(COL_SYNONYMS)) {
    if (!cols.has(id)) throw new Error(`lexicon: no column concept ${id}`);
    for (const t of list) terms.set(normTerm(t), `col:${id}`);
  }
  return { rows, cols, subjectTerms: terms };
}

/** A label without its trailing note: `（二）部分公开（区分处理的，…）` → `（二）部分公开`. */
function shortLabel(label: string): string {
  const short = label.replace(/（[^（）]*）$/, "");
  return short.replace(/^（[一二三四五六七八九十]+）/, "") ? short : label;
}

function suitsId(parentLabel: string): string {
  return parentLabel === "行政诉讼" ? "suits" : parentLabel;
}

/** The terms a label gives: its core, and the core without `本年` and a trailing `数量` / `件数`. */
function labelTerms(label: string): string[] {
  const core = labelCore(label);
  const out = [core];
  const short = core.replace(/^本年(?:度)?/, "").replace(/(?:数量|件数)$/, "");
  if (short && short !== core) out.push(short);
  return out;
}
