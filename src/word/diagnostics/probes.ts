/**
 * Probes of what the adapter assumes about Word but could only check against a fake (README, "The
 * Word add-in" → "Verified only against the fake Word"), run once on the user's machine and summed
 * up as JSON for a support request.
 *
 * Reading probes look at the user's document but report only counts, sizes and Word's answers —
 * never its text. Writing probes work on a scratch table of our own (./scratchPackage) inserted at
 * the end of the document and deleted again (with track changes paused on WordApi 1.4); the report
 * says whether the document came back to the same number of paragraphs and tables. Nothing of the
 * user's content is written. A read-only document gets the reading probes only.
 */
import { squeeze } from "../../host/cellText";
import { addressTable } from "../cellAddress";
import { isCandidate } from "../candidates";
import { isReadOnly, supportsComments, supportsWordApi } from "../office";
import { tableChain, topLevelTables } from "../tableChain";
import { readTablePackage } from "../tablePackage";
import { pauseTracking, queueTrackingMode, resumeTracking, type TrackingMode } from "../tracking";
import { PROBE_CELLS, SCRATCH_SHADED_FILL, scratchPackage } from "./scratchPackage";

/** One assumption of the adapter, and what this Word did. */
export interface Verdict {
  assumption: string;
  /** null: not probed (not available here, or the probe failed: see `errors`). */
  holds: boolean | null;
  seen: unknown;
}

export interface DiagnosticsReport {
  tool: "nianbao-check diagnostics";
  format: 1;
  time: string;
  office: Record<string, unknown>;
  requirementSets: Record<string, Record<string, boolean>>;
  document: Record<string, unknown>;
  scratch: Record<string, unknown>;
  verdicts: Verdict[];
  errors: string[];
}

export interface DiagnosticsOptions {
  /** Insert the scratch table at the end of the document (and delete it again). */
  scratch: boolean;
  /** How many top-level tables' OOXML sizes to measure at most. */
  sampleTables?: number;
}

const API_VERSIONS = ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9"];
const NO_FILL_SPELLINGS: readonly ("" | "None" | null)[] = ["", "None", null];
/** A fill no report uses: what a cell is painted with before each "no fill" is tried on it. */
const PROBE_FILL = "#FF8B8B";

export async function runDiagnostics(options: DiagnosticsOptions): Promise<DiagnosticsReport> {
  const report: DiagnosticsReport = {
    tool: "nianbao-check diagnostics",
    format: 1,
    time: new Date().toISOString(),
    office: officeInfo(),
    requirementSets: requirementSets(),
    document: {},
    scratch: {},
    verdicts: [],
    errors: [],
  };
  const errors = report.errors;
  try {
    await Word.run(async (context) => {
      report.document = await documentProbe(context, errors, options.sampleTables ?? 30);
    });
  } catch (error) {
    errors.push(describe("document", error));
  }
  if (!options.scratch) report.scratch = { skipped: "not asked for" };
  else if (isReadOnly()) report.scratch = { skipped: "the document is read-only" };
  else
    try {
      await Word.run(async (context) => {
        report.scratch = await scratchProbe(context, errors);
      });
    } catch (error) {
      errors.push(describe("scratch", error));
    }
  report.verdicts = verdicts(report);
  return report;
}

function officeInfo(): Record<string, unknown> {
  // Absent in some hosts' older builds.
  const diagnostics = Office.context.diagnostics as Office.ContextInformation | undefined;
  return {
    host: diagnostics?.host ?? null,
    platform: diagnostics?.platform ?? null,
    version: diagnostics?.version ?? null,
    displayLanguage: Office.context.displayLanguage ?? null,
    documentMode: Office.context.document.mode ?? null,
  };
}

function requirementSets(): Record<string, Record<string, boolean>> {
  const supported = (set: string, version: string) => {
    try {
      return Office.context.requirements.isSetSupported(set, version);
    } catch {
      return false;
    }
  };
  return {
    WordApi: Object.fromEntries(API_VERSIONS.map((v) => [v, supported("WordApi", v)])),
    WordApiDesktop: Object.fromEntries(["1.1", "1.2"].map((v) => [v, supported("WordApiDesktop", v)])),
  };
}

// ---- The user's document: counts, sizes and Word's answers only ---------------------------------

