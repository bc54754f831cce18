/**
 * FNV-1a (32 bits) of a text's UTF-16 code units: a short, stable hash for naming tables and
 * texts in the records the hosts keep in documents. Each host spells the number its own way (its
 * records must keep reading), so it is returned as a number.
 */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
