/**
 * The sample reports' paragraphs (test/fixtures/samples/*.txt): a line starting with TAB is a table
 * cell, non-TAB lines right after a cell continue it, a blank line after a cell ends a table row;
 * other lines are paragraphs. Tables become empty table blocks; paragraph indices count the cell
 * paragraphs too, as `DocParagraph.index` does.
 */
import { readFileSync } from "fs";
import { join } from "path";
import type { DocBlock, ReportDocument } from "../../../src/report/model";

export const SAMPLES_DIR = join(__dirname, "..", "..", "fixtures", "samples");

export function loadSampleText(name: string): ReportDocument {
  return parseSampleText(readFileSync(join(SAMPLES_DIR, `${name}.txt`), "utf8"));
}

export function parseSampleText(content: string): ReportDocument {
  const blocks: DocBlock[] = [];
  let index = 0;
  let tables = 0;
  let inCell = false;
  let tableOpen = false;
  for (const line of content.replace(/\r\n/g, "\n").replace(/\n$/, "").split("\n")) {
    if (line.startsWith("\t")) {
      if (!tableOpen) {
        blocks.push({ kind: "table", index: tables++, nestingLevel: 1, gridColumnCount: 1, rows: [] });
        tableOpen = true;
      }
      inCell = true;
      index++;
    } else if (line.trim() === "" && inCell) {
      inCell = false; // end of a table row
    } else if (inCell) {
      index++; // another paragraph of the same cell
    } else {
      tableOpen = false;
      const text = line.replace(/\[bookmark: [^\]]*\]/g, "");
      blocks.push({ kind: "paragraph", index: index++, text });
    }
  }
  return { blocks };
}

/** The paragraph (by `DocParagraph.index`) whose text contains `needle`. */
export function paragraphWith(doc: ReportDocument, needle: string): number {
  for (const b of doc.blocks) if (b.kind === "paragraph" && b.text.includes(needle)) return b.index;
  throw new Error(`no paragraph contains ${needle}`);
}
