/**
 * A sentence cut into the words of the lexicon: the longest known word at each position (a trie
 * walk, fast enough to run on every sentence that holds a number), numbers with their units,
 * years, clause punctuation, and unknown characters.
 */
import {
  FUNCTION_WORDS,
  lexicon,
  VERBS,
  type ColConcept,
  type FunctionRole,
  type RowConcept,
  type VerbDef,
} from "./lexicon";
import { parseYear } from "../text";
import { findNumbers, isChineseNumeral, type NumberToken } from "./numbers";

export type TokenKind =
  | FunctionRole
  | "row"
  | "col"
  | "verb"
  | "num"
  /** A clause boundary: `,` `:` or a bracket (`open` `close`); `colon` is `:`. */
  | "punct"
  | "colon"
  | "open"
  | "close"
  /** A year: `2023年`, `二〇二三年度`. */
  | "year"
  | "unk";

/** One word. A class, so that every token has the same shape (the grammar reads them a lot). */
export class Token {
  constructor(
    public k: TokenKind,
    /** Positions in the paragraph's normalised text. */
    public start: number,
    public end: number,
    /** The paragraph's normalised text. */
    private readonly source: string,
    public row: RowConcept | undefined = undefined,
    public col: ColConcept | undefined = undefined,
    public verb: VerbDef | undefined = undefined,
    public num: NumberToken | undefined = undefined,
    public year: number | undefined = undefined,
    /** `2022年结转`: a year that is part of the carried-over row's name. */
    public carried = false,
    /** `累计`: a total that may run over several years. */
    public cumulative = false,
  ) {}

  get text(): string {
    return this.source.slice(this.start, this.end);
  }
}

interface Entry {
  k: TokenKind;
  row?: RowConcept;
  col?: ColConcept;
  verb?: VerbDef;
}

/** A word list as a trie while it is built. */
interface BuildNode {
  children: Map<number, BuildNode>;
  entry?: Entry;
}

/**
 * The trie in flat typed arrays, walked at every position of every sentence read: node `n`'s
 * children are `childCode/childNode[childStart[n] … childStart[n] + childCount[n])`, its word (if
 * one ends there) `entries[entryOf[n]]`. Compact and contiguous, it stays in the processor's cache
 * between reports; a graph of small objects would not.
 */
interface FlatTrie {
  childStart: Uint16Array;
  childCount: Uint16Array;
  childCode: Uint16Array;
  childNode: Uint16Array;
  /** Index into `entries` + 1; 0 for none. */
  entryOf: Uint16Array;
  entries: Entry[];
  /** The root's children: an open-addressing table by character code (keys 0 = empty slot). */
  firstKeys: Uint16Array;
  firstNodes: Uint16Array;
}

const FIRST_SIZE = 4096; // a power of two, well above the number of first characters

/** Characters that never break a word: quotes and title marks around a term (`危及“三安全一稳定”`). */
function isTransparent(c: number): boolean {
  switch (c) {
    case 0x201c: // “
    case 0x201d: // ”
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x22: // "
    case 0x27: // '
    case 0x300c: // 「
    case 0x300d: // 」
    case 0x300a: // 《
    case 0x300b: // 》
      return true;
    default:
      return false;
  }
}

let flat: FlatTrie | undefined;
/** One bit per character code that starts a word (8 KB). */
const starts = new Uint32Array(0x10000 / 32);

function trie(): FlatTrie {
  if (flat) return flat;
  const root: BuildNode = { children: new Map() };
  const add = (term: string, entry: Entry) => {
    let n = root;
    for (let i = 0; i < term.length; i++) {
      const c = term.charCodeAt(i);
      if (isTransparent(c)) continue;
      let next = n.children.get(c);
      if (!next) n.children.set(c, (next = { children: new Map() }));
      n = next;
    }
    n.entry = entry;
  };
  // Later additions win for the same word: function words, then subjects, then verbs
  // (`制发` is the verb, read as 2021's 本年制发件数 or 2019's 本年新制作数量 by format).
  for (const role of Object.keys(FUNCTION_WORDS) as FunctionRole[])
    for (const term of FUNCTION_WORDS[role]) add(term, { k: role });
  const lex = lexicon();
  for (const [term, id] of lex.subjectTerms) {
    if (id.startsWith("row:")) add(term, { k: "row", row: lex.rows.get(id.slice(4)) });
    else add(term, { k: "col", col: lex.cols.get(id.slice(4)) });
  }
  for (const verb of VERBS) for (const term of verb.terms) add(term, { k: "verb", verb });

  // Number the nodes breadth first, so that each node's children are contiguous.
  const order: BuildNode[] = [root];
  for (let i = 0; i < order.length; i++) for (const c of order[i].children.values()) order.push(c);
  const index = new Map(order.map((n, i) => [n, i]));
  // Small typed arrays (16-bit node numbers), so that the walk touches little memory.
  if (order.length >= 0x10000) throw new Error("lexicon: too many trie nodes for 16-bit indices");
  const t: FlatTrie = {
    childStart: new Uint16Array(order.length),
    childCount: new Uint16Array(order.length),
    childCode: new Uint16Array(order.length),
    childNode: new Uint16Array(order.length),
    entryOf: new Uint16Array(order.length),
    entries: [],
    firstKeys: new Uint16Array(FIRST_SIZE),
    firstNodes: new Uint16Array(FIRST_SIZE),
  };
  let slot = 0;
  order.forEach((n, i) => {
    t.childStart[i] = slot;
    t.childCount[i] = n.children.size;
    for (const [c, child] of n.children) {
      t.childCode[slot] = c;
      t.childNode[slot] = index.get(child) as number;
      slot++;
    }
    if (n.entry) {
      t.entries.push(n.entry);
      t.entryOf[i] = t.entries.length;
    }
  });
  for (const [c, child] of root.children) {
    starts[c >>> 5] |= 1 << (c & 31);
    let h = c & (FIRST_SIZE - 1);
    while (t.firstKeys[h] !== 0) h = (h + 1) & (FIRST_SIZE - 1);
    t.firstKeys[h] = c;
    t.firstNodes[h] = index.get(child) as number;
  }
  flat = t;
  return t;
}

