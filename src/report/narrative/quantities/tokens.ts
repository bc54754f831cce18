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
import { findNumbers, type NumberToken } from "./numbers";

export type TokenKind =
  | FunctionRole
  | "row"
  | "col"
  | "verb"
  | "num"
  /** A clause boundary: `,` `:` or a bracket. */
  | "punct"
  /** A year: `2023年`, `二〇二三年度`. */
  | "year"
  | "unk";

export interface Token {
  k: TokenKind;
  /** Positions in the paragraph's normalised text. */
  start: number;
  end: number;
  text: string;
  row?: RowConcept;
  col?: ColConcept;
  verb?: VerbDef;
  num?: NumberToken;
  year?: number;
}

interface Entry {
  k: TokenKind;
  row?: RowConcept;
  col?: ColConcept;
  verb?: VerbDef;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  entry?: Entry;
}

/** Characters that never break a word: quotes and title marks around a term (`危及“三安全一稳定”`). */
const TRANSPARENT = new Set([..."“”‘’\"'「」《》"].map((c) => c.charCodeAt(0)));

let root: TrieNode | undefined;

function trie(): TrieNode {
  if (root) return root;
  const node: TrieNode = { next: new Map() };
  const add = (term: string, entry: Entry) => {
    let n = node;
    for (let i = 0; i < term.length; i++) {
      const c = term.charCodeAt(i);
      if (TRANSPARENT.has(c)) continue;
      let child = n.next.get(c);
      if (!child) n.next.set(c, (child = { next: new Map() }));
      n = child;
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
  root = node;
  return node;
}

/** Longest lexicon word at `pos`: its end and entry. */
function longest(text: string, pos: number, limit: number): { end: number; entry: Entry } | undefined {
  let n: TrieNode | undefined = trie();
  let best: { end: number; entry: Entry } | undefined;
  for (let i = pos; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (i > pos && TRANSPARENT.has(c)) continue;
    n = n.next.get(c);
    if (!n) break;
    if (n.entry) best = { end: i + 1, entry: n.entry };
  }
  return best;
}

const YEAR = /(?:19|20)\d{2}(?=年)|二[〇○零O][〇○零O一二三四五六七八九]{2}(?=年)/y;
const CN_YEAR_DIGITS: Record<string, string> = {
  〇: "0",
  "○": "0",
  零: "0",
  O: "0",
  一: "1",
  二: "2",
  三: "3",
  四: "4",
  五: "5",
  六: "6",
  七: "7",
  八: "8",
  九: "9",
};
/** The whole statistical year: `1月1日至12月31日` (with or without its years). */
const WHOLE_YEAR =
  /(?:((?:19|20)\d{2})年)?1月1日(?:起)?(?:至|到|-|—|~)(?:((?:19|20)\d{2})年)?12月31日(?:止)?/y;
/** A month, a day, a range of months: part of the year. */
const MONTH = /\d{1,2}(?:-\d{1,2})?月(?:份)?(?:\d{1,2}日)?|[一二三四五六七八九十]{1,2}月份?/y;
/** An enumeration at the start of a clause: `1.` `1、` `(一)` `一、`. */
const ENUMERATION = /\d{1,2}[.、](?!\d)|\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十]{1,3}、/y;
/** `我局` `本街道` `我镇政府`: the reporting body itself. */
const SELF =
  /[我本](?:局|委|厅|办|院|署|会|部|室|科|所|站|队|馆|中心|单位|机关|部门|系统|街道办事处|街道办|街道|镇政府|镇|乡政府|乡|区政府|区|县政府|县|市政府|市|省|政府|公司)/y;

function sticky(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/**
 * The tokens of `norm[start, end)`. `clauseStart` marks where an enumeration may stand (the
 * sentence start and after each clause boundary).
 */
export function tokenize(norm: string, start: number, end: number): Token[] {
  const text = norm.slice(0, end);
  const numbers = findNumbers(norm.slice(start, end)).map((n) => ({
    ...n,
    start: n.start + start,
    end: n.end + start,
  }));
  let nextNum = 0;
  const out: Token[] = [];
  let clauseStart = true;
  let pos = start;
  const push = (k: TokenKind, to: number, extra?: Partial<Token>) => {
    out.push({ k, start: pos, end: to, text: text.slice(pos, to), ...extra });
    pos = to;
  };
  while (pos < end) {
    while (nextNum < numbers.length && numbers[nextNum].start < pos) nextNum++;
    const num = numbers[nextNum];
    if (num && num.start === pos) {
      push("num", num.end, { num });
      clauseStart = false;
      continue;
    }
    // No word runs into a number.
    const limit = num ? num.start : end;
    const ch = text[pos];
    const c = text.charCodeAt(pos);
    if (clauseStart) {
      clauseStart = false;
      const m = sticky(ENUMERATION, text, pos);
      if (m) {
        push("fill", pos + m[0].length);
        continue;
      }
    }
    if (ch === "," || ch === ":" || ch === "(" || ch === ")" || ch === "[" || ch === "]") {
      push("punct", pos + 1);
      clauseStart = true;
      continue;
    }
    if (ch === "、") {
      push("sep", pos + 1);
      continue;
    }
    if (TRANSPARENT.has(c)) {
      push("fill", pos + 1);
      continue;
    }
    if ((c >= 0x30 && c <= 0x39) || ch === "二" || ch === "一" || ch === "十") {
      const whole = sticky(WHOLE_YEAR, text, pos);
      if (whole) {
        const years = [whole[1], whole[2]].filter((y): y is string => y !== undefined).map(Number);
        push("year", pos + whole[0].length, { year: years[0] ?? 0 });
        continue;
      }
      const y = sticky(YEAR, text, pos);
      if (y) {
        const year = /^\d+$/.test(y[0])
          ? Number(y[0])
          : Number([...y[0]].map((d) => CN_YEAR_DIGITS[d]).join(""));
        let to = pos + y[0].length + 1; // 年
        if (text[to] === "度") to++;
        // `2022年结转的申请`: last year's requests carried into this one.
        if (text.startsWith("结转", to) && !"下至到次".includes(text[to + 2] ?? "")) to += 2;
        push("year", to, { year });
        continue;
      }
      const month = sticky(MONTH, text, pos);
      if (month) {
        push("otherTime", pos + month[0].length);
        continue;
      }
    }
    if (ch === "我" || ch === "本") {
      const self = sticky(SELF, text, pos);
      const word = longest(text, pos, limit);
      if (self && (!word || word.end <= pos + self[0].length)) {
        push("fill", pos + self[0].length);
        continue;
      }
    }
    const word = longest(text, pos, limit);
    if (word) {
      push(word.entry.k, word.end, { row: word.entry.row, col: word.entry.col, verb: word.entry.verb });
      continue;
    }
    push("unk", pos + 1);
  }
  return out;
}
