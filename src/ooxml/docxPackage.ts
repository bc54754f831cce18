/**
 * A .docx as a package of parts: container checks (a compound file is a .doc or an encrypted
 * .docx), the zip directory, the main document part, and parts inflated within the budget and
 * decoded strictly. The reader and the marked copy both start here.
 */
import { hasEncryptedPackage, isCompoundFile } from "./cfb";
import { decodeXmlBytes } from "./decodeXml";
import { docxErrors } from "./errors";
import {
  parseContentTypeOverrides,
  parseRelationships,
  relationshipOfType,
  resolveTarget,
} from "./packageParts";
import { fflateInflateRaw, OutputLimitExceeded, type InflateRaw } from "./zip/inflate";
import { entryData, findEntry, readZipDirectory, ZipFormatError, type ZipArchive } from "./zip/zipArchive";

export const DEFAULT_MAX_PART_BYTES = 40 * 1024 * 1024;

export interface PackageOptions {
  /** Most bytes one part may inflate to (default 40 MiB); more → `too_large`. */
  maxPartBytes?: number;
  /** The raw-DEFLATE inflater (default: fflate; the CLI passes node:zlib's). */
  inflateRaw?: InflateRaw;
}

const DEFAULT_MAIN_PART = "word/document.xml";
const MAIN_CONTENT_TYPE = /\.(document|template)\.main\+xml$|macroenabled\.main\+xml$/i;

export class DocxPackage {
  private readonly budget: number;
  private readonly inflateRaw: InflateRaw;

  private constructor(
    readonly archive: ZipArchive,
    options: PackageOptions,
  ) {
    this.budget = options.maxPartBytes ?? DEFAULT_MAX_PART_BYTES;
    this.inflateRaw = options.inflateRaw ?? fflateInflateRaw;
  }

  static open(data: Uint8Array | ArrayBuffer, options: PackageOptions = {}): DocxPackage {
    const bytes = ArrayBuffer.isView(data)
      ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
      : new Uint8Array(data);
    if (isCompoundFile(bytes))
      throw hasEncryptedPackage(bytes) ? docxErrors.encrypted() : docxErrors.legacyDoc();
    try {
      return new DocxPackage(readZipDirectory(bytes), options);
    } catch (error) {
      throw zipError(error);
    }
  }

  /** The zip name of a part (matched case-insensitively), or undefined when absent. */
  entryName(part: string): string | undefined {
    return findEntry(this.archive, part)?.name;
  }

  /** A part's bytes, inflated within the budget; undefined when the part is absent. */
  bytes(part: string): Uint8Array | undefined {
    const entry = findEntry(this.archive, part);
    if (entry === undefined) return undefined;
    const budget = this.budget;
    if (entry.uncompressedSize > budget) throw docxErrors.tooLarge(part, budget);
    let data: Uint8Array;
    try {
      data = entryData(this.archive, entry);
    } catch (error) {
      throw zipError(error);
    }
    let out = data;
    if (entry.method === 8) {
      try {
        out = this.inflateRaw(data, budget);
      } catch (error) {
        if (error instanceof OutputLimitExceeded) throw docxErrors.tooLarge(part, budget);
        throw docxErrors.notZip(true); // whatever the inflater says, the data is damaged
      }
    } else if (entry.method !== 0) throw docxErrors.notZip(true); // a compression Word never uses
    if (out.length > budget) throw docxErrors.tooLarge(part, budget);
    // The directory's size is checked after the fact: a part that lies about it is damaged.
    if (out.length !== entry.uncompressedSize) throw docxErrors.notZip(true);
    return out;
  }

  /** A part's text, or undefined when the part is absent. */
  text(part: string): string | undefined {
    const bytes = this.bytes(part);
    return bytes === undefined ? undefined : decodeXmlBytes(bytes, part);
  }

  /** The main document part: from the package relationships, else the usual name, else content types. */
  mainPart(): string | undefined {
    const rels = this.text("_rels/.rels");
    if (rels !== undefined) {
      const rel = relationshipOfType(parseRelationships(rels, "_rels/.rels"), "/officeDocument");
      const name = rel && resolveTarget("", rel.target);
      const entry = name === undefined ? undefined : this.entryName(name);
      if (entry !== undefined) return entry;
    }
    const usual = this.entryName(DEFAULT_MAIN_PART);
    if (usual !== undefined) return usual;
    const types = this.text("[Content_Types].xml");
    if (types === undefined) return undefined;
    const override = parseContentTypeOverrides(types, "[Content_Types].xml").find((o) =>
      MAIN_CONTENT_TYPE.test(o.contentType),
    );
    const name = override && resolveTarget("", override.partName);
    return name === undefined ? undefined : this.entryName(name);
  }
}

function zipError(error: unknown): unknown {
  if (!(error instanceof ZipFormatError)) return error;
  if (error.encrypted) return docxErrors.encrypted();
  return docxErrors.notZip(error.damaged);
}
