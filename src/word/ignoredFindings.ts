/** The fingerprints of ignored findings, kept in the document's settings (as ./documentValues). */
import { keepSetting } from "./documentValues";
import { getSetting } from "./office";

export const IGNORED_KEY = "nianbao.ignored.v1";

export function loadIgnored(): string[] {
  const value = getSetting(IGNORED_KEY);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

export function saveIgnored(fingerprints: readonly string[]): Promise<void> {
  return keepSetting(IGNORED_KEY, fingerprints.length > 0 ? [...fingerprints] : null, "save");
}
