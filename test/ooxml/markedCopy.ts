/**
 * Reading a marked copy back independently of the code that wrote it: saxes parses the XML, and a
 * plain walk counts tables (pre-order), rows, cells and paragraphs the way the findings address them.
 */
import JSZip from "jszip";
import { elements, getAttr, isElement, parseXmlElement, type XmlElement } from "../fakes/xmlTree";

export interface Position {
  /** "table:row:cell" of the innermost cell, or undefined outside tables. */
  cell?: string;
  /** Index of the innermost paragraph (all paragraphs of the body in document order). */
  paragraph?: number;
}

export interface DocumentWalk {
  /** Where each comment marker is: commentRangeStart / commentRangeEnd / commentReference by id. */
  markers: Map<string, { start?: Position; end?: Position; reference?: Position }>;
  /** `w:tcPr/w:shd/@w:fill` by "table:row:cell" (cells without one are absent). */
  fills: Map<string, string>;
  /** The XML of each cell's `w:tcPr` minus its `w:shd`, by "table:row:cell". */
  cellProperties: Map<string, string>;
}

const SKIPPED = new Set(["mc:AlternateContent", "w:txbxContent", "w:del", "w:moveFrom"]);

export function walkDocument(xml: string): DocumentWalk {
  const root = parseXmlElement(xml);
  const walk: DocumentWalk = { markers: new Map(), fills: new Map(), cellProperties: new Map() };
  let tables = 0;
  let paragraphs = 0;
  const visit = (el: XmlElement, at: Position): void => {
    for (const child of el.children) {
      if (!isElement(child) || SKIPPED.has(child.name)) continue;
      if (child.name === "w:tbl") {
        const table = tables++;
        let row = 0;
        const rows = (parent: XmlElement) => {
          for (const tr of elements(parent)) {
            if (tr.name !== "w:tr") continue;
            let cell = 0;
            for (const tc of elements(tr, "w:tc")) {
              const key = `${table}:${row}:${cell++}`;
              const props = elements(tc, "w:tcPr")[0];
              const shd = props && elements(props, "w:shd")[0];
              const fill = shd && getAttr(shd, "w:fill");
              if (fill !== undefined) walk.fills.set(key, fill);
              walk.cellProperties.set(
                key,
                props
                  ? serialize({
                      ...props,
                      children: props.children.filter((c) => !isElement(c) || c.name !== "w:shd"),
                    })
                  : "",
              );
              visit(tc, { ...at, cell: key });
            }
            row++;
          }
        };
        rows(child);
        continue;
      }
      if (child.name === "w:p") {
        visit(child, { ...at, paragraph: paragraphs++ });
        continue;
      }
      const kind =
        child.name === "w:commentRangeStart"
          ? "start"
          : child.name === "w:commentRangeEnd"
            ? "end"
            : child.name === "w:commentReference"
              ? "reference"
              : undefined;
      if (kind) {
        const id = getAttr(child, "w:id") ?? "?";
        const entry = walk.markers.get(id) ?? {};
        entry[kind] = at;
        walk.markers.set(id, entry);
      }
      visit(child, at);
    }
  };
  visit(root, {});
  return walk;
}

function serialize(el: XmlElement): string {
  const attrs = el.attrs.map(([k, v]) => ` ${k}="${v}"`).join("");
  return `<${el.name}${attrs}>${el.children.map((c) => (isElement(c) ? serialize(c) : c)).join("")}</${el.name}>`;
}

/** Every part of a package: name → bytes (folders left out), in the archive's order. */
export async function partsOf(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const file of Object.values(zip.files))
    if (!file.dir) out.set(file.name, await file.async("uint8array"));
  return out;
}

export function text(bytes: Uint8Array | undefined): string {
  return bytes === undefined ? "" : new TextDecoder().decode(bytes);
}
