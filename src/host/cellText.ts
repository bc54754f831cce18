/**
 * Cell texts as an editor shows them and as the OOXML model holds them differ in line breaks and
 * end-of-cell marks (Word's `Table.values`, WPS's `Cell.Range.Text` with "\r" and "\r\u0007"; the
 * model joins paragraphs with "\n"): every host compares them squeezed to their visible characters.
 */

/** Text without whitespace and control characters; "" for no text (Word may give null for a merged cell). */
export function squeeze(text: string | null | undefined): string {
  if (typeof text !== "string") return "";
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
