/**
 * The marked copy over every fixture: the findings re-read the same, each comment sits in the cell
 * or paragraph it names, the shading is the pane's, every other part is untouched (to the
 * compressed byte), and `clean` gives back every part byte for byte.
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { readDocx } from "../../src/ooxml";
import {
  AnnotateError,
  annotateDocx,
  cleanDocx,
  COMMENT_AUTHOR,
  MARKS_PART,
  readMarksLog,
} from "../../src/ooxml/annotate";
import { nodeDeflateRaw, nodeInflateRaw } from "../../src/ooxml/zip/nodeZlib";
import { entryData, readZipDirectory } from "../../src/ooxml/zip/zipArchive";
import { checkReport } from "../../src/report/checkReport";
import { cellKey, cellLooks, markFill } from "../../src/report/view";
import { sectionPlace } from "../../src/taskpane/sectionPlace";
import { buildDocxFromText, readReportFixture } from "../support/buildDocx";
import { partsOf, text, walkDocument } from "./markedCopy";

const SAMPLES = join(__dirname, "../fixtures/samples");
const REPORTS = ["consistent-2019", "consistent-2021", "jingshan-2020", "liuying-2019", "shanghewan-2020"];
const DATE = new Date("2024-03-01T08:00:00Z");

async function fixtures(): Promise<[string, Uint8Array][]> {
  const out: [string, Uint8Array][] = readdirSync(SAMPLES)
    .filter((f) => f.endsWith(".docx"))
    .map((f) => [f, new Uint8Array(readFileSync(join(SAMPLES, f)))]);
  for (const name of REPORTS) out.push([`${name} (built)`, await buildDocxFromText(readReportFixture(name))]);
  return out;
}

const CHANGED = new Set(["word/document.xml", "word/_rels/document.xml.rels", "[Content_Types].xml"]);
/** The parts a marked copy may change: those, and a comments part the document already has. */
const changed = (name: string) => CHANGED.has(name) || name === "word/comments.xml";

