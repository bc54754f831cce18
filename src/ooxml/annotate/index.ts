/** The marked copy (shading and comments in a copy of the .docx) and `clean`; browser-safe. */
export {
  annotateDocx,
  COMMENT_AUTHOR,
  COMMENT_INITIALS,
  type AnnotateOptions,
  type AnnotateOutcome,
} from "./annotateDocx";
export { cleanDocx, isMarkedCopy, type CleanOptions } from "./cleanDocx";
export { AnnotateError, type AnnotateErrorCode } from "./errors";
export { MARKS_PART, readMarksLog, type MarksLog } from "./marksLog";
export { planMarks, type Anchor, type MarkPlan, type PlannedComment, type PlannedShading } from "./plan";
export type { CommentLang } from "./commentText";
