/**
 * The reader as it was before issue 10 (jszip's streams and JavaScript inflate), kept only so that
 * `npm run bench` can print the old figure for (b) next to the new one on the same machine, at the
 * same moment (the machine is shared and noisy: a remembered figure would not compare).
 * Not used by the product.
 */
import JSZip from "jszip";
import type { ReportDocument } from "../src/report/model";
import { hasEncryptedPackage, isCompoundFile } from "../src/ooxml/cfb";
import { decodeXmlBytes } from "../src/ooxml/decodeXml";
import type { ParseOptions } from "../src/ooxml/documentBuilder";
import { docxErrors } from "../src/ooxml/errors";
import {
  parseContentTypeOverrides,
  parseRelationships,
  relationshipOfType,
  relsPartFor,
  resolveTarget,
} from "../src/ooxml/packageParts";
import { parseDocumentParts } from "../src/ooxml/parseDocumentXml";

interface ReadOptions extends ParseOptions {
  /** Most bytes one XML part may inflate to (default 40 MiB); more → `too_large`. */
  maxPartBytes?: number;
}

const DEFAULT_MAX_PART_BYTES = 40 * 1024 * 1024;

const DEFAULT_MAIN_PART = "word/document.xml";
const MAIN_CONTENT_TYPE = /\.(document|template)\.main\+xml$|macroenabled\.main\+xml$/i;

/** jszip's documented but untyped streaming API (ZipObject#internalStream). */
interface ZipStream {
  on(event: "data", listener: (chunk: Uint8Array) => void): ZipStream;
  on(event: "error", listener: (error: unknown) => void): ZipStream;
  on(event: "end", listener: () => void): ZipStream;
  resume(): ZipStream;
  pause(): ZipStream;
}
type StreamableZipObject = JSZip.JSZipObject & {
  internalStream(type: "uint8array"): ZipStream;
  /** Private in jszip's typings; holds the sizes read from the zip directory. */
  _data?: { uncompressedSize?: unknown };
};

export async function readDocxWithJszip(
  data: Uint8Array | ArrayBuffer,
  options: ReadOptions = {},
): Promise<ReportDocument> {
  // A view of our own realm: jszip type-checks with instanceof, which fails for Buffers made in
  // another realm (jest's sandbox, iframes).
  const bytes = ArrayBuffer.isView(data)
    ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
    : new Uint8Array(data);
  if (isCompoundFile(bytes))
    throw hasEncryptedPackage(bytes) ? docxErrors.encrypted() : docxErrors.legacyDoc();
  const budget = options.maxPartBytes ?? DEFAULT_MAX_PART_BYTES;
  const zip = await openZip(bytes);

  const main = await findMainPart(zip, budget);
  if (main === undefined) throw docxErrors.noDocument();
  const rels = await readPart(zip, relsPartFor(main), budget);
  const relationships = rels === undefined ? [] : parseRelationships(rels, relsPartFor(main));
  const target = (typeSuffix: string, fallback: string): string => {
    const rel = relationshipOfType(relationships, typeSuffix);
    return rel ? resolveTarget(main, rel.target) : resolveTarget(main, fallback);
  };
  const stylesPart = target("/styles", "styles.xml");
  const numberingPart = target("/numbering", "numbering.xml");

  const documentXml = await readPart(zip, main, budget);
  if (documentXml === undefined) throw docxErrors.noDocument();
  const styles = await readPart(zip, stylesPart, budget);
  const numbering = await readPart(zip, numberingPart, budget);
  return parseDocumentParts(documentXml, { styles, numbering }, options, {
    document: main,
    styles: stylesPart,
    numbering: numberingPart,
  });
}

async function openZip(bytes: Uint8Array): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/encrypted/i.test(message)) throw docxErrors.encrypted();
    // "PK": it is a zip, only a broken one.
    throw docxErrors.notZip(bytes.length >= 2 && bytes[0] === 0x50 && bytes[1] === 0x4b);
  }
}

/** The main document part: from the package relationships, else the usual name, else content types. */
async function findMainPart(zip: JSZip, budget: number): Promise<string | undefined> {
  const rels = await readPart(zip, "_rels/.rels", budget);
  if (rels !== undefined) {
    const rel = relationshipOfType(parseRelationships(rels, "_rels/.rels"), "/officeDocument");
    const name = rel && resolveTarget("", rel.target);
    if (name !== undefined && entry(zip, name)) return entry(zip, name)?.name;
  }
  if (entry(zip, DEFAULT_MAIN_PART)) return entry(zip, DEFAULT_MAIN_PART)?.name;
  const types = await readPart(zip, "[Content_Types].xml", budget);
  if (types === undefined) return undefined;
  const override = parseContentTypeOverrides(types, "[Content_Types].xml").find((o) =>
    MAIN_CONTENT_TYPE.test(o.contentType),
  );
  const name = override && resolveTarget("", override.partName);
  return name === undefined ? undefined : entry(zip, name)?.name;
}

/** A file entry by part name; OPC part names are case-insensitive, zip names are not. */
function entry(zip: JSZip, name: string): StreamableZipObject | undefined {
  const exact = zip.file(name);
  if (exact) return exact as StreamableZipObject;
  const lower = name.toLowerCase();
  for (const [key, file] of Object.entries(zip.files))
    if (!file.dir && key.toLowerCase() === lower) return file as StreamableZipObject;
  return undefined;
}

/** A part's text, or undefined when the part is absent. */
async function readPart(zip: JSZip, name: string, budget: number): Promise<string | undefined> {
  const file = entry(zip, name);
  if (file === undefined) return undefined;
  const declared = file._data?.uncompressedSize;
  if (typeof declared === "number" && declared > budget) throw docxErrors.tooLarge(name, budget);
  return decodeXmlBytes(await inflate(file, name, budget), name);
}

/** Inflates a part, counting as it goes: the declared size may lie, so it is not trusted. */
function inflate(file: StreamableZipObject, name: string, budget: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let total = 0;
    let settled = false;
    const stream = file.internalStream("uint8array");
    stream
      .on("data", (chunk) => {
        if (settled) return;
        total += chunk.length;
        if (total > budget) {
          settled = true;
          stream.pause(); // stop inflating; the rest is never produced
          reject(docxErrors.tooLarge(name, budget));
          return;
        }
        chunks.push(chunk);
      })
      .on("error", () => {
        if (settled) return;
        settled = true;
        reject(docxErrors.notZip(true));
      })
      .on("end", () => {
        if (settled) return;
        settled = true;
        if (chunks.length === 1) return resolve(chunks[0]);
        const all = new Uint8Array(total);
        let offset = 0;
        for (const chunk of chunks) {
          all.set(chunk, offset);
          offset += chunk.length;
        }
        resolve(all);
      })
      .resume();
  });
}
