/**
 * Taking the reader to an element of the document, as Word does when the pane selects something:
 * the element is shown selected (`data-selected`, one at a time) and scrolled to the middle of the
 * view, and the keyboard focus stays in the pane, so that the reader goes on with the next finding
 * (Word's `select()` does not move the focus out of the task pane either). Optionally a quoted
 * excerpt within the element's text is selected.
 */

const SELECTED = "data-selected";

export function reveal(el: HTMLElement): void {
  const doc = el.ownerDocument;
  for (const other of doc.querySelectorAll(`[${SELECTED}]`))
    if (other !== el) other.removeAttribute(SELECTED);
  el.setAttribute(SELECTED, "");
  doc.defaultView?.getSelection()?.removeAllRanges();
  el.scrollIntoView?.({ block: "center", inline: "nearest" });
}

/**
 * Selects the first occurrence of `excerpt` (or, failing that, of its first line) in the element's
 * `.doc-text` spans; false when it is not there.
 */
export function selectExcerpt(el: HTMLElement, excerpt: string): boolean {
  const doc = el.ownerDocument;
  const selection = doc.defaultView?.getSelection();
  if (!selection) return false;
  const firstLine = excerpt.split(/[\n\t]/)[0];
  for (const span of el.querySelectorAll<HTMLElement>(".doc-text")) {
    const node = span.firstChild;
    if (!node || node.nodeType !== Node.TEXT_NODE) continue;
    const text = node.textContent ?? "";
    for (const needle of [excerpt, firstLine]) {
      if (needle === "") continue;
      const at = text.indexOf(needle);
      if (at < 0) continue;
      const range = doc.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      selection.removeAllRanges();
      selection.addRange(range);
      return true;
    }
  }
  return false;
}
