/**
 * Keeping each response under what Word sends back at once. Word on the web limits a response to
 * about 5 MB; a table's `getOoxml()` package carries the document's styles and numbering besides
 * the table (about 85 KB per table in real reports). Reads of several tables' OOXML are grouped so
 * that each group's estimated response stays under a budget, one round trip per group; a group
 * that Word still refuses is split in two and retried, down to single tables.
 */
import { squeeze } from "../host/cellText";
import { HostError } from "../host/reportHost";

/** What one round trip may bring back, with a margin under Word on the web's 5 MB. */
export const RESPONSE_BUDGET = 4 * 1024 * 1024;

/**
 * A generous guess at a table's `getOoxml()` size from its values: the package's fixed parts
 * (styles, numbering, theme; up to ~100 KB in documents from WPS and LibreOffice), about 700 bytes
 * of markup per cell, and its text as UTF-8 written twice over (runs and properties).
 */
export function estimateOoxmlBytes(values: readonly (readonly string[])[]): number {
  let cells = 0;
  let textBytes = 0;
  for (const row of values)
    for (const value of row) {
      cells++;
      textBytes += squeeze(value).length * 3;
    }
  return 120_000 + cells * 700 + textBytes * 2;
}

/** Consecutive groups whose estimates add up to at most `budget` (a lone item may exceed it). */
export function groupByBudget<T>(
  items: readonly T[],
  size: (item: T) => number,
  budget = RESPONSE_BUDGET,
): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let total = 0;
  for (const item of items) {
    const bytes = size(item);
    if (current.length > 0 && total + bytes > budget) {
      groups.push(current);
      current = [];
      total = 0;
    }
    current.push(item);
    total += bytes;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/**
 * Runs `queue(group)` + one sync per group; returns the collected results in item order. A group
 * of several that fails (too large a response: Word gives a generic error) is split in two and
 * retried; a single item that fails ends it with a HostError naming what was too large.
 */
export async function syncInGroups<T, R>(
  context: Word.RequestContext,
  items: readonly T[],
  size: (item: T) => number,
  queue: (group: readonly T[]) => () => R[],
  describe: (item: T) => { zh: string; en: string },
  budget = RESPONSE_BUDGET,
): Promise<R[]> {
  const results: R[] = [];
  const run = async (group: readonly T[]): Promise<void> => {
    const collect = queue(group);
    try {
      await context.sync();
    } catch (error) {
      if (!mayBeTooLarge(error)) throw error;
      if (group.length === 1) throw tooLargeResponse(describe(group[0]), error);
      const half = Math.ceil(group.length / 2);
      await run(group.slice(0, half));
      await run(group.slice(half));
      return;
    }
    results.push(...collect());
  };
  for (const group of groupByBudget(items, size, budget)) await run(group);
  return results;
}

/** Errors that are certainly something else than a response Word could not send. */
const NOT_SIZE = new Set([
  "ItemNotFound",
  "InvalidArgument",
  "ApiNotFound",
  "AccessDenied",
  "InvalidObjectPath",
]);

function mayBeTooLarge(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && !NOT_SIZE.has(code);
}

function tooLargeResponse(what: { zh: string; en: string }, error: unknown): HostError {
  const message = (error as { message?: unknown }).message;
  const detail = typeof message === "string" ? message : "";
  return new HostError(
    "too_large",
    `Word 无法返回${what.zh}的内容（可能过大）：${detail}`,
    `Word could not send ${what.en} (it may be too large): ${detail}`,
  );
}
