/**
 * Hashes keep a record of a row's texts short (custom document properties are limited to 255
 * characters each). WPS's `Cell.Range.Text` ends paragraphs with "\r" (and in Word an end-of-cell
 * mark "\r\u0007" — unverified for WPS), the model with "\n": texts are hashed squeezed.
 */
import { squeeze } from "../host/cellText";

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
