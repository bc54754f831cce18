/**
 * A small, fast XML pull scanner that checks well-formedness (no DTD, no validation).
 *
 * Why not a general SAX library: saxes alone needs ~5 ms for the 180 KB `document.xml` of a sample
 * report on the target machine, more than the whole per-document budget. This scanner walks the
 * string with `indexOf` and char-code loops, allocates only element names and the text the caller
 * asks for, and keeps no recursion (an explicit name stack), so hostile nesting cannot overflow.
 * A test checks that it accepts and rejects the same mutated documents as saxes.
 *
 * Checked: tag nesting and matching, element and attribute names (QName shape, bound prefixes),
 * attribute syntax and duplicates, `<` in attribute values, character references and the five
 * predefined entities (anything else is an undefined entity: there is no DTD), comments, CDATA,
 * processing instructions, the XML declaration, a single root, text outside the root.
 * A `<!DOCTYPE` is rejected outright, so entities are never expanded.
 * Lenient: Unicode name-character classes beyond ASCII, `]]>` in text, line-end normalisation,
 * and C0 control characters are only looked for in the text and attribute values handed out.
 */

export const TOKEN_END = 0;
export const TOKEN_OPEN = 1;
export const TOKEN_CLOSE = 2;
export const TOKEN_TEXT = 3;

/** Thrown for malformed XML; `offset` is the UTF-16 index in the source string. */
export class XmlSyntaxError extends Error {
  readonly line: number;
  readonly column: number;
  constructor(
    readonly reason: string,
    readonly offset: number,
    source: string,
    readonly isDoctype = false,
  ) {
    const { line, column } = lineAndColumn(source, offset);
    super(`${reason} (line ${line}, column ${column})`);
    this.name = "XmlSyntaxError";
    this.line = line;
    this.column = column;
  }
}

/** 1-based line and column of a string offset (error path only, so a plain scan is fine). */
export function lineAndColumn(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, source.length);
  for (let i = source.indexOf("\n"); i !== -1 && i < end; i = source.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}

/** Maps a namespace URI + local name to a caller-defined element id (0 for "not interesting"). */
export type ElementResolver = (uri: string, local: string) => number;

const XML_NS = "http://www.w3.org/XML/1998/namespace";
const CACHE_SIZE = 512;

// Char codes used below.
const LT = 60; // <
const GT = 62; // >
const SLASH = 47; // /
const BANG = 33; // !
const QUESTION = 63; // ?
const EQ = 61; // =
const QUOT = 34; // "
const APOS = 39; // '
const AMP = 38; // &
const HASH = 35; // #
const COLON = 58; // :
const X_LOWER = 120; // x

/** 1 = may start a name, 2 = may continue a name; non-ASCII is accepted leniently. */
const NAME_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z_:]/.test(ch)) NAME_CHAR[c] = 1;
  else if (/[0-9.-]/.test(ch)) NAME_CHAR[c] = 2;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

// XML 1.0 forbids these C0 controls anywhere, even as character references.
// eslint-disable-next-line no-control-regex -- matching control characters is the point of this pattern
const ILLEGAL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

export class XmlScanner {
  /** Qualified name of the current OPEN or CLOSE token. */
  name = "";
  /** Caller-defined id of the current OPEN token's element (from the resolver). */
  id = 0;
  /** Whether the current OPEN token was written `<a/>` (a CLOSE token follows at once). */
  selfClosing = false;
  /** Number of open elements, the current OPEN element included. */
  depth = 0;
  /**
   * Where the current OPEN or CLOSE tag is in the source: [tokenStart, tokenEnd). For the CLOSE of
   * a self-closing element both are the end of its tag. The marked copy edits at these offsets.
   */
  tokenStart = 0;
  tokenEnd = 0;

  private readonly src: string;
  private readonly len: number;
  private readonly resolver: ElementResolver;
  private pos = 0;
  private readonly names: string[] = [];
  private pendingClose = false;
  private rootClosed = false;
  private rootSeen = false;

  // Current text token: [textStart, textEnd), raw when it came from CDATA.
  private textStart = 0;
  private textEnd = 0;
  private textIsCdata = false;
  private textHasAmp = false;
  // Position of the next '&' at or after the scan position (or len): amortises entity checks.
  private ampPos = -1;

