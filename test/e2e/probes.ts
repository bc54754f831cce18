/**
 * Functions the end-to-end tests run inside the page (page.evaluate / frame.evaluate). Each is
 * self-contained: Playwright sends its source to the browser.
 */

/** A drawn cell: its address, its merge, and how it looks. */
export interface CellLook {
  key: string;
  rowSpan: number;
  colSpan: number;
  background: string;
  outlineStyle: string;
  outlineColor: string;
  title: string | null;
  description: string | null;
  /** The look: suspect, involved, blank. */
  mark: string | null;
  severity: string | null;
  selected: boolean;
}

/** Every cell of the rendered document (not the gaps of `w:gridBefore` / `w:gridAfter`). */
export function cellLooks(): CellLook[] {
  return [...document.querySelectorAll<HTMLTableCellElement>("#document td.doc-cell")].map((td) => {
    const s = getComputedStyle(td);
    const table = td.closest("table") as HTMLElement;
    return {
      key: `${table.dataset.table}:${td.dataset.row}:${td.dataset.cell}`,
      rowSpan: td.rowSpan,
      colSpan: td.colSpan,
      background: s.backgroundColor,
      outlineStyle: s.outlineStyle,
      outlineColor: s.outlineColor,
      title: td.getAttribute("title"),
      description: td.getAttribute("aria-description"),
      mark: td.getAttribute("data-mark"),
      severity: td.getAttribute("data-severity"),
      selected: td.hasAttribute("data-selected"),
    };
  });
}

/**
 * The element of the document shown selected (`data-selected`, as Word shows its selection), and
 * whether it is within the document's view and the window.
 */
export function selectedInView(): {
  key: string | null;
  paragraph: string | null;
  inView: boolean;
  selection: string;
} {
  const el = document.querySelector<HTMLElement>("#document [data-selected]");
  if (!el) return { key: null, paragraph: null, inView: false, selection: "" };
  const table = el.tagName === "TD" ? (el.closest("table") as HTMLElement) : null;
  const key = table ? `${table.dataset.table}:${el.dataset.row}:${el.dataset.cell}` : null;
  const r = el.getBoundingClientRect();
  const view = (document.getElementById("document-view") as HTMLElement).getBoundingClientRect();
  const inView =
    r.width > 0 &&
    r.height > 0 &&
    r.top >= view.top - 1 &&
    r.bottom <= view.bottom + 1 &&
    r.left >= view.left - 1 &&
    r.right <= view.right + 1 &&
    r.bottom <= window.innerHeight + 1 &&
    r.right <= window.innerWidth + 1;
  return {
    key,
    paragraph: el.dataset.paragraph ?? null,
    inView,
    selection: window.getSelection()?.toString() ?? "",
  };
}

/**
 * What is wrong with the layout of this document (the page, or the pane's frame): it scrolls
 * sideways, or a text is cut off — an element that hides its overflow (or ends in an ellipsis)
 * has more content than room, or a text runs past the right edge of the window.
 */
export function layoutProblems(): string[] {
  const problems: string[] = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth)
    problems.push(
      `the page scrolls sideways: scrollWidth ${root.scrollWidth} > clientWidth ${root.clientWidth}`,
    );
  const describe = (el: Element) => {
    const text = (el.textContent ?? "").trim().slice(0, 40);
    return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}> "${text}"`;
  };
  for (const el of document.body.querySelectorAll<HTMLElement>("*")) {
    const rect = el.getBoundingClientRect();
    // Not drawn, or visually hidden for screen readers only (1 px boxes).
    if (rect.width <= 1 || rect.height <= 1) continue;
    const s = getComputedStyle(el);
    if (s.visibility === "hidden" || s.display === "none") continue;
    const text = (el.textContent ?? "").trim();
    if (text === "") continue;
    const clipsX = s.overflowX === "hidden" || s.overflowX === "clip" || s.textOverflow === "ellipsis";
    const clipsY = s.overflowY === "hidden" || s.overflowY === "clip";
    if (clipsX && el.scrollWidth > el.clientWidth + 1)
      problems.push(`cut off sideways: ${describe(el)} (${el.scrollWidth} > ${el.clientWidth})`);
    if (clipsY && el.scrollHeight > el.clientHeight + 1)
      problems.push(`cut off below: ${describe(el)} (${el.scrollHeight} > ${el.clientHeight})`);
    const ownText = [...el.childNodes].some(
      (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? "").trim(),
    );
    if (ownText && rect.right > window.innerWidth + 1)
      problems.push(
        `runs past the right edge: ${describe(el)} (right ${Math.round(rect.right)} > ${window.innerWidth})`,
      );
  }
  return problems;
}

/** The rows of the top-level tables after the first `skip`: each cell's text, in order. */
export function tableTexts(skip: number): string[][][] {
  const tables = [...document.querySelectorAll<HTMLTableElement>("#document > .doc-table-wrapper > table")];
  return tables
    .slice(skip)
    .map((t) =>
      [...t.rows].map((row) =>
        [...row.cells]
          .filter((c) => c.classList.contains("doc-cell"))
          .map((c) => (c.textContent ?? "").trim()),
      ),
    );
}

/** What has the focus in this document (the pane's frame): never its body. */
export function focusDescription(): string {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return "body";
  const name = el.getAttribute("aria-label") ?? el.textContent ?? "";
  return `${el.tagName.toLowerCase()}${el.dataset.row ? `[row=${el.dataset.row}]` : ""} ${name.trim().slice(0, 40)}`;
}

/** Whether the elements matched are wholly inside the window (and below `top`, e.g. a sticky bar). */
export function inWindow(args: { selector: string; top?: number }): boolean[] {
  return [...document.querySelectorAll(args.selector)].map((el) => {
    const r = el.getBoundingClientRect();
    return r.height > 0 && r.top >= (args.top ?? 0) - 1 && r.bottom <= window.innerHeight + 1;
  });
}
