/**
 * `TextEncoder` (UTF-8 only) where the browser has none — Internet Explorer 11. The `docx` writer
 * that builds the blank template encodes its XML with it; core-js has no polyfill for it. Loaded
 * with the template's chunk, before the writer runs.
 */

/** UTF-8 bytes of a string (lone surrogates become U+FFFD, as the standard encoder does). */
export function encodeUtf8(text: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      } else c = 0xfffd;
    } else if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return new Uint8Array(out);
}

class Utf8Encoder {
  readonly encoding = "utf-8";
  encode(text = ""): Uint8Array {
    return encodeUtf8(String(text));
  }
}

export function installTextEncoder(scope: { TextEncoder?: unknown }): void {
  if (typeof scope.TextEncoder !== "function") scope.TextEncoder = Utf8Encoder;
}
