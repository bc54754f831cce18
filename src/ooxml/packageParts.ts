/** OPC package plumbing: relationships, content types, and part-name resolution. */
import { CT_OVERRIDE, REL_RELATIONSHIP } from "./names";
import { scanPart, TreeConsumer } from "./xmlPart";
import type { XmlScanner } from "./xmlScanner";

export interface Relationship {
  type: string;
  target: string;
  external: boolean;
}

class RelationshipsConsumer extends TreeConsumer {
  readonly relationships: Relationship[] = [];
  protected element(sc: XmlScanner, id: number): void {
    if (id !== REL_RELATIONSHIP) return;
    const type = sc.attr("Type", "");
    const target = sc.attr("Target", "");
    if (type === undefined || target === undefined) return;
    this.relationships.push({ type, target, external: sc.attr("TargetMode", "") === "External" });
  }
}

export function parseRelationships(xml: string, part: string): Relationship[] {
  const consumer = new RelationshipsConsumer();
  scanPart(xml, part, consumer);
  return consumer.relationships;
}

class ContentTypesConsumer extends TreeConsumer {
  readonly overrides: { partName: string; contentType: string }[] = [];
  protected element(sc: XmlScanner, id: number): void {
    if (id !== CT_OVERRIDE) return;
    const partName = sc.attr("PartName", "");
    const contentType = sc.attr("ContentType", "");
    if (partName !== undefined && contentType !== undefined) this.overrides.push({ partName, contentType });
  }
}

export function parseContentTypeOverrides(
  xml: string,
  part: string,
): { partName: string; contentType: string }[] {
  const consumer = new ContentTypesConsumer();
  scanPart(xml, part, consumer);
  return consumer.overrides;
}

/** Relationship types end the same way in transitional and strict packages. */
export function relationshipOfType(
  relationships: Relationship[],
  typeSuffix: string,
): Relationship | undefined {
  return relationships.find((r) => !r.external && r.type.endsWith(typeSuffix));
}

/** The relationships part of a part: `word/document.xml` → `word/_rels/document.xml.rels`. */
export function relsPartFor(partName: string): string {
  const slash = partName.lastIndexOf("/");
  return `${partName.slice(0, slash + 1)}_rels/${partName.slice(slash + 1)}.rels`;
}

/**
 * Zip entry name of a relationship target, relative to its source part ("" for the package):
 * `styles.xml` from `word/document.xml` → `word/styles.xml`; `/word/x.xml` → `word/x.xml`.
 */
export function resolveTarget(sourcePart: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // Not percent-encoded after all: use as written.
  }
  const base = decoded.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const segment of decoded.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") base.pop();
    else base.push(segment);
  }
  return base.join("/");
}
