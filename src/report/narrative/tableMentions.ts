/**
 * text.table_mismatch: a count stated in the text (`新收政府信息公开申请8件`) that contradicts the
 * table's cell for it. Read narrowly: keyword, a short gap, then the number with its unit, all in
 * one sentence, with nothing in between that makes the number something else (a comparison,
 * another year, a sub-count, another keyword).
 */
import type { CellRef, Finding } from "../findings";
import { makeFinding } from "../finding";
import type { NarrativeContext } from "./context";
import { locate, type Analysis, type Para } from "./paragraphs";
import { parseCount, rawSlice, sentences, type Span } from "./text";

interface MentionRule {
  id: string;
  keyword: RegExp;
  /** Fields whose values add up to the stated number. */
  fields: string[];
  /** The table cell in words. */
  label: string;
  labelEn: string;
  /** Characters accepted as the number's unit. */
  units: string;
  /** Most characters between the keyword and the number. */
  gapMax: number;
  gapMust?: RegExp;
  gapForbid?: RegExp;
  /** Tested on the clause before the keyword (since the last `，` / `：`). */
  prefixMust?: RegExp;
  prefixForbid?: RegExp;
  /** Also accept `收到8件…申请`: the number right after the keyword, then this within the clause. */
  numberFirst?: RegExp;
}

/** Breakdowns of the requests: by applicant, by channel, or a part of them. */
const REQUEST_PARTS =
  /自然人|法人|组织|企业|机构|当面|信函|网络|网上|在线|邮件|邮寄|传真|电话|来信|平台|其中|已|办结|答复/;
/** Breakdowns of appeals by result or route. */
const APPEAL_PARTS = /维持|纠正|其他|尚未|审结|撤销|驳回|确认|其中|结果|已|复议后|直接|未经/;
/** Active-disclosure counts that are not decisions. */
const DECISION_NOT = /事项|权力|清单|金额|元|罚款|人次|信息|公示|其中|已/;
const ISSUE_VERB = /制发|印发|出台|制定|新制/;
const ISSUE_NOT = /废止|有效|清理|修订|修改|累计|主动公开|备案|审查/;

