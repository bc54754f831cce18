/**
 * Hashes keep a record of a row's texts short (custom document properties are limited to 255
 * characters each). WPS's `Cell.Range.Text` ends paragraphs with "\r" (and in Word an end-of-cell
 * mark "\r\u0007" — unverified for WPS), the model with "\n": texts are hashed squeezed.
 */
import { squeeze } from "../host/cellText";
import { fnv1a } from "../host/fnv1a";

/** FNV-1a (32 bits) of the squeezed text, in base 36: equal texts, equal hashes. */
export function textHash(text: string): string {
  return fnv1a(squeeze(text)).toString(36);
}
