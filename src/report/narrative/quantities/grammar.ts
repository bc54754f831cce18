/**
 * The grammar of a sentence that states quantities. A sentence is cut into clauses (`,` `:`
 * brackets); a clause into items, each ending with a number. An item's subject is the words
 * before its number (or, for `收到8件政府信息公开申请`, after it): rows, columns (qualifiers),
 * verbs and the request noun, in a list joined by `、和及与` — summed (`A和B共N件`), one number
 * each (`A、B分别为x件、y件`), or the same number each (`A、B均为N件`). What an item leaves out
 * comes from a frame (`在自然人申请中，`), from the item before it in the sentence (`制发行政规范性
 * 文件3件，废止1件`), or for a qualifier alone from the paragraph (`从申请主体看，自然人38件`).
 * Any unknown word, another period, an approximation or a negation makes an item unreadable, and
 * an unreadable item is never checked.
 */
import type { TableId } from "../../formats/types";
import { lexicon, type ColConcept, type RowConcept, type VerbDef } from "./lexicon";
import type { NumberToken, UnitKind } from "./numbers";
import type { Token, TokenKind } from "./tokens";

/** What a number counts, before the format is applied: a row concept and, when named, columns. */
export interface Subject {
  table: TableId;
  row: RowConcept;
  /** Columns named by a qualifier or a verb; undefined for the row's total (or default column). */
  cols?: string[];
  /** The qualifier that named them (for its words, when it names several columns). */
  colConcept?: ColConcept;
  /**
   * New requests named by a verb or the noun (`收到` `受理` `申请`), not by `新收`: the number may
   * count the carried-over requests too.
   */
  received?: boolean;
}

interface Spanned {
  /** Positions in the paragraph's normalised text: from the subject to the number. */
  start: number;
  end: number;
  /** The clause the mention stands in (for quoting). */
  clauseStart: number;
  clauseEnd: number;
}

export interface CountMention extends Spanned {
  kind: "count";
  /** Added together (one subject but for `A和B共N件`). */
  subjects: Subject[];
  value: number;
  unit: UnitKind;
  decimals: number;
  /** `未发生行政复议`: a zero stated by a negation. */
  zero: boolean;
  /** The number may also count something else (`46件（含上年结转4件）`): never compared. */
  ambiguous: boolean;
  /** The mention this one is a part of (`其中…`), or whose row it took. */
  parent: CountMention | undefined;
  /** The row came from another mention: the number must not exceed that one's. */
  inherited: boolean;
  /** Both a row and a column were written in the item itself. */
  explicitRowAndCol: boolean;
  /** A breakdown by a qualifier (an applicant type, an outcome): its siblings share its parent. */
  qualified: boolean;
}

export interface ShareMention extends Spanned {
  kind: "share";
  part: Subject[];
  /** The count the share follows (`予以公开20件，占43.5%`), when there is one. */
  partMention: CountMention | undefined;
  /** Named wholes (`占新收申请的`); undefined: the usual wholes of the part. */
  whole: Subject[] | undefined;
  value: number;
  decimals: number;
}

export interface ChangeMention extends Spanned {
  kind: "change";
  subjects: Subject[];
  /** Signed: `减少3件` is −3. */
  value: number;
  percent: boolean;
  decimals: number;
  /** The count the change follows, when there is one. */
  base: CountMention | undefined;
}

export type Mention = CountMention | ShareMention | ChangeMention;

// Mentions are built by these, each kind with all its keys in one order: the checks read many
// of them, and objects of one shape keep those reads fast.

interface Where {
  start: number;
  end: number;
  clauseStart: number;
  clauseEnd: number;
}

function countMention(subjects: Subject[], num: NumberToken, at: Where): CountMention {
  return {
    kind: "count",
    subjects,
    value: num.value,
    unit: num.unit,
    decimals: num.decimals,
    start: at.start,
    end: at.end,
    clauseStart: at.clauseStart,
    clauseEnd: at.clauseEnd,
    zero: false,
    ambiguous: false,
    parent: undefined,
    inherited: false,
    explicitRowAndCol: false,
    qualified: false,
  };
}

function shareMention(
  part: Subject[],
  partMention: CountMention | undefined,
  whole: Subject[] | undefined,
  num: NumberToken,
  at: Where,
): ShareMention {
  return {
    kind: "share",
    part,
    partMention,
    whole,
    value: num.value,
    decimals: num.decimals,
    start: at.start,
    end: at.end,
    clauseStart: at.clauseStart,
    clauseEnd: at.clauseEnd,
  };
}

function changeMention(
  subjects: Subject[],
  value: number,
  percent: boolean,
  decimals: number,
  base: CountMention | undefined,
  at: Where,
): ChangeMention {
  return {
    kind: "change",
    subjects,
    value,
    percent,
    decimals,
    base,
    start: at.start,
    end: at.end,
    clauseStart: at.clauseStart,
    clauseEnd: at.clauseEnd,
  };
}

const ZERO: NumberToken = { start: 0, end: 0, value: 0, unit: "count", decimals: 4 };

export interface GrammarEnv {
  reportYear: number | null;
}

