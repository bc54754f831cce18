/**
 * Marks on the preview's cells, in the three looks of the shared view (`src/report/view`):
 * `data-mark="suspect"|"involved"|"blank"` and `data-severity="error"|"warning"`. The stylesheet
 * paints them with the one palette (its colours come in as CSS variables, ./markColours): the
 * suspect cell a strong fill, a solid outline and a sign (✕ for an error, ! for a warning); the
 * other cells of a failing sum a pale fill and a light outline; a blank cell the warning yellow,
 * a dashed outline and !. The note is the cell's `title` (a tooltip) and `aria-description`. The
 * attributes each cell had before are recorded and put back exactly when the marks are cleared;
 * nothing else about the cell is touched.
 */
import type { MarkLook, MarkSeverity } from "../report/view";

/** The attributes a mark sets. */
const MARK_ATTRIBUTES = ["data-mark", "data-severity", "title", "aria-description"] as const;

type Original = Record<(typeof MARK_ATTRIBUTES)[number], string | null>;

const LOOK_RANK: Record<MarkLook, number> = { suspect: 3, blank: 2, involved: 1 };

export class CellMarks {
  private readonly originals = new Map<HTMLElement, Original>();

  /** Cells currently marked. */
  get size(): number {
    return this.originals.size;
  }

  has(el: HTMLElement): boolean {
    return this.originals.has(el);
  }

  /**
   * Marks a cell. A cell marked twice (the covered cells of a merge are drawn by one cell) keeps
   * the strongest look, the graver severity and both notes.
   */
  mark(el: HTMLElement, look: MarkLook, severity: MarkSeverity, note: string): void {
    const original = this.originals.get(el);
    if (original === undefined) {
      const record = {} as Original;
      for (const name of MARK_ATTRIBUTES) record[name] = el.getAttribute(name);
      this.originals.set(el, record);
    } else {
      const earlierLook = el.getAttribute("data-mark") as MarkLook;
      const earlierSeverity = el.getAttribute("data-severity") as MarkSeverity;
      if (LOOK_RANK[earlierLook] > LOOK_RANK[look]) {
        look = earlierLook;
        severity = earlierSeverity;
      } else if (earlierLook === look && earlierSeverity === "error") severity = "error";
      const earlier = el.getAttribute("title");
      if (earlier && earlier !== note) note = `${earlier}\n${note}`;
    }
    el.setAttribute("data-mark", look);
    el.setAttribute("data-severity", severity);
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
