/**
 * node:zlib's inflate and deflate for the zip reader and writer — Node only (the CLI, the bench,
 * the public API); the browser uses ./inflate's fflate defaults. zlib stops inflating once the
 * output passes `maxOutputLength`, so the budget is enforced while inflating, as with fflate.
 */
import { deflateRawSync, inflateRawSync } from "zlib";
import { OutputLimitExceeded, type DeflateRaw, type InflateRaw } from "./inflate";

export const nodeInflateRaw: InflateRaw = (compressed, maxOutput) => {
  try {
    const out = inflateRawSync(compressed, { maxOutputLength: Math.max(1, maxOutput) });
    return new Uint8Array(out.buffer, out.byteOffset, out.length);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") throw new OutputLimitExceeded();
    throw error;
  }
};

export const nodeDeflateRaw: DeflateRaw = (data) => {
  const out = deflateRawSync(data, { level: 6 });
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
};