describe("the marked copy of every fixture", () => {
  let all: [string, Uint8Array][];
  beforeAll(async () => {
    all = await fixtures();
  });

  it("re-reads to the same findings, with every comment in the cell or paragraph it names", async () => {
    for (const [name, original] of all) {
      const outcome = annotateDocx(original, { date: DATE });
      expect(outcome.unplaced).toEqual([]);
      const again = checkReport(await readDocx(outcome.bytes));
      expect({ name, findings: again.findings }).toEqual({ name, findings: outcome.result.findings });

      const parts = await partsOf(outcome.bytes);
      const walk = walkDocument(text(parts.get("word/document.xml")));
      const comments = text(parts.get("word/comments.xml"));
      expect(outcome.comments.length).toBe(
        outcome.result.findings.length === 0 ? 0 : outcome.comments.length,
      );
      for (const { id, anchor, findings } of outcome.comments) {
        const markers = walk.markers.get(String(id));
        expect(markers?.start && markers.end && markers.reference).toBeTruthy();
        if (anchor.kind === "cell") {
          // The anchor is a cell its first finding names.
          const named = [
            ...findings[0].cells,
            ...(findings[0].suggestion?.cell ? [findings[0].suggestion.cell] : []),
          ];
          if (findings[0].cells.length > 0 || findings[0].suggestion?.cell)
            expect(named.map(cellKey)).toContain(cellKey(anchor.cell));
          const key = cellKey(anchor.cell);
          expect([markers?.start?.cell, markers?.end?.cell, markers?.reference?.cell]).toEqual([
            key,
            key,
            key,
          ]);
        } else {
          const p = anchor.paragraph;
          expect([markers?.start?.paragraph, markers?.end?.paragraph, markers?.reference?.paragraph]).toEqual(
            [p, p, p],
          );
        }
        expect(comments).toContain(`w:id="${id}" w:author="${COMMENT_AUTHOR}"`);
      }
      // Nothing but our comments was anchored (the fixtures have none of their own).
      expect(walk.markers.size).toBe(outcome.comments.length);
    }
  });

  it("shades exactly the cells the pane marks, in its palette, and leaves every other cell as it was", async () => {
    for (const [, original] of all) {
      const outcome = annotateDocx(original, { date: DATE });
      const before = walkDocument(text((await partsOf(original)).get("word/document.xml")));
      const after = walkDocument(text((await partsOf(outcome.bytes)).get("word/document.xml")));
      const looks = new Map(cellLooks(outcome.result.findings).map((l) => [cellKey(l.cell), l]));
      expect(outcome.shaded).toBe(looks.size);
      for (const [key, props] of before.cellProperties) {
        const look = looks.get(key);
        expect({ key, props: after.cellProperties.get(key) }).toEqual({ key, props });
        if (look)
          expect({ key, fill: after.fills.get(key) }).toEqual({
            key,
            fill: markFill(look.look, look.severity),
          });
        else expect({ key, fill: after.fills.get(key) }).toEqual({ key, fill: before.fills.get(key) });
      }
    }
  });

  it("copies every other part unchanged, compressed bytes and all; the changed ones only gain", async () => {
    for (const [name, original] of all) {
      const outcome = annotateDocx(original, { date: DATE });
      const source = readZipDirectory(original);
      const marked = readZipDirectory(outcome.bytes);
      const names = source.entries.map((e) => e.name);
      // Same entries in the same order, then ours.
      expect(marked.entries.slice(0, names.length).map((e) => e.name)).toEqual(names);
      expect(marked.entries.slice(names.length).map((e) => e.name)).toEqual(
        expect.arrayContaining([MARKS_PART]),
      );
      for (const entry of source.entries) {
        if (entry.directory || changed(entry.name)) continue;
        const copy = marked.entries.find((e) => e.name === entry.name)!;
        expect({
          name,
          part: entry.name,
          same: Buffer.from(entryData(marked, copy)).equals(Buffer.from(entryData(source, entry))),
        }).toEqual({
          name,
          part: entry.name,
          same: true,
        });
      }
      // Relationships and content types: the original text with entries inserted before the end.
      const before = await partsOf(original);
      const after = await partsOf(outcome.bytes);
      for (const part of ["word/_rels/document.xml.rels", "[Content_Types].xml"]) {
        const a = text(before.get(part));
        const b = text(after.get(part));
        const close = a.lastIndexOf("</");
        expect(b.startsWith(a.slice(0, close))).toBe(true);
        expect(b.endsWith(a.slice(close))).toBe(true);
      }
    }
  });

  it("cleans back to the original bytes of every part, document.xml included", async () => {
    for (const [name, original] of all) {
      const marked = annotateDocx(original, { date: DATE }).bytes;
      const cleaned = cleanDocx(marked);
      const before = await partsOf(original);
      const after = await partsOf(cleaned);
      expect({ name, parts: [...after.keys()] }).toEqual({ name, parts: [...before.keys()] });
      for (const [part, bytes] of before)
        expect({ name, part, same: Buffer.from(after.get(part)!).equals(Buffer.from(bytes)) }).toEqual({
          name,
          part,
          same: true,
        });
      // Untouched entries are even the same compressed bytes.
      const source = readZipDirectory(original);
      const back = readZipDirectory(cleaned);
      for (const entry of source.entries.filter((e) => !e.directory && !changed(e.name))) {
        const copy = back.entries.find((e) => e.name === entry.name)!;
        expect(Buffer.from(entryData(back, copy)).equals(Buffer.from(entryData(source, entry)))).toBe(true);
      }
    }
  });

  it("makes the same bytes with node:zlib as with fflate, once inflated, and is deterministic", async () => {
    for (const [, original] of all.slice(0, 3)) {
      const a = annotateDocx(original, { date: DATE });
      const b = annotateDocx(original, {
        date: DATE,
        inflateRaw: nodeInflateRaw,
        deflateRaw: nodeDeflateRaw,
      });
      const pa = await partsOf(a.bytes);
      const pb = await partsOf(b.bytes);
      for (const [part, bytes] of pa)
        expect(Buffer.from(pb.get(part)!).equals(Buffer.from(bytes))).toBe(true);
      expect(Buffer.from(annotateDocx(original, { date: DATE }).bytes).equals(Buffer.from(a.bytes))).toBe(
        true,
      );
    }
  });
});