/** What a paragraph remembers from one sentence to the next. */
export interface ParagraphState {
  /** The latest count mention per table, for a qualifier alone in a later sentence. */
  lastByTable: Partial<Record<TableId, CountMention>>;
  /** The latest count of new requests: an applicant breakdown in a later sentence is of these. */
  lastNew?: CountMention;
}

interface Group {
  rows: RowConcept[];
  cols: ColConcept[];
  verbs: VerbDef[];
  noun: boolean;
  bare: boolean;
  whole: boolean;
  start: number;
  end: number;
}

/** A group with what it says itself; the rest is filled from context. */
interface Said {
  table?: TableId;
  row?: RowConcept;
  cols?: string[];
  colConcept?: ColConcept;
  rowExplicit: boolean;
  colExplicit: boolean;
  /** Columns from a qualifier that was written (not from a verb). */
  qualifier: boolean;
  verbs: VerbDef[];
  noun: boolean;
  bare: boolean;
  whole: boolean;
}

interface ItemFlags {
  sum: boolean;
  cumulative: boolean;
  resp: boolean;
  each: boolean;
  subset: boolean;
  include: boolean;
}

/** Token kinds that make an item unreadable as a count of this year's table. */
const BLOCKING = new Set<TokenKind>([
  "unk",
  "otherTime",
  "approx",
  "stop",
  "neg",
  "share",
  "compare",
  "up",
  "down",
  "flat",
  "frameStart",
  "frameEnd",
  "punct",
  "colon",
  "open",
  "close",
  "num",
]);

const SUPPRESSED = "suppressed" as const;
const FRAME_END = new Set<TokenKind>(["frameEnd"]);
const EACH = new Set<TokenKind>(["each"]);
const SHARE = new Set<TokenKind>(["share"]);
const CHANGE_WORDS = new Set<TokenKind>(["compare", "up", "down", "fill", "otherTime", "year", "thisYear"]);

interface SentenceState {
  env: GrammarEnv;
  para: ParagraphState;
  out: Mention[];
  /** The count mention before (in this sentence), or a marker that the item before was unreadable. */
  prev: CountMention | typeof SUPPRESSED | undefined;
  frame?: Said;
  /** The rest of the sentence is unreadable (an unknown frame, another period). */
  blocked: boolean;
  /** `其中，`: the next items are parts of the mention before. */
  subset: boolean;
  /** A comparison with another period was made earlier in the sentence. */
  compared: boolean;
  /** The subject of the comparison (`新收申请较上年…`), for the change stated after it. */
  changeSubjects?: Subject[];
  changeBase?: CountMention;
  resp?: { subjects: Subject[]; next: number; mentions: CountMention[]; broken: boolean };
  thisYear: boolean;
}

export function readSentence(tokens: Token[], env: GrammarEnv, para: ParagraphState): Mention[] {
  const st: SentenceState = {
    env,
    para,
    out: [],
    prev: undefined,
    blocked: false,
    subset: false,
    compared: false,
    thisYear: false,
  };
  for (const t of tokens)
    if (t.k === "thisYear" || (t.k === "year" && t.year === env.reportYear)) st.thisYear = true;
  const clauses = splitClauses(tokens);
  for (let ci = 0; ci < clauses.length; ci++) {
    if (st.blocked) break;
    const clause = clauses[ci];
    const nums: number[] = [];
    for (let i = 0; i < clause.tokens.length; i++) if (clause.tokens[i].k === "num") nums.push(i);
    if (clause.paren && clause.tokens.length > 0 && clause.tokens[0].k === "include") {
      // `46件（含上年结转4件）`: the number before may count these too.
      if (st.prev && st.prev !== SUPPRESSED && clause.afterNumber) st.prev.ambiguous = true;
      st.subset = true;
    }
    if (nums.length === 0) {
      // `行政复议：维持1件，纠正0件`: what stands before a colon frames the numbers after it.
      if (clauses[ci + 1]?.beforeColon === clause) colonFrame(clause, st);
      else noNumberClause(clause, st);
      continue;
    }
    let from = 0;
    for (let j = 0; j < nums.length; j++) {
      const at = nums[j];
      const pre = clause.tokens.slice(from, at);
      const tail = j === nums.length - 1 ? clause.tokens.slice(at + 1) : [];
      from = at + 1;
      item(pre, clause.tokens[at], tail, clause, st);
      if (st.blocked) break;
    }
    st.subset = false;
  }
  finishRespectively(st);
  for (const m of st.out)
    if (m.kind === "count" && !m.zero && m.subjects.length === 1 && !m.ambiguous) {
      st.para.lastByTable[m.subjects[0].table] = m;
      if (m.subjects[0].row.id === "requests.new" && !m.subjects[0].cols) st.para.lastNew = m;
    }
  return st.out;
}

interface Clause {
  tokens: Token[];
  start: number;
  end: number;
  paren: boolean;
  /** A bracket right after a number. */
  afterNumber: boolean;
  /** `予以公开：20件`: the clause before a colon, when this one follows it. */
  beforeColon?: Clause;
  /** A bracket with words in it stood inside the clause (`予以公开（含部分公开）的比例`). */
  bracketed?: boolean;
}

/**
 * Clauses in reading order. A bracket after a number is a clause of its own (`46件（含上年结转4件）`);
 * a bracket inside a phrase (`各乡镇（街道）共受理…`) leaves the phrase whole, and its content is
 * read after it.
 */