async function documentProbe(
  context: Word.RequestContext,
  errors: string[],
  sample: number,
): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load("items/tableNestingLevel");
  const tables = context.document.body.tables;
  tables.load("items/nestingLevel,items/rowCount,items/values");
  const tracking = queueTrackingMode(context);
  await context.sync();
  const tops = topLevelTables(tables);
  out.paragraphs = paragraphs.items.length;
  out.paragraphsInTables = paragraphs.items.filter((p) => p.tableNestingLevel > 0).length;
  out.tablesListed = tables.items.length;
  out.topLevelTables = tops.length;
  out.nestedTablesListed = tables.items.length - tops.length;
  out.candidateTables = tops.filter((t) => isCandidate(t.values)).length;
  out.changeTrackingMode = tracking();
  // `values` shape against `rowCount`: one entry per row?
  out.valuesRowsMatchRowCount = tops.every((t) => t.values.length === t.rowCount);

  if (tops.length > 0)
    try {
      const chain = tableChain(context, tops.length);
      const relations = chain.map((c, k) => c.getRange().compareLocationWith(tops[k].getRange()));
      await context.sync();
      out.chainRelations = countBy(relations.map((r) => r.value));
    } catch (error) {
      errors.push(describe("document.chain", error));
    }

  // getOoxml sizes, five tables per round trip (a response of Word on the web holds ~5 MB).
  const sizes: number[] = [];
  const sampled = tops.slice(0, sample);
  try {
    for (let at = 0; at < sampled.length; at += 5) {
      const results = sampled.slice(at, at + 5).map((t) => t.getRange().getOoxml());
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- diagnostics: a few tables per response, on purpose
      await context.sync();
      for (const r of results) sizes.push(utf8Length(textOf(r)));
    }
  } catch (error) {
    errors.push(describe(`document.ooxml (after ${sizes.length} tables)`, error));
  }
  out.ooxmlBytes = sizes;
  out.ooxmlSampled = `${sizes.length} of ${tops.length}`;
  return out;
}

// ---- A scratch table of our own at the end of the document ----------------------------------

async function scratchProbe(
  context: Word.RequestContext,
  errors: string[],
): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const body = context.document.body;
  const countsBefore = await documentCounts(context);
  out.before = countsBefore;
  const trackingMode: TrackingMode | null = await (async () => {
    const mode = queueTrackingMode(context);
    await context.sync();
    return mode();
  })();
  const paused = pauseTracking(context, trackingMode);
  out.trackingPaused = paused;

  const range = body.insertOoxml(scratchPackage(), "End");
  const inserted = range.tables;
  inserted.load("items/nestingLevel");
  await context.sync();
  out.insertedTableLevels = inserted.items.map((t) => t.nestingLevel);
  const scratch = inserted.items.find((t) => t.nestingLevel === 1);
  const nested = inserted.items.find((t) => t.nestingLevel > 1);
  try {
    if (!scratch) throw new Error("the inserted range holds no top-level table");
    await probe(out, errors, "shape", () => shapeProbe(context, scratch));
    await probe(out, errors, "getCell", () => getCellProbe(context, scratch));
    await probe(out, errors, "paragraphs", () => paragraphProbe(context, range));
    await probe(out, errors, "listing", () => listingProbe(context, scratch, nested, countsBefore));
    await probe(out, errors, "readBack", () => readBackProbe(context, scratch));
    await probe(out, errors, "noFill", () => noFillProbe(context, scratch, errors));
    await probe(out, errors, "shadingColorRead", () => shadingReadProbe(context, scratch));
    if (supportsComments()) await probe(out, errors, "comments", () => commentProbe(context, scratch));
    else out.comments = { skipped: "WordApi 1.4 is not supported" };
  } catch (error) {
    errors.push(describe("scratch", error));
  } finally {
    range.delete();
    if (paused) resumeTracking(context, trackingMode);
    try {
      await context.sync();
      const after = await documentCounts(context);
      out.after = after;
      out.removed = after.paragraphs === countsBefore.paragraphs && after.tables === countsBefore.tables;
    } catch (error) {
      errors.push(describe("scratch.remove", error));
      out.removed = false;
    }
  }
  return out;
}

async function documentCounts(context: Word.RequestContext): Promise<{ paragraphs: number; tables: number }> {
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load("items/tableNestingLevel");
  const tables = context.document.body.tables;
  tables.load("items/nestingLevel");
  await context.sync();
  return { paragraphs: paragraphs.items.length, tables: tables.items.length };
}

