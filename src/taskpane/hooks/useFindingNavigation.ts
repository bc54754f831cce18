/**
 * The current finding and selecting it in the document: its first addressable cell, else its
 * paragraph. Previous / next walk the visible list and select as they go. One host call per step.
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
      const { unaddressable, onError, onCannotLocate } = latest.current;
      const cell = f.cells.find((c) => !unaddressable.includes(c.table));
      try {
        if (cell) await host.selectCell(cell);
        else if (f.location.paragraph !== undefined)
          await host.selectParagraph(f.location.paragraph, f.location.excerpt);
        else if (f.cells.length > 0) onCannotLocate();
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
