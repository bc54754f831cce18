/**
 * The findings list as one tab stop (a roving tabindex): Tab enters the list at the current row,
 * ↑ / ↓ / Home / End move between rows, → and ← open and close a group and move between a row's
 * finding and its 忽略 button. When the focused row disappears (ignored and hidden, its group
 * regrouped), the focus goes to the row that took its place instead of dropping to the page.
 */
import { useCallback, useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from "react";
import type { ListRow } from "../listRows";

/** A row's primary control (the finding or the group line), or its secondary one (忽略). */
export type RowPart = "primary" | "secondary";

export interface ListFocus {
  /** The row whose primary control is the list's tab stop. */
  activeKey: string | undefined;
  tabIndexOf: (key: string) => 0 | -1;
  refOf: (key: string, part: RowPart) => (el: HTMLElement | null) => void;
  /** Makes `key` the tab stop; with `focus`, focuses it (now, or once it is drawn). */
  activate: (key: string, focus?: boolean) => void;
  /** A row's primary control, when drawn. */
  elementOf: (key: string) => HTMLElement | undefined;
  /** Whether the focus is in the list now. */
  hasFocus: () => boolean;
  onKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
  onFocus: (e: FocusEvent<HTMLElement>) => void;
}

export interface ListFocusOptions {
  setExpanded: (groupRowKey: string, open: boolean) => void;
}

export function useListFocus(rows: readonly ListRow[], { setExpanded }: ListFocusOptions): ListFocus {
  const elements = useRef({
    primary: new Map<string, HTMLElement>(),
    secondary: new Map<string, HTMLElement>(),
  });
  const [active, setActive] = useState<string | undefined>(undefined);
  const pending = useRef<{ key: string; part: RowPart } | null>(null);
  /** The control that last had the focus in the list, and where its row was. */
  const last = useRef<{ key: string; part: RowPart; index: number; el: HTMLElement } | null>(null);
  const latestRows = useRef(rows);
  latestRows.current = rows;

  const element = (key: string, part: RowPart) => {
    const connected = (el: HTMLElement | undefined) => (el?.isConnected ? el : undefined);
    return (
      (part === "secondary" ? connected(elements.current.secondary.get(key)) : undefined) ??
      connected(elements.current.primary.get(key))
    );
  };

  const elementOf = useCallback((key: string) => element(key, "primary"), []);
  const activeKey = active !== undefined && rows.some((r) => r.key === active) ? active : rows[0]?.key;

  const focus = useCallback((key: string, part: RowPart = "primary") => {
    setActive(key);
    const el = element(key, part);
    if (el) el.focus();
    else pending.current = { key, part };
  }, []);

  useLayoutEffect(() => {
    const p = pending.current;
    if (p) {
      const el = element(p.key, p.part);
      if (el) {
        pending.current = null;
        el.focus();
        return;
      }
    }
    // The focused control was removed with its row (or redrawn): focus its row again, or the row
    // that took its place — never leave the focus on the page's body.
    const l = last.current;
    if (!l || l.el.isConnected) return;
    const doc = l.el.ownerDocument;
    if (doc.activeElement && doc.activeElement !== doc.body) return;
    const same = rows.find((r) => r.key === l.key);
    const target = same ?? rows[Math.min(l.index, rows.length - 1)];
    last.current = null;
    if (target) focus(target.key, same ? l.part : "primary");
  });

  const refOf = useCallback(
    (key: string, part: RowPart) => (el: HTMLElement | null) => {
      const map = elements.current[part];
      if (el) map.set(key, el);
      else if (map.get(key)?.isConnected !== true) map.delete(key);
    },
    [],
  );

  const onFocus = useCallback((e: FocusEvent<HTMLElement>) => {
    const target = (e.target as HTMLElement).closest<HTMLElement>("[data-row]");
    const key = target?.dataset.row;
    if (!target || key === undefined) return;
    const part: RowPart = target.dataset.part === "secondary" ? "secondary" : "primary";
    last.current = { key, part, index: latestRows.current.findIndex((r) => r.key === key), el: target };
    setActive(key);
  }, []);

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      const target = (e.target as HTMLElement).closest<HTMLElement>("[data-row]");
      const key = target?.dataset.row;
      if (!target || key === undefined) return;
      const part: RowPart = target.dataset.part === "secondary" ? "secondary" : "primary";
      const list = latestRows.current;
      const i = list.findIndex((r) => r.key === key);
      const row = list[i];
      if (!row) return;
      const move = (j: number) => {
        const to = list[Math.max(0, Math.min(list.length - 1, j))];
        if (to) focus(to.key);
      };
      let handled = true;
      switch (e.key) {
        case "ArrowDown":
          move(i + 1);
          break;
        case "ArrowUp":
          move(i - 1);
          break;
        case "Home":
          move(0);
          break;
        case "End":
          move(list.length - 1);
          break;
        case "ArrowRight":
          if (part === "secondary") break;
          if (row.kind === "group") {
            if (row.expanded) move(i + 1);
            else setExpanded(row.key, true);
          } else if (elements.current.secondary.has(row.key)) focus(row.key, "secondary");
          break;
        case "ArrowLeft":
          if (part === "secondary") focus(row.key, "primary");
          else if (row.kind === "group" && row.expanded) setExpanded(row.key, false);
          else if (row.kind === "finding" && row.parent) focus(row.parent);
          break;
        default:
          handled = false;
      }
      if (handled) e.preventDefault();
    },
    [focus, setExpanded],
  );

  const hasFocus = useCallback(() => {
    const l = last.current;
    return !!l && l.el.isConnected && l.el.ownerDocument.activeElement === l.el;
  }, []);

  const activate = useCallback(
    (key: string, andFocus = false) => (andFocus ? focus(key) : setActive(key)),
    [focus],
  );

  return {
    activeKey,
    tabIndexOf: (key) => (key === activeKey ? 0 : -1),
    refOf,
    activate,
    elementOf,
    hasFocus,
    onKeyDown,
    onFocus,
  };
}
