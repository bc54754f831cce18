/** Shared plumbing for reading one XML part with the scanner. */
import { docxErrors } from "./errors";
import {
  MC_ALTERNATE_CONTENT,
  MC_CHOICE,
  MC_FALLBACK,
  NS_W,
  NS_W_STRICT,
  OTHER,
  resolveElement,
  SKIP,
} from "./names";
import { TOKEN_CLOSE, TOKEN_OPEN, TOKEN_TEXT, XmlScanner, XmlSyntaxError } from "./xmlScanner";

/** Receives the tokens of one part (or of one flat-OPC part's xmlData). */
export interface PartConsumer {
  open(sc: XmlScanner): void;
  close(sc: XmlScanner): void;
  text(sc: XmlScanner): void;
}

/** Scans a whole part into a consumer; XML errors become DocxReadErrors naming the part. */
export function scanPart(xml: string, part: string, consumer: PartConsumer): void {
  try {
    const sc = new XmlScanner(xml, resolveElement);
    for (;;) {
      const token = sc.next();
      if (token === TOKEN_OPEN) consumer.open(sc);
      else if (token === TOKEN_CLOSE) consumer.close(sc);
      else if (token === TOKEN_TEXT) consumer.text(sc);
      else break;
    }
  } catch (error) {
    throw asDocxError(error, part);
  }
}

/** Converts the scanner's syntax errors; anything else passes through unchanged. */
export function asDocxError(error: unknown, part: string): unknown {
  if (!(error instanceof XmlSyntaxError)) return error;
  return error.isDoctype
    ? docxErrors.doctype(part, error.line, error.column)
    : docxErrors.invalidXml(part, error.reason, error.line, error.column);
}

/** A WordprocessingML attribute (`w:val`, …) in either the transitional or the strict namespace. */
export function wAttr(sc: XmlScanner, local: string): string | undefined {
  return sc.attr(local, NS_W) ?? sc.attr(local, NS_W_STRICT);
}

/** An integer attribute value, or undefined when absent or not a number. */
export function parseIntValue(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number.parseInt(value.trim(), 10);
  return Number.isFinite(n) ? n : undefined;
}

/** ST_OnOff: absent `w:val` means on. */
export function parseOnOff(value: string | undefined): boolean {
  if (value === undefined) return true;
  const v = value.trim().toLowerCase();
  return !(v === "false" || v === "0" || v === "off");
}

const TRANSPARENT = -1;

/**
 * Base for the small parts (styles, numbering, relationships): tracks the logical parent of each
 * element. `mc:AlternateContent` and `mc:Fallback` are read through (their parent stays the
 * parent), `mc:Choice` is skipped (it needs features we do not model), and so is every SKIP subtree.
 */
export abstract class TreeConsumer implements PartConsumer {
  private readonly ids: number[] = [];
  private readonly logical: number[] = [];

  open(sc: XmlScanner): void {
    const id = sc.id;
    if (id === SKIP || id === MC_CHOICE) {
      sc.skipElement();
      return;
    }
    if (id === MC_ALTERNATE_CONTENT || id === MC_FALLBACK) {
      this.ids.push(TRANSPARENT);
      return;
    }
    const logical = this.logical;
    const parent = logical.length > 0 ? logical[logical.length - 1] : OTHER;
    const grandparent = logical.length > 1 ? logical[logical.length - 2] : OTHER;
    this.ids.push(id);
    logical.push(id);
    this.element(sc, id, parent, grandparent);
  }

  close(): void {
    const id = this.ids.pop();
    if (id === undefined || id === TRANSPARENT) return;
    this.logical.pop();
    this.end(id);
  }

  text(): void {
    // The small parts keep everything in attributes.
  }

  /** An element opened; `parent`/`grandparent` are logical ancestors (OTHER at the top). */
  protected abstract element(sc: XmlScanner, id: number, parent: number, grandparent: number): void;

  /** An element (not a transparent or skipped one) closed. */
  protected end(_id: number): void {
    // Most consumers only look at openings.
  }
}