  // Attribute spans of the current OPEN token: nameStart, nameEnd, valueStart, valueEnd.
  private attrs = new Int32Array(64);
  private attrCount = 0;

  // In-scope namespace bindings with an undo log, so a lookup is O(1) whatever the depth.
  private readonly bindings = new Map<string, string>([["xml", XML_NS]]);
  private readonly undo: { depth: number; prefix: string; previous: string | undefined }[] = [];
  private readonly cacheNames: (string | undefined)[] = new Array<string | undefined>(CACHE_SIZE).fill(
    undefined,
  );
  private readonly cacheIds = new Int32Array(CACHE_SIZE);
  private readonly cacheHashes = new Int32Array(CACHE_SIZE);
  private readonly cacheSlots: number[] = [];

  constructor(source: string, resolver: ElementResolver) {
    // A BOM that survived decoding is not content.
    this.src = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
    this.len = this.src.length;
    this.resolver = resolver;
  }

  /** Advances to the next token: TOKEN_OPEN, TOKEN_CLOSE, TOKEN_TEXT or TOKEN_END. */
  next(): number {
    if (this.pendingClose) {
      this.pendingClose = false;
      this.tokenStart = this.tokenEnd;
      this.popElement();
      return TOKEN_CLOSE;
    }
    const src = this.src;
    for (;;) {
      const pos = this.pos;
      if (pos >= this.len) {
        if (this.names.length > 0) this.fail(`unclosed element <${this.names[this.names.length - 1]}>`, pos);
        if (!this.rootSeen) this.fail("no root element", pos);
        return TOKEN_END;
      }
      if (src.charCodeAt(pos) !== LT) {
        const end = indexOrEnd(src, "<", pos);
        this.pos = end;
        this.checkAmps(pos, end);
        if (this.names.length === 0) {
          for (let i = pos; i < end; i++)
            if (!isSpace(src.charCodeAt(i))) this.fail("text outside the root element", i);
          continue;
        }
        this.textStart = pos;
        this.textEnd = end;
        this.textIsCdata = false;
        return TOKEN_TEXT;
      }
      const c1 = src.charCodeAt(pos + 1);
      if (c1 === SLASH) return this.scanCloseTag(pos);
      if (c1 === BANG) {
        if (this.scanBang(pos)) return TOKEN_TEXT;
        continue;
      }
      if (c1 === QUESTION) {
        this.scanPi(pos);
        continue;
      }
      return this.scanOpenTag(pos);
    }
  }

  /**
   * Skips the subtree of the element just opened, through its CLOSE token. The skipped markup is
   * still checked; its text is not decoded.
   */
  skipElement(): void {
    const outside = this.depth - 1;
    for (;;) {
      const token = this.next();
      if ((token === TOKEN_CLOSE && this.depth === outside) || token === TOKEN_END) return;
    }
  }

  /** Decoded text of the current TEXT token. */
  text(): string {
    const raw = this.src.slice(this.textStart, this.textEnd);
    this.checkChars(raw, this.textStart);
    if (this.textIsCdata || !this.textHasAmp) return raw;
    return this.decode(this.textStart, this.textEnd);
  }

  /**
   * Value of the current OPEN element's attribute with this local name in this namespace
   * ("" for an unprefixed attribute), decoded; undefined when absent.
   */
  attr(local: string, uri: string): string | undefined {
    const src = this.src;
    const a = this.attrs;
    for (let i = 0; i < this.attrCount; i++) {
      const ns = a[i * 4];
      const ne = a[i * 4 + 1];
      const ls = ne - local.length;
      if (ls < ns || !src.startsWith(local, ls)) continue;
      let attrUri: string | undefined;
      if (ls === ns) attrUri = "";
      else if (src.charCodeAt(ls - 1) === COLON) attrUri = this.bindings.get(src.slice(ns, ls - 1));
      else continue;
      if (attrUri === uri) {
        this.checkChars(src.slice(a[i * 4 + 2], a[i * 4 + 3]), a[i * 4 + 2]);
        return this.decode(a[i * 4 + 2], a[i * 4 + 3]);
      }
    }
    return undefined;
  }

