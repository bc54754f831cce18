/**
 * What both fake editors share about OOXML as the editors hand it out: the elements whose content
 * is never body text, and the Flat OPC package (`Body.getOoxml()` in Word, `WordOpenXML` in WPS).
 */

/** Elements whose content is never body text (as in the product's reader). */
export const SKIPPED = new Set([
  "w:del",
  "w:moveFrom",
  "w:delText",
  "w:delInstrText",
  "w:instrText",
  "w:txbxContent",
  "w:drawing",
  "w:pict",
  "w:object",
  "w:rPr",
  "w:pPr",
  "w:sectPr",
  "w:rt",
  "w:fldData",
  "w:sdtPr",
  "w:sdtEndPr",
  "w:tblPr",
  "w:tblGrid",
  "w:trPr",
  "w:tcPr",
  "mc:AlternateContent",
]);

export const MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml";

/** A Flat OPC package of the document part (its XML as given) and the styles and numbering parts. */
export function flatOpcPackage(documentXml: string, parts: { styles?: string; numbering?: string }): string {
  const part = (name: string, type: string, xml: string) =>
    `<pkg:part pkg:name="${name}" pkg:contentType="${type}"><pkg:xmlData>${xml.replace(/^<\?xml[^>]*\?>\s*/, "")}</pkg:xmlData></pkg:part>`;
  let out =
    '<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n' +
    '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' +
    part(
      "/_rels/.rels",
      "application/vnd.openxmlformats-package.relationships+xml",
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ) +
    part("/word/document.xml", `${MAIN}.document.main+xml`, documentXml);
  if (parts.styles) out += part("/word/styles.xml", `${MAIN}.styles+xml`, parts.styles);
  if (parts.numbering) out += part("/word/numbering.xml", `${MAIN}.numbering+xml`, parts.numbering);
  return out + "</pkg:package>";
}
