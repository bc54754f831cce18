/** How results are presented, the same in every host: groups, order, headline, mark looks. */
export { cellKey, cellLooks, looksOf, type CellLook, type MarkLook, type MarkSeverity } from "./cellLooks";
export { compareDocumentOrder } from "./documentOrder";
export { excerptText } from "./excerptText";
export { fieldName } from "./fieldName";
export { findingTitle } from "./findingTitle";
export { groupFindings, type FindingGroup, type GroupKind, type GroupOptions } from "./groupFindings";
export { ALL_MARK_FILLS, MARK_FILLS, markFill } from "./markPalette";
export { placeName } from "./placeName";
export {
  checkedScope,
  countWords,
  resultHeadline,
  type CheckedScope,
  type ResultHeadline,
} from "./resultSummary";
