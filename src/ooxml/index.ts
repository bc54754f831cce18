/** Reading Word documents into the neutral ReportDocument model (browser-safe: bytes in, no fs). */
export { readDocx, DEFAULT_MAX_PART_BYTES, type ReadOptions } from "./readDocx";
export { parseDocumentXml, type DocumentParts } from "./parseDocumentXml";
export { parseFlatOpc } from "./flatOpc";
export {
  DEFAULT_MAX_ROWS_PER_TABLE,
  DEFAULT_MAX_TABLE_DEPTH,
  MAX_GRID_COLUMNS,
  type ParseOptions,
} from "./documentBuilder";
export { DocxReadError, type DocxErrorCode, type DocxErrorDetails } from "./errors";
