/**
 * Where the preview keeps the fingerprints of ignored findings: per document (its name and a hash
 * of its bytes) in the browser's localStorage, or in memory for the session when storage is
 * blocked. Nothing leaves the machine.
 */

export interface IgnoredStore {
  load(): string[];
  save(fingerprints: string[]): void;
}

const PREFIX = "nianbao-check.preview.ignored.";
const memory = new Map<string, string[]>();

/** Identifies a document's content: FNV-1a (32 bit) of its bytes, with its length and name. */
export function documentId(name: string, bytes: Uint8Array): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    hash ^= bytes[i];
    hash = Math.imul(hash, 0x01000193);
  }
  return `${name}:${bytes.length}:${(hash >>> 0).toString(16).padStart(8, "0")}`;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export function ignoredStore(id: string): IgnoredStore {
  const key = PREFIX + id;
  return {
    load() {
      try {
        const raw = storage()?.getItem(key);
        if (raw) {
          const list: unknown = JSON.parse(raw);
          if (Array.isArray(list)) return list.filter((x): x is string => typeof x === "string");
        }
      } catch {
        // Blocked or unreadable: fall back to this session's memory.
      }
      return [...(memory.get(key) ?? [])];
    },
    save(fingerprints) {
      memory.set(key, [...fingerprints]);
      try {
        const s = storage();
        if (!s) return;
        if (fingerprints.length === 0) s.removeItem(key);
        else s.setItem(key, JSON.stringify(fingerprints));
      } catch {
        // Storage full or blocked: memory keeps them for the session.
      }
    },
  };
}
