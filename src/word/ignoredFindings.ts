/** The fingerprints of ignored findings, kept in the document's settings. */
import { readOnlyError } from "./errors";
import { getSetting, isReadOnly, putSetting, saveSettings } from "./office";

export const IGNORED_KEY = "nianbao.ignored.v1";

export function loadIgnored(): string[] {
  const value = getSetting(IGNORED_KEY);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

export async function saveIgnored(fingerprints: readonly string[]): Promise<void> {
  if (isReadOnly()) throw readOnlyError("save");
  putSetting(IGNORED_KEY, fingerprints.length > 0 ? [...fingerprints] : null);
  await saveSettings();
}
