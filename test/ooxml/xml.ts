/** Helpers to write small WordprocessingML documents and packages by hand in tests. */
import JSZip from "jszip";
import { allTables, type DocParagraph, type DocTable, type ReportDocument } from "../../src/report/model";

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

const NAMESPACES =
  `xmlns:w="${W_NS}" ` +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml" ' +
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"';

/** Wraps body content into a whole `word/document.xml`. */
export function documentXml(body: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<w:document ${NAMESPACES}><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`
  );
}

/** A paragraph with one run per text (`pPr` is the inside of `w:pPr`). */
export function p(text: string | string[], pPr = ""): string {
  const runs = (Array.isArray(text) ? text : [text]).map(
    (t) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`,
  );
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${runs.join("")}</w:p>`;
}

/** A cell; `content` is block XML, or plain text that becomes one paragraph. */
export function tc(content: string, tcPr = ""): string {
  const blocks = content.startsWith("<") ? content : p(content);
  return `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ""}${blocks}</w:tc>`;
}

export function tr(cells: string[] | string, trPr = ""): string {
  return `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ""}${Array.isArray(cells) ? cells.join("") : cells}</w:tr>`;
}

/** A table with `gridColumns` grid columns (0 = no `w:tblGrid`). */
export function tbl(rows: string[], gridColumns: number): string {
  const grid =
    gridColumns > 0 ? `<w:tblGrid>${'<w:gridCol w:w="1000"/>'.repeat(gridColumns)}</w:tblGrid>` : "";
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${grid}${rows.join("")}</w:tbl>`;
}

export function stylesXml(styles: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W_NS}">${styles}</w:styles>`;
}

export function numberingXml(content: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W_NS}">${content}</w:numbering>`;
}

/** An abstract numbering definition with one `w:lvl` per [numFmt, lvlText] pair (levels 0, 1, …). */
export function abstractNum(id: number, levels: [string, string][], extra = ""): string {
  const lvls = levels
    .map(
      ([fmt, text], ilvl) =>
        `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`,
    )
    .join("");
  return `<w:abstractNum w:abstractNumId="${id}">${extra}${lvls}</w:abstractNum>`;
}

export function num(numId: number, abstractNumId: number, overrides = ""): string {
  return `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractNumId}"/>${overrides}</w:num>`;
}

export function numPr(numId: number, ilvl = 0): string {
  return `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;
}

/** Zips parts into a package (DEFLATE, like Word). */
export async function zipParts(parts: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(parts)) zip.file(name, content);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  "</Types>";

export function packageRels(mainTarget = "word/document.xml"): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${mainTarget}"/>` +
    "</Relationships>"
  );
}

/** A minimal .docx around a document.xml, with optional styles and numbering parts. */
export async function makeDocx(
  document: string,
  extra: { styles?: string; numbering?: string; parts?: Record<string, string | Uint8Array> } = {},
): Promise<Uint8Array> {
  const parts: Record<string, string | Uint8Array> = {
    "[Content_Types].xml": CONTENT_TYPES,
    "_rels/.rels": packageRels(),
    "word/document.xml": document,
  };
  if (extra.styles !== undefined) parts["word/styles.xml"] = extra.styles;
  if (extra.numbering !== undefined) parts["word/numbering.xml"] = extra.numbering;
  return zipParts({ ...parts, ...extra.parts });
}

/** Body paragraphs of a document. */
export function paragraphs(doc: ReportDocument): DocParagraph[] {
  return doc.blocks.filter((b): b is DocParagraph => b.kind === "paragraph");
}

/** The tables of a document in index order (nested included). */
export function tables(doc: ReportDocument): DocTable[] {
  return allTables(doc);
}

/** A table's cell texts, row by row, for compact assertions. */
export function cellTexts(table: DocTable): string[][] {
  return table.rows.map((row) => row.cells.map((cell) => cell.text));
}

/**
 * A minimal OLE compound file (the container of encrypted .docx and of Word 97–2003 .doc) whose
 * directory holds these stream names.
 */
export function compoundFile(streams: string[], padding: Uint8Array = new Uint8Array(0)): Uint8Array {
  const bytes = new Uint8Array(512 * 2 + padding.length);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  ["Root Entry", ...streams].forEach((name, i) => {
    const offset = 512 + i * 128;
    for (let k = 0; k < name.length; k++) bytes[offset + 2 * k] = name.charCodeAt(k);
    bytes[offset + 0x40] = (name.length + 1) * 2;
    bytes[offset + 0x42] = i === 0 ? 5 : 2;
  });
  bytes.set(padding, 1024);
  return bytes;
}