function splitClauses(tokens: Token[]): Clause[] {
  const out: Clause[] = [];
  let cur: Token[] = [];
  let start = tokens.length ? tokens[0].start : 0;
  let colon: Clause | undefined;
  /** Inside brackets: their tokens, where they started, and whether a number came right before. */
  let inner: { tokens: Token[]; start: number; afterNumber: boolean } | undefined;
  let bracketed = false;
  let pending: Clause[] = [];
  const close = (end: number) => {
    if (cur.length) {
      const clause: Clause = { tokens: cur, start, end, paren: false, afterNumber: false };
      if (colon) clause.beforeColon = colon;
      if (bracketed) clause.bracketed = true;
      out.push(clause);
    }
    if (pending.length) {
      for (const p of pending) out.push(p);
      pending = [];
    }
    colon = undefined;
    bracketed = false;
    cur = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const opening = t.k === "open";
    const closing = t.k === "close";
    if (inner) {
      if (!closing) {
        if (t.k !== "punct" && t.k !== "colon" && t.k !== "open") inner.tokens.push(t);
        continue;
      }
      if (inner.tokens.length) {
        const clause: Clause = {
          tokens: inner.tokens,
          start: inner.start,
          end: t.start,
          paren: true,
          afterNumber: inner.afterNumber,
        };
        if (inner.afterNumber) out.push(clause);
        else {
          pending.push(clause);
          if (inner.tokens.some((x) => x.k !== "fill")) bracketed = true;
        }
      }
      inner = undefined;
      continue;
    }
    if (opening) {
      const afterNumber = i > 0 && tokens[i - 1].k === "num";
      // After a number the clause before is complete: read it, then the bracket.
      if (afterNumber) close(t.start);
      inner = { tokens: [], start: t.end, afterNumber };
      continue;
    }
    if ((t.k !== "punct" && t.k !== "colon") || closing) {
      if (closing) continue;
      if (!cur.length) start = t.start;
      cur.push(t);
      continue;
    }
    const ended = cur.length > 0;
    close(t.start);
    if (t.k === "colon" && ended) colon = out[out.length - 1];
  }
  if (inner?.tokens.length)
    out.push({
      tokens: inner.tokens,
      start: inner.start,
      end: inner.tokens[inner.tokens.length - 1].end,
      paren: true,
      afterNumber: inner.afterNumber,
    });
  close(tokens.length ? tokens[tokens.length - 1].end : 0);
  return out;
}

// ---- Clauses without a number: zero statements, frames, comparisons, other periods ----

/** The kinds present among some tokens (years read as this year's or another's). */
class Kinds {
  private readonly present = new Set<TokenKind>();
  constructor(tokens: Token[], env: GrammarEnv) {
    for (const t of tokens) this.present.add(yearKind(t, env));
  }
  has(k: TokenKind): boolean {
    return this.present.has(k);
  }
}

function noNumberClause(clause: Clause, st: SentenceState): void {
  // Prose (one unknown word, see tokenize) says nothing to the grammar.
  if (clause.tokens.length === 1 && clause.tokens[0].k === "unk") return;
  const toks = clause.tokens.filter((t) => t.k !== "fill" && t.k !== "thisYear");
  if (toks.length === 0) return;
  const kinds = new Kinds(toks, st.env);
  if (toks.length === 1 && toks[0].k === "subset") {
    st.subset = true;
    return;
  }
  if (kinds.has("compare")) {
    st.compared = true;
    const subjectToks = clause.tokens.slice(
      0,
      clause.tokens.findIndex((t) => t.k === "compare"),
    );
    if (hasSubject(subjectToks)) {
      const subjects = subjectsOf(subjectToks, "count", st, true);
      if (subjects) st.changeSubjects = subjects.subjects;
    }
    if (kinds.has("flat")) flatChange(clause, st);
    return;
  }
  if (kinds.has("flat") && st.compared) {
    flatChange(clause, st);
    return;
  }
  if (kinds.has("neg")) {
    zeroStatement(clause, st);
    return;
  }
  if (kinds.has("frameStart") || kinds.has("frameEnd")) {
    const inner = clause.tokens.filter((t) => t.k !== "frameStart" && t.k !== "frameEnd");
    if (blocked(inner, st.env)) {
      st.blocked = true;
      return;
    }
    if (!hasSubject(inner)) return; // 从申请主体看，
    const parsed = parseGroups(inner, st.env);
    if (!parsed || parsed.groups.length !== 1) {
      st.blocked = true;
      return;
    }
    const partial = resolveGroup(parsed.groups[0]);
    if (!partial) st.blocked = true;
    else st.frame = partial;
    return;
  }
  // `2022年，…` `上半年，…`: the numbers after it are of another period.
  if (kinds.has("otherTime")) st.blocked = true;
}

function colonFrame(clause: Clause, st: SentenceState): void {
  const inner = clause.tokens.filter((t) => t.k !== "fill");
  if (!hasSubject(inner) || blocked(inner, st.env)) return;
  const parsed = parseGroups(inner, st.env);
  if (!parsed || parsed.groups.length !== 1) return;
  const said = resolveGroup(parsed.groups[0]);
  if (said) st.frame = said;
}

