/**
 * What the preview keeps per document (its name and a hash of its bytes): the fingerprints of
 * ignored findings, and the pane's small values (`ReportHost.loadDocumentValue`, e.g. which file
 * was last year's report). In the browser's localStorage, or in memory for the session when
 * storage is blocked. Nothing leaves the machine.
 */
import type { DocumentValueKey } from "../host/reportHost";
import { fnv1a32 } from "../taskpane/fileDigest";

export interface IgnoredStore {
  load(): string[];
  save(fingerprints: string[]): void;
}

export interface DocumentValueStore {
  load(key: DocumentValueKey): string | null;
  save(key: DocumentValueKey, value: string | null): void;
}

const PREFIX = "nianbao-check.preview.ignored.";
const VALUE_PREFIX = "nianbao-check.preview.value.";
/** This page's writes: they win over storage, which may have refused them. */
const memory = new Map<string, string | null>();

/** Identifies a document's content: FNV-1a (32 bit) of its bytes, with its length and name. */
export function documentId(name: string, bytes: Uint8Array): string {
  return `${name}:${bytes.length}:${fnv1a32(bytes)}`;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** One string under one storage key (null: none); memory keeps it when storage refuses. */
function storedText(key: string): { get(): string | null; set(value: string | null): void } {
  return {
    get() {
      if (memory.has(key)) return memory.get(key) ?? null;
      try {
        return storage()?.getItem(key) ?? null;
      } catch {
        return null; // blocked
      }
    },
    set(value) {
      memory.set(key, value);
      try {
        const s = storage();
        if (!s) return;
        if (value === null) s.removeItem(key);
        else s.setItem(key, value);
      } catch {
        // Storage full or blocked: memory keeps it for the session.
      }
    },
  };
}

export function ignoredStore(id: string): IgnoredStore {
  const text = storedText(PREFIX + id);
  return {
    load() {
      try {
        const list: unknown = JSON.parse(text.get() ?? "[]");
        if (Array.isArray(list)) return list.filter((x): x is string => typeof x === "string");
      } catch {
        // Unreadable: nothing ignored.
      }
      return [];
    },
    save(fingerprints) {
      text.set(fingerprints.length > 0 ? JSON.stringify(fingerprints) : null);
    },
  };
}

export function documentValueStore(id: string): DocumentValueStore {
  const text = (key: DocumentValueKey) => storedText(`${VALUE_PREFIX}${key}.${id}`);
  return {
    load: (key) => text(key).get(),
    save: (key, value) => text(key).set(value),
  };
}