/** `Table.values`, `cellCount`s and the OOXML of the merged table, and which numbering they agree on. */
async function shapeProbe(
  context: Word.RequestContext,
  scratch: Word.Table,
): Promise<Record<string, unknown>> {
  scratch.load("values,rowCount");
  const rows = scratch.rows;
  rows.load("items/cellCount");
  const ooxml = scratch.getRange().getOoxml();
  await context.sync();
  const xml = textOf(ooxml);
  const packaged = readTablePackage(xml, 0, 0);
  const cellCounts = rows.items.map((r) => r.cellCount);
  const addressing = addressTable(packaged.table.rows, { cellCounts, values: scratch.values });
  return {
    rowCount: scratch.rowCount,
    cellCounts,
    valuesShape: scratch.values.map((r) => r.length),
    values: scratch.values,
    convention: addressing?.convention ?? null,
    ooxmlBytes: utf8Length(xml),
    ooxmlTableRows: packaged.table.rows.map((r) => r.cells.length),
    nestedTablesInPackage: packaged.tableCount - 1,
    paragraphsInPackage: packaged.paragraphCount ?? null,
  };
}

/** What `getCell(2, i)` gives on the row that starts with a continuation cell. */
async function getCellProbe(
  context: Word.RequestContext,
  scratch: Word.Table,
): Promise<Record<string, unknown>> {
  const cells = [0, 1, 2, 3].map((i) => {
    const cell = scratch.getCellOrNullObject(PROBE_CELLS.mergedRow, i);
    cell.load("value");
    return cell;
  });
  await context.sync();
  const texts = cells.map((c) => (c.isNullObject ? null : squeeze(c.value)));
  const counts = texts[1] === "NB-B2" && texts[3] === "NB-C2";
  const skips = texts[0] === "NB-B2" && texts[2] === "NB-C2" && texts[3] === null;
  return { texts, convention: counts ? "counts" : skips ? "skips" : null };
}

/** How `Paragraph.text` writes a manual line break, and the nesting levels of the scratch paragraphs. */
async function paragraphProbe(
  context: Word.RequestContext,
  range: Word.Range,
): Promise<Record<string, unknown>> {
  const paragraphs = range.paragraphs;
  paragraphs.load("items/text,items/tableNestingLevel");
  await context.sync();
  const items = paragraphs.items;
  const lineBreak = items.find((p) => p.text.includes("NB-L1a"));
  const nested = items.find((p) => p.text.includes("NB-X1"));
  return {
    count: items.length,
    lineBreakText: lineBreak ? lineBreak.text.replace(/NB-L1a|NB-L1b/g, "") : null,
    nestedParagraphLevel: nested?.tableNestingLevel ?? null,
    levels: countBy(items.map((p) => String(p.tableNestingLevel))),
  };
}

/** Whether `body.tables` lists nested tables, and how the getFirst/getNext chain walks. */
async function listingProbe(
  context: Word.RequestContext,
  scratch: Word.Table,
  nested: Word.Table | undefined,
  before: { tables: number },
): Promise<Record<string, unknown>> {
  const tables = context.document.body.tables;
  tables.load("items/nestingLevel");
  await context.sync();
  const tops = topLevelTables(tables);
  const chain = tableChain(context, tops.length);
  const last = chain[chain.length - 1];
  const reachesScratch = last.getRange().compareLocationWith(scratch.getRange());
  const after = scratch.getNextOrNullObject();
  // eslint-disable-next-line office-addins/no-navigational-load -- nestingLevel is a scalar of Table (the rule mistakes it)
  after.load("nestingLevel");
  const withNested = nested ? scratch.getRange().compareLocationWith(nested.getRange()) : null;
  const nestedWith = nested ? nested.getRange().compareLocationWith(scratch.getRange()) : null;
  const self = scratch.getRange().compareLocationWith(scratch.getRange());
  await context.sync();
  return {
    tablesAdded: tables.items.length - before.tables,
    bodyTablesListsNested: tables.items.length - before.tables === 2,
    chainReachesScratch: reachesScratch.value,
    nextAfterScratch: after.isNullObject ? null : { nestingLevel: after.nestingLevel },
    compare: {
      self: self.value,
      withNested: withNested?.value ?? null,
      nestedWith: nestedWith?.value ?? null,
    },
  };
}

