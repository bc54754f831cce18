/**
 * Small values the pane keeps with the document (`ReportHost.loadDocumentValue`), in the document's
 * settings like the ignored findings (./ignoredFindings): saved with the file, back in a later
 * session. Each under its own setting, `nianbao.value.<key>`.
 */
import { readOnlyError } from "../host/errors";
import type { DocumentValueKey } from "../host/reportHost";
import { getSetting, isReadOnly, putSetting, saveSettings } from "./office";

export const valueSetting = (key: DocumentValueKey): string => `nianbao.value.${key}`;

export function loadDocumentValue(key: DocumentValueKey): string | null {
  const value = getSetting(valueSetting(key));
  return typeof value === "string" ? value : null;
}

export function saveDocumentValue(key: DocumentValueKey, value: string | null): Promise<void> {
  return keepSetting(valueSetting(key), value, "keep");
}

/** Writes a setting (null removes it) into the document; refused on a read-only document. */
export async function keepSetting(key: string, value: unknown, what: "save" | "keep"): Promise<void> {
  if (isReadOnly()) throw readOnlyError(what);
  putSetting(key, value);
  await saveSettings();
}
