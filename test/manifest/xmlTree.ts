/**
 * A small namespace-aware XML tree for the manifest tests (saxes underneath). Elements are matched
 * by local name; attributes are kept under their qualified names ("DefaultValue", "xsi:type").
 */
import { SaxesParser } from "saxes";

export interface XmlElement {
  local: string;
  uri: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const root: XmlElement = { local: "#document", uri: "", attrs: {}, children: [], text: "" };
  const stack: XmlElement[] = [root];
  parser.on("opentag", (tag) => {
    const attrs: Record<string, string> = {};
    for (const [name, attr] of Object.entries(tag.attributes)) attrs[name] = attr.value;
    const el: XmlElement = { local: tag.local, uri: tag.uri, attrs, children: [], text: "" };
    stack[stack.length - 1].children.push(el);
    stack.push(el);
  });
  parser.on("text", (text) => {
    stack[stack.length - 1].text += text;
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.on("error", (err) => {
    throw err;
  });
  parser.write(xml).close();
  if (root.children.length !== 1) throw new Error("expected one root element");
  return root.children[0];
}

export function children(el: XmlElement, local: string): XmlElement[] {
  return el.children.filter((c) => c.local === local);
}

/** The one child of that name (throws if there is none or more than one). */
export function child(el: XmlElement, local: string): XmlElement {
  const found = children(el, local);
  if (found.length !== 1)
    throw new Error(`<${el.local}> has ${found.length} <${local}> children, expected 1`);
  return found[0];
}

export function descendants(el: XmlElement, local?: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (local === undefined || c.local === local) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

/** Follows a path of local names, one child at each step. */
export function at(el: XmlElement, ...path: string[]): XmlElement {
  return path.reduce((cur, local) => child(cur, local), el);
}
