/**
 * Reading the active document into the engine's model.
 *
 * Geometry (merges, shading) is not in WPS's table objects in a usable form, so the document is
 * read as OOXML, first live — `Content.WordOpenXML`, then `Document.WordOpenXML` (Flat OPC, the
 * format the Word path reads with `parseFlatOpc`) — and, when WPS gives neither or gives one
 * without the table markup, from the saved file (`FileSystem.ReadFileAsArrayBuffer(FullName)`),
 * but only when the document has no unsaved changes: otherwise the user is asked to save.
 *
 * The model's top-level tables are matched to `Document.Tables` by position; a table is
 * addressable when WPS has as many tables as the model and the table as many rows. Nested tables
 * are checked but never marked or selected. Which cell `Table.Cell(row, column)` returns for a
 * model cell is settled later, row by row, against what WPS shows (./cellAddress).
 */
import { parseFlatOpc, readDocx } from "../ooxml";
import type { DocTable, ReportDocument } from "../report/model";
import { allTables } from "../report/model";
import type { WpsApplication, WpsDocument, WpsTable } from "./api";
import { count, read, text, tryRead } from "./access";
import { noDocumentError, unsavedError } from "./errors";

export type ReadSource = "content-xml" | "document-xml" | "saved-file";

export interface TopTable {
  /** 0-based position among the document's top-level tables (`Tables.Item(position + 1)`). */
  position: number;
  table: DocTable;
}

export interface WpsSnapshot {
  doc: ReportDocument;
  document: WpsDocument;
  /** Who the document is (`DocID`, else `FullName`): a switch of documents is caught. */
  identity: string;
  source: ReadSource;
  tops: TopTable[];
  byIndex: Map<number, TopTable>;
  unaddressable: number[];
}

export function activeDocument(app: WpsApplication): WpsDocument {
  const doc = tryRead(app, "ActiveDocument");
  if (!doc) throw noDocumentError();
  return doc;
}

export function documentIdentity(doc: WpsDocument): string {
  const id = tryRead(doc, "DocID");
  if (typeof id === "number" && Number.isFinite(id)) return `id:${id}`;
  return `name:${text(tryRead(doc, "FullName"))}`;
}

/** Read-only, or protected in any way (`ProtectionType` other than `wdNoProtection`). */
export function isReadOnly(doc: WpsDocument): boolean {
  const readOnly = tryRead(doc, "ReadOnly");
  const protection = tryRead(doc, "ProtectionType");
  return readOnly === true || (typeof protection === "number" && protection !== -1);
}

const hasTableMarkup = (xml: string) => /<w:tbl[\s>]/.test(xml);

function topLevelCount(doc: ReportDocument): number {
  return doc.blocks.filter((b) => b.kind === "table").length;
}

/** A live OOXML string when WPS gives one that holds the tables it says the document has. */
function liveXml(document: WpsDocument, tableCount: number): { xml: string; source: ReadSource } | null {
  const candidates: [ReadSource, () => unknown][] = [
    ["content-xml", () => read(read(document, "Content"), "WordOpenXML")],
    ["document-xml", () => read(document, "WordOpenXML")],
  ];
  for (const [source, get] of candidates) {
    let xml: unknown;
    try {
      xml = get();
    } catch {
      continue;
    }
    if (typeof xml !== "string" || !xml.includes("<w:body")) continue;
    if (tableCount > 0 && !hasTableMarkup(xml)) continue;
    return { xml, source };
  }
  return null;
}

/** The saved file's bytes, when the document has no unsaved change and WPS can read files. */
function savedBytes(app: WpsApplication, document: WpsDocument): Uint8Array | null {
  const fs = tryRead(app, "FileSystem");
  if (!fs || typeof fs.ReadFileAsArrayBuffer !== "function") return null;
  if (tryRead(document, "Saved") !== true) return null;
  const path = text(tryRead(document, "FullName"));
  if (!/[\\/]/.test(path)) return null; // a new document's FullName is only its name
  const exists = fs.Exists ?? fs.existsSync;
  if (typeof exists === "function" && !exists.call(fs, path)) return null;
  const buffer = fs.ReadFileAsArrayBuffer(path);
  return buffer instanceof ArrayBuffer || ArrayBuffer.isView(buffer)
    ? new Uint8Array(buffer as ArrayBuffer)
    : null;
}

export async function readDocument(app: WpsApplication): Promise<WpsSnapshot> {
  const document = activeDocument(app);
  const tables = read(document, "Tables");
  const tableCount = count(tables);
  let doc: ReportDocument | null = null;
  let source: ReadSource = "saved-file";
  const live = liveXml(document, tableCount);
  if (live) {
    const parsed = parseFlatOpc(live.xml);
    // The live XML must hold every table WPS has; if not, the file may do better.
    if (topLevelCount(parsed) === tableCount || tableCount === 0) {
      doc = parsed;
      source = live.source;
    }
  }
  if (doc === null) {
    const bytes = savedBytes(app, document);
    if (bytes === null) throw unsavedError();
    doc = await readDocx(bytes);
  }

  const tops: TopTable[] = [];
  const unaddressable: number[] = [];
  const sameCount = topLevelCount(doc) === tableCount;
  let position = 0;
  for (const block of doc.blocks) {
    if (block.kind !== "table") continue;
    const wps: WpsTable | null = sameCount ? tables.Item(position + 1) : null;
    const rows = wps ? Number(read(read(wps, "Rows"), "Count")) : -1;
    if (rows === block.rows.length) tops.push({ position, table: block });
    for (const t of allTables({ blocks: [block] }))
      if (t !== block || rows !== block.rows.length) unaddressable.push(t.index);
    position++;
  }
  return {
    doc,
    document,
    identity: documentIdentity(document),
    source,
    tops,
    byIndex: new Map(tops.map((t) => [t.table.index, t])),
    unaddressable: unaddressable.sort((a, b) => a - b),
  };
}