function wholeClause(clause: Clause): Where {
  return { start: clause.start, end: clause.end, clauseStart: clause.start, clauseEnd: clause.end };
}

/** `与上年持平`. */
function flatChange(clause: Clause, st: SentenceState): void {
  const subjects = st.changeSubjects ?? (st.prev && st.prev !== SUPPRESSED ? st.prev.subjects : undefined);
  if (!subjects) return;
  const base = st.prev && st.prev !== SUPPRESSED ? st.prev : undefined;
  st.out.push(changeMention(subjects, 0, false, 0, base, wholeClause(clause)));
}

/** `未发生行政复议、行政诉讼` `本年度未收到政府信息公开申请`: zero for each subject named. */
function zeroStatement(clause: Clause, st: SentenceState): void {
  const toks = clause.tokens.filter((t) => t.k !== "neg");
  if (clause.tokens.filter((t) => t.k === "neg").length !== 1) return;
  // A count needs its subject named: `未按时答复` names none.
  if (!toks.some((t) => t.k === "row" || t.k === "noun")) return;
  if (blocked(toks, st.env, EACH)) return;
  if (toks.some((t) => t.k === "sum" || t.k === "respectively" || t.k === "subset" || t.k === "include"))
    return;
  const parsed = parseGroups(
    toks.filter((t) => t.k !== "each"),
    st.env,
  );
  if (!parsed) return;
  const subjects: Subject[] = [];
  for (const g of parsed.groups) {
    const p = resolveGroup(g);
    if (!p) return;
    // `未收取行政事业性收费`: no money either.
    const s = complete(p, "count") ?? complete(p, "wan");
    if (!s) return;
    subjects.push(s);
  }
  for (const s of subjects) {
    // None at all: exact to the table's precision.
    const m = countMention([s], ZERO, wholeClause(clause));
    m.zero = true;
    if (s.table === "active" && s.cols?.includes("amount")) m.unit = "wan";
    st.out.push(m);
  }
}

// ---- Items: the words before a number, the number, and (for the last) the words after it ----

function item(pre: Token[], numTok: Token, tail: Token[], clause: Clause, st: SentenceState): void {
  const num = numTok.num as NumberToken;
  // What the bracket adds to the subject (`（含部分公开）`, `（街道）`) is not told apart.
  if (clause.bracketed) return suppress(st);
  let span = { clauseStart: clause.start, clauseEnd: clause.end };
  let compare = false;
  let up = false;
  let down = false;
  for (const t of pre) {
    if (t.k === "compare") compare = true;
    else if (t.k === "up") up = true;
    else if (t.k === "down") down = true;
  }
  const direction = up ? 1 : down ? -1 : 0;
  if (compare || (direction !== 0 && st.compared)) {
    changeItem(pre, num, numTok, clause, st, direction);
    return;
  }
  if (num.unit === "percent") {
    percentItem(pre, num, numTok, tail, clause, st);
    return;
  }
  // After the number: `50件左右`; `5个科室` counts the offices, not the subject before.
  const afterNum = tail.filter((t) => t.k !== "fill");
  if (afterNum.length && afterNum[0].k === "approx") return suppress(st);
  if (tail.length && (tail[0].k === "unk" || tail[0].k === "stop")) {
    // After a verb the number has its own noun after it: `涉及5个科室`, not `规章12件由市政府制定`.
    const last = [...pre].reverse().find((t) => t.k !== "fill" && t.k !== "sum");
    if (!last || last.k === "verb" || !hasSubject(pre)) return suppress(st);
  }

  let subjectToks = pre;
  if (!hasSubject(pre)) {
    if (st.resp && !st.resp.broken && pre.every((t) => t.k === "fill" || t.k === "sep")) {
      respectivelyNext(num, numTok, pre, clause, st);
      return;
    }
    // `收到8件政府信息公开申请` `另有3件结转下年度继续办理`.
    const after = tail.filter((t) => t.k !== "fill");
    const named = clause.beforeColon?.tokens;
    if (after.length && hasSubject(tail) && !blocked(tail, st.env, FRAME_END)) {
      // `3件行政规范性文件均已公开`: a verb after the row is what happened to them;
      // `46件申请中，…` frames what follows (below).
      const firstRow = tail.findIndex((t) => t.k === "row");
      subjectToks = [
        ...pre,
        ...tail.filter((t, i) => t.k !== "frameEnd" && (firstRow < 0 || i <= firstRow || t.k !== "verb")),
      ];
    } else if (
      named &&
      (pre.length ? pre[0] : numTok) === clause.tokens[0] &&
      (hasSubject(named) || named.some((t) => t.k === "verb")) &&
      !blocked(named, st.env)
    ) {
      // `（一）予以公开：20件`
      subjectToks = [...named, ...pre];
      span = { clauseStart: named[0].start, clauseEnd: clause.end };
    } else if (!pre.some((t) => t.k === "verb")) {
      return; // `共50件`: nothing named
    }
  }
  if (st.resp && !st.resp.broken) st.resp.broken = st.resp.next !== st.resp.subjects.length;
  const flagsHolder = subjectsOf(subjectToks, num.unit, st, true, num.value);
  if (!flagsHolder) return suppress(st);
  const { subjects, flags, inherited, parent, explicitRowAndCol, qualified } = flagsHolder;
  if (flags.cumulative && !st.thisYear) return suppress(st); // 累计: perhaps over the years
  const start = Math.min(subjectToks[0]?.start ?? numTok.start, numTok.start);
  const end = Math.max(numTok.end, subjectToks[subjectToks.length - 1]?.end ?? numTok.end);
  const at: Where = { start, end, clauseStart: span.clauseStart, clauseEnd: span.clauseEnd };
  const subsetOf = st.subset || flags.subset || flags.include ? st.prev : undefined;
  const parentMention = parent ?? (subsetOf && subsetOf !== SUPPRESSED ? subsetOf : undefined);
  if (flags.resp && subjects.length > 1) {
    const first = countMention([subjects[0]], num, at);
    st.resp = { subjects, next: 1, mentions: [first], broken: false };
    st.out.push(first);
    st.prev = first;
    return;
  }
  if (flags.each && subjects.length > 1) {
    for (const s of subjects) st.out.push(countMention([s], num, at));
    st.prev = SUPPRESSED; // no single mention to continue from
    return;
  }
  const mention = countMention(subjects, num, at);
  mention.parent = parentMention;
  mention.inherited = inherited;
  mention.explicitRowAndCol = explicitRowAndCol;
  mention.qualified = qualified;
  // `共受理申请50件，其中上年结转4件`: the 50 counts the carried-over requests too.
  if (
    parentMention &&
    subjects.length === 1 &&
    subjects[0].row.id === "requests.carried_over" &&
    parentMention.subjects.some((s) => s.row.id === "requests.new")
  )
    parentMention.ambiguous = true;
  st.out.push(mention);
  st.prev = mention;
  if (subjects.length === 1 && tail.some((t) => t.k === "frameEnd")) st.frame = frameOf(subjects[0]);
}

