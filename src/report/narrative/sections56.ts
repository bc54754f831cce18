/**
 * The content of sections 五 and 六: section5.empty (no real text about problems and improvements)
 * and section6.fee (2021 format: the 信息处理费 statement).
 */
import type { CellRef, Finding } from "../findings";
import { makeFinding } from "../finding";
import type { NarrativeContext } from "./context";
import { sectionBody, type Analysis, type Para } from "./paragraphs";
import { standardHeading } from "./sections";
import { fieldWords } from "../describe";
import { quoteEn } from "../text/quoteEn";
import { excerptLocation } from "./text";

/** A date line (the signature's `2020年2月25日`) or an extraction artifact: not content. */
function isNoise(norm: string): boolean {
  return (
    /^(?:\d{4}|[二〇○零一三四五六七八九]{4})年\d{1,2}月\d{1,2}日$/.test(norm) ||
    /^\[bookmark:[^\]]*\]$/.test(norm)
  );
}

/** Sentences that say something: a short line without a full stop is a sub-heading or a signature. */
function sentenceCount(paras: Para[]): number {
  let count = 0;
  for (const p of paras) {
    const norm = p.t.norm;
    if (!/[。!?]/.test(norm) && norm.length <= 20) continue;
    count += norm.split(/[。!?]/).filter((s) => s.replace(/[,:;、"“”]/g, "").length >= 4).length;
  }
  return count;
}

export function checkSection5(analysis: Analysis): Finding[] {
  const heading = analysis.sections.find((s) => s.number === 5);
  if (!heading) return []; // section.missing says it
  const body = sectionBody(analysis, 5).filter((p) => p.t.norm.length > 0 && !isNoise(p.t.norm));
  const joined = body.map((p) => p.t.norm).join("");
  const bare = joined.replace(/[。.,;:!?、]/g, "");
  let reason: string;
  let reasonEn: string;
  let actual: string;
  if (bare.length === 0) {
    reason = "没有内容";
    reasonEn = "is empty";
    actual = "";
  } else if (/^(?:无|暂无|没有|无问题)$/.test(bare)) {
    reason = `只写了「${bare}」`;
    reasonEn = `only says ${quoteEn(bare)}`;
    actual = bare;
  } else if (sentenceCount(body) <= 1) {
    reason = "只有一句话或只有小标题";
    reasonEn = "has a single sentence or only sub-headings";
    actual = joined.length > 40 ? `${joined.slice(0, 39)}…` : joined;
  } else return [];
  const first = body[0];
  const std = standardHeading(5);
  return [
    makeFinding("section5.empty", {
      message: `第五部分「${heading.heading}」${reason}；标准格式第五部分为「${std}」，应写明存在的主要问题和改进情况。`,
      messageEn: `Section 5 ${quoteEn(heading.heading)} ${reasonEn}; the standard's ${quoteEn(std)} should state the main problems and the improvements.`,
      actual,
      location: {
        section: 5,
        paragraph: first ? first.index : heading.paragraph,
        ...(first ? excerptLocation(first.t) : { excerpt: heading.heading }),
      },
    }),
  ];
}

/** Anything said about the fee, including that none was charged. */
const FEE_MENTION = /信息处理费|处理费|收费|收取[^。;,]{0,8}费/;
/** A statement that no fee notice went out. */
const NO_FEE_NOTICE = /(?:未|没有|无|不曾|均未|从未)[^。;,]{0,8}收费通知/;
const UNPAID_FEE = "requests.other.unpaid_fee.total";

export function checkSection6Fee(analysis: Analysis, ctx: NarrativeContext): Finding[] {
  if (ctx.format !== "2021") return [];
  const heading = analysis.sections.find((s) => s.number === 6);
  if (!heading) return [];
  const body = sectionBody(analysis, 6);
  const std = standardHeading(6);
  if (!body.some((p) => FEE_MENTION.test(p.t.norm))) {
    const first = body.find((p) => p.t.norm.length > 0);
    return [
      makeFinding("section6.fee", {
        message: `第六部分「${heading.heading}」未说明收取信息处理费的情况；按2021年格式，第六部分（「${std}」）应报告信息处理费的收取情况，未收取的也应写明。`,
        messageEn: `Section 6 ${quoteEn(heading.heading)} says nothing about the information processing fee (${quoteEn("信息处理费")}); the 2021 format's ${quoteEn(std)} reports the fees charged, or that none were.`,
        location: {
          section: 6,
          paragraph: first ? first.index : heading.paragraph,
          ...(first ? excerptLocation(first.t) : { excerpt: heading.heading }),
        },
      }),
    ];
  }
  const unpaid = ctx.field(UNPAID_FEE);
  if (!unpaid || unpaid.value <= 0) return [];
  for (const p of body) {
    const m = NO_FEE_NOTICE.exec(p.t.norm);
    if (!m) continue;
    const cells: CellRef[] = unpaid.cell ? [unpaid.cell] : [];
    return [
      makeFinding("section6.fee", {
        message: `第六部分称未发出收费通知，但表三「2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请」的「总计」为 ${unpaid.value}。`,
        messageEn: `Section 6 says no fee notice was issued, yet ${fieldWords(UNPAID_FEE, "en")} is ${unpaid.value}.`,
        fields: [UNPAID_FEE],
        cells,
        location: { section: 6, paragraph: p.index, ...excerptLocation(p.t, m.index, m.index + m[0].length) },
      }),
    ];
  }
  return [];
}
