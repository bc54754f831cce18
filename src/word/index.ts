/**
 * The Word adapter: the only code in the product that touches Office.js. The task pane gets a
 * ReportHost from `createWordHost` and never sees Word's API.
 *
 * Verified only against the fake in test/fakes (see each file for the details), in the order to
 * check them in real Word:
 * - how `TableRow.cellCount`, `Table.values` and `getCell` count vertical-merge continuation
 *   cells (./cellAddress — tables that match neither way are reported unaddressable);
 * - `shadingColor = ""` removes a cell's fill (./shading);
 * - `body.tables.getFirst()` / `Table.getNext()` walk the top-level tables in order (./tableChain —
 *   checked on every read with `compareLocationWith`; a miss costs a sync, not a wrong cell);
 * - `body.paragraphs` lists table-cell paragraphs in document order and no end-of-row marks;
 *   `Paragraph.text` writes a manual line break as "\v"; `outlineLevel` is 1–9, 10 for body text
 *   (./documentOrder);
 * - a table's `getOoxml()` package ends with a paragraph after the table (./tablePackage);
 * - commands queued before a failing one in a batch have run (./select).
 */
import type { ReportHost } from "../host/reportHost";
import { WordHost } from "./wordHost";

export function createWordHost(): ReportHost {
  return new WordHost();
}

export { LEGACY_MARK_FILLS, NO_FILL_SPELLINGS } from "./shading";
export { LEGACY_MARKS_KEY, MARKS_KEY } from "./markRecord";
export { IGNORED_KEY } from "./ignoredFindings";
