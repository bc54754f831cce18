/**
 * text.numbering: enumerations in the text that skip, repeat or change style — `一是 … 三是`,
 * `（一）…（三）`, `1、… 3、`, `（一）…（2）`.
 *
 * Items are read per paragraph: a marker at the start of a paragraph (`（一）`, `（1）`, `一、`,
 * `1、` / `1.`), and `X是` at the start of a sentence or clause anywhere in it. Levels nest the way
 * Chinese official documents nest them (一、 > （一） > 1. > （1） > 一是); an item of a level closes
 * every level inside it, and section headings close everything.
 */
import type { Finding } from "../findings";
import { makeFinding } from "../finding";
import { chineseNumeral, toChineseNumeral } from "../text/normalize";
import { locate, type Analysis, type Para } from "./paragraphs";
import { quoteEn } from "../text/quoteEn";
import { quotedExcerpt, rawSlice } from "./text";

type Style = "cn" | "cnParen" | "ar" | "arParen" | "shi";

/** Nesting rank: a new level closes the open levels of the same or a deeper rank. */
const RANK: Record<Style, number> = { cn: 0, cnParen: 1, ar: 2, arParen: 3, shi: 4 };
/** Styles that stand for one level when mixed up (`（一）…（2）`). */
const SHAPE: Record<Style, string> = { cn: "cn", cnParen: "paren", ar: "ar", arParen: "paren", shi: "shi" };

interface Item {
  style: Style;
  value: number;
  para: Para;
  /** Span of the marker in `para.t.norm`. */
  start: number;
  end: number;
  /** True when the marker opens its paragraph. */
  paraStart: boolean;
}

interface Level {
  style: Style;
  items: Item[];
  /** The item of the enclosing level this list sits under. */
  parent?: Item;
}

const CN = "[一二三四五六七八九十]";
const PARA_START: [Style, RegExp][] = [
  ["cnParen", new RegExp(`^\\((${CN}{1,3})\\)`)],
  ["arParen", /^\((\d{1,2})\)/],
  ["cn", new RegExp(`^(${CN}{1,3})[、.](?!\\d)`)],
  ["ar", /^(\d{1,2})(?:、|\.(?!\d))/],
];
// `X是` only after the start, a sentence or clause mark, or a closing bracket: never 统一是 / 唯一是.
// The mark is matched (group 1) rather than looked behind: IE11 (the lite pane) has no lookbehind.
const SHI = new RegExp(`(^|[。;:,)\\]】」』!?])(${CN}{1,2})是`, "g");

function itemsOf(para: Para): Item[] {
  const norm = para.t.norm;
  const out: Item[] = [];
  for (const [style, re] of PARA_START) {
    const m = re.exec(norm);
    if (!m) continue;
    const value = style === "ar" || style === "arParen" ? Number(m[1]) : chineseNumeral(m[1]);
    if (value !== undefined && value >= 1 && m[0].length < norm.length)
      out.push({ style, value, para, start: 0, end: m[0].length, paraStart: true });
    break;
  }
  for (const { start, end, numeral } of shiMarkers(norm)) {
    const value = chineseNumeral(numeral);
    if (value === undefined || value < 1 || start < (out[0]?.end ?? 0)) continue;
    out.push({ style: "shi", value, para, start, end, paraStart: start === 0 });
  }
  return out;
}

/** Every `X是` of a paragraph's text: where it starts (after the mark before it) and ends, and X. */
export function shiMarkers(norm: string): { start: number; end: number; numeral: string }[] {
  const out: { start: number; end: number; numeral: string }[] = [];
  for (const m of norm.matchAll(SHI)) {
    const at = m.index ?? 0;
    out.push({ start: at + m[1].length, end: at + m[0].length, numeral: m[2] });
  }
  return out;
}

