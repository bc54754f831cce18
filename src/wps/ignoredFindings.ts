/** The fingerprints of ignored findings, kept in the document like the marks' record. */
import type { WpsDocument } from "./api";
import { asciiJson, readChunked, writeChunked } from "./docProperties";

export const IGNORED_KEY = "nianbaoIgnored";

export function loadIgnored(doc: WpsDocument): string[] {
  const value = readChunked(doc, IGNORED_KEY);
  if (value === null) return [];
  try {
    const parsed = JSON.parse(value) as unknown;
    return Array.isArray(parsed) ? parsed.filter((f): f is string => typeof f === "string") : [];
  } catch {
    return [];
  }
}

/** False when WPS did not keep them. */
export function saveIgnored(doc: WpsDocument, fingerprints: readonly string[]): boolean {
  return writeChunked(doc, IGNORED_KEY, fingerprints.length > 0 ? asciiJson(fingerprints) : null);
}
