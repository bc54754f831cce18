/**
 * A file's fingerprint: SHA-256 of its bytes where the webview has SubtleCrypto (secure contexts:
 * https, localhost, Office's webviews), and always FNV-1a of its bytes with their length (cheap, in
 * plain JavaScript), so that two fingerprints can be compared wherever each was taken.
 */

export interface FileDigest {
  /** Bytes. */
  size: number;
  /** FNV-1a, 32 bit, 8 hex digits. */
  fnv: string;
  /** SHA-256, 64 hex digits; absent where SubtleCrypto is not available. */
  sha256?: string;
}

/** FNV-1a (32 bit) of the bytes, as 8 hex digits. */
export function fnv1a32(bytes: Uint8Array): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    hash ^= bytes[i];
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

async function sha256(bytes: Uint8Array): Promise<string | undefined> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle || typeof subtle.digest !== "function") return undefined;
  try {
    // SubtleCrypto takes no view of a SharedArrayBuffer: copy such bytes (never the case for a File's).
    const data =
      bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
    const digest = new Uint8Array(await subtle.digest("SHA-256", data));
    return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
  } catch {
    return undefined; // refused (e.g. not a secure context): FNV alone
  }
}

export async function fileDigest(bytes: Uint8Array): Promise<FileDigest> {
  const hash = await sha256(bytes);
  return { size: bytes.length, fnv: fnv1a32(bytes), ...(hash ? { sha256: hash } : {}) };
}

/** The same bytes: by SHA-256 when both have it, else by length and FNV-1a. */
export function sameDigest(a: FileDigest, b: FileDigest): boolean {
  if (a.sha256 && b.sha256) return a.sha256 === b.sha256;
  return a.size === b.size && a.fnv === b.fnv;
}
