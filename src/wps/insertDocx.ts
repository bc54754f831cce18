/**
 * 插入空白模板 in WPS: the template's .docx is written to a temporary file and inserted with
 * `Range.InsertFile` — at the cursor, or, when the cursor is in a table, in a new paragraph right
 * after that table (inserting inside a cell would nest the template's tables in it).
 *
 * Writing bytes goes through `FileSystem.writeAsBinaryString` (one character per byte), read back
 * with `ReadFileAsArrayBuffer` to be sure it wrote them faithfully (neither is verified on a real
 * WPS). When it cannot, the add-in's own copy of the template (built with the add-in, in its
 * folder) is inserted instead.
 */
import type { WpsApplication, WpsDocument, WpsFileSystem, WpsRange, WpsSelection } from "./api";
import { WD } from "./api";
import { count, read, tryRead } from "./access";
import { HostError } from "../host/reportHost";

function tempFolder(app: WpsApplication, fs: WpsFileSystem): string | null {
  const candidates = [() => fs.tmpdir?.(), () => tryRead(app, "Env")?.GetTempPath?.()];
  for (const get of candidates) {
    try {
      const dir = get();
      if (typeof dir === "string" && dir.trim() !== "") return dir.replace(/[\\/]+$/, "");
    } catch {
      // next
    }
  }
  return null;
}

function binaryString(bytes: Uint8Array): string {
  let out = "";
  for (let at = 0; at < bytes.length; at += 0x8000)
    out += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return out;
}

function sameBytes(a: ArrayBuffer, b: Uint8Array): boolean {
  const view = new Uint8Array(a);
  if (view.length !== b.length) return false;
  for (let i = 0; i < view.length; i++) if (view[i] !== b[i]) return false;
  return true;
}

export function removeFile(fs: WpsFileSystem, path: string): void {
  try {
    if (typeof fs.unlinkSync === "function") fs.unlinkSync(path);
    else fs.Remove?.(path);
  } catch {
    // a template left in the temp folder harms nobody
  }
}

/** Writes the bytes to a new temporary file and returns its path; null when WPS cannot. */
export function writeTempFile(app: WpsApplication, bytes: Uint8Array): string | null {
  const fs = tryRead(app, "FileSystem");
  if (!fs || typeof fs.writeAsBinaryString !== "function") return null;
  const dir = tempFolder(app, fs);
  if (dir === null) return null;
  const sep = dir.includes("\\") && !dir.includes("/") ? "\\" : "/";
  const path = `${dir}${sep}nianbao-check-template-${Date.now()}.docx`;
  try {
    if (fs.writeAsBinaryString(path, binaryString(bytes)) === false) return null;
    if (sameBytes(fs.ReadFileAsArrayBuffer(path), bytes)) return path;
  } catch {
    // fall through
  }
  removeFile(fs, path);
  return null;
}

/** The selection (the cursor); WPS without one cannot say where to insert. */
export function cursorOf(app: WpsApplication): WpsSelection {
  const selection = tryRead(app, "Selection");
  if (!selection) throw new HostError("host", "WPS 未提供光标位置。", "WPS gives no cursor position.");
  return selection;
}

/** The top-level table the cursor is in (its 1-based position and end), or null. */
export function tableAtCursor(
  doc: WpsDocument,
  selection: WpsSelection,
): { position: number; end: number } | null {
  const cursor = Number(read(selection, "Start"));
  const tables = read(doc, "Tables");
  for (let i = 1, n = count(tables); i <= n; i++) {
    const range = read(tables.Item(i), "Range");
    const start = Number(read(range, "Start"));
    const end = Number(read(range, "End"));
    if (cursor >= start && cursor < end) return { position: i, end };
  }
  return null;
}

/** Where the template goes: the cursor, or after the table the cursor is in. */
export function insertionRange(app: WpsApplication, doc: WpsDocument): WpsRange {
  const selection = cursorOf(app);
  const table = tableAtCursor(doc, selection);
  if (table) {
    // A new empty paragraph after the table, and the template goes into it.
    doc.Range(table.end, table.end).InsertParagraphBefore();
    return doc.Range(table.end, table.end);
  }
  const range = read(selection, "Range");
  range.Collapse(WD.collapseEnd);
  return range;
}