/** Each "no fill" spelling on a cell painted first: taken or refused, and the fill Word then shows. */
async function noFillProbe(
  context: Word.RequestContext,
  scratch: Word.Table,
  errors: string[],
): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (let i = 0; i < NO_FILL_SPELLINGS.length; i++) {
    const spelling = NO_FILL_SPELLINGS[i];
    const at = PROBE_CELLS.noFill[i];
    const key = spelling === null ? "null" : JSON.stringify(spelling);
    const cell = () => scratch.getCell(at.row, at.cell);
    cell().shadingColor = PROBE_FILL;
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- diagnostics: one spelling per round trip, on purpose
    await context.sync();
    let outcome: string;
    try {
      cell().shadingColor = spelling as string;
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- diagnostics: each spelling's write must reach Word before its read-back
      await context.sync();
      const fill = await fillOf(context, scratch, at.row, at.cell);
      outcome = fill === null ? "clears" : fill === "FFFFFF" ? "white" : `fill ${fill}`;
    } catch (error) {
      errors.push(describe(`noFill ${key}`, error));
      outcome = `refused (${codeOf(error)})`;
    }
    out[key] = outcome;
  }
  return out;
}

/** Whether a `getOoxml()` queued after a write, in the same batch, sees it (the read-back relies on it). */
async function readBackProbe(
  context: Word.RequestContext,
  scratch: Word.Table,
): Promise<Record<string, unknown>> {
  const at = PROBE_CELLS.noFill[0];
  scratch.getCell(at.row, at.cell).shadingColor = "#C6D9F1";
  const ooxml = scratch.getRange().getOoxml();
  await context.sync();
  const xml = textOf(ooxml);
  const table = readTablePackage(xml, 0, 0).table;
  const fill = table.rows[at.row]?.cells[at.cell]?.shading ?? null;
  return { written: "C6D9F1", seenInTheSameBatch: fill };
}

/** A cell's `w:shd` fill as the table's OOXML says now (rows 0 and 1 have no continuation cells). */
async function fillOf(
  context: Word.RequestContext,
  scratch: Word.Table,
  row: number,
  cell: number,
): Promise<string | null> {
  const ooxml = scratch.getRange().getOoxml();
  await context.sync();
  const xml = textOf(ooxml);
  const table = readTablePackage(xml, 0, 0).table;
  const fill = table.rows[row]?.cells[cell]?.shading;
  return fill && /^[0-9a-f]{6}$/i.test(fill) ? fill.toUpperCase() : null;
}

/** Whether `shadingColor` can be loaded (reported to fail in Word on the web), and what it says. */
async function shadingReadProbe(
  context: Word.RequestContext,
  scratch: Word.Table,
): Promise<Record<string, unknown>> {
  const shaded = scratch.getCell(PROBE_CELLS.shaded.row, PROBE_CELLS.shaded.cell);
  const plain = scratch.getCell(3, 2);
  // eslint-disable-next-line office-addins/no-navigational-load -- shadingColor is a scalar of TableCell (the rule mistakes it)
  shaded.load("shadingColor");
  // eslint-disable-next-line office-addins/no-navigational-load -- shadingColor is a scalar of TableCell (the rule mistakes it)
  plain.load("shadingColor");
  try {
    await context.sync();
    return {
      loads: true,
      shaded: shaded.shadingColor,
      expected: `#${SCRATCH_SHADED_FILL}`,
      none: plain.shadingColor,
    };
  } catch (error) {
    return { loads: false, error: codeOf(error) };
  }
}

/** A comment on a cell (WordApi 1.4): put, found again by its id, deleted. */
async function commentProbe(
  context: Word.RequestContext,
  scratch: Word.Table,
): Promise<Record<string, unknown>> {
  const at = PROBE_CELLS.comment;
  const comment = scratch.getCell(at.row, at.cell).body.getRange().insertComment("NB-comment");
  comment.load("id");
  await context.sync();
  const comments = context.document.body.getComments();
  comments.load("items/id");
  await context.sync();
  const found = comments.items.find((c) => c.id === comment.id);
  if (found) found.delete();
  await context.sync();
  return { inserted: true, idFound: found !== undefined };
}

// ---- Verdicts ----------------------------------------------------------------------------------

