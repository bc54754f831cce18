/**
 * Strings kept in the document as custom document properties (`CustomDocumentProperties`), so
 * that they travel with the file and a later session finds them. A string property holds at most
 * 255 characters (documented; WPS-Zotero stores JSON the same way on WPS), so a value is split
 * into chunks `<key>_1 … <key>_n` under a header `<key>` = `<n>:<hash>`. Values are made ASCII
 * first (JSON `\u` escapes), so that a limit in bytes and one in characters are the same. After
 * every write the value is read back: a build that truncates or refuses is caught, never trusted.
 */
import { WD, type WpsDocument, type WpsDocumentProperty } from "./api";
import { count, read, text } from "./access";
import { textHash } from "./textHash";

const CHUNK_SIZES = [250, 120] as const;

/** JSON with every non-ASCII character escaped. */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

function ownedBy(key: string, name: string): boolean {
  return name === key || (name.startsWith(`${key}_`) && /^\d+$/.test(name.slice(key.length + 1)));
}

/** Our properties of this key, by name (one pass over the collection: no lookup by name needed). */
function ours(doc: WpsDocument, key: string): Map<string, WpsDocumentProperty> {
  const props = read(doc, "CustomDocumentProperties");
  const out = new Map<string, WpsDocumentProperty>();
  const n = count(props);
  for (let i = 1; i <= n; i++) {
    const prop = props.Item(i);
    const name = text(read(prop, "Name"));
    if (ownedBy(key, name)) out.set(name, prop);
  }
  return out;
}

/** The value stored under `key`, or null when there is none or it is incomplete. */
export function readChunked(doc: WpsDocument, key: string): string | null {
  const found = ours(doc, key);
  const header = found.get(key);
  if (!header) return null;
  const match = /^(\d+):([0-9a-z]+)$/.exec(text(read(header, "Value")));
  if (!match) return null;
  const n = Number(match[1]);
  let value = "";
  for (let i = 1; i <= n; i++) {
    const chunk = found.get(`${key}_${i}`);
    if (!chunk) return null;
    value += text(read(chunk, "Value"));
  }
  return hashOf(value) === match[2] ? value : null;
}

function hashOf(value: string): string {
  // textHash ignores whitespace; a record's JSON has none that matters, but be exact anyway.
  return `${textHash(value)}${value.length.toString(36)}`;
}

/** Deletes every property of the key (last first: indexes shift as items go). */
export function deleteChunked(doc: WpsDocument, key: string): void {
  const props = read(doc, "CustomDocumentProperties");
  for (let i = count(props); i >= 1; i--) {
    const prop = props.Item(i);
    if (ownedBy(key, text(read(prop, "Name")))) prop.Delete();
  }
}

/**
 * Stores `value` under `key` (null deletes it) and reads it back; returns false when this WPS does
 * not keep it (the properties are then removed again rather than left half-written).
 */
export function writeChunked(doc: WpsDocument, key: string, value: string | null): boolean {
  deleteChunked(doc, key);
  if (value === null) return readChunked(doc, key) === null;
  for (const size of CHUNK_SIZES) {
    try {
      const props = read(doc, "CustomDocumentProperties");
      const chunks: string[] = [];
      for (let at = 0; at < value.length; at += size) chunks.push(value.slice(at, at + size));
      chunks.forEach((chunk, i) => props.Add(`${key}_${i + 1}`, false, WD.propertyTypeString, chunk));
      props.Add(key, false, WD.propertyTypeString, `${chunks.length}:${hashOf(value)}`);
      if (readChunked(doc, key) === value) return true;
    } catch {
      // refused: try smaller chunks, then give up
    }
    deleteChunked(doc, key);
  }
  return false;
}
