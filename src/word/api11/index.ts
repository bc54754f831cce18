/**
 * The Word adapter on WordApi 1.1 (Office 2016 volume licence), for the lite task pane. Chosen by
 * `chooseWordHost` when Word lacks WordApi 1.3; on 1.3 and later the adapter of src/word is used,
 * with a clean-up of highlights a 1.1 Word may have left (`withHighlightCleanup`).
 *
 * Verified only against the fake in test/fakes (its WordApi 1.1 mode), as for src/word:
 * - `body.getOoxml()` returns the whole body as a flat-OPC package, with the runs' `w:highlight`;
 * - `body.paragraphs` lists the paragraphs of table cells in document order, either with or without
 *   those of the covered cells of vertical merges (./alignment tries both);
 * - `Paragraph.text` reads as the OOXML's text (breaks as control characters);
 * - `Paragraph.font.highlightColor = "#RRGGBB"` (a colour of Word's highlight palette) highlights
 *   every run of the paragraph, and `= null` removes it;
 * - `body.insertFileFromBase64(…, "End")` inserts at the end of the document.
 */
import type { ReportHost } from "../../host/reportHost";
import { createWordHost } from "../index";
import { WordHost11 } from "./wordHost11";
import { withHighlightCleanup } from "./withHighlightCleanup";

export { WordHost11 } from "./wordHost11";
export { HIGHLIGHTS, highlightFor } from "./highlight";
export { HIGHLIGHTS_KEY } from "./highlightRecord";
export type { HighlightMarkOutcome, NotHighlighted } from "./highlightMarks";

export interface ChosenHost {
  host: ReportHost;
  /** "1.3": cells are shaded (src/word); "1.1": their text is highlighted (this folder). */
  api: "1.3" | "1.1";
}

/** The adapter for this Word: WordApi 1.3 and later get src/word's, older Words this one. */
export function chooseWordHost(): ChosenHost {
  if (Office.context.requirements.isSetSupported("WordApi", "1.3"))
    return { host: withHighlightCleanup(createWordHost()), api: "1.3" };
  return { host: new WordHost11(), api: "1.1" };
}