const RULES: MentionRule[] = [
  {
    id: "new",
    keyword: /新收|收到|接收|接到/g,
    fields: ["requests.new.total"],
    label: "表三「一、本年新收政府信息公开申请数量」的「总计」",
    labelEn: "table 3 “一、本年新收政府信息公开申请数量” total",
    units: "件个份条",
    gapMax: 20,
    gapMust: /申请/,
    gapForbid: REQUEST_PARTS,
    prefixForbid: /其中/,
    numberFirst: /^(?:政府信息公开|依申请公开|信息公开)?申请/,
  },
  {
    id: "carried_over",
    keyword: /上一?年度?结转/g,
    fields: ["requests.carried_over.total"],
    label: "表三「二、上年结转政府信息公开申请数量」的「总计」",
    labelEn: "table 3 “二、上年结转政府信息公开申请数量” total",
    units: "件个份条",
    gapMax: 20,
    gapForbid: REQUEST_PARTS,
  },
  {
    id: "carried_forward",
    keyword: /结转(?:至|到)?下一?年度?/g,
    fields: ["requests.carried_forward.total"],
    label: "表三「四、结转下年度继续办理」的「总计」",
    labelEn: "table 3 “四、结转下年度继续办理” total",
    units: "件个份条",
    gapMax: 12,
    gapForbid: REQUEST_PARTS,
  },
  {
    id: "granted",
    // 不予以公开 is refused, not granted: `prefixForbid` (a lookbehind would not parse in IE11).
    keyword: /予以公开/g,
    fields: ["requests.granted.total"],
    label: "表三「（一）予以公开」的「总计」",
    labelEn: "table 3 “（一）予以公开” total",
    units: "件个份",
    gapMax: 8,
    gapForbid: REQUEST_PARTS,
    prefixForbid: /主动|不$/,
  },
  {
    id: "partial",
    keyword: /部分公开/g,
    fields: ["requests.partial.total"],
    label: "表三「（二）部分公开」的「总计」",
    labelEn: "table 3 “（二）部分公开” total",
    units: "件个份",
    gapMax: 8,
    gapForbid: REQUEST_PARTS,
  },
  {
    id: "review",
    keyword: /行政复议/g,
    fields: ["appeals.review.total"],
    label: "表四「行政复议」的「总计」",
    labelEn: "table 4 行政复议 total",
    units: "件起次宗例个",
    gapMax: 12,
    gapForbid: APPEAL_PARTS,
    prefixForbid: /其中|复议后/,
  },
  {
    id: "suits",
    keyword: /行政诉讼/g,
    fields: ["appeals.suit_direct.total", "appeals.suit_after_review.total"],
    label: "表四「行政诉讼」两组（未经复议直接起诉、复议后起诉）的「总计」之和",
    labelEn: "table 4 行政诉讼: the sum of the two 总计 (direct suits and suits after review)",
    units: "件起次宗例个",
    gapMax: 12,
    gapForbid: APPEAL_PARTS,
    prefixForbid: /其中|复议后|未经复议|直接/,
  },
  {
    id: "regulations",
    keyword: /规章(?!制度)/g,
    fields: ["active.regulations.issued"],
    label: "表二「规章」的「本年制发件数」",
    labelEn: "table 2 规章 本年制发件数",
    units: "件部个份",
    gapMax: 6,
    prefixMust: ISSUE_VERB,
    prefixForbid: ISSUE_NOT,
  },
  {
    id: "normative_docs",
    keyword: /(?:行政)?规范性文件/g,
    fields: ["active.normative_docs.issued"],
    label: "表二「行政规范性文件」的「本年制发件数」",
    labelEn: "table 2 行政规范性文件 本年制发件数",
    units: "件部个份",
    gapMax: 6,
    prefixMust: ISSUE_VERB,
    prefixForbid: ISSUE_NOT,
  },
  {
    id: "penalty",
    keyword: /行政处罚/g,
    fields: ["active.penalty.decisions"],
    label: "表二「行政处罚」的处理决定数量",
    labelEn: "table 2 行政处罚 decisions",
    units: "件起宗个",
    gapMax: 8,
    gapForbid: DECISION_NOT,
    prefixForbid: /其中|累计|公开|公示/,
  },
  {
    id: "licensing",
    keyword: /行政许可/g,
    fields: ["active.licensing.decisions"],
    label: "表二「行政许可」的处理决定数量",
    labelEn: "table 2 行政许可 decisions",
    units: "件起宗个",
    gapMax: 8,
    gapForbid: DECISION_NOT,
    prefixForbid: /其中|累计|公开|公示/,
  },
];

/** Any keyword of another count: a number after it belongs to that one. */
const OTHER_KEYWORD =
  /新收|收到|结转|予以公开|部分公开|不予公开|无法提供|不予处理|其他处理|行政复议|行政诉讼|规章|规范性文件|行政处罚|行政许可|行政强制|行政事业性收费/;
const COMPARISON = /较|比|同比|增加|减少|增长|下降|上升|持平|多|少/;
/** Before the keyword: a total over several years, or another year's figure. */
const OTHER_PERIOD = /累计|历年|上年|去年|上一年|同期|以往/;
const NUMERAL = /[0-9零〇两一二三四五六七八九十]/;

interface Mention {
  rule: MentionRule;
  value: number;
  para: Para;
  /** From the keyword to the unit. */
  span: Span;
}