/** How the standard writes item `n` of a level of this style (`ar` keeps the list's own separator). */
function labelFor(style: Style, n: number, sample: Item): string {
  const cn = toChineseNumeral(n);
  switch (style) {
    case "cn":
      return `${cn}、`;
    case "cnParen":
      return `（${cn}）`;
    case "arParen":
      return `（${n}）`;
    case "ar":
      return `${n}${sample.para.t.norm[sample.end - 1] === "." ? "." : "、"}`;
    case "shi":
      return `${cn}是`;
  }
}

function written(item: Item): string {
  return rawSlice(item.para.t, item.start, item.end).trim();
}

/** A paragraph with text but no items: after it, a list that starts again at 1 is a new list. */
function isBetweenLists(para: Para, hasItems: boolean): boolean {
  return para.t.norm.length > 0 && !hasItems && !para.heading;
}

class Scanner {
  readonly findings: Finding[] = [];
  private stack: Level[] = [];

  constructor(
    private readonly paras: Para[],
    private readonly withItems: Set<Para>,
  ) {}

  add(item: Item): void {
    const same = this.findLevel((l) => l.style === item.style);
    if (same >= 0) {
      this.closeAbove(same);
      const level = this.stack[same];
      if (item.value === 1 && this.isNewList(level, item)) {
        this.close(level);
        this.stack[same] = { style: item.style, items: [item], parent: level.parent };
      } else level.items.push(item);
      return;
    }
    // `（2）` right after `（一）`: the same level written in another style.
    const mixed = this.findLevel(
      (l) => SHAPE[l.style] === SHAPE[item.style] && item.value === l.items[l.items.length - 1].value + 1,
    );
    if (mixed >= 0) {
      this.closeAbove(mixed);
      this.stack[mixed].items.push(item);
      return;
    }
    while (this.stack.length > 0 && RANK[this.stack[this.stack.length - 1].style] >= RANK[item.style])
      this.close(this.stack.pop() as Level);
    const top = this.stack[this.stack.length - 1];
    this.stack.push({ style: item.style, items: [item], parent: top?.items[top.items.length - 1] });
  }

  /** Section heading or end of text: every open list ends. */
  reset(): void {
    this.closeAbove(-1);
  }

  private findLevel(pred: (l: Level) => boolean): number {
    for (let i = this.stack.length - 1; i >= 0; i--) if (pred(this.stack[i])) return i;
    return -1;
  }

  private closeAbove(i: number): void {
    while (this.stack.length > i + 1) this.close(this.stack.pop() as Level);
  }

  /**
   * Whether a `1` (`一是`, `1、`, …) after items of the same level starts a new list rather than
   * repeating one: a paragraph without items between them (a lead-in, a sub-heading of its own
   * style, or a new topic — too ambiguous to call a repeat), or `：一是` inline; for `X是`, also a
   * new paragraph after a list that stayed within one paragraph, or an inline `一是` in a new one.
   */
  private isNewList(level: Level, item: Item): boolean {
    const prev = level.items[level.items.length - 1];
    const inlineLeadIn = item.style === "shi" && item.para.t.norm[item.start - 1] === ":";
    if (prev.para === item.para) return inlineLeadIn;
    for (const p of this.paras)
      if (p.order > prev.para.order && p.order < item.para.order && isBetweenLists(p, this.withItems.has(p)))
        return true;
    if (item.style !== "shi") return false;
    if (inlineLeadIn || !item.paraStart) return true;
    const first = level.items[0];
    return level.items.every((i) => i.para === first.para) && (level.items.length >= 2 || !first.paraStart);
  }

  private close(level: Level): void {
    if (level.style === "cn") return; // top-level numbering belongs to the section checks
    const finding = evaluate(level);
    if (finding) this.findings.push(finding);
  }
}

