/** XML part bytes → string, strictly: bad bytes are an error, never replacement characters. */
import { docxErrors } from "./errors";

let utf8Fatal: TextDecoder | undefined;
let utf8Replacing: TextDecoder | undefined;

export function decodeXmlBytes(bytes: Uint8Array, part: string): string {
  try {
    // A UTF-16 byte-order mark is the only way a part may say it is not UTF-8.
    if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
      return new TextDecoder("utf-16le", { fatal: true }).decode(bytes.subarray(2));
    if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
      return new TextDecoder("utf-16be", { fatal: true }).decode(bytes.subarray(2));
    // Node's fatal UTF-8 decoder is about a third slower than the replacing one. Bad bytes always
    // leave a U+FFFD behind, so only a text that has one needs the fatal decoder's verdict (a
    // genuine U+FFFD in the document passes it). Both strip a UTF-8 BOM.
    utf8Replacing ??= new TextDecoder("utf-8");
    const text = utf8Replacing.decode(bytes);
    if (text.indexOf("\ufffd") === -1) return text;
    utf8Fatal ??= new TextDecoder("utf-8", { fatal: true });
    return utf8Fatal.decode(bytes);
  } catch {
    throw docxErrors.invalidEncoding(part);
  }
}
