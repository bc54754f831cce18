/**
 * Finding a top-level table again in a new `Word.run` without a round trip: proxies do not
 * survive between runs, and loading `body.tables` to index into it would cost a sync before every
 * write. `body.tables.getFirst()` and `Table.getNext()` (WordApi 1.3) are queued navigation.
 *
 * Whether `getNext()` steps into nested tables is not documented, so `readDocument` checks, for
 * every top-level table, that the chain reaches it at its position (`Range.compareLocationWith`
 * gives "Equal"); tables it does not reach are found through the loaded collection instead, at the
 * cost of one more sync.
 */

/** Proxies for the tables at chain positions 0 … count-1 (queued, no sync). */
export function tableChain(context: Word.RequestContext, count: number): Word.Table[] {
  const chain: Word.Table[] = [];
  if (count <= 0) return chain;
  chain.push(context.document.body.tables.getFirst());
  for (let i = 1; i < count; i++) chain.push(chain[i - 1].getNext());
  return chain;
}

/** The top-level tables of a loaded `body.tables` (which may or may not list nested tables). */
export function topLevelTables(tables: Word.TableCollection): Word.Table[] {
  return tables.items.filter((table) => table.nestingLevel === 1);
}
