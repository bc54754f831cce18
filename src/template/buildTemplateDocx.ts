import { writeDocx } from "../docx/writeDocx";
import { FORMATS, type FormatId } from "../report/formats";
import { templateSpec } from "./templateSpec";

/**
 * The blank template of a format as .docx bytes. No file system: the Word add-in calls this in
 * the browser and inserts the result (through `toBase64`) with `insertFileFromBase64`.
 */
export function buildTemplateDocx(format: FormatId = "2021"): Promise<Uint8Array> {
  return writeDocx(templateSpec(FORMATS[format]));
}