function suppress(st: SentenceState): void {
  st.prev = SUPPRESSED;
}

function respectivelyNext(num: NumberToken, numTok: Token, pre: Token[], clause: Clause, st: SentenceState) {
  const resp = st.resp;
  if (!resp) return;
  if (resp.next >= resp.subjects.length) {
    resp.broken = true;
    return;
  }
  const m = countMention([resp.subjects[resp.next++]], num, {
    start: pre[0]?.start ?? numTok.start,
    end: numTok.end,
    clauseStart: clause.start,
    clauseEnd: clause.end,
  });
  resp.mentions.push(m);
  st.out.push(m);
  st.prev = m;
}

/** A `分别为` list whose numbers do not match its subjects one to one is not read at all. */
function finishRespectively(st: SentenceState): void {
  const resp = st.resp;
  if (!resp) return;
  if (resp.broken || resp.next !== resp.subjects.length) {
    const drop = new Set<Mention>(resp.mentions);
    st.out = st.out.filter((m) => !drop.has(m));
  }
}

function changeItem(
  pre: Token[],
  num: NumberToken,
  numTok: Token,
  clause: Clause,
  st: SentenceState,
  direction: number,
): void {
  st.compared = st.compared || pre.some((t) => t.k === "compare");
  const ci = pre.findIndex((t) => t.k === "compare" || t.k === "up" || t.k === "down");
  const before = pre.slice(0, ci);
  const after = pre.slice(ci);
  if (num.unit !== "count" && num.unit !== "percent") return;
  // Between the comparison and the number: only the other period, fillers and the direction.
  if (after.some((t) => !CHANGE_WORDS.has(t.k))) return;
  let subjects: Subject[] | undefined;
  let base: CountMention | undefined;
  if (hasSubject(before) || before.some((t) => t.k === "verb")) {
    const parsed = subjectsOf(before, "count", st, true);
    if (!parsed) return;
    subjects = parsed.subjects;
    st.changeSubjects = subjects;
  } else if (blocked(before, st.env)) return;
  else if (st.changeSubjects) {
    subjects = st.changeSubjects;
    base = st.changeBase;
  } else if (st.prev && st.prev !== SUPPRESSED && !st.prev.ambiguous) {
    subjects = st.prev.subjects;
    base = st.prev;
    st.changeSubjects = subjects;
    st.changeBase = base;
  }
  if (!subjects || direction === 0) return; // `较上年的40件`: last year's figure, not a change
  st.out.push(
    changeMention(subjects, direction * num.value, num.unit === "percent", num.decimals, base, {
      start: pre[0]?.start ?? numTok.start,
      end: numTok.end,
      clauseStart: clause.start,
      clauseEnd: clause.end,
    }),
  );
}

