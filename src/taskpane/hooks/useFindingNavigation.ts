/**
 * The current finding and selecting it in the document: its first addressable cell, else its
 * paragraph, else (a missing section, a missing table) the place it is about — where the section
 * is or should be. Previous / next walk the visible list (into the groups of repeats) and select
 * as they go. One host call per step. Results made out of date by an insertion are not selected:
 * their cells may have moved.
 */
import { useCallback, useRef, useState } from "react";
import type { ReportHost } from "../../host/reportHost";
import type { Finding } from "../../report/findings";
import type { FindingEntry } from "./useFindingFilter";

export interface FindingNavigation {
  current: Finding | null;
  /** 0-based position of the current finding in the visible list; -1 when none is visible. */
  index: number;
  select: (entry: FindingEntry) => Promise<void>;
  next: () => Promise<void>;
  previous: () => Promise<void>;
  hasNext: boolean;
  hasPrevious: boolean;
}

export interface FindingNavigationOptions {
  unaddressable: readonly number[];
  /** The paragraph that stands for a finding with neither cell nor paragraph (../sectionPlace). */
  placeOf?: (finding: Finding) => number | undefined;
  /** The document changed since the check (a template was inserted): do not select. */
  outdated?: boolean;
  onOutdated?: () => void;
  onError: (error: unknown) => void;
  /** The finding has cells, but none the host can address, and no paragraph. */
  onCannotLocate: () => void;
}

export function useFindingNavigation(
  host: ReportHost,
  visible: readonly FindingEntry[],
  options: FindingNavigationOptions,
): FindingNavigation {
  const [current, setCurrent] = useState<Finding | null>(null);
  const latest = useRef(options);
  latest.current = options;

  const select = useCallback(
    async (entry: FindingEntry) => {
      const f = entry.finding;
      setCurrent(f);
      const { unaddressable, onError, onCannotLocate, placeOf, outdated, onOutdated } = latest.current;
      if (outdated) return onOutdated?.();
      const cell = f.cells.find((c) => !unaddressable.includes(c.table));
      try {
        if (cell) await host.selectCell(cell);
        else if (f.location.paragraph !== undefined)
          await host.selectParagraph(f.location.paragraph, f.location.excerpt);
        else if (f.cells.length > 0) onCannotLocate();
        else {
          const place = placeOf?.(f);
          if (place !== undefined) await host.selectParagraph(place);
        }
      } catch (error) {
        onError(error);
      }
    },
    [host],
  );

  const index = current ? visible.findIndex((e) => e.finding === current) : -1;
  const hasNext = visible.length > 0 && index < visible.length - 1;
  const hasPrevious = visible.length > 0 && index !== 0;

  const next = useCallback(async () => {
    const target = visible[index < 0 ? 0 : index + 1];
    if (target) await select(target);
  }, [visible, index, select]);

  const previous = useCallback(async () => {
    const target = visible[index < 0 ? visible.length - 1 : index - 1];
    if (target) await select(target);
  }, [visible, index, select]);

  return { current, index, select, next, previous, hasNext, hasPrevious };
}
