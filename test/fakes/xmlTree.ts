/**
 * A tiny mutable XML tree for the fake Word: elements keep their qualified names ("w:tc") and
 * attributes in order, text is kept as text, and the tree serializes back to XML — so a table's
 * `getOoxml()` can be produced from the fixture's real `w:tbl`, after the fake has written shading.
 */
import { SaxesParser } from "saxes";

export interface XmlElement {
  name: string;
  attrs: [string, string][];
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

export function parseXmlElement(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false });
  const root: XmlElement = { name: "#root", attrs: [], children: [] };
  const stack: XmlElement[] = [root];
  parser.on("opentag", (tag) => {
    const el: XmlElement = { name: tag.name, attrs: Object.entries(tag.attributes), children: [] };
    stack[stack.length - 1].children.push(el);
    stack.push(el);
  });
  parser.on("text", (text) => {
    if (stack.length > 1) stack[stack.length - 1].children.push(text);
  });
  parser.on("cdata", (text) => {
    if (stack.length > 1) stack[stack.length - 1].children.push(text);
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.on("error", (error) => {
    throw error;
  });
  parser.write(xml).close();
  const element = root.children.find((c): c is XmlElement => typeof c !== "string");
  if (!element) throw new Error("no root element");
  return element;
}

export function isElement(node: XmlNode): node is XmlElement {
  return typeof node !== "string";
}

export function elements(el: XmlElement, name?: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => isElement(c) && (name === undefined || c.name === name));
}

export function firstElement(el: XmlElement, name: string): XmlElement | undefined {
  return elements(el, name)[0];
}

export function getAttr(el: XmlElement, name: string): string | undefined {
  return el.attrs.find(([n]) => n === name)?.[1];
}

export function setAttr(el: XmlElement, name: string, value: string): void {
  const at = el.attrs.find(([n]) => n === name);
  if (at) at[1] = value;
  else el.attrs.push([name, value]);
}

const escapeText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, "&quot;");

export function startTag(el: XmlElement): string {
  return `<${el.name}${el.attrs.map(([n, v]) => ` ${n}="${escapeAttr(v)}"`).join("")}>`;
}

export function serialize(node: XmlNode): string {
  if (!isElement(node)) return escapeText(node);
  if (node.children.length === 0) return startTag(node).slice(0, -1) + "/>";
  return `${startTag(node)}${node.children.map(serialize).join("")}</${node.name}>`;
}

/** Removes `node` from wherever it is under `root`; false when it is not there. */
export function removeNode(root: XmlElement, node: XmlElement): boolean {
  const at = root.children.indexOf(node);
  if (at >= 0) {
    root.children.splice(at, 1);
    return true;
  }
  return elements(root).some((child) => removeNode(child, node));
}
