/**
 * Flat OPC (`<pkg:package>`, what Word's `Range.getOoxml()` returns) → ReportDocument, in one
 * pass: the tokens inside each interesting part's `pkg:xmlData` go straight to that part's reader.
 */
import type { ReportDocument } from "../report/model";
import { DocumentBuilder, type ParseOptions } from "./documentBuilder";
import { docxErrors } from "./errors";
import { NS_PKG, PKG_PACKAGE, PKG_PART, PKG_XML_DATA, resolveElement, W_DOCUMENT } from "./names";
import { createNumberingConsumer } from "./numbering";
import { createStylesConsumer } from "./styles";
import { asDocxError, type PartConsumer } from "./xmlPart";
import { TOKEN_END, TOKEN_OPEN, TOKEN_TEXT, XmlScanner } from "./xmlScanner";

const PACKAGE_NAME = "OOXML package";

const NONE = 0;
const DOCUMENT = 1;
const STYLES = 2;
const NUMBERING = 3;

const MAIN_CONTENT_TYPE = /\.(document|template)\.main\+xml$|macroenabled\.main\+xml$/;

function partKind(name: string, contentType: string): number {
  const n = name.toLowerCase();
  const type = contentType.toLowerCase();
  if (n.includes("/glossary/")) return NONE; // the building-blocks copy of a document
  if (n === "/word/document.xml" || MAIN_CONTENT_TYPE.test(type)) return DOCUMENT;
  if (n === "/word/styles.xml" || type.endsWith("wordprocessingml.styles+xml")) return STYLES;
  if (n === "/word/numbering.xml" || type.endsWith("wordprocessingml.numbering+xml")) return NUMBERING;
  return NONE;
}

export function parseFlatOpc(xml: string, options: ParseOptions = {}): ReportDocument {
  const document = new DocumentBuilder(options);
  const styles = createStylesConsumer();
  const numbering = createNumberingConsumer();
  const seen = [false, false, false, false];
  let kind = NONE;
  let consumer: PartConsumer | null = null;
  let base = 0;
  let isPackage = false;
  try {
    const sc = new XmlScanner(xml, resolveElement);
    for (;;) {
      const token = sc.next();
      if (token === TOKEN_END) break;
      if (consumer !== null) {
        if (token === TOKEN_OPEN) consumer.open(sc);
        else if (token === TOKEN_TEXT) consumer.text(sc);
        else if (sc.depth >= base) consumer.close(sc);
        else consumer = null; // the part's xmlData closed
        continue;
      }
      if (token !== TOKEN_OPEN) continue;
      const depth = sc.depth;
      if (depth === 1) {
        isPackage = sc.id === PKG_PACKAGE;
        if (sc.id === W_DOCUMENT) {
          // A bare document.xml passed in place of a package: read it all the same.
          seen[DOCUMENT] = true;
          consumer = document;
          base = 0;
          document.open(sc);
        }
      } else if (isPackage && depth === 2 && sc.id === PKG_PART) {
        kind = partKind(sc.attr("name", NS_PKG) ?? "", sc.attr("contentType", NS_PKG) ?? "");
        if (seen[kind]) kind = NONE; // first part of each kind wins
      } else if (isPackage && depth === 3 && sc.id === PKG_XML_DATA && kind !== NONE) {
        seen[kind] = true;
        consumer = kind === DOCUMENT ? document : kind === STYLES ? styles.consumer : numbering.consumer;
        base = depth;
        kind = NONE;
      }
    }
  } catch (error) {
    throw asDocxError(error, PACKAGE_NAME);
  }
  if (!seen[DOCUMENT]) throw docxErrors.noDocument();
  return document.finish(
    seen[STYLES] ? styles.sheet : undefined,
    seen[NUMBERING] ? numbering.numbering : undefined,
  );
}
