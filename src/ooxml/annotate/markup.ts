/**
 * Writing the little XML the marked copy adds: escaping, and WordprocessingML elements in the
 * document's own namespace (transitional or strict) under the prefix `w` — declared on each added
 * element when the part does not bind `w` to that namespace at its root.
 */
import { NS_W, NS_W_STRICT } from "../names";

export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) =>
    c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;",
  );
}

/** Text for a `w:t`: characters XML 1.0 forbids (control characters) are dropped. */
export function escapeText(text: string): string {
  // eslint-disable-next-line no-control-regex -- removing the control characters XML cannot hold
  return escapeXml(text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ""));
}

/** The first start tag of a part (its root), or "" when there is none. */
export function rootTag(xml: string): string {
  const match = /<[A-Za-z_][^\s/>!?]*(?:\s[^>]*)?>/.exec(
    xml.replace(/<!--[\s\S]*?-->/g, (c) => " ".repeat(c.length)),
  );
  return match ? match[0] : "";
}

export class WordMarkup {
  private constructor(
    /** The WordprocessingML namespace the part uses. */
    readonly ns: string,
    private readonly declaration: string,
  ) {}

  /** For a part whose root start tag is `root`. */
  static forRoot(root: string): WordMarkup {
    const bound = /\sxmlns:w\s*=\s*(["'])(.*?)\1/.exec(root)?.[2];
    if (bound === NS_W || bound === NS_W_STRICT) return new WordMarkup(bound, "");
    const ns = root.includes(NS_W_STRICT) ? NS_W_STRICT : NS_W;
    return new WordMarkup(ns, ` xmlns:w="${ns}"`);
  }

  get strict(): boolean {
    return this.ns === NS_W_STRICT;
  }

  /** `<w:name w:a="v"…/>`, or with content. Attribute values are escaped here. */
  el(name: string, attrs: Record<string, string | number> = {}, content?: string): string {
    let tag = `<w:${name}${this.declaration}`;
    for (const [key, value] of Object.entries(attrs))
      tag += ` ${key.includes(":") ? key : `w:${key}`}="${escapeXml(String(value))}"`;
    return content === undefined ? `${tag}/>` : `${tag}>${content}</w:${name}>`;
  }
}

/** The largest numeric value of any prefixed `…:id` attribute (comment, bookmark and revision ids). */
export function maxAnnotationId(...parts: (string | undefined)[]): number {
  let max = -1;
  const pattern = /\s[A-Za-z_][\w.-]*:id\s*=\s*["'](-?\d{1,9})["']/g;
  for (const xml of parts) {
    if (xml === undefined) continue;
    for (let m = pattern.exec(xml); m !== null; m = pattern.exec(xml)) max = Math.max(max, Number(m[1]));
  }
  return max;
}