/** The entry of the word `longest` found last (kept here: no object per position). */
let found: Entry | undefined;

/** The end of the longest lexicon word at `pos` (its entry in `found`); -1 when there is none. */
function longest(t: FlatTrie, text: string, pos: number, limit: number): number {
  const c0 = text.charCodeAt(pos);
  if ((starts[c0 >>> 5] & (1 << (c0 & 31))) === 0) return -1;
  let h = c0 & (FIRST_SIZE - 1);
  while (t.firstKeys[h] !== c0) {
    if (t.firstKeys[h] === 0) return -1;
    h = (h + 1) & (FIRST_SIZE - 1);
  }
  let n: number = t.firstNodes[h];
  let best = t.entryOf[n];
  let bestEnd = best > 0 ? pos + 1 : -1;
  walk: for (let i = pos + 1; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (isTransparent(c)) continue;
    const from: number = t.childStart[n];
    const to: number = from + t.childCount[n];
    for (let k: number = from; k < to; k++)
      if (t.childCode[k] === c) {
        n = t.childNode[k];
        if (t.entryOf[n] > 0) {
          best = t.entryOf[n];
          bestEnd = i + 1;
        }
        continue walk;
      }
    break;
  }
  found = best > 0 ? t.entries[best - 1] : undefined;
  return bestEnd;
}

// The expressions below are tried at one position: anchored with ^ on a short slice there (no
// sticky flag, which Internet Explorer 11 — the lite task pane — cannot compile).
const YEAR = /^(?:(?:19|20)\d{2}(?=年)|二[〇○零O][〇○零O一二三四五六七八九]{2}(?=年))/;
/** The whole statistical year: `1月1日至12月31日` (with or without its years). */
const WHOLE_YEAR =
  /^(?:((?:19|20)\d{2})年)?1月1日(?:起)?(?:至|到|-|—|~)(?:((?:19|20)\d{2})年)?12月31日(?:止)?/;
/** A month, a day, a range of months: part of the year. */
const MONTH = /^(?:\d{1,2}(?:-\d{1,2})?月(?:份)?(?:\d{1,2}日)?|[一二三四五六七八九十]{1,2}月份?)/;
/** An enumeration at the start of a clause: `1.` `1、` `(一)` `一、`. */
const ENUMERATION = /^(?:\d{1,2}[.、](?!\d)|\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十]{1,3}、)/;
/** `我局` `本街道` `我镇政府`: the reporting body itself. */
const SELF =
  /^[我本](?:局|委|厅|办|院|署|会|部|室|科|所|站|队|馆|中心|单位|机关|部门|系统|街道办事处|街道办|街道|镇政府|镇|乡政府|乡|区政府|区|县政府|县|市政府|市|省|政府|公司)/;

/**
 * What a clause without a number must hold for the grammar to use it: a negation (a zero), a
 * comparison or no change, a frame (`…中` `从…看`), `其中`, an inclusion, or a period (this
 * year's or another).
 * Other such clauses are prose, kept as one unknown word (most of a report's text).
 */
const CLAUSE_WORTH_READING =
  /未|没有|无|持平|不变|相同|一致|较|比|其中|含|包括|包含|[中看上分里]$|方面|而言|来说|^(?:在|从|按|就|针对|对于)|年|季度|月|以来|同期/;

const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN = 0x28;
const CLOSE = 0x29;
const OPEN_SQUARE = 0x5b;
const CLOSE_SQUARE = 0x5d;
const DUN = 0x3001; // 、
/** Second characters of a Chinese enumeration (`十一、`). */
const isBoundary = (c: number) =>
  c === COMMA || c === COLON || c === OPEN || c === CLOSE || c === OPEN_SQUARE || c === CLOSE_SQUARE;

