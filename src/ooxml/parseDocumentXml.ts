/** `word/document.xml` (+ optional styles and numbering parts) → ReportDocument. */
import type { ReportDocument } from "../report/model";
import { DocumentBuilder, type ParseOptions } from "./documentBuilder";
import { parseNumberingXml } from "./numbering";
import { parseStylesXml } from "./styles";
import { scanPart } from "./xmlPart";

export interface DocumentParts {
  /** `word/styles.xml`: outline levels and numbering inherited from paragraph styles. */
  styles?: string;
  /** `word/numbering.xml`: automatic list labels. */
  numbering?: string;
}

/** Part names used in error messages (the main part is not always called word/document.xml). */
export interface PartNames {
  document: string;
  styles: string;
  numbering: string;
}

const DEFAULT_NAMES: PartNames = {
  document: "word/document.xml",
  styles: "word/styles.xml",
  numbering: "word/numbering.xml",
};

export function parseDocumentXml(
  xml: string,
  parts: DocumentParts = {},
  options: ParseOptions = {},
): ReportDocument {
  return parseDocumentParts(xml, parts, options, DEFAULT_NAMES);
}

export function parseDocumentParts(
  xml: string,
  parts: DocumentParts,
  options: ParseOptions,
  names: PartNames,
): ReportDocument {
  const builder = new DocumentBuilder(options);
  scanPart(xml, names.document, builder);
  const styles = parts.styles === undefined ? undefined : parseStylesXml(parts.styles, names.styles);
  const numbering =
    parts.numbering === undefined ? undefined : parseNumberingXml(parts.numbering, names.numbering);
  return builder.finish(styles, numbering);
}