function evaluate(level: Level): Finding | undefined {
  const first = level.items[0];
  const missing: string[] = [];
  const repeated: string[] = [];
  const disordered: string[] = [];
  const mixed: { item: Item; expected: string }[] = [];
  let breakAt: { item: Item; expected: string } | undefined;
  const seen = new Set<number>();
  let prev = 0;
  for (const item of level.items) {
    const expected = labelFor(level.style, prev + 1, first);
    if (item.value > prev + 1)
      for (let n = prev + 1; n < item.value; n++) missing.push(labelFor(level.style, n, first));
    else if (item.value <= prev) (seen.has(item.value) ? repeated : disordered).push(written(item));
    if (item.style !== level.style) mixed.push({ item, expected: labelFor(level.style, item.value, first) });
    if (!breakAt && (item.value !== prev + 1 || item.style !== level.style)) breakAt = { item, expected };
    seen.add(item.value);
    prev = item.value;
  }
  if (!breakAt) return undefined;

  const joiner = level.style === "ar" ? " " : "、";
  const shown = level.items.slice(0, 12).map(written);
  const found = shown.join(joiner) + (level.items.length > shown.length ? "…" : "");
  const uniq = (xs: string[]) => [...new Set(xs)];
  const problems: string[] = [];
  const problemsEn: string[] = [];
  if (missing.length > 0) {
    problems.push(
      `缺少${uniq(missing)
        .map((l) => `「${l}」`)
        .join("")}`,
    );
    problemsEn.push(`missing ${uniq(missing).map(quoteEn).join(", ")}`);
  }
  if (repeated.length > 0) {
    problems.push(
      `${uniq(repeated)
        .map((l) => `「${l}」`)
        .join("")}重复`,
    );
    problemsEn.push(`${uniq(repeated).map(quoteEn).join(", ")} repeated`);
  }
  if (disordered.length > 0) {
    problems.push(
      `${uniq(disordered)
        .map((l) => `「${l}」`)
        .join("")}顺序颠倒`,
    );
    problemsEn.push(`${uniq(disordered).map(quoteEn).join(", ")} out of order`);
  }
  for (const m of mixed) {
    problems.push(`「${written(m.item)}」与同级的「${written(first)}」样式不一致，应为「${m.expected}」`);
    problemsEn.push(
      `${quoteEn(written(m.item))} mixes styles with ${quoteEn(written(first))}, expected ${quoteEn(m.expected)}`,
    );
  }
  const onlyStyle = missing.length + repeated.length + disordered.length === 0;

  const para = breakAt.item.para;
  const scope = para.section ? `第${toChineseNumeral(para.section)}部分` : "正文";
  const scopeEn = para.section ? `section ${para.section}` : "the text";
  const parent = level.parent
    ? quotedExcerpt(level.parent.para.t, level.parent.start, level.parent.end, 16)
    : "";
  const under = parent ? `「${parent}」下` : "";
  const underEn = parent ? ` under ${quoteEn(parent)}` : "";
  const what = onlyStyle ? "同级序号样式不一致" : "列举序号不连续";
  const whatEn = onlyStyle ? "Numbering style changes within one level" : "Enumeration out of sequence";
  return makeFinding("text.numbering", {
    message: `${scope}${under}${what}：${found}（${problems.join("；")}）。`,
    messageEn: `${whatEn} in ${scopeEn}${underEn}: ${quoteEn(found)} (${problemsEn.join("; ")}).`,
    expected: breakAt.expected,
    actual: written(breakAt.item),
    location: locate(para, breakAt.item.start, breakAt.item.end),
  });
}

export function checkNumbering(analysis: Analysis): Finding[] {
  const itemsByPara = new Map<Para, Item[]>();
  for (const para of analysis.paras) {
    if (para.heading) continue;
    const items = itemsOf(para);
    if (items.length > 0) itemsByPara.set(para, items);
  }
  const scanner = new Scanner(analysis.paras, new Set(itemsByPara.keys()));
  for (const para of analysis.paras) {
    if (para.heading) scanner.reset();
    for (const item of itemsByPara.get(para) ?? []) scanner.add(item);
  }
  scanner.reset();
  // Lists close inside-out; report them in document order.
  return scanner.findings.sort((a, b) => (a.location.paragraph ?? 0) - (b.location.paragraph ?? 0));
}