  /**
   * C0 controls are checked in the text and values handed out, not in the whole input: markup
   * rejects them anyway, and a full scan would cost more than the rest of the tokenising.
   */
  private checkChars(raw: string, offset: number): void {
    const bad = ILLEGAL_CHARS.exec(raw);
    if (bad) this.fail("character not allowed in XML", offset + bad.index);
  }

  /** Throws an XmlSyntaxError at the given offset (default: the current position). */
  private fail(reason: string, offset = this.pos, isDoctype = false): never {
    throw new XmlSyntaxError(reason, offset, this.src, isDoctype);
  }

  private popElement(): void {
    const depth = this.names.length;
    this.names.pop();
    this.depth = depth - 1;
    if (this.undo.length > 0 && this.undo[this.undo.length - 1].depth === depth) this.popBindings(depth);
    if (this.depth === 0) this.rootClosed = true;
  }

  private popBindings(depth: number): void {
    const undo = this.undo;
    while (undo.length > 0 && undo[undo.length - 1].depth === depth) {
      const u = undo.pop() as { prefix: string; previous: string | undefined };
      if (u.previous === undefined) this.bindings.delete(u.prefix);
      else this.bindings.set(u.prefix, u.previous);
    }
    this.clearNameCache();
  }

  private scanCloseTag(pos: number): number {
    const src = this.src;
    const names = this.names;
    if (names.length === 0) this.fail("closing tag without an open element", pos);
    const expected = names[names.length - 1];
    let p = pos + 2;
    if (!src.startsWith(expected, p)) this.fail(`closing tag does not match <${expected}>`, pos);
    p += expected.length;
    let c = src.charCodeAt(p);
    while (isSpace(c)) c = src.charCodeAt(++p);
    if (c !== GT) this.fail(`closing tag does not match <${expected}>`, pos);
    this.pos = p + 1;
    this.tokenStart = pos;
    this.tokenEnd = p + 1;
    this.name = expected;
    this.popElement();
    return TOKEN_CLOSE;
  }

  private scanOpenTag(pos: number): number {
    const src = this.src;
    const len = this.len;
    let p = pos + 1;
    let c = src.charCodeAt(p);
    if (!(c < 128 ? NAME_CHAR[c] === 1 : c === c)) this.fail("invalid element name", p);
    const nameStart = p;
    let hash = c;
    let prefixEnd = -1; // the element name's first ':'
    for (;;) {
      c = src.charCodeAt(++p);
      if (c < 128 ? NAME_CHAR[c] === 0 : c !== c) break; // c !== c: NaN past the end
      if (c === COLON && prefixEnd === -1) prefixEnd = p;
      hash = (hash * 31 + c) | 0;
    }
    const nameEnd = p;
    let foreignPrefix = false;
    let attrCount = 0;
    let declares = false;
    for (;;) {
      let spaced = false;
      while (isSpace(c)) {
        c = src.charCodeAt(++p);
        spaced = true;
      }
      if (c === GT) {
        p++;
        this.selfClosing = false;
        break;
      }
      if (c === SLASH) {
        if (src.charCodeAt(p + 1) !== GT) this.fail("expected '>' after '/'", p);
        p += 2;
        this.selfClosing = true;
        break;
      }
      if (p >= len) this.fail(`unterminated tag <${src.slice(nameStart, nameEnd)}>`, pos);
      if (!spaced) this.fail("expected whitespace before an attribute", p);
      if (!(c < 128 ? NAME_CHAR[c] === 1 : true)) this.fail("invalid attribute name", p);
      const an = p;
      let colon = c === COLON ? p : -1;
      let colons = colon === -1 ? 0 : 1;
      for (;;) {
        c = src.charCodeAt(++p);
        if (c < 128 ? NAME_CHAR[c] === 0 : c !== c) break;
        if (c === COLON) {
          colon = p;
          colons++;
        }
      }
      const ae = p;
      if (colon !== -1) {
        if (colons > 1 || colon === an || colon === ae - 1) this.fail("invalid attribute name", an);
        // Prefixes other than the element's own (already known to be bound) are checked below.
        let same = colon - an === prefixEnd - nameStart;
        for (let k = 0; same && k < colon - an; k++)
          same = src.charCodeAt(an + k) === src.charCodeAt(nameStart + k);
        if (!same) foreignPrefix = true;
      }
      while (isSpace(c)) c = src.charCodeAt(++p);
      if (c !== EQ) this.fail("expected '=' after an attribute name", p);
      c = src.charCodeAt(++p);
      while (isSpace(c)) c = src.charCodeAt(++p);
      if (c !== QUOT && c !== APOS) this.fail("expected a quoted attribute value", p);
      // Values are short: a plain loop beats a builtin search, and checks '<' and '&' on the way.
      const quote = c;
      const vs = p + 1;
      let ve = vs;
      for (;;) {
        const v = src.charCodeAt(ve);
        if (v === quote) break;
        if (v === LT) this.fail("'<' in an attribute value", ve);
        if (v === AMP) ve = this.checkEntity(ve);
        else if (v !== v) this.fail("unterminated attribute value", p);
        else ve++;
      }
      if (attrCount * 4 + 4 > this.attrs.length) {
        const grown = new Int32Array(this.attrs.length * 2);
        grown.set(this.attrs);
        this.attrs = grown;
      }
      const a = this.attrs;
      a[attrCount * 4] = an;
      a[attrCount * 4 + 1] = ae;
      a[attrCount * 4 + 2] = vs;
      a[attrCount * 4 + 3] = ve;
      attrCount++;
      // "xmlns" or "xmlns:…" (first-char test first: this runs for every attribute)
      if (src.charCodeAt(an) === X_LOWER && isXmlnsName(src, an, ae)) declares = true;
      p = ve + 1;
      c = src.charCodeAt(p);
    }
    this.attrCount = attrCount;
    if (attrCount > 1) this.checkDuplicateAttributes();
    if (this.rootClosed) this.fail("more than one root element", pos);
    this.rootSeen = true;
    this.pos = p;
    this.tokenStart = pos;
    this.tokenEnd = p;
    const depth = this.names.length + 1;
    // Declarations on this element apply to its own name and attributes.
    if (declares) this.declareNamespaces(depth);
    if (foreignPrefix) this.checkAttributePrefixes();
    this.lookupName(nameStart, nameEnd, hash, pos);
    this.names.push(this.name);
    this.depth = depth;
    if (this.selfClosing) this.pendingClose = true;
    return TOKEN_OPEN;
  }

