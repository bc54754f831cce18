/**
 * The six sections of the report (spec §2): recognising their headings and checking that all six
 * are there, in order, numbered 一…六 and titled in the standard's words.
 */
import type { Finding } from "../findings";
import { makeFinding } from "../finding";
import { SECTION_NUMBERS, STANDARD_TITLES, standardHeading, type SectionNumber } from "../sections";
import { chineseNumeral, collapseWhitespace, toChineseNumeral } from "../text/normalize";
import type { Para } from "./paragraphs";
import { quoteEn } from "../text/quoteEn";
import { excerptLocation, rawSlice } from "./text";

export type { SectionNumber } from "../sections";
export { SECTION_NUMBERS, STANDARD_TITLES, standardHeading } from "../sections";

/** Accepted variants (spec §2), beyond the `…的情况` forms that are derived below. */
const EXTRA_VARIANTS: Partial<Record<SectionNumber, string[]>> = {
  4: ["政府信息公开行政复议及行政诉讼情况"],
  5: ["政府信息公开工作存在的主要问题及改进情况"],
};

/**
 * Words that identify a section whose title departs from the standard (e.g. `四、行政复议、诉讼和
 * 举报投诉情况`, `五、政府信息公开的改进工作`). Only used together with the matching numeral 一…六.
 */
const TITLE_KEYWORDS: Record<SectionNumber, RegExp> = {
  1: /总体|概况|概述|基本情况/,
  2: /主动公开/,
  3: /依申请|申请公开|收到.*申请|处理.*申请/,
  4: /复议|诉讼/,
  5: /问题|改进|不足|整改/,
  6: /其他|其它|需要报告|需报告/,
};

