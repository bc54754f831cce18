/**
 * The scratch content the diagnostics insert at the end of the document (and delete again): one
 * table with what the adapter's assumptions are about — a horizontal merge, a vertical merge over
 * three rows, a cell of two paragraphs, a manual line break, a shaded cell, a table nested in a
 * cell — and texts of our own (nothing of the user's document is ever read into the report).
 *
 *   row 0: [A0 ·········· (gridSpan 2)] [B0] [C0 (shaded D9D9D9)]
 *   row 1: [M1 (vMerge restart)] [B1] [P1: "NB-P1a" ¶ "NB-P1b"] [L1: "NB-L1a" ↵ "NB-L1b"]
 *   row 2: [   (continue)      ] [B2] [N2: "NB-N2" + nested 1×2 table] [C2]
 *   row 3: [   (continue)      ] [B3 ········ (gridSpan 2)] [C3]
 */

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** The cells' own texts (as ../../host/cellText `squeeze` would squeeze them), by OOXML row and w:tc position. */
export const SCRATCH_TEXTS: readonly (readonly string[])[] = [
  ["NB-A0", "NB-B0", "NB-C0"],
  ["NB-M1", "NB-B1", "NB-P1aNB-P1b", "NB-L1aNB-L1b"],
  ["", "NB-B2", "NB-N2", "NB-C2"],
  ["", "NB-B3", "NB-C3"],
];

/** Word addresses of the cells the probes write to, valid under either numbering of merged cells. */
export const PROBE_CELLS = {
  /** One cell per "no fill" spelling (row 0 and row 1 have no continuation cells). */
  noFill: [
    { row: 0, cell: 1 },
    { row: 1, cell: 1 },
    { row: 0, cell: 0 },
  ],
  comment: { row: 1, cell: 3 },
  shaded: { row: 0, cell: 2 },
  /** Row 2 starts with a continuation cell: reading its cells tells how getCell numbers them. */
  mergedRow: 2,
} as const;

export const SCRATCH_SHADED_FILL = "D9D9D9";

const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const p = (content: string) => `<w:p>${content}</w:p>`;
const tc = (content: string, tcPr = "") =>
  `<w:tc><w:tcPr><w:tcW w:w="1500" w:type="dxa"/>${tcPr}</w:tcPr>${content}</w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join("")}</w:tr>`;
const grid = (n: number) => `<w:tblGrid>${'<w:gridCol w:w="1500"/>'.repeat(n)}</w:tblGrid>`;
const tblPr = '<w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>';

export function scratchTableXml(): string {
  const nested = `<w:tbl>${tblPr}${grid(2)}${tr(tc(p(run("NB-X1"))), tc(p(run("NB-X2"))))}</w:tbl>`;
  return (
    `<w:tbl>${tblPr}${grid(4)}` +
    tr(
      tc(p(run("NB-A0")), '<w:gridSpan w:val="2"/>'),
      tc(p(run("NB-B0"))),
      tc(p(run("NB-C0")), `<w:shd w:val="clear" w:color="auto" w:fill="${SCRATCH_SHADED_FILL}"/>`),
    ) +
    tr(
      tc(p(run("NB-M1")), '<w:vMerge w:val="restart"/>'),
      tc(p(run("NB-B1"))),
      tc(p(run("NB-P1a")) + p(run("NB-P1b"))),
      tc(p(`${run("NB-L1a")}<w:r><w:br/></w:r>${run("NB-L1b")}`)),
    ) +
    tr(
      tc(p(""), "<w:vMerge/>"),
      tc(p(run("NB-B2"))),
      tc(p(run("NB-N2")) + nested + p("")),
      tc(p(run("NB-C2"))),
    ) +
    tr(tc(p(""), "<w:vMerge/>"), tc(p(run("NB-B3")), '<w:gridSpan w:val="2"/>'), tc(p(run("NB-C3")))) +
    `</w:tbl>`
  );
}

/** A flat-OPC package (what `insertOoxml` takes) holding a paragraph, the scratch table and a paragraph. */
export function scratchPackage(): string {
  const part = (name: string, type: string, xml: string) =>
    `<pkg:part pkg:name="${name}" pkg:contentType="${type}"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;
  const body = `${p(run("NB-diagnostics"))}${scratchTableXml()}${p("")}`;
  return (
    '<?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?>' +
    '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' +
    part(
      "/_rels/.rels",
      "application/vnd.openxmlformats-package.relationships+xml",
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ) +
    part(
      "/word/document.xml",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
      `<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`,
    ) +
    "</pkg:package>"
  );
}