/** The first number after the keyword, when it has a unit; a year of the report is read past. */
function numberAfter(
  norm: string,
  from: number,
  limit: number,
  units: string,
  reportYear: number | null,
): { value: number; start: number; end: number } | undefined {
  for (let pos = from; pos < limit; pos++) {
    if (!NUMERAL.test(norm[pos])) continue;
    const digits = /[0-9]/.test(norm[pos]);
    let end = pos;
    while (end < norm.length && (digits ? /[0-9]/ : /[零〇两一二三四五六七八九十]/).test(norm[end])) end++;
    const token = norm.slice(pos, end);
    const next = norm[end] ?? "";
    if (digits && token.length === 4 && next === "年") {
      if (Number(token) !== reportYear) return undefined;
      pos = end; // `2020年全年新收…`: the report's own year is not the count
      continue;
    }
    if (pos > 0 && /[.0-9]/.test(norm[pos - 1])) return undefined;
    const value = parseCount(token);
    if (value === undefined || !units.includes(next)) return undefined;
    return { value, start: pos, end: end + 1 };
  }
  return undefined;
}

/** Any rule's keyword: most paragraphs have none, and are passed over at once. */
const ANY_KEYWORD = new RegExp(RULES.map((r) => r.keyword.source).join("|"));

function findMentions(para: Para, reportYear: number | null): Mention[] {
  const norm = para.t.norm;
  const out: Mention[] = [];
  if (!ANY_KEYWORD.test(norm)) return out;
  for (const s of sentences(norm)) {
    const text = norm.slice(s.start, s.end);
    if (!ANY_KEYWORD.test(text)) continue;
    for (const rule of RULES) {
      for (const m of text.matchAll(rule.keyword)) {
        const kwStart = s.start + (m.index ?? 0);
        const kwEnd = kwStart + m[0].length;
        const clauseStart = Math.max(s.start, ...[",", ":"].map((c) => norm.lastIndexOf(c, kwStart - 1) + 1));
        const prefix = norm.slice(clauseStart, kwStart);
        if (OTHER_PERIOD.test(prefix) || rule.prefixForbid?.test(prefix)) continue;
        if (rule.prefixMust && !rule.prefixMust.test(prefix)) continue;
        const otherYear = [...prefix.matchAll(/(\d{4})年/g)].some((y) => Number(y[1]) !== reportYear);
        if (otherYear) continue;
        const num = numberAfter(
          norm,
          kwEnd,
          Math.min(s.end, kwEnd + rule.gapMax + 1),
          rule.units,
          reportYear,
        );
        if (!num) continue;
        const gap = norm.slice(kwEnd, num.start);
        if (COMPARISON.test(gap) || OTHER_KEYWORD.test(gap) || rule.gapForbid?.test(gap)) continue;
        if (rule.gapMust && !rule.gapMust.test(gap)) {
          // `收到8件政府信息公开申请`
          const after = norm.slice(num.end, s.end);
          if (!(rule.numberFirst && /^(?:了|共|共计)?$/.test(gap) && rule.numberFirst.test(after))) continue;
        }
        out.push({ rule, value: num.value, para, span: { start: kwStart, end: num.end } });
      }
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

export function checkTableMentions(
  analysis: Analysis,
  ctx: NarrativeContext,
  reportYear: number | null,
): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const para of analysis.paras) {
    if (para.heading) continue;
    for (const mention of findMentions(para, reportYear)) {
      const { rule } = mention;
      const values = rule.fields.map((id) => ctx.field(id));
      if (values.some((v) => v === undefined)) continue;
      const table = values.reduce((sum, v) => sum + (v?.value ?? 0), 0);
      if (table === mention.value) continue;
      const key = `${rule.id}@${para.index}:${mention.span.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const quoted = rawSlice(para.t, mention.span.start, mention.span.end);
      const cells = values.map((v) => v?.cell).filter((c): c is CellRef => c !== undefined);
      out.push(
        makeFinding("text.table_mismatch", {
          message: `正文称「${quoted}」，而${rule.label}为 ${table}，两者不一致。`,
          messageEn: `The text says “${quoted}” (${mention.value}), but ${rule.labelEn} is ${table}.`,
          fields: rule.fields,
          cells,
          expected: table,
          actual: mention.value,
          location: locate(para, mention.span.start, mention.span.end),
        }),
      );
    }
  }
  return out;
}
