/**
 * Jumping to what a finding is about: `Cell.Select()` or a paragraph's range, then
 * `ActiveWindow.ScrollIntoView(range, true)` (documented; where it is missing, selecting is left
 * to scroll). The cell is proven first exactly as for marking (./cellAddress); a row that no
 * longer shows what the check read, or a paragraph whose text changed, is a `stale` error.
 */
import { squeeze } from "../host/cellText";
import { continuationOwners } from "../host/continuationOwners";
import { notFoundError, unaddressableError } from "../host/errors";
import type { CellRef } from "../report/findings";
import { allTables, bodyParagraphs } from "../report/model";
import type { WpsApplication, WpsRange } from "./api";
import { count, read, text, tryRead } from "./access";
import { columnOf, observeRow, positionsToObserve, proveRow } from "./cellAddress";
import { otherDocumentError, staleError } from "./errors";
import { activeDocument, documentIdentity, type WpsSnapshot } from "./readDocument";

/** A paragraph's text without the paragraph and end-of-cell marks WPS ends it with. */
function stripMarks(value: string): string {
  let end = value.length;
  while (end > 0 && (value[end - 1] === "\r" || value.charCodeAt(end - 1) === 7)) end--;
  return value.slice(0, end);
}

/** The document checked must be the one the user sees. */
export function assertActive(app: WpsApplication, snapshot: WpsSnapshot): void {
  if (documentIdentity(activeDocument(app)) !== snapshot.identity) throw otherDocumentError();
}

function scrollTo(app: WpsApplication, range: WpsRange): void {
  try {
    tryRead(app, "ActiveWindow")?.ScrollIntoView(range, true);
  } catch {
    // selecting already brings the selection into view in most builds
  }
}

export function selectCell(app: WpsApplication, snapshot: WpsSnapshot, ref: CellRef): void {
  assertActive(app, snapshot);
  const top = snapshot.byIndex.get(ref.table);
  if (!top) {
    const exists = allTables(snapshot.doc).some((t) => t.index === ref.table);
    throw exists ? unaddressableError(ref.table) : notFoundError("The table", "该表格");
  }
  const row = top.table.rows[ref.row];
  const cell = row?.cells[ref.cell];
  if (!row || !cell) throw notFoundError("The cell", "该单元格");
  const tables = read(snapshot.document, "Tables");
  if (top.position >= count(tables)) throw staleError();
  const table = tables.Item(top.position + 1);
  if (Number(read(read(table, "Rows"), "Count")) !== top.table.rows.length) throw staleError();
  const owners = continuationOwners(top.table.rows);
  // A covered cell of a vertical merge is shown by the cell that starts the merge.
  const target = cell.vMerge === "continue" ? (owners.get(cell) ?? cell) : cell;
  const targetRow = top.table.rows[target.rowIndex];
  const proof = proveRow(
    targetRow,
    owners,
    observeRow(table, targetRow.rowIndex + 1, positionsToObserve(targetRow, owners)),
  );
  const at = columnOf(targetRow, target, owners, proof);
  if (!at) throw staleError();
  const wpsCell = table.Cell(targetRow.rowIndex + 1, at.column);
  wpsCell.Select();
  scrollTo(app, read(wpsCell, "Range"));
}

export function selectParagraph(
  app: WpsApplication,
  snapshot: WpsSnapshot,
  index: number,
  excerpt?: string,
): void {
  assertActive(app, snapshot);
  const model = bodyParagraphs(snapshot.doc).find((p) => p.index === index);
  const paragraphs = read(snapshot.document, "Paragraphs");
  if (!model || index >= count(paragraphs))
    throw notFoundError(`Paragraph ${index + 1}`, `第 ${index + 1} 段`);
  const range = read(paragraphs.Item(index + 1), "Range");
  const shown = stripMarks(text(read(range, "Text")));
  if (squeeze(shown) !== squeeze(model.text)) throw staleError();
  const at = excerpt ? shown.indexOf(excerpt) : -1;
  if (excerpt && at >= 0) {
    const start = Number(read(range, "Start")) + at;
    const part = snapshot.document.Range(start, start + excerpt.length);
    part.Select();
    scrollTo(app, part);
    return;
  }
  range.Select();
  scrollTo(app, range);
}