  /**
   * Sets `name` and `id` for the element name at [start, end). A small open-addressing table
   * keyed by the hash computed while scanning avoids slicing and hashing a new string per tag:
   * the cached name string is reused. Cleared whenever namespace bindings change.
   */
  private lookupName(start: number, end: number, hash: number, pos: number): void {
    const src = this.src;
    const length = end - start;
    const mask = CACHE_SIZE - 1;
    for (let probe = 0, slot = hash & mask; probe < 8; probe++, slot = (slot + 1) & mask) {
      const cached = this.cacheNames[slot];
      if (cached === undefined) {
        const name = src.slice(start, end);
        this.name = name;
        this.id = this.resolveName(name, pos);
        if (this.cacheSlots.length < CACHE_SIZE / 2) {
          this.cacheNames[slot] = name;
          this.cacheIds[slot] = this.id;
          this.cacheHashes[slot] = hash;
          this.cacheSlots.push(slot);
        }
        return;
      }
      if (this.cacheHashes[slot] === hash && cached.length === length && src.startsWith(cached, start)) {
        this.name = cached;
        this.id = this.cacheIds[slot];
        return;
      }
    }
    // Too many collisions (many distinct names): resolve without caching.
    this.name = src.slice(start, end);
    this.id = this.resolveName(this.name, pos);
  }

  /** Clears only the slots in use, so that a namespace change on every element stays cheap. */
  private clearNameCache(): void {
    for (const slot of this.cacheSlots) this.cacheNames[slot] = undefined;
    this.cacheSlots.length = 0;
  }

  private resolveName(name: string, pos: number): number {
    const colon = name.indexOf(":");
    if (colon === -1) return this.resolver(this.bindings.get("") ?? "", name);
    if (colon === 0 || colon === name.length - 1 || name.indexOf(":", colon + 1) !== -1)
      this.fail(`invalid qualified name <${name}>`, pos);
    const uri = this.bindings.get(name.slice(0, colon));
    if (uri === undefined) this.fail(`unbound namespace prefix in <${name}>`, pos);
    return this.resolver(uri, name.slice(colon + 1));
  }

