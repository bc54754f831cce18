/**
 * Cell texts compared between WPS (`Cell.Range.Text`: paragraphs separated by "\r", and in Word an
 * end-of-cell mark "\r\u0007" — unverified for WPS) and the OOXML model (paragraphs joined by
 * "\n"): both are squeezed to their visible characters first. Hashes keep a record of a row's
 * texts short (custom document properties are limited to 255 characters each).
 */

/** Text without whitespace and control characters. */
export function squeeze(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x20 || code === 0x7f || code === 0x200b || code === 0xfeff || /\s/.test(ch)) continue;
    out += ch;
  }
  return out;
}

/** `short` appears in `long` in order (a cell holding a nested table shows that table's text too). */
export function isSubsequence(short: string, long: string): boolean {
  let at = 0;
  for (const ch of long) if (at < short.length && ch === short[at]) at++;
  return at === short.length;
}

/** FNV-1a (32 bits) of the squeezed text, in base 36: equal texts, equal hashes. */
export function textHash(text: string): string {
  const s = squeeze(text);
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}
