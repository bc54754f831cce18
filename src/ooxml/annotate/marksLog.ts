/**
 * The marked copy's own part, `customXml/nianbaoMarks.xml`: what it changed in each part (offsets,
 * and the bytes it replaced) with each part's size and CRC before and after, the parts it added,
 * its comment ids and the cells it shaded. `clean` reads it to give back the original bytes; a
 * part that changed since (its size or CRC differ) is not reverted blindly.
 *
 * A Custom XML Data part (ECMA-376 Part 1 §15.2.4, targeted from the main document part) because
 * that is where a document keeps data of its own: editors leave it alone.
 */
import { asDocxError } from "../xmlPart";
import { TOKEN_END, TOKEN_OPEN, XmlScanner } from "../xmlScanner";
import type { ByteEdit, PartEdits } from "./edits";
import { escapeXml } from "./markup";

export const MARKS_PART = "customXml/nianbaoMarks.xml";
export const MARKS_NS = "urn:nianbao-check:marks";
export const MARKS_VERSION = 1;

export interface ShadedCell {
  table: number;
  row: number;
  cell: number;
  look: string;
  fill: string;
  /** The `w:shd` it had before, as written; absent when it had none. */
  before?: string;
}

export interface MarksLog {
  version: number;
  /** Edited parts, with their edits. */
  parts: PartEdits[];
  /** Parts the marked copy added (clean removes them). */
  added: string[];
  commentsPart: string;
  commentIds: number[];
  cells: ShadedCell[];
}

export function writeMarksLog(log: MarksLog): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    `<marks xmlns="${MARKS_NS}" version="${log.version}" commentsPart="${escapeXml(log.commentsPart)}" commentIds="${log.commentIds.join(" ")}">`,
  ];
  for (const part of log.parts) {
    out.push(
      `<part name="${escapeXml(part.part)}" originalSize="${part.originalSize}" originalCrc="${part.originalCrc}" editedSize="${part.editedSize}" editedCrc="${part.editedCrc}">`,
    );
    for (const e of part.edits)
      out.push(
        `<edit at="${e.at}" inserted="${e.inserted}"${e.removed.length > 0 ? ` removed="${toBase64(e.removed)}"` : ""}/>`,
      );
    out.push("</part>");
  }
  for (const name of log.added) out.push(`<added name="${escapeXml(name)}"/>`);
  for (const c of log.cells)
    out.push(
      `<cell table="${c.table}" row="${c.row}" cell="${c.cell}" look="${c.look}" fill="${c.fill}"${c.before !== undefined ? ` before="${escapeXml(c.before)}"` : ""}/>`,
    );
  out.push("</marks>");
  return out.join("");
}

const E_MARKS = 1;
const E_PART = 2;
const E_EDIT = 3;
const E_ADDED = 4;
const E_CELL = 5;
const NAMES: Record<string, number> = {
  marks: E_MARKS,
  part: E_PART,
  edit: E_EDIT,
  added: E_ADDED,
  cell: E_CELL,
};

/** Reads the log; throws a DocxReadError for malformed XML, returns undefined for anything else unexpected. */
export function readMarksLog(xml: string): MarksLog | undefined {
  const log: MarksLog = { version: 0, parts: [], added: [], commentsPart: "", commentIds: [], cells: [] };
  const int = (v: string | undefined): number => (v !== undefined && /^\d+$/.test(v) ? Number(v) : NaN);
  let part: PartEdits | undefined;
  try {
    const sc = new XmlScanner(xml, (uri, local) => (uri === MARKS_NS ? (NAMES[local] ?? 0) : 0));
    for (let token = sc.next(); token !== TOKEN_END; token = sc.next()) {
      if (token !== TOKEN_OPEN) continue;
      const a = (name: string) => sc.attr(name, "");
      switch (sc.id) {
        case E_MARKS:
          log.version = int(a("version"));
          log.commentsPart = a("commentsPart") ?? "";
          log.commentIds = (a("commentIds") ?? "")
            .split(" ")
            .filter((s) => s !== "")
            .map(int);
          break;
        case E_PART:
          part = {
            part: a("name") ?? "",
            edits: [],
            originalSize: int(a("originalSize")),
            originalCrc: int(a("originalCrc")),
            editedSize: int(a("editedSize")),
            editedCrc: int(a("editedCrc")),
          };
          log.parts.push(part);
          break;
        case E_EDIT: {
          if (part === undefined) return undefined;
          const removed = a("removed");
          const edit: ByteEdit = {
            at: int(a("at")),
            inserted: int(a("inserted")),
            removed: removed === undefined ? new Uint8Array(0) : fromBase64(removed),
          };
          part.edits.push(edit);
          break;
        }
        case E_ADDED:
          log.added.push(a("name") ?? "");
          break;
        case E_CELL: {
          const before = a("before");
          log.cells.push({
            table: int(a("table")),
            row: int(a("row")),
            cell: int(a("cell")),
            look: a("look") ?? "",
            fill: a("fill") ?? "",
            ...(before !== undefined ? { before } : {}),
          });
          break;
        }
      }
    }
  } catch (error) {
    throw asDocxError(error, MARKS_PART);
  }
  const numbers = [
    log.version,
    ...log.commentIds,
    ...log.parts.flatMap((p) => [
      p.originalSize,
      p.originalCrc,
      p.editedSize,
      p.editedCrc,
      ...p.edits.flatMap((e) => [e.at, e.inserted]),
    ]),
  ];
  if (numbers.some((n) => !Number.isFinite(n)) || log.version !== MARKS_VERSION) return undefined;
  return log;
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Base64 without btoa/Buffer, so that the same code runs in the browser and in Node. */
export function toBase64(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63];
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63] : "=";
    out += i + 2 < bytes.length ? B64[n & 63] : "=";
  }
  return out;
}

export function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/[^A-Za-z0-9+/]/g, "");
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let n = 0;
  let bits = 0;
  let o = 0;
  for (const ch of clean) {
    n = ((n << 6) | B64.indexOf(ch)) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (n >> bits) & 0xff;
    }
  }
  return out.subarray(0, o);
}
