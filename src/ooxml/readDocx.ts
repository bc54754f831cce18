/** .docx bytes → ReportDocument: container checks, part lookup, budgeted inflation, decoding. */
import type { ReportDocument } from "../report/model";
import type { ParseOptions } from "./documentBuilder";
import { DEFAULT_MAX_PART_BYTES, DocxPackage, type PackageOptions } from "./docxPackage";
import { docxErrors } from "./errors";
import { parseRelationships, relationshipOfType, relsPartFor, resolveTarget } from "./packageParts";
import { parseDocumentParts } from "./parseDocumentXml";

export { DEFAULT_MAX_PART_BYTES };

export interface ReadOptions extends ParseOptions, PackageOptions {}

/**
 * Reads a .docx. Synchronous inside (the zip directory is read from the bytes and each part is
 * inflated at once); async for callers that may one day stream.
 */
export async function readDocx(
  data: Uint8Array | ArrayBuffer,
  options: ReadOptions = {},
): Promise<ReportDocument> {
  return readDocxSync(data, options);
}

export function readDocxSync(data: Uint8Array | ArrayBuffer, options: ReadOptions = {}): ReportDocument {
  const pkg = DocxPackage.open(data, options);
  const main = pkg.mainPart();
  if (main === undefined) throw docxErrors.noDocument();
  const parts = documentPartNames(pkg, main);
  const documentXml = pkg.text(main);
  if (documentXml === undefined) throw docxErrors.noDocument();
  const styles = pkg.text(parts.styles);
  const numbering = pkg.text(parts.numbering);
  return parseDocumentParts(documentXml, { styles, numbering }, options, parts);
}

/** The main part and the styles and numbering parts its relationships name (or the usual names). */
export function documentPartNames(
  pkg: DocxPackage,
  main: string,
): { document: string; styles: string; numbering: string } {
  const rels = pkg.text(relsPartFor(main));
  const relationships = rels === undefined ? [] : parseRelationships(rels, relsPartFor(main));
  const target = (typeSuffix: string, fallback: string): string => {
    const rel = relationshipOfType(relationships, typeSuffix);
    return rel ? resolveTarget(main, rel.target) : resolveTarget(main, fallback);
  };
  return {
    document: main,
    styles: target("/styles", "styles.xml"),
    numbering: target("/numbering", "numbering.xml"),
  };
}
