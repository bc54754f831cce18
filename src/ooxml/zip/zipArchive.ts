/**
 * A zip archive's directory, read straight from the bytes: where each entry's data is, how it is
 * compressed and how large it says it is. Nothing is inflated here (./inflate does that, within a
 * budget). Reading the directory ourselves, synchronously, replaces jszip in the reader: jszip's
 * promise-driven streams cost more than the inflating itself for a report's few small parts.
 *
 * Hostile archives are expected: every offset and length is checked against the bytes before use.
 */

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

/** Thrown for an archive that cannot be read; the reader turns it into `not_zip`. */
export class ZipFormatError extends Error {
  constructor(
    message: string,
    /** It starts like a zip ("PK"), only it is damaged. */
    readonly damaged: boolean,
    /** An entry is encrypted (zip encryption, not Office's: that is a compound file). */
    readonly encrypted = false,
  ) {
    super(message);
    this.name = "ZipFormatError";
  }
}

export interface ZipEntry {
  /** As stored (UTF-8), e.g. `word/document.xml`. */
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  /** What the directory declares; not to be trusted (the inflater counts for itself). */
  uncompressedSize: number;
  /** Offset of the local header, corrected for bytes prepended to the archive. */
  localOffset: number;
  /** Offset and length of the central directory record, for copying it unchanged. */
  centralOffset: number;
  centralLength: number;
  /** A folder entry (`word/`): no data. */
  directory: boolean;
}

export interface ZipArchive {
  bytes: Uint8Array;
  entries: ZipEntry[];
  /** Where the central directory starts (the end of the last entry's data, in a normal archive). */
  centralStart: number;
  /** The archive comment, as bytes. */
  comment: Uint8Array;
}

let utf8: TextDecoder | undefined;

export function readZipDirectory(bytes: Uint8Array): ZipArchive {
  const looksLikeZip = bytes.length >= 2 && bytes[0] === 0x50 && bytes[1] === 0x4b;
  const fail = (why: string): never => {
    throw new ZipFormatError(why, looksLikeZip);
  };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(bytes, view);
  if (eocd < 0) return fail("no end of central directory record");

  let count = view.getUint16(eocd + 10, true);
  let size = view.getUint32(eocd + 12, true);
  let offset = view.getUint32(eocd + 16, true);
  const commentLength = view.getUint16(eocd + 20, true);
  let directoryEnd = eocd;
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator >= 0 && view.getUint32(locator, true) === ZIP64_LOCATOR_SIGNATURE) {
      const at = safeNumber(view, locator + 8);
      if (at < 0 || at + 56 > bytes.length || view.getUint32(at, true) !== ZIP64_EOCD_SIGNATURE)
        return fail("damaged zip64 end of central directory");
      count = safeNumber(view, at + 32);
      size = safeNumber(view, at + 40);
      offset = safeNumber(view, at + 48);
      directoryEnd = at;
      if (count < 0 || size < 0 || offset < 0) return fail("zip64 sizes out of range");
    }
  }
  // Bytes prepended to the archive (a self-extractor stub, a careless concatenation) shift every
  // offset by the same amount: the directory ends where the end record (or zip64 record) begins.
  const centralStart = directoryEnd - size;
  if (centralStart < 0) return fail("central directory out of range");
  const shift = centralStart - offset;
  if (shift < 0) return fail("central directory out of range");
  if (count > size / 46) return fail("more entries than the central directory can hold");

  utf8 ??= new TextDecoder("utf-8");
  const entries: ZipEntry[] = [];
  let p = centralStart;
  for (let i = 0; i < count; i++) {
    if (p + 46 > directoryEnd || view.getUint32(p, true) !== CENTRAL_SIGNATURE)
      return fail("damaged central directory");
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const crc32 = view.getUint32(p + 16, true);
    let compressedSize = view.getUint32(p + 20, true);
    let uncompressedSize = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const entryCommentLength = view.getUint16(p + 32, true);
    let localOffset = view.getUint32(p + 42, true);
    const end = p + 46 + nameLength + extraLength + entryCommentLength;
    if (end > directoryEnd) return fail("damaged central directory");
    if (uncompressedSize === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      const z = zip64Extra(view, p + 46 + nameLength, extraLength);
      if (z === undefined) return fail("damaged zip64 extra field");
      let k = 0;
      if (uncompressedSize === 0xffffffff) uncompressedSize = z[k++] ?? -1;
      if (compressedSize === 0xffffffff) compressedSize = z[k++] ?? -1;
      if (localOffset === 0xffffffff) localOffset = z[k++] ?? -1;
      if (uncompressedSize < 0 || compressedSize < 0 || localOffset < 0)
        return fail("damaged zip64 extra field");
    }
    const name = utf8.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    entries.push({
      name,
      method,
      flags,
      crc32,
      compressedSize,
      uncompressedSize,
      localOffset: localOffset + shift,
      centralOffset: p,
      centralLength: end - p,
      directory: name.endsWith("/"),
    });
    p = end;
  }
  return {
    bytes,
    entries,
    centralStart,
    comment: bytes.subarray(eocd + EOCD_SIZE, eocd + EOCD_SIZE + commentLength),
  };
}

