/**
 * Reaching WPS's objects. WPS exposes its object model on `window.Application` (the same merged
 * root as `window.wps`); some builds give a property as a zero-argument method instead (seen by
 * others on WPS 12.1), so every property read goes through `read`.
 */
import type { WpsApplication, WpsCollection } from "./api";

/** `obj[key]`, calling it when this build made the property a method. */
export function read<T extends object, K extends keyof T>(obj: T, key: K): T[K] {
  const value = obj[key];
  return (typeof value === "function" ? (value as () => unknown).call(obj) : value) as T[K];
}

/** A property that may be missing on some builds: undefined instead of a throw. */
export function tryRead<T extends object, K extends keyof T>(obj: T, key: K): T[K] | undefined {
  try {
    return read(obj, key);
  } catch {
    return undefined;
  }
}

export function count(collection: WpsCollection<unknown>): number {
  return Number(read(collection, "Count")) || 0;
}

/** Items 1…Count of a 1-based collection. */
export function items<T>(collection: WpsCollection<T>): T[] {
  const out: T[] = [];
  const n = count(collection);
  for (let i = 1; i <= n; i++) out.push(collection.Item(i));
  return out;
}

/** A string property as a string (WPS may hand back a wrapper whose methods misbehave). */
export function text(value: unknown): string {
  return value === null || value === undefined ? "" : String(value);
}

/**
 * The WPS application object of this page, or null when the page does not run in WPS. Detected by
 * its members, not by the user agent: a plain web page inside WPS has the UA but no bridge.
 */
export function wpsApplication(scope: unknown = globalThis): WpsApplication | null {
  const root = scope as { Application?: unknown; wps?: unknown };
  for (const candidate of [root.Application, root.wps]) {
    if (typeof candidate !== "object" || candidate === null) continue;
    if ("ActiveDocument" in candidate || "CreateTaskPane" in candidate || "PluginStorage" in candidate)
      return candidate as WpsApplication;
  }
  return null;
}
