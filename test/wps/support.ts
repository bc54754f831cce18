/** Fixtures and helpers for the WPS host's tests over the fake WPS (test/fakes/wps). */
import { readFileSync } from "fs";
import { join } from "path";
import JSZip from "jszip";
import { readDocx } from "../../src/ooxml";
import { checkReport } from "../../src/report/checkReport";
import { allTables, type ReportDocument } from "../../src/report/model";
import { WpsHost, type WpsHostOptions } from "../../src/wps";
import type { WpsApplication } from "../../src/wps/api";
import { buildDocxFromText, readReportFixture } from "../support/buildDocx";
import {
  FakeFileSystem,
  FakeWpsDocument,
  FakeWpsSession,
  installFakeWps,
  uninstallFakeWps,
  type FakeWpsOptions,
  type LCell,
} from "../fakes/wps";
import { getAttr, type XmlElement } from "../fakes/xmlTree";

const SAMPLES = join(__dirname, "..", "fixtures", "samples");

/** The real documents (three reports, a WPS template) and two reports built from text. */
export const FIXTURES = [
  "blank-2021-template-wps",
  "jingshan-2020",
  "liuying-2019",
  "shanghewan-2020",
  "consistent-2021",
  "consistent-2019",
] as const;

/** A hand-written document with what the reports lack: nesting, adjacent tables, patterns, theme fills. */
export const SPECIAL = "nested-and-shaded";

export type FixtureName = (typeof FIXTURES)[number] | typeof SPECIAL;

const cache = new Map<string, Promise<Uint8Array>>();

export function fixtureBytes(name: FixtureName): Promise<Uint8Array> {
  let bytes = cache.get(name);
  if (!bytes) {
    bytes =
      name === SPECIAL
        ? specialDocx()
        : name.startsWith("consistent-")
          ? buildDocxFromText(readReportFixture(name))
          : Promise.resolve(new Uint8Array(readFileSync(join(SAMPLES, `${name}.docx`))));
    cache.set(name, bytes);
  }
  return bytes;
}

export const DOC_PATH = "/home/user/文档/年报.docx";

export interface Opened {
  bytes: Uint8Array;
  fs: FakeFileSystem;
  doc: FakeWpsDocument;
  session: FakeWpsSession;
  host: WpsHost;
}

/** A fixture opened in the fake WPS (saved at DOC_PATH unless `unsaved`), and a host over it. */
export async function openFixture(
  name: FixtureName,
  options: FakeWpsOptions = {},
  extra: { unsaved?: boolean; host?: WpsHostOptions } = {},
): Promise<Opened> {
  const bytes = await fixtureBytes(name);
  const fs = new FakeFileSystem();
  const doc = FakeWpsDocument.fromDocx(bytes, fs, extra.unsaved ? undefined : DOC_PATH);
  const session = new FakeWpsSession(doc, options, fs);
  installFakeWps(session);
  return { bytes, fs, doc, session, host: hostOf(session, extra.host) };
}

/** A new session over the same document (the pane reloaded), and a host over it. */
export function newSession(
  doc: FakeWpsDocument,
  options: FakeWpsOptions = {},
): { session: FakeWpsSession; host: WpsHost } {
  const session = new FakeWpsSession(doc, options, doc.fs);
  installFakeWps(session);
  return { session, host: hostOf(session) };
}

export function hostOf(session: FakeWpsSession, options?: WpsHostOptions): WpsHost {
  return new WpsHost(session.app as unknown as WpsApplication, options);
}

export function useFakeWps(): void {
  afterEach(() => uninstallFakeWps());
}

/** What the engine makes of the fixture, read by the product's .docx reader. */
export async function engineOn(
  bytes: Uint8Array,
): Promise<{ doc: ReportDocument; findings: ReturnType<typeof checkReport>["findings"] }> {
  const doc = await readDocx(bytes);
  return { doc, findings: checkReport(doc).findings };
}

/** A cell's shading as seen: no `w:shd` is the same as clear / auto / auto. */
export interface SeenShading {
  val: string;
  color: string;
  fill: string;
}

export function seenShading(doc: FakeWpsDocument, tc: XmlElement): SeenShading {
  const shd = doc.shd(tc, false);
  const norm = (v: string | undefined, none: string) =>
    !v ? none : v.toLowerCase() === "auto" ? "auto" : v.toUpperCase();
  return {
    val: shd ? (getAttr(shd, "w:val") ?? "clear") : "clear",
    color: norm(shd && getAttr(shd, "w:color"), "auto"),
    fill: norm(shd && getAttr(shd, "w:fill"), "auto"),
  };
}

/** Every cell of every table (pre-order table index : row : w:tc), with its shading as seen. */
export function shadingMap(doc: FakeWpsDocument): Map<string, SeenShading> {
  const out = new Map<string, SeenShading>();
  doc
    .layout()
    .tables.forEach((t, ti) =>
      t.rows.forEach((r) =>
        r.cells.forEach((c) => out.set(`${ti}:${r.index}:${c.tcIndex}`, seenShading(doc, c.node))),
      ),
    );
  return out;
}

export function cellOf(doc: FakeWpsDocument, table: number, row: number, tc: number): LCell {
  return doc.layout().tables[table].rows[row].cells[tc];
}

export function tableCount(doc: ReportDocument): number {
  return allTables(doc).length;
}

// ---- The hand-written document -------------------------------------------------------------------

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (content: string, tcPr = "") =>
  `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ""}${content.startsWith("<") ? content : p(content)}</w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join("")}</w:tr>`;
const tbl = (cols: number, ...rows: string[]) =>
  `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${'<w:gridCol w:w="1000"/>'.repeat(cols)}</w:tblGrid>${rows.join("")}</w:tbl>`;
const restart = '<w:vMerge w:val="restart"/>';
const cont = "<w:vMerge/>";
const span = (n: number) => `<w:gridSpan w:val="${n}"/>`;

/** Nested and adjacent tables, merges both ways, a patterned cell and a theme-coloured one. */
async function specialDocx(): Promise<Uint8Array> {
  const nested = tbl(2, tr(tc("内1", restart), tc("内2")), tr(tc("", cont), tc("内4")));
  const body = [
    p("一、总体情况"),
    tbl(
      3,
      tr(tc("项目", span(2)), tc("数量")),
      tr(tc("合并", restart), tc("甲"), tc(p("外") + nested + p("尾"))),
      tr(tc("", cont), tc("乙"), tc("5")),
    ),
    tbl(2, tr(tc("紧邻"), tc("表格")), tr(tc("1"), tc("2"))),
    p("中间段落：本年收到申请 8 件。"),
    tbl(
      4,
      tr(
        tc("标题", span(2)),
        tc("图案", '<w:shd w:val="pct25" w:color="FF0000" w:fill="FFFF00"/>'),
        tc(
          "主题",
          '<w:shd w:val="clear" w:color="auto" w:fill="C6D9F1" w:themeFill="accent1" w:themeFillTint="33"/>',
        ),
      ),
      tr(tc("左", restart), tc("多"), tc(p("段一") + p("段二")), tc("", restart)),
      tr(tc("", cont), tc("七"), tc("八"), tc("", cont)),
      tr(tc("", cont), tc("九", span(2)), tc("十")),
    ),
    p("结尾"),
  ].join("");
  const zip = new JSZip();
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}<w:sectPr/></w:body></w:document>`,
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
