/**
 * Reading the document on WordApi 1.1, in one round trip: the body's OOXML (`Body.getOoxml()`,
 * tables with their merges, every paragraph) and the texts of `body.paragraphs` (to prove which of
 * Word's paragraphs is which of the model's).
 */
import { DocxReadError } from "../../ooxml/errors";
import { parseFlatOpc } from "../../ooxml/flatOpc";
import { HostError } from "../../host/reportHost";
import type { ReportDocument } from "../../report/model";
import { alignParagraphs, type Alignment } from "./alignment";
import { mapParagraphs, type ParagraphMap } from "./paragraphMap";

export interface BodySnapshot {
  doc: ReportDocument;
  map: ParagraphMap;
  /** How Word's paragraphs line up with the model's; null when they do not (nothing is addressable). */
  alignment: Alignment | null;
  /** `Paragraph.text` of every paragraph of `body.paragraphs`, at the read. */
  wordTexts: string[];
}

/** The read, queued: after the sync, Word's paragraph texts and (parsed) the snapshot. */
export interface QueuedBodyRead {
  ooxml: OfficeExtension.ClientResult<string>;
  paragraphs: Word.ParagraphCollection;
}

export function queueBodyRead(context: Word.RequestContext): QueuedBodyRead {
  const body = context.document.body;
  const ooxml = body.getOoxml();
  const paragraphs = body.paragraphs;
  paragraphs.load("items/text");
  return { ooxml, paragraphs };
}

/** Word's paragraph texts, once the read is synced. */
export const textsOf = (read: QueuedBodyRead): string[] => read.paragraphs.items.map((p) => p.text);

/** The snapshot, once the read is synced. */
export const snapshotOfRead = (read: QueuedBodyRead): BodySnapshot =>
  snapshotOf(read.ooxml.value, textsOf(read));

export function snapshotOf(ooxml: string, wordTexts: string[]): BodySnapshot {
  let doc: ReportDocument;
  let map: ParagraphMap;
  try {
    doc = parseFlatOpc(ooxml);
    map = mapParagraphs(ooxml);
  } catch (error) {
    if (error instanceof DocxReadError)
      throw new HostError(
        "host",
        `无法读取 Word 返回的文档内容：${error.messageZh}`,
        `Cannot read the document Word returned: ${error.message}`,
      );
    throw error;
  }
  return { doc, map, alignment: alignParagraphs(doc, map, wordTexts), wordTexts };
}

export async function readBody(context: Word.RequestContext): Promise<BodySnapshot> {
  const read = queueBodyRead(context);
  await context.sync();
  return snapshotOfRead(read);
}