function percentItem(
  pre: Token[],
  num: NumberToken,
  numTok: Token,
  tail: Token[],
  clause: Clause,
  st: SentenceState,
): void {
  const si = pre.findIndex((t) => t.k === "share");
  const spanOf = (start: number, end: number): Where => ({
    start,
    end,
    clauseStart: clause.start,
    clauseEnd: clause.end,
  });
  if (si < 0) {
    // `43.5%的申请予以公开`
    if (pre.some((t) => t.k !== "fill" && t.k !== "subset" && t.k !== "thisYear")) return;
    if (!tail.length || tail[0].text !== "的" || !hasSubject(tail)) return;
    if (blocked(tail, st.env)) return;
    const parsed = subjectsOf(tail.slice(1), "count", st, false);
    if (!parsed) return;
    st.out.push(
      shareMention(
        parsed.subjects,
        undefined,
        undefined,
        num,
        spanOf(numTok.start, tail[tail.length - 1].end),
      ),
    );
    return;
  }
  const before = pre.slice(0, si);
  const after = pre.slice(si + 1);
  if (blocked(before, st.env) || blocked(after, st.env, SHARE)) return;
  let part: Subject[];
  let partMention: CountMention | undefined;
  if (hasSubject(before)) {
    const parsed = subjectsOf(before, "count", st, true);
    if (!parsed) return;
    part = parsed.subjects;
  } else if (st.prev && st.prev !== SUPPRESSED && !st.prev.ambiguous) {
    part = st.prev.subjects;
    partMention = st.prev;
  } else return;
  let whole: Subject[] | undefined;
  // `占收到申请总数的…` names the whole; `占总数的…` leaves it to the part.
  if (hasSubject(after) || after.some((t) => t.k === "verb")) {
    const parsed = subjectsOf(after, "count", st, false);
    if (!parsed) return;
    whole = parsed.subjects;
  }
  st.out.push(shareMention(part, partMention, whole, num, spanOf(pre[0]?.start ?? numTok.start, numTok.end)));
}

// ---- Subjects ----

function hasSubject(tokens: Token[]): boolean {
  return tokens.some(
    (t) =>
      t.k === "row" || t.k === "col" || t.k === "noun" || t.k === "bareNoun" || (t.k === "year" && t.carried),
  );
}

/**
 * The kind the i-th token plays in its context: a year is this year's, another's, part of a
 * row (`2022年结转`), or next to one (`结转至2024年`: where the carried-forward requests go).
 */
function kindAt(tokens: Token[], i: number, env: GrammarEnv): TokenKind {
  const t = tokens[i];
  const k = yearKind(t, env);
  if (k === "otherTime" && t.k === "year" && env.reportYear !== null) {
    if (t.year === env.reportYear + 1 && tokens[i - 1]?.row?.id === "requests.carried_forward") return "fill";
    if (t.year === env.reportYear - 1 && tokens[i + 1]?.row?.id === "requests.carried_over") return "fill";
  }
  return k;
}

/** Whether any token makes the words unreadable as a count of this year's table. */
function blocked(tokens: Token[], env: GrammarEnv, allowed?: Set<TokenKind>): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const k = kindAt(tokens, i, env);
    if (BLOCKING.has(k) && !allowed?.has(k)) return true;
  }
  return false;
}

/** The kind a token plays once the report year is known: a year is this year, another, or a row. */
function yearKind(t: Token, env: GrammarEnv): TokenKind {
  if (t.k !== "year") return t.k;
  if (t.carried) return t.year === (env.reportYear ?? NaN) - 1 ? "row" : "otherTime";
  return t.year === env.reportYear ? "thisYear" : "otherTime";
}

function parseGroups(tokens: Token[], env: GrammarEnv): { groups: Group[]; flags: ItemFlags } | null {
  const flags: ItemFlags = {
    sum: false,
    cumulative: false,
    resp: false,
    each: false,
    subset: false,
    include: false,
  };
  const groups: Group[] = [];
  const fresh = (t: Token): Group => ({
    rows: [],
    cols: [],
    verbs: [],
    noun: false,
    bare: false,
    whole: false,
    start: t.start,
    end: t.end,
  });
  let cur: Group | undefined;
  const group = (t: Token): Group => {
    if (!cur) {
      cur = fresh(t);
      groups.push(cur);
    }
    cur.end = t.end;
    return cur;
  };
  const lex = lexicon();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const k = kindAt(tokens, i, env);
    switch (k) {
      case "sep":
        if (cur && (cur.rows.length || cur.cols.length || cur.noun || cur.bare)) cur = undefined;
        break;
      case "row": {
        const row = t.k === "year" ? lex.rows.get("requests.carried_over") : t.row;
        if (row) group(t).rows.push(row);
        break;
      }
      case "col":
        if (t.col) group(t).cols.push(t.col);
        break;
      case "verb":
        if (t.verb) group(t).verbs.push(t.verb);
        break;
      case "noun":
        group(t).noun = true;
        break;
      case "bareNoun":
        group(t).bare = true;
        break;
      case "whole":
        group(t).whole = true;
        break;
      case "sum":
        flags.sum = true;
        // 累计 alone may run over several years; 全年累计 does not.
        if (t.cumulative) flags.cumulative = true;
        break;
      case "respectively":
        flags.resp = true;
        break;
      case "each":
        flags.each = true;
        break;
      case "subset":
        flags.subset = true;
        break;
      case "include":
        flags.include = true;
        break;
      case "fill":
      case "thisYear":
        break;
      default:
        return null; // anything else: unreadable
    }
  }
  return { groups, flags };
}

function isAncestor(a: RowConcept, b: RowConcept): boolean {
  const rows = lexicon().rows;
  for (let p = b.parent; p; p = rows.get(p)?.parent) if (p === a.id) return true;
  return false;
}

