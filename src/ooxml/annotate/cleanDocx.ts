/**
 * `clean`: the marked copy without what the marked copy added — its comments, anchors and shading,
 * its parts, relationships and content types — by undoing the logged edits, so that every part
 * comes back byte for byte as it was. A copy changed since it was marked (its edited parts no longer
 * have the size and CRC in the log) is refused rather than guessed at.
 */
import { DocxPackage, type PackageOptions } from "../docxPackage";
import { fflateDeflateRaw, type DeflateRaw } from "../zip/inflate";
import { writeZip, type ZipItem } from "../zip/zipWriter";
import { revertEdits } from "./edits";
import { AnnotateError } from "./errors";
import { MARKS_PART, readMarksLog } from "./marksLog";

export interface CleanOptions extends PackageOptions {
  deflateRaw?: DeflateRaw;
}

/** Whether these bytes are a marked copy (they hold our part). */
export function isMarkedCopy(data: Uint8Array | ArrayBuffer, options: PackageOptions = {}): boolean {
  return DocxPackage.open(data, options).entryName(MARKS_PART) !== undefined;
}

export function cleanDocx(data: Uint8Array | ArrayBuffer, options: CleanOptions = {}): Uint8Array {
  return cleanPackage(DocxPackage.open(data, options), options.deflateRaw ?? fflateDeflateRaw);
}

export function cleanPackage(pkg: DocxPackage, deflateRaw: DeflateRaw): Uint8Array {
  const logName = pkg.entryName(MARKS_PART);
  const logText = logName === undefined ? undefined : pkg.text(logName);
  if (logText === undefined) throw new AnnotateError("not_marked");
  const log = readMarksLog(logText);
  if (log === undefined) throw new AnnotateError("changed_since", MARKS_PART);

  const restored = new Map<string, Uint8Array>();
  for (const part of log.parts) {
    const name = pkg.entryName(part.part);
    const bytes = name === undefined ? undefined : pkg.bytes(name);
    const original = bytes === undefined ? undefined : revertEdits(bytes, part);
    if (name === undefined || original === undefined) throw new AnnotateError("changed_since", part.part);
    restored.set(name, original);
  }
  const dropped = new Set(log.added.map((n) => pkg.entryName(n) ?? n));
  const items: ZipItem[] = [];
  for (const entry of pkg.archive.entries) {
    if (dropped.has(entry.name)) continue;
    const data = restored.get(entry.name);
    items.push(data ? { kind: "data", name: entry.name, data, like: entry } : { kind: "copy", entry });
  }
  return writeZip(pkg.archive, items, deflateRaw);
}