/** Comparison key for titles: no punctuation (whitespace is already gone in `norm`). */
function titleKey(title: string): string {
  return title.replace(/[、,.:;!?'"“”‘’《》()[\]【】「」『』。\-—_·]/g, "");
}

const STANDARD_KEYS = new Map<string, SectionNumber>();
const VARIANT_KEYS = new Map<string, SectionNumber>();
for (const n of SECTION_NUMBERS) {
  STANDARD_KEYS.set(titleKey(STANDARD_TITLES[n]), n);
  for (const title of [STANDARD_TITLES[n], ...(EXTRA_VARIANTS[n] ?? [])]) {
    const key = titleKey(title);
    if (key !== titleKey(STANDARD_TITLES[n])) VARIANT_KEYS.set(key, n);
    if (key.endsWith("情况") && !key.endsWith("的情况")) VARIANT_KEYS.set(`${key.slice(0, -2)}的情况`, n);
  }
}

export interface SectionInfo {
  /** The section the heading is, judged by its title (and, for non-standard titles, its numeral). */
  number: SectionNumber;
  /** Position in `doc.blocks`. */
  blockIndex: number;
  /** `DocParagraph.index`. */
  paragraph: number;
  /** The heading as written (whitespace collapsed), numbering included. */
  heading: string;
  /** True when the title is the standard's wording (punctuation and whitespace aside). */
  standardTitle: boolean;
  /** `standard`; `variant` — an accepted variant (spec §2); `keywords` — recognised by its words. */
  titleMatch: "standard" | "variant" | "keywords";
  /** The numbering as written (`一、`, `1、`, `第一部分`), "" when none. */
  label: string;
  /** How it is numbered. */
  numbering: "chinese" | "arabic" | "part" | "none";
  /** The number the label states (一 → 1, 3 → 3); null when unnumbered. */
  declared: number | null;
}

interface Candidate {
  para: Para;
  number: SectionNumber;
  match: SectionInfo["titleMatch"];
  label: string;
  numbering: SectionInfo["numbering"];
  declared: number | null;
}

const CN = "[一二三四五六七八九十]";
// Top-level numbering only: `（一）` never starts with one of these.
const NUMBERING = new RegExp(`^(?:第(${CN}{1,2})部分([、.,:]?)|(${CN}{1,2})([、.,:]?)|(\\d{1,2})([、.,:]?))`);

/** A heading candidate: a short paragraph whose title is one of the six. */
function parseHeading(para: Para): Candidate | undefined {
  const norm = para.t.norm;
  if (norm.length < 4 || norm.length > 40) return undefined;
  const m = NUMBERING.exec(norm);
  let numbering: SectionInfo["numbering"] = "none";
  let declared: number | null = null;
  let hasSeparator = false;
  let labelLength = 0;
  if (m) {
    labelLength = m[0].length;
    if (m[1] !== undefined) {
      numbering = "part";
      declared = chineseNumeral(m[1]) ?? null;
      hasSeparator = true;
    } else if (m[3] !== undefined) {
      numbering = "chinese";
      declared = chineseNumeral(m[3]) ?? null;
      hasSeparator = m[4] !== "";
    } else {
      numbering = "arabic";
      declared = Number(m[5]);
      hasSeparator = m[6] !== "";
    }
  }
  const title = norm.slice(labelLength).replace(/[:.。,;]+$/, "");
  if (title.length < 2) return undefined;
  const key = titleKey(title);
  const label = labelLength > 0 ? rawSlice(para.t, 0, labelLength).trim() : "";
  const base = { para, label, numbering, declared };
  const exact = STANDARD_KEYS.get(key);
  if (exact) return { ...base, number: exact, match: "standard" };
  const variant = VARIANT_KEYS.get(key);
  if (variant) return { ...base, number: variant, match: "variant" };
  // A non-standard title counts only with its own Chinese numeral, a separator, and no sentence in it.
  if ((numbering === "chinese" || numbering === "part") && hasSeparator && declared !== null) {
    if (declared >= 1 && declared <= 6 && title.length <= 24 && !/[。,;!?]/.test(title)) {
      const n = declared as SectionNumber;
      if (TITLE_KEYWORDS[n].test(title)) return { ...base, number: n, match: "keywords" };
    }
  }
  return undefined;
}

/**
 * The recognised section headings in document order, duplicates included. Headings with the
 * standard title (or an accepted variant) and a number count always; a non-standard title
 * recognised by its words, or a standard title without a number, only stands in for a section
 * that is not otherwise found — the first such paragraph between its neighbours (after the
 * headings of lower sections, before those of higher ones), else the first anywhere.
 */
export function recognizeSections(paras: Para[]): SectionInfo[] {
  const candidates = paras.map(parseHeading).filter((c): c is Candidate => c !== undefined);
  const strong = candidates.filter((c) => c.match !== "keywords" && c.numbering !== "none");
  const chosen = [...strong];
  for (const n of SECTION_NUMBERS) {
    if (strong.some((c) => c.number === n)) continue;
    const after = Math.max(-1, ...chosen.filter((c) => c.number < n).map((c) => c.para.order));
    const before = Math.min(Infinity, ...chosen.filter((c) => c.number > n).map((c) => c.para.order));
    const inWindow = (c: Candidate) => c.para.order > after && c.para.order < before;
    const stand = (kind: (c: Candidate) => boolean) =>
      candidates.find((c) => c.number === n && kind(c) && inWindow(c)) ??
      candidates.find((c) => c.number === n && kind(c));
    const found = stand((c) => c.match === "keywords") ?? stand((c) => c.numbering === "none");
    if (found) chosen.push(found);
  }
  chosen.sort((a, b) => a.para.order - b.para.order);
  return chosen.map((c) => ({
    number: c.number,
    blockIndex: c.para.blockIndex,
    paragraph: c.para.index,
    heading: collapseWhitespace(c.para.t.raw),
    standardTitle: c.match === "standard",
    titleMatch: c.match,
    label: c.label,
    numbering: c.numbering,
    declared: c.declared,
  }));
}

function quoteLabel(label: string): string {
  return label === "" ? "（无编号）" : `「${label}」`;
}

/** section.missing / section.order / section.number / section.title. */
export function checkSections(sections: SectionInfo[], paras: Para[]): Finding[] {
  const out: Finding[] = [];
  const byParagraph = new Map(paras.map((p) => [p.index, p]));
  const where = (s: SectionInfo) => {
    const para = byParagraph.get(s.paragraph);
    return {
      section: s.number,
      paragraph: s.paragraph,
      ...(para ? excerptLocation(para.t) : { excerpt: s.heading }),
    };
  };

  for (const n of SECTION_NUMBERS) {
    if (sections.some((s) => s.number === n)) continue;
    const cn = toChineseNumeral(n);
    out.push(
      makeFinding("section.missing", {
        message: `缺少第${cn}部分：标准格式第${cn}部分为「${standardHeading(n)}」。`,
        messageEn: `Section ${n} is missing: the standard's section ${n} is ${quoteEn(standardHeading(n))}.`,
        expected: standardHeading(n),
        location: { section: n },
      }),
    );
  }

  const seen = new Map<SectionNumber, SectionInfo>();
  let highest: SectionInfo | undefined;
  for (const s of sections) {
    const cn = toChineseNumeral(s.number);
    const std = standardHeading(s.number);
    const first = seen.get(s.number);
    if (first) {
      out.push(
        makeFinding("section.number", {
          message: `第${cn}部分的标题重复出现：「${s.heading}」，前文已有「${first.heading}」。`,
          messageEn: `Section ${s.number} appears twice: ${quoteEn(s.heading)} repeats ${quoteEn(first.heading)}.`,
          actual: s.label,
          location: where(s),
        }),
      );
      continue;
    }
    seen.set(s.number, s);

    // Numbering: 一…六 with the section's own numeral.
    const expectedLabel = `${cn}、`;
    if (s.numbering !== "chinese" || s.declared !== s.number) {
      let reason: string;
      let reasonEn: string;
      if (s.numbering === "none") {
        reason = "缺少编号";
        reasonEn = "has no number";
      } else if (s.declared !== s.number) {
        reason = `编号为${quoteLabel(s.label)}，但按标题是第${cn}部分`;
        reasonEn = `is numbered ${quoteEn(s.label)} but its title makes it section ${s.number}`;
      } else {
        reason = `编号为${quoteLabel(s.label)}，应使用中文数字`;
        reasonEn = `is numbered ${quoteEn(s.label)} where the standard uses a Chinese numeral`;
      }
      out.push(
        makeFinding("section.number", {
          message: `标题「${s.heading}」${reason}：标准格式第${cn}部分为「${std}」，编号应为「${expectedLabel}」。`,
          messageEn: `Heading ${quoteEn(s.heading)} ${reasonEn}: the standard's section ${s.number} is ${quoteEn(std)}, numbered ${quoteEn(expectedLabel)}.`,
          expected: expectedLabel,
          actual: s.label,
          location: where(s),
        }),
      );
    }

    if (s.titleMatch === "variant") {
      out.push(
        makeFinding("section.title", {
          message: `标题「${s.heading}」是可接受的写法；标准格式第${cn}部分为「${std}」。`,
          messageEn: `Heading ${quoteEn(s.heading)} is an accepted variant; the standard's section ${s.number} is ${quoteEn(std)}.`,
          expected: std,
          actual: s.heading,
          location: where(s),
        }),
      );
    } else if (s.titleMatch === "keywords") {
      out.push(
        makeFinding("section.title", {
          message: `标题「${s.heading}」与标准表述不同：标准格式第${cn}部分为「${std}」。`,
          messageEn: `Heading ${quoteEn(s.heading)} differs from the standard: section ${s.number} is ${quoteEn(std)}.`,
          expected: std,
          actual: s.heading,
          location: where(s),
        }),
      );
    }

    if (highest && highest.number > s.number) {
      out.push(
        makeFinding("section.order", {
          message: `第${cn}部分「${s.heading}」出现在第${toChineseNumeral(highest.number)}部分「${highest.heading}」之后；标准格式的六个部分按一至六排列。`,
          messageEn: `Section ${s.number} ${quoteEn(s.heading)} comes after section ${highest.number} ${quoteEn(highest.heading)}; the standard orders the sections 1 to 6.`,
          location: where(s),
        }),
      );
    }
    if (!highest || s.number > highest.number) highest = s;
  }
  return out;
}