/** The compressed bytes of an entry (its local header checked and skipped). */
export function entryData(archive: ZipArchive, entry: ZipEntry): Uint8Array {
  const { bytes } = archive;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at < 0 || at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_SIGNATURE)
    throw new ZipFormatError(`damaged local header for ${entry.name}`, true);
  if (entry.flags & 1) throw new ZipFormatError(`${entry.name} is encrypted`, true, true);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipFormatError(`data of ${entry.name} out of range`, true);
  return bytes.subarray(start, end);
}

/**
 * An entry by part name. OPC part names are case-insensitive, zip names are not; a leading "/"
 * is not part of a zip name.
 */
export function findEntry(archive: ZipArchive, name: string): ZipEntry | undefined {
  const wanted = name.startsWith("/") ? name.slice(1) : name;
  let folded: ZipEntry | undefined;
  const lower = wanted.toLowerCase();
  for (const entry of archive.entries) {
    if (entry.directory) continue;
    if (entry.name === wanted) return entry;
    if (folded === undefined && entry.name.toLowerCase() === lower) folded = entry;
  }
  return folded;
}

function findEndOfCentralDirectory(bytes: Uint8Array, view: DataView): number {
  const last = bytes.length - EOCD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let p = last; p >= first; p--) {
    if (bytes[p] !== 0x50 || view.getUint32(p, true) !== EOCD_SIGNATURE) continue;
    // A comment must run exactly to the end; this keeps a "PK\5\6" inside a comment from fooling us.
    if (p + EOCD_SIZE + view.getUint16(p + 20, true) === bytes.length) return p;
  }
  // Some writers pad after the comment: accept the last record found, if any.
  for (let p = last; p >= first; p--)
    if (bytes[p] === 0x50 && view.getUint32(p, true) === EOCD_SIGNATURE) return p;
  return -1;
}

/** The 64-bit values of a zip64 extra field (id 1), or undefined when there is none. */
function zip64Extra(view: DataView, start: number, length: number): number[] | undefined {
  let p = start;
  const end = start + length;
  while (p + 4 <= end) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (p + 4 + size > end) return undefined;
    if (id === 1) {
      const values: number[] = [];
      for (let q = p + 4; q + 8 <= p + 4 + size; q += 8) values.push(safeNumber(view, q));
      return values;
    }
    p += 4 + size;
  }
  return undefined;
}

/** A little-endian 64-bit unsigned value, or -1 when it is beyond what a Number holds exactly. */
function safeNumber(view: DataView, at: number): number {
  if (at + 8 > view.byteLength) return -1;
  const low = view.getUint32(at, true);
  const high = view.getUint32(at + 4, true);
  if (high > 0x1fffff) return -1;
  return high * 0x100000000 + low;
}