/** What one group says by itself; null when its words contradict each other. */
function resolveGroup(g: Group): Said | null {
  let row: RowConcept | undefined;
  for (const r of g.rows) {
    if (!row || isAncestor(row, r)) row = r;
    else if (r.id !== row.id && !isAncestor(r, row)) return null;
  }
  const hard = g.cols.filter((c) => !c.soft);
  if (hard.length > 1 && hard.some((c) => c.id !== hard[0].id)) return null;
  let table: TableId | undefined =
    row?.table ?? hard[0]?.table ?? (g.noun || g.bare ? "requests" : undefined);
  if (hard[0] && table !== hard[0].table) return null;
  if (!table) {
    // `办结15件` `废止1件`: the verbs tell the table — one where some verb names a row or columns
    // and none blocks (`作出答复47件`: 作出 is table 二's decisions, 答复 only table 三's).
    const tables = (["requests", "appeals", "active"] as TableId[]).filter(
      (t) =>
        g.verbs.some((v) => typeof v.effect[t] === "object") && !g.verbs.some((v) => v.effect[t] === "block"),
    );
    if (tables.length === 1) table = tables[0];
  }
  const p: Said = {
    rowExplicit: row !== undefined,
    colExplicit: hard.length > 0,
    qualifier: hard.length > 0,
    verbs: g.verbs,
    noun: g.noun,
    bare: g.bare,
    whole: g.whole,
  };
  if (table) p.table = table;
  if (row) p.row = row;
  if (hard[0]) {
    p.cols = hard[0].cols;
    p.colConcept = hard[0];
  } else {
    const soft = g.cols.find((c) => c.table === table && c.cols.length > 0);
    if (soft) {
      p.cols = soft.cols;
      p.colConcept = soft;
    }
  }
  if (!table) return p;
  return applyVerbs(p, table);
}

function applyVerbs(p: Said, table: TableId): Said | null {
  const lex = lexicon();
  for (const v of p.verbs) {
    if (p.whole && v.withTotal) {
      if (!p.cols) {
        p.cols = v.withTotal;
      }
      continue;
    }
    const eff = v.effect[table];
    if (eff === "block") return null;
    if (eff === "neutral") continue;
    if (eff === "withRow") {
      // `办理申请50件` may count the carried-over ones too; `结转至本年度办理的申请4件` names its row.
      if (!p.row) return null;
      continue;
    }
    if ("row" in eff) {
      if (!p.row) p.row = lex.rows.get(eff.row);
    } else if (!p.cols) {
      p.cols = eff.cols;
    }
  }
  return p;
}

interface Parsed {
  subjects: Subject[];
  flags: ItemFlags;
  inherited: boolean;
  parent?: CountMention;
  explicitRowAndCol: boolean;
  qualified: boolean;
}

/**
 * The subjects an item's words name, filled from the other subjects of its list, the frame, the
 * mention before and the paragraph; null when they cannot be told.
 */
function subjectsOf(
  tokens: Token[],
  unit: UnitKind,
  st: SentenceState,
  inherit: boolean,
  value?: number,
): Parsed | null {
  const parsed = parseGroups(tokens, st.env);
  if (!parsed || parsed.groups.length === 0) return null;
  const { groups, flags } = parsed;
  // Words said once for the whole list: verbs, the noun.
  const verbs: VerbDef[] = [];
  for (const g of groups) for (const v of g.verbs) verbs.push(v);
  const noun = groups.some((g) => g.noun);
  for (const g of groups) {
    if (!g.verbs.length) g.verbs = verbs;
    if (noun) g.noun = true;
  }
  const partials: Said[] = [];
  for (const g of groups) {
    const p = resolveGroup(g);
    if (!p) return null;
    partials.push(p);
  }
  // A row or columns stated for one subject of a list hold for the others of its table.
  for (const p of partials) {
    if (!p.table) {
      const other = partials.find((o) => o.table);
      if (other?.table) {
        p.table = other.table;
        if (!applyVerbs(p, p.table)) return null;
      }
    }
    if (!p.row && partials.length > 1) {
      const rows = new Set(partials.filter((o) => o.row && o.table === p.table).map((o) => o.row?.id));
      if (rows.size === 1) p.row = partials.find((o) => o.row && o.table === p.table)?.row;
    }
    if (!p.cols && p.table === "active" && partials.length > 1) {
      const withCols = partials.filter((o) => o.cols && o.table === p.table);
      if (withCols.length && withCols.every((o) => o.cols === withCols[0].cols)) {
        p.cols = withCols[0].cols;
        p.colConcept = withCols[0].colConcept;
      }
    }
  }
  let inherited = false;
  let parent: CountMention | undefined;
  const prev = st.prev;
  for (const p of partials) {
    // The frame: `在自然人申请中，` `本年度收到的申请中，`.
    const frame = st.frame;
    if (frame && !fitsFrame(p, frame)) return null;
    if (frame && (!p.table || !frame.table || p.table === frame.table)) {
      if (!p.table && frame.table) p.table = frame.table;
      if (!p.row && frame.row) p.row = frame.row;
      if (!p.cols && frame.cols) {
        p.cols = frame.cols;
        p.colConcept = frame.colConcept;
      }
      if (p.table && !applyVerbs(p, p.table)) return null;
    }
    if (!inherit) continue;
    if (!p.row && (p.cols || p.verbs.length)) {
      // `制发行政规范性文件3件，废止1件`; `予以公开20件，其中自然人15件`.
      if (prev === SUPPRESSED) return null;
      const source =
        prev && prev.subjects.length === 1 && (!p.table || prev.subjects[0].table === p.table)
          ? prev
          : !prev && p.qualifier && p.table
            ? fromParagraph(p.table, st.subset || flags.subset || flags.include, st.para)
            : undefined;
      if (!source) {
        // `自然人申请38件` with nothing before: the new requests (see `complete`).
        if (p.table === "requests" && (p.qualifier || p.noun)) continue;
        return null;
      }
      p.row = source.subjects[0].row;
      if (!p.table) {
        p.table = p.row.table;
        if (!applyVerbs(p, p.table)) return null;
      }
      inherited = true;
      // Siblings share their parent: `自然人38件，法人或其他组织8件` are both parts of the 46.
      parent = source.qualified ? source.parent : source;
    } else if (p.row && !p.cols && prev && prev !== SUPPRESSED && prev.subjects.length === 1) {
      const before = prev.subjects[0];
      const row: RowConcept = p.row;
      if (
        p.table === "active" &&
        before.table === "active" &&
        before.cols &&
        !row.countCols &&
        !row.moneyCols
      ) {
        // `制发规章1件、行政规范性文件2件`
        p.cols = before.cols;
        p.colConcept = before.colConcept;
      } else if (
        p.table === "requests" &&
        before.table === "requests" &&
        prev.explicitRowAndCol &&
        before.cols
      ) {
        // `其中自然人申请予以公开15件、部分公开3件`: of the natural persons, or of all? Not told.
        return null;
      }
    }
  }
  const subjects: Subject[] = [];
  for (const p of partials) {
    const s = complete(p, unit);
    if (!s) return null;
    subjects.push(s);
  }
  // A qualifier's count is a part of the row's: it cannot exceed the count it took the row from
  // (table 二's columns are different measures, not parts).
  if (value !== undefined && inherited && parent && subjects[0].table !== "active" && value > parent.value)
    return null;
  const explicitRowAndCol = partials.length === 1 && partials[0].rowExplicit && partials[0].colExplicit;
  const qualified = partials.every((p) => p.qualifier);
  return { subjects, flags, inherited, parent, explicitRowAndCol, qualified };
}