/** Where the clause starting at `pos` ends: the next clause boundary, or `end`. */
function clauseEndFrom(text: string, pos: number, end: number): number {
  for (let i = pos; i < end; i++) if (isBoundary(text.charCodeAt(i))) return i;
  return end;
}

/** The longest any of the anchored expressions matches (the whole-year period is the longest). */
const LONGEST_MATCH = 32;

/** `re` (anchored with ^) matched at `pos`. */
function matchAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  return re.exec(text.slice(pos, pos + LONGEST_MATCH));
}

/**
 * The tokens of `norm[start, end)`. `clauseStart` marks where an enumeration may stand (the
 * sentence start and after each clause boundary).
 */
export function tokenize(
  norm: string,
  start: number,
  end: number,
  numbers: NumberToken[] = findNumbers(norm, start, end),
): Token[] {
  const t = trie();
  const text = norm;
  let nextNum = 0;
  const out: Token[] = [];
  let clauseStart = true;
  let pos = start;
  const push = (
    k: TokenKind,
    to: number,
    row?: RowConcept,
    col?: ColConcept,
    verb?: VerbDef,
    num?: NumberToken,
    year?: number,
  ) => {
    out.push(new Token(k, pos, to, norm, row, col, verb, num, year));
    pos = to;
  };
  while (pos < end) {
    while (nextNum < numbers.length && numbers[nextNum].start < pos) nextNum++;
    const num = numbers[nextNum];
    if (num && num.start === pos) {
      push("num", num.end, undefined, undefined, undefined, num);
      clauseStart = false;
      continue;
    }
    // No word runs into a number.
    const limit = num ? num.start : end;
    const c = text.charCodeAt(pos);
    if (clauseStart) {
      const clauseEnd = clauseEndFrom(text, pos, end);
      if (
        clauseEnd > pos &&
        (!num || num.start >= clauseEnd) &&
        text.charCodeAt(clauseEnd) !== COLON &&
        !CLAUSE_WORTH_READING.test(text.slice(pos, clauseEnd))
      ) {
        push("unk", clauseEnd);
        clauseStart = false;
        continue;
      }
    }
    if (clauseStart) {
      clauseStart = false;
      // `1.` `(一)` `一、`: only worth a regular expression where one may start.
      const next = text.charCodeAt(pos + 1);
      const m =
        (c >= 0x30 && c <= 0x39) || c === OPEN || next === DUN || isChineseNumeral(next)
          ? matchAt(ENUMERATION, text, pos)
          : null;
      if (m) {
        push("fill", pos + m[0].length);
        continue;
      }
    }
    // Below U+3400: punctuation, quotes, digits; Chinese characters (most of the text) skip these tests.
    if (c < 0x3400) {
      if (isBoundary(c)) {
        push(
          c === COLON ? "colon" : c === OPEN || c === OPEN_SQUARE ? "open" : c === COMMA ? "punct" : "close",
          pos + 1,
        );
        clauseStart = true;
        continue;
      }
      if (c === DUN) {
        push("sep", pos + 1);
        continue;
      }
      if (isTransparent(c)) {
        push("fill", pos + 1);
        continue;
      }
    }
    if ((c >= 0x30 && c <= 0x39) || c === 0x4e8c || c === 0x4e00 || c === 0x5341) {
      const whole = matchAt(WHOLE_YEAR, text, pos);
      if (whole) {
        const years = [whole[1], whole[2]].filter((y): y is string => y !== undefined).map(Number);
        push("year", pos + whole[0].length, undefined, undefined, undefined, undefined, years[0] ?? 0);
        continue;
      }
      const y = matchAt(YEAR, text, pos);
      if (y) {
        const year = parseYear(y[0]);
        let to = pos + y[0].length + 1; // 年
        if (text[to] === "度") to++;
        else if (text[to] === "底" || text[to] === "末") to++; // 截至2023年底
        // `2022年结转的申请`: last year's requests carried into this one.
        const carried = text.startsWith("结转", to) && !"下至到次".includes(text[to + 2] ?? "");
        if (carried) to += 2;
        push("year", to, undefined, undefined, undefined, undefined, year);
        out[out.length - 1].carried = carried;
        continue;
      }
      const month = matchAt(MONTH, text, pos);
      if (month) {
        push("otherTime", pos + month[0].length);
        continue;
      }
    }
    if (c === 0x6211 || c === 0x672c) {
      const self = matchAt(SELF, text, pos);
      if (self && longest(t, text, pos, limit) <= pos + self[0].length) {
        push("fill", pos + self[0].length);
        continue;
      }
    }
    const wordEnd = longest(t, text, pos, limit);
    if (wordEnd > 0 && found) {
      push(found.k, wordEnd, found.row, found.col, found.verb);
      if (found.k === "sum" && text.startsWith("累计", out[out.length - 1].start))
        out[out.length - 1].cumulative = true;
      continue;
    }
    // Unknown characters in a row are one unknown word.
    const last = out[out.length - 1];
    if (last && last.k === "unk" && last.end === pos) {
      last.end = ++pos;
      continue;
    }
    push("unk", pos + 1);
  }
  return out;
}