function verdicts(report: DiagnosticsReport): Verdict[] {
  const scratch = report.scratch as Record<string, Record<string, unknown> | undefined>;
  const shape = scratch.shape;
  const getCell = scratch.getCell;
  const listing = scratch.listing;
  const noFill = scratch.noFill;
  const read = scratch.shadingColorRead;
  const paragraphs = scratch.paragraphs;
  const comments = scratch.comments;
  const document = report.document;
  const chain = document.chainRelations as Record<string, number> | undefined;
  const v = (assumption: string, holds: boolean | null, seen: unknown): Verdict => ({
    assumption,
    holds,
    seen,
  });
  const known = <T>(value: T | undefined, test: (value: T) => boolean): boolean | null =>
    value === undefined ? null : test(value);
  return [
    v(
      "WordApi 1.3 is supported (the floor of the full Word flow)",
      supportsWordApi("1.3"),
      report.requirementSets.WordApi,
    ),
    v(
      "cellCount, Table.values and getCell number merged cells the same way",
      shape && getCell ? shape.convention !== null && shape.convention === getCell.convention : null,
      { valuesAndCellCount: shape?.convention ?? null, getCell: getCell?.convention ?? null },
    ),
    v(
      'shadingColor = "" removes a cell\'s fill',
      known(noFill?.['""'] as string | undefined, (s) => s === "clears"),
      noFill ?? null,
    ),
    v(
      'some "no fill" spelling removes a cell\'s fill',
      noFill ? Object.values(noFill).includes("clears") : null,
      noFill ?? null,
    ),
    v(
      "a getOoxml() queued after a write in the same batch sees the write",
      known(
        scratch.readBack?.seenInTheSameBatch as string | null | undefined,
        (f) => f?.toUpperCase() === "C6D9F1",
      ),
      scratch.readBack ?? null,
    ),
    v(
      "loading shadingColor works",
      known(read?.loads as boolean | undefined, (x) => x),
      read ?? null,
    ),
    v(
      "the getFirst/getNext chain reaches every top-level table (compareLocationWith gives Equal)",
      chain
        ? Object.keys(chain).every((k) => k === "Equal") && listing?.chainReachesScratch !== "Different"
        : null,
      { document: chain ?? null, scratch: listing?.chainReachesScratch ?? null },
    ),
    v(
      'compareLocationWith on the same table gives "Equal"',
      known((listing?.compare as { self?: string } | undefined)?.self, (s) => s === "Equal"),
      listing?.compare ?? null,
    ),
    v(
      "a table's getOoxml() package ends with a paragraph after the table",
      known(shape?.paragraphsInPackage as number | null | undefined, (n) => n !== null),
      shape?.paragraphsInPackage ?? null,
    ),
    v(
      "Paragraph.text writes a manual line break as \\v",
      known(paragraphs?.lineBreakText as string | null | undefined, (t) => t === "\v"),
      paragraphs?.lineBreakText ?? null,
    ),
    v(
      "comments can be put on a cell and found again by id (WordApi 1.4)",
      known(comments?.idFound as boolean | undefined, (x) => x),
      comments ?? null,
    ),
    v(
      "one table's OOXML fits well inside a 5 MB response",
      known(document.ooxmlBytes as number[] | undefined, (sizes) => sizes.every((n) => n < 1024 * 1024)),
      document.ooxmlBytes ?? null,
    ),
    v(
      "the scratch table was removed completely",
      known(scratch.removed as unknown as boolean | undefined, (x) => x),
      {
        before: scratch.before ?? null,
        after: scratch.after ?? null,
      },
    ),
  ];
}

// ---- Helpers ------------------------------------------------------------------------------------

async function probe(
  out: Record<string, unknown>,
  errors: string[],
  name: string,
  run: () => Promise<Record<string, unknown>>,
): Promise<void> {
  try {
    out[name] = await run();
  } catch (error) {
    errors.push(describe(name, error));
    out[name] = { failed: codeOf(error) };
  }
}

function countBy(values: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const value of values) out[value] = (out[value] ?? 0) + 1;
  return out;
}

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : error instanceof Error ? error.name : "error";
}

function describe(where: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `${where}: ${codeOf(error)}: ${message}`;
}

/** A result's value after its sync (a function, so that the lint rules do not mistake it for a proxy). */
function textOf(result: OfficeExtension.ClientResult<string>): string {
  return result.value;
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}
