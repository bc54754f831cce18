/**
 * Taking the reader to an element of the document: focus it (so a screen reader reads it and the
 * keyboard continues from there), scroll it to the middle of the view, and optionally select a
 * quoted excerpt within its text.
 */

export function reveal(el: HTMLElement): void {
  el.focus({ preventScroll: true });
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
