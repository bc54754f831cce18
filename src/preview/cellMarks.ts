/**
 * Marks on the preview's cells: `data-mark="error"|"warning"` (the stylesheet shades the cell in
 * one of two colours and adds a solid or dashed outline and a corner sign, so colour is not the
 * only cue) and the note as `title` (a tooltip) and `aria-description` (for screen readers). The
 * attributes each cell had before are recorded and put back exactly when the marks are cleared;
 * nothing else about the cell is touched.
 */

export type MarkSeverity = "error" | "warning";

/** The attributes a mark sets. */
const MARK_ATTRIBUTES = ["data-mark", "title", "aria-description"] as const;

type Original = Record<(typeof MARK_ATTRIBUTES)[number], string | null>;

export class CellMarks {
  private readonly originals = new Map<HTMLElement, Original>();

  /** Cells currently marked. */
  get size(): number {
    return this.originals.size;
  }

  has(el: HTMLElement): boolean {
    return this.originals.has(el);
  }

  /** Marks a cell; a cell marked twice keeps the graver severity and both notes. */
  mark(el: HTMLElement, severity: MarkSeverity, note: string): void {
    const original = this.originals.get(el);
    if (original === undefined) {
      const record = {} as Original;
      for (const name of MARK_ATTRIBUTES) record[name] = el.getAttribute(name);
      this.originals.set(el, record);
    } else {
      if (el.getAttribute("data-mark") === "error") severity = "error";
      const earlier = el.getAttribute("title");
      if (earlier && earlier !== note) note = `${earlier}\n${note}`;
    }
    el.setAttribute("data-mark", severity);
    el.setAttribute("title", note);
    el.setAttribute("aria-description", note);
  }

  /** Restores every marked cell as it was; returns how many. */
  clear(): number {
    const n = this.originals.size;
    for (const [el, original] of this.originals) {
      for (const name of MARK_ATTRIBUTES) {
        const value = original[name];
        if (value === null) el.removeAttribute(name);
        else el.setAttribute(name, value);
      }
    }
    this.originals.clear();
    return n;
  }
}
