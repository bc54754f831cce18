/**
 * Writes a zip from another one: entries copied as they are (local header, data and data
 * descriptor byte for byte, central record with its new offset), entries replaced or added with
 * new data. The marked copy and `clean` use it, so that the parts they do not touch stay identical,
 * compressed bytes and all.
 */
import { crc32 } from "./crc32";
import type { DeflateRaw } from "./inflate";
import type { ZipArchive, ZipEntry } from "./zipArchive";

export type ZipItem =
  /** An entry of the source archive, copied unchanged. */
  | { kind: "copy"; entry: ZipEntry }
  /** New data for an entry: a replacement (`like` gives its date and attributes) or a new part. */
  | { kind: "data"; name: string; data: Uint8Array; like?: ZipEntry };

const UTF8_FLAG = 0x0800;

export function writeZip(source: ZipArchive, items: ZipItem[], deflateRaw: DeflateRaw): Uint8Array {
  const bytes = source.bytes;
  const srcView = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ends = localRecordEnds(source);
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const push = (chunk: Uint8Array) => {
    chunks.push(chunk);
    offset += chunk.length;
  };
  // A new entry's date: the source's main part's, so that a copy made twice is the same bytes.
  const dated = source.entries.find((e) => !e.directory);
  const time = dated ? srcView.getUint16(dated.centralOffset + 12, true) : 0;
  const date = dated ? srcView.getUint16(dated.centralOffset + 14, true) : 0x21;

  for (const item of items) {
    if (item.kind === "copy") {
      const { entry } = item;
      const end = ends.get(entry);
      if (end === undefined) throw new Error(`cannot copy ${entry.name}: its record overlaps another`);
      const record = new Uint8Array(entry.centralLength);
      record.set(bytes.subarray(entry.centralOffset, entry.centralOffset + entry.centralLength));
      setLocalOffset(record, offset);
      central.push(record);
      push(bytes.subarray(entry.localOffset, end));
      continue;
    }
    const like = item.like;
    const name = encoder.encode(item.name);
    const compressed = deflateRaw(item.data);
    const stored = compressed.length >= item.data.length;
    const data = stored ? item.data : compressed;
    const crc = crc32(item.data);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, UTF8_FLAG, true);
    lv.setUint16(8, stored ? 0 : 8, true);
    lv.setUint16(10, like ? srcView.getUint16(like.centralOffset + 12, true) : time, true);
    lv.setUint16(12, like ? srcView.getUint16(like.centralOffset + 14, true) : date, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, data.length, true);
    lv.setUint32(22, item.data.length, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const record = new Uint8Array(46 + name.length);
    const cv = new DataView(record.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, like ? srcView.getUint16(like.centralOffset + 4, true) : 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, UTF8_FLAG, true);
    cv.setUint16(10, stored ? 0 : 8, true);
    cv.setUint16(12, lv.getUint16(10, true), true);
    cv.setUint16(14, lv.getUint16(12, true), true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, data.length, true);
    cv.setUint32(24, item.data.length, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(38, like ? srcView.getUint32(like.centralOffset + 38, true) : 0, true);
    cv.setUint32(42, offset, true);
    record.set(name, 46);
    central.push(record);
    push(local);
    push(data);
  }

  const centralStart = offset;
  for (const record of central) push(record);
  const eocd = new Uint8Array(22 + source.comment.length);
  const ev = new DataView(eocd.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, central.length, true);
  ev.setUint16(10, central.length, true);
  ev.setUint32(12, offset - centralStart, true);
  ev.setUint32(16, centralStart, true);
  ev.setUint16(20, source.comment.length, true);
  eocd.set(source.comment, 22);
  push(eocd);
  if (central.length > 0xfffe || offset > 0xfffffff0) throw new Error("archive too large to write");

  const out = new Uint8Array(offset);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/**
 * Where each entry's local record (header, data, data descriptor) ends: at the next record or at
 * the central directory. Undefined for an entry whose record would overlap another's.
 */
function localRecordEnds(source: ZipArchive): Map<ZipEntry, number> {
  const sorted = [...source.entries].sort((a, b) => a.localOffset - b.localOffset);
  const ends = new Map<ZipEntry, number>();
  for (let i = 0; i < sorted.length; i++) {
    const entry = sorted[i];
    const end = i + 1 < sorted.length ? sorted[i + 1].localOffset : source.centralStart;
    if (end > entry.localOffset && end <= source.bytes.length) ends.set(entry, end);
  }
  return ends;
}

/** Sets a copied central record's local header offset (in its zip64 extra field when it has one there). */
function setLocalOffset(record: Uint8Array, offset: number): void {
  const view = new DataView(record.buffer, record.byteOffset, record.byteLength);
  if (view.getUint32(42, true) !== 0xffffffff) {
    view.setUint32(42, offset, true);
    return;
  }
  const nameLength = view.getUint16(28, true);
  const extraLength = view.getUint16(30, true);
  let p = 46 + nameLength;
  const end = p + extraLength;
  while (p + 4 <= end) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (id === 1) {
      // The zip64 values present are, in order: uncompressed size, compressed size, offset.
      let q = p + 4;
      if (view.getUint32(24, true) === 0xffffffff) q += 8;
      if (view.getUint32(20, true) === 0xffffffff) q += 8;
      view.setUint32(q, offset, true);
      view.setUint32(q + 4, 0, true);
      return;
    }
    p += 4 + size;
  }
  view.setUint32(42, offset, true);
}
