/**
 * Small values the pane keeps with the document (`ReportHost.loadDocumentValue`), in custom
 * document properties like the ignored findings (./ignoredFindings) and the marks' record: the
 * same chunked, ASCII-only, read-back storage (./docProperties), under `nianbaoValue_<key>`.
 */
import type { DocumentValueKey } from "../host/reportHost";
import type { WpsDocument } from "./api";
import { asciiJson, readChunked, writeChunked } from "./docProperties";

export const valueProperty = (key: DocumentValueKey): string => `nianbaoValue_${key}`;

export function loadDocumentValue(doc: WpsDocument, key: DocumentValueKey): string | null {
  const stored = readChunked(doc, valueProperty(key));
  if (stored === null) return null;
  try {
    // Stored as a JSON string literal: any text, made ASCII.
    const value = JSON.parse(stored) as unknown;
    return typeof value === "string" ? value : null;
  } catch {
    return null;
  }
}

/** False when WPS did not keep it. */
export function saveDocumentValue(doc: WpsDocument, key: DocumentValueKey, value: string | null): boolean {
  return writeChunked(doc, valueProperty(key), value === null ? null : asciiJson(value));
}
