/** Matching observed rows to standard rows by label, then checking that they came in order. */

export interface RowCandidate {
  obs: number;
  std: number;
  score: number;
  /** The label is the standard wording up to whitespace and punctuation. */
  same: boolean;
}

/**
 * Best-first one-to-one assignment. Labels decide, not positions: a row whose label was swapped
 * with another's keeps its label's meaning, and `outOfOrder` reports the swap.
 */
export function assignRows<C extends RowCandidate>(candidates: C[]): Map<number, C> {
  const sorted = [...candidates].sort((a, b) => b.score - a.score || a.obs - b.obs || a.std - b.std);
  const byObs = new Map<number, C>();
  const takenStd = new Set<number>();
  for (const c of sorted) {
    if (byObs.has(c.obs) || takenStd.has(c.std)) continue;
    byObs.set(c.obs, c);
    takenStd.add(c.std);
  }
  return byObs;
}

/**
 * Positions (into `sequence`) that are not part of a longest increasing subsequence: the rows
 * that sit out of the standard order.
 */
export function outOfOrder(sequence: number[]): Set<number> {
  const n = sequence.length;
  const length = new Array<number>(n).fill(1);
  const prev = new Array<number>(n).fill(-1);
  let bestEnd = -1;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++)
      if (sequence[j] < sequence[i] && length[j] + 1 > length[i]) {
        length[i] = length[j] + 1;
        prev[i] = j;
      }
    if (bestEnd < 0 || length[i] > length[bestEnd]) bestEnd = i;
  }
  const keep = new Set<number>();
  for (let i = bestEnd; i >= 0; i = prev[i]) keep.add(i);
  const out = new Set<number>();
  for (let i = 0; i < n; i++) if (!keep.has(i)) out.add(i);
  return out;
}
