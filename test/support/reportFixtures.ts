/** The report documents the editor adapters' tests open in their fakes (Word's and WPS's alike). */
import { readFileSync } from "fs";
import { join } from "path";
import { buildDocxFromText, readReportFixture } from "./buildDocx";

const SAMPLES = join(__dirname, "..", "fixtures", "samples");

/** The real documents (three reports saved by LibreOffice, a WPS template) and two reports built from text. */
export const REPORT_FIXTURES = [
  "blank-2021-template-wps",
  "jingshan-2020",
  "liuying-2019",
  "shanghewan-2020",
  "consistent-2021",
  "consistent-2019",
] as const;

export type ReportFixtureName = (typeof REPORT_FIXTURES)[number];

const cache = new Map<ReportFixtureName, Promise<Uint8Array>>();

/** A fixture's bytes, read or built once per test file. */
export function reportFixtureBytes(name: ReportFixtureName): Promise<Uint8Array> {
  let bytes = cache.get(name);
  if (!bytes) {
    bytes = name.startsWith("consistent-")
      ? buildDocxFromText(readReportFixture(name))
      : Promise.resolve(new Uint8Array(readFileSync(join(SAMPLES, `${name}.docx`))));
    cache.set(name, bytes);
  }
  return bytes;
}