  private declareNamespaces(depth: number): void {
    const src = this.src;
    const a = this.attrs;
    for (let i = 0; i < this.attrCount; i++) {
      const ns = a[i * 4];
      const ne = a[i * 4 + 1];
      if (!isXmlnsName(src, ns, ne)) continue;
      const prefix = ne - ns === 5 ? "" : src.slice(ns + 6, ne);
      if (prefix === "xmlns" || prefix === "xml") continue; // reserved; never rebound here
      this.undo.push({ depth, prefix, previous: this.bindings.get(prefix) });
      this.bindings.set(prefix, this.decode(a[i * 4 + 2], a[i * 4 + 3]));
    }
    this.clearNameCache();
  }

  /** Every prefixed attribute's prefix must be bound (`xmlns:` itself is a declaration). */
  private checkAttributePrefixes(): void {
    const src = this.src;
    const a = this.attrs;
    for (let i = 0; i < this.attrCount; i++) {
      const start = a[i * 4];
      const colon = src.indexOf(":", start);
      if (colon === -1 || colon >= a[i * 4 + 1]) continue;
      const prefix = src.slice(start, colon);
      if (prefix !== "xmlns" && !this.bindings.has(prefix))
        this.fail(`unbound namespace prefix "${prefix}"`, start);
    }
  }

  private checkDuplicateAttributes(): void {
    const src = this.src;
    const a = this.attrs;
    const n = this.attrCount;
    if (n > 16) {
      // Many attributes (hostile input): a set keeps this linear.
      const seen = new Set<string>();
      for (let i = 0; i < n; i++) {
        const name = src.slice(a[i * 4], a[i * 4 + 1]);
        if (seen.has(name)) this.fail(`duplicate attribute ${name}`, a[i * 4]);
        seen.add(name);
      }
      return;
    }
    for (let i = 1; i < n; i++) {
      const is = a[i * 4];
      const il = a[i * 4 + 1] - is;
      for (let j = 0; j < i; j++) {
        const js = a[j * 4];
        if (a[j * 4 + 1] - js !== il) continue;
        let k = 0;
        while (k < il && src.charCodeAt(is + k) === src.charCodeAt(js + k)) k++;
        if (k === il) this.fail(`duplicate attribute ${src.slice(is, is + il)}`, is);
      }
    }
  }

  /** `<!…`: comment, CDATA (returns true: a text token) or a rejected DOCTYPE. */
  private scanBang(pos: number): boolean {
    const src = this.src;
    if (src.startsWith("<!--", pos)) {
      const end = src.indexOf("-->", pos + 4);
      if (end === -1) this.fail("unterminated comment", pos);
      const dashes = src.indexOf("--", pos + 4);
      if (dashes < end) this.fail("'--' inside a comment", dashes);
      this.pos = end + 3;
      return false;
    }
    if (src.startsWith("<![CDATA[", pos)) {
      if (this.names.length === 0) this.fail("CDATA outside the root element", pos);
      const end = src.indexOf("]]>", pos + 9);
      if (end === -1) this.fail("unterminated CDATA section", pos);
      this.textStart = pos + 9;
      this.textEnd = end;
      this.textIsCdata = true;
      this.pos = end + 3;
      return true;
    }
    if (src.startsWith("<!DOCTYPE", pos)) this.fail("a DOCTYPE declaration is not allowed", pos, true);
    return this.fail("invalid markup after '<!'", pos);
  }

  private scanPi(pos: number): void {
    const src = this.src;
    const end = src.indexOf("?>", pos + 2);
    if (end === -1) this.fail("unterminated processing instruction", pos);
    let p = pos + 2;
    while (p < end && !isSpace(src.charCodeAt(p))) {
      const c = src.charCodeAt(p);
      const first = p === pos + 2;
      if (c === COLON || (c < 128 && (first ? NAME_CHAR[c] !== 1 : NAME_CHAR[c] === 0)))
        this.fail("invalid processing instruction target", p);
      p++;
    }
    const target = src.slice(pos + 2, p);
    if (target.length === 0) this.fail("processing instruction without a target", pos);
    if (target.toLowerCase() === "xml") {
      if (pos !== 0) this.fail("XML declaration not at the start", pos);
      if (!XML_DECLARATION.test(src.slice(0, end + 2))) this.fail("malformed XML declaration", pos);
    }
    this.pos = end + 2;
  }

