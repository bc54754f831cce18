/**
 * The zip reader that replaced jszip in readDocx: the same documents through both inflaters
 * (node:zlib for the CLI, fflate for the browser), archives as other writers make them, and the
 * budget enforced while inflating by either inflater.
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import JSZip from "jszip";
import { DocxReadError, readDocx } from "../../src/ooxml";
import { fflateInflateRaw, OutputLimitExceeded, type InflateRaw } from "../../src/ooxml/zip/inflate";
import { nodeInflateRaw } from "../../src/ooxml/zip/nodeZlib";
import { crc32 } from "../../src/ooxml/zip/crc32";
import { entryData, readZipDirectory } from "../../src/ooxml/zip/zipArchive";
import { deflateRawSync } from "zlib";
import { documentXml, makeDocx, p, packageRels } from "./xml";

const SAMPLES = join(__dirname, "../fixtures/samples");
const INFLATERS: [string, InflateRaw][] = [
  ["node:zlib", nodeInflateRaw],
  ["fflate", fflateInflateRaw],
];

async function codeOf(attempt: Promise<unknown>): Promise<string> {
  try {
    await attempt;
  } catch (error) {
    expect(error).toBeInstanceOf(DocxReadError);
    return (error as DocxReadError).code;
  }
  return "read";
}

describe.each(INFLATERS)("reading with %s", (_name, inflateRaw) => {
  it("reads every sample exactly as jszip unpacks it", async () => {
    for (const file of readdirSync(SAMPLES).filter((f) => f.endsWith(".docx"))) {
      const bytes = new Uint8Array(readFileSync(join(SAMPLES, file)));
      const zip = await JSZip.loadAsync(bytes);
      const archive = readZipDirectory(bytes);
      const files = Object.values(zip.files).filter((f) => !f.dir);
      expect(archive.entries.filter((e) => !e.directory).map((e) => e.name)).toEqual(
        files.map((f) => f.name),
      );
      for (const entry of archive.entries.filter((e) => !e.directory)) {
        const expected = await zip.file(entry.name)!.async("uint8array");
        const data = entryData(archive, entry);
        const actual = entry.method === 0 ? data : inflateRaw(data, 40 << 20);
        expect(Buffer.from(actual).equals(Buffer.from(expected))).toBe(true);
      }
      const doc = await readDocx(bytes, { inflateRaw });
      expect(doc.blocks.length).toBeGreaterThan(10);
    }
  });

  it("reads stored entries, data descriptors and bytes prepended to the archive", async () => {
    const doc = documentXml(p("二、主动公开"));
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("_rels/.rels", packageRels());
    zip.file("word/document.xml", doc);
    const expected = [{ kind: "paragraph", index: 0, text: "二、主动公开" }];
    const stored = await zip.generateAsync({ type: "uint8array", compression: "STORE" });
    const streamed = await zip.generateAsync({
      type: "uint8array",
      compression: "DEFLATE",
      streamFiles: true,
    });
    expect((await readDocx(stored, { inflateRaw })).blocks).toEqual(expected);
    expect((await readDocx(streamed, { inflateRaw })).blocks).toEqual(expected);
    const prefixed = new Uint8Array(100 + streamed.length);
    prefixed.set(streamed, 100);
    expect((await readDocx(prefixed, { inflateRaw })).blocks).toEqual(expected);
  });

  it("stops a part that inflates past the budget, whatever size it declares", async () => {
    const big = documentXml(p("统计".repeat(100_000)));
    const docx = await makeDocx(big);
    expect(await codeOf(readDocx(docx, { inflateRaw, maxPartBytes: 50_000 }))).toBe("too_large");
    expect(await codeOf(readDocx(docx, { inflateRaw }))).toBe("read");
  });

  it("throws OutputLimitExceeded at the limit, and nothing below it", () => {
    const data = new Uint8Array(300_000).fill(65);
    const compressed = new Uint8Array(deflateRawSync(data));
    expect(() => inflateRaw(compressed, 299_999)).toThrow(OutputLimitExceeded);
    expect(inflateRaw(compressed, 300_000).length).toBe(300_000);
  });

  it("calls damaged data damaged", async () => {
    const docx = await makeDocx(documentXml(p("x".repeat(5000))));
    const archive = readZipDirectory(docx);
    const entry = archive.entries.find((e) => e.name === "word/document.xml")!;
    const data = entryData(archive, entry);
    const broken = docx.slice();
    const at = data.byteOffset - docx.byteOffset;
    for (let i = 0; i < data.length; i++) broken[at + i] = 0xff;
    expect(await codeOf(readDocx(broken, { inflateRaw }))).toBe("not_zip");
  });
});

describe("zip directory", () => {
  it("refuses an entry encrypted with zip encryption as a password-protected document", async () => {
    const docx = await makeDocx(documentXml(p("x")));
    const archive = readZipDirectory(docx);
    const entry = archive.entries.find((e) => e.name === "word/document.xml")!;
    const patched = docx.slice();
    const view = new DataView(patched.buffer);
    view.setUint16(entry.centralOffset + 8, entry.flags | 1, true);
    view.setUint16(entry.localOffset + 6, entry.flags | 1, true);
    expect(await codeOf(readDocx(patched))).toBe("encrypted");
  });

  it("refuses a directory that claims more entries than it can hold", async () => {
    const docx = await makeDocx(documentXml(p("x")));
    const patched = docx.slice();
    const view = new DataView(patched.buffer);
    const eocd = patched.length - 22;
    view.setUint16(eocd + 8, 0xfff0, true);
    view.setUint16(eocd + 10, 0xfff0, true);
    expect(await codeOf(readDocx(patched))).toBe("not_zip");
  });

  it("refuses offsets that point outside the file", async () => {
    const docx = await makeDocx(documentXml(p("x")));
    const archive = readZipDirectory(docx);
    const entry = archive.entries.find((e) => e.name === "word/document.xml")!;
    const patched = docx.slice();
    new DataView(patched.buffer).setUint32(entry.centralOffset + 42, 0x7fffffff, true);
    expect(await codeOf(readDocx(patched))).toBe("not_zip");
  });
});

describe("crc32", () => {
  /** The textbook bytewise CRC-32, to hold the sliced one against. */
  function reference(data: Uint8Array): number {
    let c = 0xffffffff;
    for (const byte of data) {
      c ^= byte;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    }
    return (c ^ 0xffffffff) >>> 0;
  }

  it("equals the bytewise CRC-32 at every length around the 8-byte step", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    for (let n = 0; n < 40; n++) {
      const data = Uint8Array.from({ length: n * 7 + (n % 9) }, (_, i) => (i * 131 + n) & 0xff);
      expect(crc32(data)).toBe(reference(data));
    }
  });
});
