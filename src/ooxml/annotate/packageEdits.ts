/**
 * The package-level additions of the marked copy: relationships and content types gain entries
 * (appended inside their root element, nothing else touched), and a part's root gets new children.
 */
import { CT_OVERRIDE, NS_CONTENT_TYPES } from "../names";
import { asDocxError } from "../xmlPart";
import { TOKEN_CLOSE, TOKEN_END, TOKEN_OPEN, XmlScanner } from "../xmlScanner";
import type { TextEdit } from "./edits";
import { escapeXml } from "./markup";

const CT_DEFAULT = 1;

/** An edit that appends `content` as the last children of the part's root element. */
export function appendToRoot(xml: string, part: string, content: (prefix: string) => string): TextEdit {
  try {
    const sc = new XmlScanner(xml, () => 0);
    let rootOpen: { start: number; end: number; selfClosing: boolean; name: string } | undefined;
    for (let token = sc.next(); token !== TOKEN_END; token = sc.next()) {
      if (token === TOKEN_OPEN && sc.depth === 1)
        rootOpen = { start: sc.tokenStart, end: sc.tokenEnd, selfClosing: sc.selfClosing, name: sc.name };
      else if (token === TOKEN_CLOSE && sc.depth === 0 && rootOpen !== undefined) {
        const colon = rootOpen.name.indexOf(":");
        const prefix = colon === -1 ? "" : rootOpen.name.slice(0, colon + 1);
        if (!rootOpen.selfClosing) return { at: sc.tokenStart, remove: 0, insert: content(prefix) };
        const open = xml.slice(rootOpen.start, rootOpen.end).replace(/\s*\/>$/, ">");
        return {
          at: rootOpen.start,
          remove: rootOpen.end - rootOpen.start,
          insert: `${open}${content(prefix)}</${rootOpen.name}>`,
        };
      }
    }
  } catch (error) {
    throw asDocxError(error, part);
  }
  throw new Error(`${part} has no root element`);
}

/** The `Id`s of a relationships part. */
export function relationshipIds(xml: string): Set<string> {
  const ids = new Set<string>();
  const pattern = /<(?:[\w.-]+:)?Relationship\s[^>]*?\bId\s*=\s*(["'])(.*?)\1/g;
  for (let m = pattern.exec(xml); m !== null; m = pattern.exec(xml)) ids.add(m[2]);
  return ids;
}

/** A fresh relationship id: rIdNianbao1, rIdNianbao2, … */
export function freshRelationshipId(taken: Set<string>): string {
  for (let i = 1; ; i++) {
    const id = `rIdNianbao${i}`;
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

export function relationshipXml(prefix: string, id: string, type: string, target: string): string {
  return `<${prefix}Relationship Id="${escapeXml(id)}" Type="${escapeXml(type)}" Target="${escapeXml(target)}"/>`;
}

export interface ContentTypes {
  /** Extension (lower case) → content type. */
  defaults: Map<string, string>;
  /** Part name (lower case, with the leading "/") → content type. */
  overrides: Map<string, string>;
}

export function readContentTypes(xml: string): ContentTypes {
  const out: ContentTypes = { defaults: new Map(), overrides: new Map() };
  try {
    const sc = new XmlScanner(xml, (uri, local) =>
      uri !== NS_CONTENT_TYPES
        ? 0
        : local === "Default"
          ? CT_DEFAULT
          : local === "Override"
            ? CT_OVERRIDE
            : 0,
    );
    for (let token = sc.next(); token !== TOKEN_END; token = sc.next()) {
      if (token !== TOKEN_OPEN) continue;
      const type = sc.attr("ContentType", "");
      if (type === undefined) continue;
      if (sc.id === CT_DEFAULT) {
        const ext = sc.attr("Extension", "");
        if (ext !== undefined) out.defaults.set(ext.toLowerCase(), type);
      } else if (sc.id === CT_OVERRIDE) {
        const name = sc.attr("PartName", "");
        if (name !== undefined) out.overrides.set(name.toLowerCase(), type);
      }
    }
  } catch (error) {
    throw asDocxError(error, "[Content_Types].xml");
  }
  return out;
}

/** The content type a part has in the package, or undefined when it has none. */
export function contentTypeOf(types: ContentTypes, part: string): string | undefined {
  const name = `/${part}`.toLowerCase();
  const override = types.overrides.get(name);
  if (override !== undefined) return override;
  const dot = name.lastIndexOf(".");
  return dot === -1 ? undefined : types.defaults.get(name.slice(dot + 1));
}

export function overrideXml(prefix: string, part: string, type: string): string {
  return `<${prefix}Override PartName="/${escapeXml(part)}" ContentType="${escapeXml(type)}"/>`;
}
