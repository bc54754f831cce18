/** Fixtures and helpers for the WPS host's tests over the fake WPS (test/fakes/wps). */
import { readDocx } from "../../src/ooxml";
import { checkReport } from "../../src/report/checkReport";
import { allTables, type ReportDocument } from "../../src/report/model";
import { WpsHost, type WpsHostOptions } from "../../src/wps";
import type { WpsApplication } from "../../src/wps/api";
import { REPORT_FIXTURES, reportFixtureBytes, type ReportFixtureName } from "../support/reportFixtures";
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
import { cont, docxOf, p, restart, span, tbl, tc, tr } from "../support/handWrittenOoxml";

export const FIXTURES = REPORT_FIXTURES;

/** A hand-written document with what the reports lack: nesting, adjacent tables, patterns, theme fills. */
export const SPECIAL = "nested-and-shaded";

export type FixtureName = ReportFixtureName | typeof SPECIAL;

let special: Promise<Uint8Array> | undefined;

export function fixtureBytes(name: FixtureName): Promise<Uint8Array> {
  return name === SPECIAL ? (special ??= specialDocx()) : reportFixtureBytes(name);
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
  return docxOf(body, {}, "DEFLATE");
}