  /** Validates every '&' in [start, end) using the shared '&' pointer (linear overall). */
  private checkAmps(start: number, end: number): void {
    let amp = this.ampPos;
    this.textHasAmp = false;
    if (amp >= end) return;
    if (amp < start) amp = indexOrEnd(this.src, "&", start);
    if (amp < end) this.textHasAmp = true;
    while (amp < end) amp = indexOrEnd(this.src, "&", this.checkEntity(amp));
    this.ampPos = amp;
  }

  /** Checks the reference at `amp` and returns the offset after its ';'. */
  private checkEntity(amp: number): number {
    const src = this.src;
    const semi = src.indexOf(";", amp + 1);
    // Longest valid reference is "&#x10FFFF;" (or "&#1114111;").
    if (semi === -1 || semi - amp > 10) this.fail("'&' that does not start an entity reference", amp);
    if (src.charCodeAt(amp + 1) === HASH) {
      const cp = parseCharRef(src, amp + 2, semi);
      if (cp < 0) this.fail("invalid character reference", amp);
      return semi + 1;
    }
    switch (src.slice(amp + 1, semi)) {
      case "lt":
      case "gt":
      case "amp":
      case "quot":
      case "apos":
        return semi + 1;
      default:
        return this.fail(`undefined entity ${src.slice(amp, semi + 1)}`, amp);
    }
  }

  /** Decodes entity references in [start, end) (already validated). */
  private decode(start: number, end: number): string {
    const src = this.src;
    // A bounded loop, not indexOf: an unbounded search could run far past `end` every time.
    let amp = start;
    while (amp < end && src.charCodeAt(amp) !== AMP) amp++;
    if (amp >= end) return src.slice(start, end);
    const parts: string[] = [];
    let from = start;
    while (amp < end) {
      if (amp > from) parts.push(src.slice(from, amp));
      const semi = src.indexOf(";", amp + 1);
      if (src.charCodeAt(amp + 1) === HASH)
        parts.push(String.fromCodePoint(parseCharRef(src, amp + 2, semi)));
      else parts.push(ENTITY_VALUES[src.slice(amp + 1, semi)] ?? "");
      from = semi + 1;
      amp = from;
      while (amp < end && src.charCodeAt(amp) !== AMP) amp++;
    }
    if (from < end) parts.push(src.slice(from, end));
    return parts.join("");
  }
}

function isXmlnsName(src: string, start: number, end: number): boolean {
  return (
    end - start >= 5 &&
    src.startsWith("xmlns", start) &&
    (end - start === 5 || src.charCodeAt(start + 5) === COLON)
  );
}

function indexOrEnd(src: string, needle: string, from: number): number {
  const i = src.indexOf(needle, from);
  return i === -1 ? src.length : i;
}

const XML_DECLARATION =
  /^<\?xml\s+version\s*=\s*(["'])1\.[0-9]+\1(?:\s+encoding\s*=\s*(["'])[A-Za-z][A-Za-z0-9._-]*\2)?(?:\s+standalone\s*=\s*(["'])(?:yes|no)\3)?\s*\?>$/;

const ENTITY_VALUES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Code point of `#…;` digits in [start, end), or -1 when malformed or not an XML character. */
function parseCharRef(src: string, start: number, end: number): number {
  let cp = 0;
  let p = start;
  const hex = src.charCodeAt(p) === 120; // 'x'
  if (hex) p++;
  if (p >= end) return -1;
  for (; p < end; p++) {
    const c = src.charCodeAt(p);
    let d: number;
    if (c >= 48 && c <= 57) d = c - 48;
    else if (hex && c >= 97 && c <= 102) d = c - 87;
    else if (hex && c >= 65 && c <= 70) d = c - 55;
    else return -1;
    cp = cp * (hex ? 16 : 10) + d;
    if (cp > 0x10ffff) return -1;
  }
  const ok =
    cp === 9 ||
    cp === 10 ||
    cp === 13 ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff);
  return ok ? cp : -1;
}
