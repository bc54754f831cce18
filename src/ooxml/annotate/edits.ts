/**
 * Edits of an XML part made at string offsets and applied to its bytes, so that everything between
 * the edits stays byte for byte as it was (no decode and re-encode round trip), with a log from
 * which the original bytes come back exactly.
 */
import { crc32 } from "../zip/crc32";

/** At `at` (a UTF-16 offset in the decoded part), remove `remove` characters and insert `insert`. */
export interface TextEdit {
  at: number;
  remove: number;
  insert: string;
}

/** An applied edit: at byte `at` of the original, `removed` bytes gave way to `inserted` bytes. */
export interface ByteEdit {
  at: number;
  inserted: number;
  removed: Uint8Array;
}

/** What the log keeps of one edited part. */
export interface PartEdits {
  part: string;
  edits: ByteEdit[];
  originalSize: number;
  originalCrc: number;
  editedSize: number;
  editedCrc: number;
}

let encoder: TextEncoder | undefined;

/**
 * Applies `edits` to a UTF-8 part. `offsetBase` is the number of bytes before the text the offsets
 * count in (a byte-order mark). Insertions at one offset keep the order given, and come before a
 * replacement starting there; overlapping replacements are a bug and throw.
 */
export function applyTextEdits(
  part: string,
  bytes: Uint8Array,
  text: string,
  offsetBase: number,
  edits: TextEdit[],
): { bytes: Uint8Array; log: PartEdits } {
  encoder ??= new TextEncoder();
  const order = edits
    .map((edit, i) => ({ edit, i }))
    .sort((a, b) => a.edit.at - b.edit.at || a.edit.remove - b.edit.remove || a.i - b.i)
    .map((x) => x.edit);
  const chunks: Uint8Array[] = [];
  const byteEdits: ByteEdit[] = [];
  let textPos = 0;
  let bytePos = offsetBase;
  let copiedTo = 0;
  let total = 0;
  const emit = (chunk: Uint8Array) => {
    chunks.push(chunk);
    total += chunk.length;
  };
  for (const edit of order) {
    if (edit.at < textPos) throw new Error(`overlapping edits in ${part} at ${edit.at}`);
    bytePos += utf8Length(text, textPos, edit.at);
    textPos = edit.at;
    const removedBytes = utf8Length(text, edit.at, edit.at + edit.remove);
    emit(bytes.subarray(copiedTo, bytePos));
    const inserted = encoder.encode(edit.insert);
    emit(inserted);
    const removed = bytes.slice(bytePos, bytePos + removedBytes);
    const last = byteEdits[byteEdits.length - 1];
    if (last !== undefined && last.at === bytePos && last.removed.length === 0)
      // Several insertions at one place are one edit in the log.
      byteEdits[byteEdits.length - 1] = { at: bytePos, inserted: last.inserted + inserted.length, removed };
    else byteEdits.push({ at: bytePos, inserted: inserted.length, removed });
    bytePos += removedBytes;
    textPos += edit.remove;
    copiedTo = bytePos;
  }
  emit(bytes.subarray(copiedTo));
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return {
    bytes: out,
    log: {
      part,
      edits: byteEdits,
      originalSize: bytes.length,
      originalCrc: crc32(bytes),
      editedSize: out.length,
      editedCrc: crc32(out),
    },
  };
}

/**
 * The original bytes of an edited part, or undefined when the part is not the one the log was
 * written for (it changed since: its size or CRC differ) or the log does not lead back to a part of
 * the original size and CRC.
 */
export function revertEdits(edited: Uint8Array, log: PartEdits): Uint8Array | undefined {
  if (edited.length !== log.editedSize || crc32(edited) !== log.editedCrc) return undefined;
  const out = new Uint8Array(log.originalSize);
  let from = 0; // in the edited bytes
  let to = 0; // in the original
  for (const edit of log.edits) {
    const keep = edit.at - to;
    if (keep < 0 || from + keep > edited.length || to + keep + edit.removed.length > out.length)
      return undefined;
    out.set(edited.subarray(from, from + keep), to);
    to += keep;
    from += keep;
    out.set(edit.removed, to);
    to += edit.removed.length;
    from += edit.inserted;
  }
  if (edited.length - from !== out.length - to) return undefined;
  out.set(edited.subarray(from), to);
  return crc32(out) === log.originalCrc ? out : undefined;
}

/** UTF-8 length of text[from, to) (offsets never split a surrogate pair: they sit at a '<'). */
function utf8Length(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