/** Rows whose breakdown by result the table holds: `收到的46件申请中，予以公开20件`. */
const RESULT_FRAMES = new Set(["requests.new", "requests.results_total"]);
const NOT_RESULT_ROWS = new Set([
  "requests.new",
  "requests.carried_over",
  "requests.carried_forward",
  "requests.results_total",
]);

/**
 * Whether a subject can be read inside a frame: its own row, a row below it, or a result of the
 * requests received. `上年结转的4件中，3件予以公开` crosses two breakdowns the table does not hold.
 */
function fitsFrame(p: Said, frame: Said): boolean {
  if (!p.row || !frame.row || p.table !== frame.table) return true;
  if (p.row.id === frame.row.id || isAncestor(frame.row, p.row)) return true;
  return RESULT_FRAMES.has(frame.row.id) && p.row.table === "requests" && !NOT_RESULT_ROWS.has(p.row.id);
}

/** A count followed by `中` frames what follows: `不予公开的6件中，…`. */
function frameOf(s: Subject): Said {
  const frame: Said = {
    table: s.table,
    row: s.row,
    rowExplicit: true,
    colExplicit: s.cols !== undefined,
    qualifier: s.cols !== undefined,
    verbs: [],
    noun: false,
    bare: false,
    whole: false,
  };
  if (s.cols) frame.cols = s.cols;
  if (s.colConcept) frame.colConcept = s.colConcept;
  return frame;
}

/**
 * A qualifier alone in a later sentence: `其中自然人15件` is a part of the count just before;
 * `从申请主体看，自然人38件` breaks down the new requests.
 */
function fromParagraph(table: TableId, subset: boolean, para: ParagraphState): CountMention | undefined {
  if (subset || table !== "requests") return para.lastByTable[table];
  return para.lastNew ?? para.lastByTable[table];
}

/** The subject, with the defaults: a request noun alone is a new request; a row alone its total. */
function complete(p: Said, unit: UnitKind): Subject | null {
  if (!p.table) return null;
  const lex = lexicon();
  let row = p.row;
  // A request alone (`政府信息公开申请46件`, `自然人申请38件`) is a new one.
  if (!row && p.table === "requests" && (p.noun || p.qualifier)) row = lex.rows.get("requests.new");
  if (!row || row.table !== p.table) return null;
  const money = unit === "wan" || unit === "yuan";
  // Money is read only where the format fixes the unit: 本年收费金额（单位：万元）.
  if (money && row.id !== "active.fees") return null;
  let cols = p.cols;
  let colConcept = p.colConcept;
  if (p.table === "active") {
    if (!cols) {
      cols = money ? row.moneyCols : row.countCols;
      colConcept = undefined;
    }
    if (!cols) return null;
  } else if (money) return null;
  const s: Subject = { table: p.table, row };
  if (cols) s.cols = cols;
  if (colConcept) s.colConcept = colConcept;
  if (row.id === "requests.new" && !p.rowExplicit) s.received = true;
  return s;
}
