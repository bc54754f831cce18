import { readFileSync } from "fs";
import { join } from "path";
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import {
  TOKEN_CLOSE,
  TOKEN_END,
  TOKEN_OPEN,
  TOKEN_TEXT,
  XmlScanner,
  XmlSyntaxError,
} from "../../src/ooxml/xmlScanner";

const URI_A = "urn:a";

/** Tokens as readable strings; elements in namespace urn:a get id 1, others 0. */
function tokens(xml: string): string[] {
  const sc = new XmlScanner(xml, (uri) => (uri === URI_A ? 1 : 0));
  const out: string[] = [];
  for (;;) {
    const token = sc.next();
    if (token === TOKEN_END) return out;
    if (token === TOKEN_OPEN) out.push(`<${sc.name}#${sc.id}@${sc.depth}>`);
    else if (token === TOKEN_CLOSE) out.push(`</${sc.name}>`);
    else if (token === TOKEN_TEXT) out.push(JSON.stringify(sc.text()));
  }
}

function scanError(xml: string): string {
  try {
    tokens(xml);
  } catch (error) {
    if (error instanceof XmlSyntaxError) return error.reason;
    throw error;
  }
  return "accepted";
}

describe("XmlScanner tokens", () => {
  it("reports elements, self-closing elements, text and depth", () => {
    expect(tokens('<?xml version="1.0" encoding="UTF-8"?>\n<r><a x="1">t</a><b/> <!-- c --></r>\n')).toEqual([
      "<r#0@1>",
      "<a#0@2>",
      '"t"',
      "</a>",
      "<b#0@2>",
      "</b>",
      '" "',
      "</r>",
    ]);
  });

  it("resolves namespaces whatever the prefix, including default and redeclared ones", () => {
    expect(
      tokens(
        `<x:r xmlns:x="${URI_A}"><y:a xmlns:y="${URI_A}"/><b xmlns="${URI_A}"><c/></b><x:d xmlns:x="urn:other"/></x:r>`,
      ),
    ).toEqual([
      "<x:r#1@1>",
      "<y:a#1@2>",
      "</y:a>",
      "<b#1@2>",
      "<c#1@3>",
      "</c>",
      "</b>",
      "<x:d#0@2>",
      "</x:d>",
      "</x:r>",
    ]);
  });

  it("reads attributes by namespace and local name, decoding references", () => {
    const sc = new XmlScanner(
      `<r xmlns:p="${URI_A}" p:val="a&amp;b&#x4E00;" val='plain' q:x="1" xmlns:q="urn:q"/>`,
      () => 0,
    );
    expect(sc.next()).toBe(TOKEN_OPEN);
    expect([
      sc.attr("val", URI_A),
      sc.attr("val", ""),
      sc.attr("x", "urn:q"),
      sc.attr("missing", ""),
    ]).toEqual(["a&b一", "plain", "1", undefined]);
  });

  it.each([
    ["<a><b></a>", "closing tag does not match <b>"],
    ["<a>", "unclosed element <a>"],
    ["", "no root element"],
    ["<a/><b/>", "more than one root element"],
    ["x<a/>", "text outside the root element"],
    ["<a/>x", "text outside the root element"],
    ['<a b="1" b="2"/>', "duplicate attribute b"],
    ['<a b="<"/>', "'<' in an attribute value"],
    ["<a b=1/>", "expected a quoted attribute value"],
    ['<a b="1"c="2"/>', "expected whitespace before an attribute"],
    ["<a>&foo;</a>", "undefined entity &foo;"],
    ["<a>&amp</a>", "'&' that does not start an entity reference"],
    ["<a>&#0;</a>", "invalid character reference"],
    ["<a>&#xD800;</a>", "invalid character reference"],
    ['<a b="&#1114112;"/>', "invalid character reference"],
    ["<a>\u0001</a>", "character not allowed in XML"],
    ["<p:a/>", "unbound namespace prefix in <p:a>"],
    ['<a p:b="1"/>', 'unbound namespace prefix "p"'],
    ["<a:b:c/>", "invalid qualified name <a:b:c>"],
    ["<a><!-- x -- y --></a>", "'--' inside a comment"],
    ["<a><![CDATA[x</a>", "unterminated CDATA section"],
    ["<a/><?xml version='1.0'?>", "XML declaration not at the start"],
    ["<?xml version='2.0'?><a/>", "malformed XML declaration"],
    ["<!DOCTYPE a><a/>", "a DOCTYPE declaration is not allowed"],
    ["<a><!ELEMENT x></a>", "invalid markup after '<!'"],
    ["<1a/>", "invalid element name"],
  ])("rejects %j", (xml, reason) => {
    expect(scanError(xml)).toBe(reason);
  });

  it("accepts what XML allows", () => {
    expect(scanError('<a b = "x>y" c=\'"\'><![CDATA[<&>]]><?pi data?><!----></a >')).toBe("accepted");
  });
});

/** Whether saxes (a conforming XML parser) accepts the document. */
function saxesAccepts(xml: string): boolean {
  try {
    const parser = new SaxesParser({ xmlns: true });
    parser.on("error", (error) => {
      throw error;
    });
    parser.write(xml).close();
    return true;
  } catch {
    return false;
  }
}

function scannerAccepts(xml: string): boolean {
  try {
    tokens(xml);
    return true;
  } catch (error) {
    if (error instanceof XmlSyntaxError) return false;
    throw error;
  }
}

describe("XmlScanner against a conforming parser", () => {
  // Small random edits of a real part: whatever saxes accepts or rejects, so must the scanner.
  const PIECES = [
    "<",
    ">",
    "/",
    '"',
    "'",
    "=",
    "&",
    ";",
    ":",
    "a",
    " ",
    "!",
    "?",
    "-",
    "#",
    "x",
    "1",
    "[",
    "]",
    "\n",
  ]
    .concat([
      "<a>",
      "</a>",
      "<![CDATA[",
      "]]>",
      "<!--",
      "-->",
      "&amp;",
      "&#0;",
      "&#x41;",
      "&foo;",
      "<?pi x?>",
    ])
    .concat([' xmlns:q="u"', ' q:a="1"', "<w:p/>", "<!DOCTYPE x>", "&#x10FFFF;"]);

  it("agrees on 2000 mutations of a sample's styles.xml", async () => {
    const docx = readFileSync(join(__dirname, "../fixtures/samples/liuying-2019.docx"));
    const zip = await JSZip.loadAsync(new Uint8Array(docx));
    const source = (await zip.file("word/styles.xml")?.async("string")) ?? "";
    expect(source.length).toBeGreaterThan(1000);
    let seed = 12345;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const disagreements: string[] = [];
    for (let i = 0; i < 2000; i++) {
      let xml = source;
      for (let edits = 1 + random(2); edits > 0; edits--) {
        const at = random(xml.length);
        const piece = PIECES[random(PIECES.length)];
        const op = random(3);
        xml = xml.slice(0, at) + (op === 0 ? "" : piece) + xml.slice(op === 1 ? at : at + 1);
      }
      if (saxesAccepts(xml) !== scannerAccepts(xml)) disagreements.push(xml.slice(0, 200));
    }
    expect(disagreements).toEqual([]);
  });
});
