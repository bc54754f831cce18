/**
 * `TextDecoder` where the browser has none — Internet Explorer 11 — for the .docx reader that reads
 * last year's report (选择上年报告): UTF-8 (the parts of a .docx, the zip's file names) and UTF-16
 * with either byte order (a part with a UTF-16 byte-order mark), `fatal` or replacing bad bytes
 * with U+FFFD as the standard decoder does. core-js has no polyfill for it.
 */

type Encoding = "utf-8" | "utf-16le" | "utf-16be";

const LABELS: Record<string, Encoding> = {
  "utf-8": "utf-8",
  utf8: "utf-8",
  "unicode-1-1-utf-8": "utf-8",
  "utf-16le": "utf-16le",
  "utf-16": "utf-16le",
  "utf-16be": "utf-16be",
};

function fromCodes(codes: number[]): string {
  let out = "";
  // In slices: apply() has an argument limit.
  for (let i = 0; i < codes.length; i += 8192)
    out += String.fromCharCode.apply(null, codes.slice(i, i + 8192));
  return out;
}

/** Decodes UTF-8 as the Encoding Standard does (maximal subparts replaced); null at bad bytes when fatal. */
export function decodeUtf8(bytes: Uint8Array, fatal: boolean): string | null {
  const codes: number[] = [];
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      codes.push(b);
      i++;
      continue;
    }
    let need = 0;
    let cp = 0;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      cp = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      cp = b & 0x0f;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      cp = b & 0x07;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else {
      if (fatal) return null;
      codes.push(0xfffd);
      i++;
      continue;
    }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < need; k++, j++) {
      const c = j < n ? bytes[j] : -1;
      if (c < lower || c > upper) {
        ok = false;
        break;
      }
      cp = (cp << 6) | (c & 0x3f);
      lower = 0x80;
      upper = 0xbf;
    }
    if (!ok) {
      if (fatal) return null;
      codes.push(0xfffd);
      i = j; // the bytes read so far (a maximal subpart) become one U+FFFD
      continue;
    }
    if (cp >= 0x10000) {
      cp -= 0x10000;
      codes.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
    } else codes.push(cp);
    i = j;
  }
  return fromCodes(codes);
}

/** Decodes UTF-16 (lone surrogates and an odd last byte replaced); null at them when fatal. */
export function decodeUtf16(bytes: Uint8Array, littleEndian: boolean, fatal: boolean): string | null {
  const codes: number[] = [];
  const units = bytes.length >> 1;
  for (let u = 0; u < units; u++) {
    const unit = littleEndian
      ? bytes[2 * u] | (bytes[2 * u + 1] << 8)
      : (bytes[2 * u] << 8) | bytes[2 * u + 1];
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next =
        u + 1 < units
          ? littleEndian
            ? bytes[2 * u + 2] | (bytes[2 * u + 3] << 8)
            : (bytes[2 * u + 2] << 8) | bytes[2 * u + 3]
          : -1;
      if (next >= 0xdc00 && next <= 0xdfff) {
        codes.push(unit, next);
        u++;
        continue;
      }
      if (fatal) return null;
      codes.push(0xfffd);
      // A lead surrogate and then a last odd byte: one error, as the standard decoder counts it.
      if (next === -1 && bytes.length % 2 === 1) return fromCodes(codes);
    } else if (unit >= 0xdc00 && unit <= 0xdfff) {
      if (fatal) return null;
      codes.push(0xfffd);
    } else codes.push(unit);
  }
  if (bytes.length % 2 === 1) {
    if (fatal) return null;
    codes.push(0xfffd);
  }
  return fromCodes(codes);
}

class LiteTextDecoder {
  readonly encoding: Encoding;
  readonly fatal: boolean;
  readonly ignoreBOM: boolean;

  constructor(label = "utf-8", options: { fatal?: boolean; ignoreBOM?: boolean } = {}) {
    const encoding = LABELS[String(label).trim().toLowerCase()];
    if (!encoding) throw new RangeError(`The encoding label provided ('${label}') is invalid.`);
    this.encoding = encoding;
    this.fatal = options.fatal === true;
    this.ignoreBOM = options.ignoreBOM === true;
  }

  decode(input?: ArrayBuffer | ArrayBufferView): string {
    if (input === undefined) return "";
    let bytes =
      input instanceof Uint8Array
        ? input
        : input instanceof ArrayBuffer
          ? new Uint8Array(input)
          : new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    let text: string | null;
    if (this.encoding === "utf-8") {
      if (!this.ignoreBOM && bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
        bytes = bytes.subarray(3);
      text = decodeUtf8(bytes, this.fatal);
    } else {
      const little = this.encoding === "utf-16le";
      const bom = little ? [0xff, 0xfe] : [0xfe, 0xff];
      if (!this.ignoreBOM && bytes.length >= 2 && bytes[0] === bom[0] && bytes[1] === bom[1])
        bytes = bytes.subarray(2);
      text = decodeUtf16(bytes, little, this.fatal);
    }
    if (text === null) throw new TypeError("The encoded data was not valid.");
    return text;
  }
}

export function installTextDecoder(scope: { TextDecoder?: unknown }): void {
  if (typeof scope.TextDecoder !== "function") scope.TextDecoder = LiteTextDecoder;
}
