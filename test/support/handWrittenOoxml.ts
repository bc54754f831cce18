/** Building blocks of the hand-written documents the adapters' tests use (what the real reports lack). */
import JSZip from "jszip";

export const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** A paragraph; "\n" in the text is a line break (`w:br`). */
export const p = (text: string, pPr = ""): string =>
  `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${text
    .split("\n")
    .map((t, i) => `${i > 0 ? "<w:r><w:br/></w:r>" : ""}<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`)
    .join("")}</w:p>`;
/** A cell of a text (one paragraph) or of blocks (content starting with "<"). */
export const tc = (content: string, tcPr = ""): string =>
  `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ""}${content.startsWith("<") ? content : p(content)}</w:tc>`;
export const tr = (...cells: string[]): string => `<w:tr>${cells.join("")}</w:tr>`;
export const tbl = (cols: number, ...rows: string[]): string =>
  `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${'<w:gridCol w:w="1000"/>'.repeat(cols)}</w:tblGrid>${rows.join("")}</w:tbl>`;
export const restart = '<w:vMerge w:val="restart"/>';
export const cont = "<w:vMerge/>";
export const span = (n: number): string => `<w:gridSpan w:val="${n}"/>`;

/** A .docx of the body's blocks, with any other parts (by path) as given. */
export function docxOf(
  body: string,
  parts: Record<string, string> = {},
  compression: "STORE" | "DEFLATE" = "STORE",
): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}<w:sectPr/></w:body></w:document>`,
  );
  for (const [path, xml] of Object.entries(parts)) zip.file(path, xml);
  return zip.generateAsync({ type: "uint8array", compression });
}
