/** Fixtures and helpers for the Word adapter's tests. */
import { readDocx } from "../../src/ooxml";
import { allTables, type DocTable, type ReportDocument } from "../../src/report/model";
import { REPORT_FIXTURES, reportFixtureBytes, type ReportFixtureName } from "../support/reportFixtures";
import {
  FakeDocument,
  installFakeWord,
  uninstallFakeWord,
  type FakeSession,
  type FakeWordOptions,
} from "../fakes";
import { cont, docxOf, p, restart, span, tbl, tc, tr, W } from "../support/handWrittenOoxml";

export const FIXTURES = REPORT_FIXTURES;

/**
 * A hand-written document with what the reports lack: nesting, adjacent tables, lists, breaks.
 * Tables 0 and 3 hold a signal word of the standard tables (行政许可, 行政处罚), so the adapter
 * reads them in full; table 2, adjacent to table 0, holds none (read from its values).
 */
export const SPECIAL = "nested-and-lists";

export type FixtureName = ReportFixtureName | typeof SPECIAL;

let special: Promise<Uint8Array> | undefined;

export function fixtureBytes(name: FixtureName): Promise<Uint8Array> {
  return name === SPECIAL ? (special ??= nestedAndListsDocx()) : reportFixtureBytes(name);
}

/** A fresh fake document for the fixture, and a session over it. */
export async function openFixture(
  name: FixtureName,
  options: FakeWordOptions = {},
): Promise<{ document: FakeDocument; session: FakeSession; bytes: Uint8Array }> {
  const bytes = await fixtureBytes(name);
  const document = await FakeDocument.fromDocx(bytes);
  return { document, session: installFakeWord(document, options), bytes };
}

/** Uninstalls the fake's globals after each test of the file. */
export function useFakeWord(): void {
  afterEach(() => uninstallFakeWord());
}

/**
 * What the engine gets from readDocx, less what Word cannot tell: paragraph style ids (Word gives
 * localized style names; the engine does not read them).
 */
export async function expectedDocument(bytes: Uint8Array): Promise<ReportDocument> {
  const doc = await readDocx(bytes);
  for (const block of doc.blocks) if (block.kind === "paragraph") delete block.style;
  return doc;
}

/** "No fill" and "auto" look the same; hex case does not matter. */
export function visibleFill(fill: string | undefined | null): string {
  return !fill || fill.toLowerCase() === "auto" ? "none" : fill.toUpperCase();
}

/** Every cell of every table: text and visible fill, by table:row:cell. */
export function cellLooks(doc: ReportDocument): Map<string, { text: string; fill: string }> {
  const out = new Map<string, { text: string; fill: string }>();
  for (const t of allTables(doc))
    for (const row of t.rows)
      for (const c of row.cells)
        out.set(`${t.index}:${row.rowIndex}:${c.cellIndex}`, { text: c.text, fill: visibleFill(c.shading) });
  return out;
}

export function tablesOf(doc: ReportDocument): DocTable[] {
  return allTables(doc);
}

// ---- The hand-written document ----------------------------------------------------------------

async function nestedAndListsDocx(): Promise<Uint8Array> {
  const nested = tbl(2, tr(tc("内1", restart), tc("内2")), tr(tc("", cont), tc("内4")));
  const body = [
    p("一、总体情况", '<w:outlineLvl w:val="0"/>'),
    p("第一项", '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'),
    p("第二项", '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'),
    p("甲\n乙", '<w:outlineLvl w:val="1"/>'),
    tbl(
      3,
      tr(tc("项目", span(2)), tc("数量")),
      tr(tc("行政许可", restart), tc("甲"), tc(p("外") + nested + p("尾"))),
      tr(tc("", cont), tc("乙"), tc("5")),
    ),
    tbl(2, tr(tc("紧邻"), tc("表格")), tr(tc("1"), tc("2"))),
    p("中间段落"),
    tbl(
      4,
      tr(
        tc("行政处罚", span(2)),
        tc("有色", '<w:shd w:val="clear" w:color="auto" w:fill="FFFF00"/>'),
        tc("四"),
      ),
      tr(tc("左", restart), tc("多\n行"), tc(p("段一") + p("段二")), tc("", restart)),
      tr(tc("", cont), tc("七"), tc("八"), tc("", cont)),
      tr(tc("", cont), tc("九", span(2)), tc("十")),
    ),
    p("结尾"),
  ].join("");
  const numbering = `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
  return docxOf(body, { "word/numbering.xml": numbering });
}
