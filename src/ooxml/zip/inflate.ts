/**
 * Inflating a zip entry within a budget. The inflater is a parameter so that each platform uses
 * its fastest: node:zlib in the CLI (./nodeZlib, about six times faster than any JavaScript
 * inflate), fflate in the browser (the default here, since this module must stay browser-safe).
 */
import { deflateSync, Inflate, inflateSync } from "fflate";

/**
 * Inflates raw DEFLATE data, producing at most `maxOutput` bytes: past that it stops and throws
 * OutputLimitExceeded, without inflating the rest. Any other error means damaged data.
 */
export type InflateRaw = (compressed: Uint8Array, maxOutput: number) => Uint8Array;

/** Compresses with raw DEFLATE (for the marked copy's changed parts). */
export type DeflateRaw = (data: Uint8Array) => Uint8Array;

export class OutputLimitExceeded extends Error {
  constructor() {
    super("inflated data exceeds the limit");
    this.name = "OutputLimitExceeded";
  }
}

/**
 * DEFLATE expands at most 1032-fold (a 258-byte match per bit or two): compressed data this small
 * cannot exceed the limit, so it is inflated in one call.
 */
const MAX_RATIO = 1032;
/** Input fed per step otherwise: bounds the overshoot past the limit to about 16 MiB. */
const STEP = 16 * 1024;

export const fflateInflateRaw: InflateRaw = (compressed, maxOutput) => {
  if (compressed.length * MAX_RATIO <= maxOutput) return inflateSync(compressed);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > maxOutput) throw new OutputLimitExceeded();
    chunks.push(chunk);
  });
  if (compressed.length === 0) inflater.push(compressed, true);
  for (let at = 0; at < compressed.length; at += STEP)
    inflater.push(compressed.subarray(at, at + STEP), at + STEP >= compressed.length);
  return concat(chunks, total);
};

export const fflateDeflateRaw: DeflateRaw = (data) => deflateSync(data, { level: 6 });

export function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const all = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.length;
  }
  return all;
}