describe("repeats", () => {
  it("gives a table's blank cells one comment on the first, naming the others, and shades them all", async () => {
    const original = new Uint8Array(readFileSync(join(SAMPLES, "liuying-2019.docx")));
    const outcome = annotateDocx(original, { date: DATE });
    const blanks = outcome.result.findings.filter((f) => f.rule === "cell.blank");
    expect(blanks.length).toBeGreaterThan(50);
    const blankComments = outcome.comments.filter((c) => c.findings.some((f) => f.rule === "cell.blank"));
    // One per table (表二, 表三, 表四 each have blanks), each speaking for its table's blanks.
    expect(blankComments.length).toBeLessThanOrEqual(3);
    expect(blankComments.flatMap((c) => c.findings)).toHaveLength(blanks.length);
    const comments = text((await partsOf(outcome.bytes)).get("word/comments.xml"));
    expect(comments).toContain("同类共");
    // Errors are never folded into a group.
    for (const c of outcome.comments)
      if (c.findings.some((f) => f.severity === "error")) expect(c.findings).toHaveLength(1);
  });

  it("writes a blank template's comment once", async () => {
    const original = new Uint8Array(readFileSync(join(SAMPLES, "blank-2021-template-wps.docx")));
    const outcome = annotateDocx(original, { date: DATE });
    expect(outcome.result.blankTemplate).toBe(true);
    expect(outcome.comments).toHaveLength(1);
    expect(outcome.shaded).toBe(outcome.result.findings.length);
  });
});

describe("where a missing section's comment goes", () => {
  it("is where the pane takes the reader: the end of the text before the closing lines", async () => {
    const original = new Uint8Array(readFileSync(join(SAMPLES, "liuying-2019.docx")));
    const outcome = annotateDocx(original, { date: DATE });
    const missing = outcome.comments.filter((c) => c.findings[0].rule === "section.missing");
    expect(missing).toHaveLength(1);
    const doc = await readDocx(original);
    const place = sectionPlace(missing[0].findings[0], outcome.result, doc);
    expect(place).toBeDefined();
    expect(missing[0].anchor).toEqual({ kind: "paragraph", paragraph: place });
  });
});

describe("marked copies and clean", () => {
  it("marks a marked copy afresh from its original", async () => {
    const original = new Uint8Array(readFileSync(join(SAMPLES, "shanghewan-2020.docx")));
    const once = annotateDocx(original, { date: DATE }).bytes;
    const twice = annotateDocx(once, { date: DATE }).bytes;
    expect(Buffer.from(twice).equals(Buffer.from(once))).toBe(true);
  });

  it("refuses to clean a file that is not a marked copy, or one changed since", async () => {
    const original = new Uint8Array(readFileSync(join(SAMPLES, "jingshan-2020.docx")));
    expect(() => cleanDocx(original)).toThrow(AnnotateError);
    const marked = annotateDocx(original, { date: DATE }).bytes;
    const parts = await partsOf(marked);
    const JSZip = (await import("jszip")).default;
    const zip = new JSZip();
    for (const [part, bytes] of parts)
      zip.file(part, part === "word/document.xml" ? text(bytes).replace("景山", "景山 ") : bytes);
    const edited = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    let code = "";
    try {
      cleanDocx(edited);
    } catch (error) {
      code = (error as AnnotateError).code;
    }
    expect(code).toBe("changed_since");
  });

  it("logs what it changed in its own part", async () => {
    const original = new Uint8Array(readFileSync(join(SAMPLES, "liuying-2019.docx")));
    const outcome = annotateDocx(original, { date: DATE });
    const log = readMarksLog(text((await partsOf(outcome.bytes)).get(MARKS_PART)))!;
    expect(log.parts.map((p) => p.part).sort()).toEqual([...CHANGED].sort());
    expect(log.added.sort()).toEqual([MARKS_PART, "word/comments.xml"].sort());
    expect(log.commentIds).toEqual(outcome.comments.map((c) => c.id));
    expect(log.cells).toHaveLength(outcome.shaded);
  });
});
