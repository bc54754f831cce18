/**
 * The fake WPS in a browser page, for the end-to-end tests: bundled on its own and injected before
 * the add-in's scripts, it makes `window.Application` (and `window.wps`) a fake WPS 文字 over a
 * .docx, and lets the test look at the document (`window.nianbaoFakeWps`).
 */
import { FakeFileSystem } from "./fakeFileSystem";
import { FakeWpsSession, installFakeWps, type FakeWpsOptions } from "./fakeWps";
import { FakeWpsDocument } from "./fakeWpsDocument";
import type { XmlElement } from "../xmlTree";

export interface SeenShading {
  val: string;
  color: string;
  fill: string;
}

let session: FakeWpsSession | null = null;
let doc: FakeWpsDocument | null = null;

function need<T>(value: T | null): T {
  if (value === null) throw new Error("fake WPS: install() first");
  return value;
}

function seen(d: FakeWpsDocument, tc: XmlElement): SeenShading {
  const shd = d.shd(tc, false);
  const attr = (name: string) => shd?.attrs.find(([n]) => n === name)?.[1];
  const norm = (v: string | undefined) => (!v || v.toLowerCase() === "auto" ? "auto" : v.toUpperCase());
  return { val: attr("w:val") ?? "clear", color: norm(attr("w:color")), fill: norm(attr("w:fill")) };
}

const api = {
  install(base64: string, path: string, options: FakeWpsOptions = {}): void {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const fs = new FakeFileSystem();
    doc = FakeWpsDocument.fromDocx(bytes, fs, path);
    session = new FakeWpsSession(doc, options, fs);
    installFakeWps(session, window);
  },
  /** Every cell (pre-order table : row : w:tc) and its shading as seen. */
  shading(): Record<string, SeenShading> {
    const d = need(doc);
    const out: Record<string, SeenShading> = {};
    d.layout().tables.forEach((t, ti) =>
      t.rows.forEach((r) => r.cells.forEach((c) => (out[`${ti}:${r.index}:${c.tcIndex}`] = seen(d, c.node)))),
    );
    return out;
  },
  selection(): { start: number; end: number; scrolled: { start: number; end: number } | null } {
    const s = need(session);
    return { ...s.selection, scrolled: s.scrolled.at(-1) ?? null };
  },
  cellRange(table: number, row: number, tc: number): { start: number; end: number } {
    const cell = need(doc).layout().tables[table].rows[row].cells[tc];
    return { start: cell.start, end: cell.end };
  },
  selectedText(): string {
    return need(session).selectedText();
  },
  undoNames(): string[] {
    return [...need(session).undoNames];
  },
  comments(): string[] {
    return need(doc).comments.map((c) => c.text);
  },
  properties(): string[] {
    return need(doc).properties.map((p) => p.name);
  },
  taskPanes(): { url: string; visible: boolean }[] {
    return need(session).taskPanes.map((p) => ({ url: p.url, visible: p.Visible }));
  },
  /** The active document's name (the one installed, unless the page opened another). */
  activeName(): string | null {
    return need(session).active?.name ?? null;
  },
  openDocuments(): number {
    return need(session).documents.length;
  },
  calls(): number {
    return need(session).calls;
  },
};

(window as unknown as { nianbaoFakeWps: typeof api }).nianbaoFakeWps = api;
