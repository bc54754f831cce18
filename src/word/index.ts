/**
 * The Word adapter: the only code in the product that touches Office.js. The task pane gets a
 * ReportHost from `createWordHost` and never sees Word's API.
 *
 * Verified only against the fake in test/fakes (see each file for the details; the diagnostics
 * view, ./diagnostics, probes most of them on the user's machine), in the order to check them in
 * real Word:
 * - how `TableRow.cellCount`, `Table.values` and `getCell` count vertical-merge continuation
 *   cells (./cellAddress — tables that match neither way are reported unaddressable);
 * - how "no fill" is spelt through `shadingColor` ("" first, then "None", then null: ./shading,
 *   learnt by ./writeBatch from what Word refuses or reads back);
 * - a `getOoxml()` queued after writes in the same batch sees them (./writeBatch's read-back);
 * - `body.tables.getFirst()` / `Table.getNext()` walk the top-level tables in order (./tableChain —
 *   checked on every read with `compareLocationWith`; a miss costs a sync, not a wrong cell);
 * - `body.paragraphs` lists table-cell paragraphs in document order and no end-of-row marks;
 *   `Paragraph.text` writes a manual line break as "\v"; `outlineLevel` is 1–9, 10 for body text
 *   (./documentOrder);
 * - a table's `getOoxml()` package ends with a paragraph after the table (./tablePackage);
 * - commands queued before a failing one in a batch have run, those after it have not
 *   (./select, ./writeBatch);
 * - a response too large for Word fails with a generic error, and a table's package is within the
 *   estimate of ./responseBudget;
 * - `changeTrackingMode` set in a batch applies to the writes after it (./tracking).
 */
import type { ReportHost } from "../host/reportHost";
import { WordHost } from "./wordHost";

export function createWordHost(): ReportHost {
  return new WordHost();
}

export { LEGACY_MARK_FILLS, NO_FILL_SPELLINGS } from "./shading";
export { LEGACY_MARKS_KEY, MARKS_KEY } from "./markRecord";
export { IGNORED_KEY } from "./ignoredFindings";
