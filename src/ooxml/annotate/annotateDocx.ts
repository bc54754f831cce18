/**
 * The marked copy: the original .docx with the findings' cells shaded in the pane's looks and a
 * Word comment per finding (or per group of repeats, see ./plan), and nothing else changed — the
 * parts we do not touch are copied byte for byte (compressed bytes included), `document.xml`
 * changes only by insertions and by replacing the `w:shd` of marked cells, relationships and
 * content types only gain entries. Every change is logged in our own part (./marksLog) so that
 * `cleanDocx` gives back the original bytes.
 *
 * Browser-safe: bytes in, bytes out (the preview makes the same copy).
 */
import { checkReport, type CheckResult } from "../../report/checkReport";
import type { Finding } from "../../report/findings";
import { allTables, type DocCell } from "../../report/model";
import { decodeXmlBytes } from "../decodeXml";
import { DocxPackage, type PackageOptions } from "../docxPackage";
import type { ParseOptions } from "../documentBuilder";
import { docxErrors } from "../errors";
import { parseRelationships, relationshipOfType, relsPartFor, resolveTarget } from "../packageParts";
import { documentPartNames } from "../readDocx";
import { fflateDeflateRaw, type DeflateRaw } from "../zip/inflate";
import { writeZip, type ZipItem } from "../zip/zipWriter";
import { cleanPackage } from "./cleanDocx";
import type { CommentLang } from "./commentText";
import { applyTextEdits, type PartEdits, type TextEdit } from "./edits";
import { AnnotateError } from "./errors";
import { locateDocument, type CellSpan, type LocatedDocument, type ParagraphSpan } from "./locate";
import { MARKS_PART, MARKS_VERSION, writeMarksLog, type ShadedCell } from "./marksLog";
import { escapeText, maxAnnotationId, rootTag, WordMarkup } from "./markup";
import {
  appendToRoot,
  contentTypeOf,
  freshRelationshipId,
  overrideXml,
  readContentTypes,
  relationshipIds,
  relationshipXml,
} from "./packageEdits";
import { planMarks, type Anchor, type PlannedComment } from "./plan";

export const COMMENT_AUTHOR = "年报校对";
export const COMMENT_INITIALS = "校";

const COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";
const REL_BASE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const REL_BASE_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships/";
const RELS_TYPE = "application/vnd.openxmlformats-package.relationships+xml";

export interface AnnotateOptions extends PackageOptions, ParseOptions {
  /** The check of these bytes, when the caller has it (e.g. with last year's report); else checked here. */
  result?: CheckResult;
  /** Language of the comments (default zh). */
  lang?: CommentLang;
  /** The comments' date (default now); fixed in tests. */
  date?: Date;
  /** Compressor for the changed parts (default fflate; the CLI passes node:zlib's). */
  deflateRaw?: DeflateRaw;
}

export interface AnnotateOutcome {
  bytes: Uint8Array;
  result: CheckResult;
  /** Cells shaded. */
  shaded: number;
  /** Comments written, in document order: each one's id, anchor and the findings it speaks for. */
  comments: { id: number; anchor: Anchor; findings: Finding[] }[];
  /** Findings whose cell or paragraph was not found in the document (none unless `result` is another document's). */
  unplaced: Finding[];
}

export function annotateDocx(data: Uint8Array | ArrayBuffer, options: AnnotateOptions = {}): AnnotateOutcome {
  let pkg = DocxPackage.open(data, options);
  const deflateRaw = options.deflateRaw ?? fflateDeflateRaw;
  // A marked copy is marked afresh from its original (an unchanged one cleans exactly).
  if (pkg.entryName(MARKS_PART) !== undefined) pkg = DocxPackage.open(cleanPackage(pkg, deflateRaw), options);

  const main = pkg.mainPart();
  if (main === undefined) throw docxErrors.noDocument();
  const names = documentPartNames(pkg, main);
  const docBytes = pkg.bytes(main);
  if (docBytes === undefined) throw docxErrors.noDocument();
  if (
    docBytes.length >= 2 &&
    ((docBytes[0] === 0xff && docBytes[1] === 0xfe) || (docBytes[0] === 0xfe && docBytes[1] === 0xff))
  )
    throw new AnnotateError("unsupported_encoding");
  let text = decodeXmlBytes(docBytes, main);
  let offsetBase = docBytes[0] === 0xef && docBytes[1] === 0xbb && docBytes[2] === 0xbf ? 3 : 0;
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1); // a second byte-order mark, which the scanner would skip
    offsetBase += 3;
  }
  const located = locateDocument(
    text,
    { styles: pkg.text(names.styles), numbering: pkg.text(names.numbering), names },
    options,
  );
  const result = options.result ?? checkReport(located.doc);
  const plan = planMarks(result, located.doc, options.lang ?? "zh");
  const w = WordMarkup.forRoot(rootTag(text));
  const relBase = w.strict ? REL_BASE_STRICT : REL_BASE;

  // Where the comments go: the document's comments part when it has one, else a new one.
  const relsName = relsPartFor(main);
  const relsText = pkg.text(relsName);
  const rels = relsText === undefined ? [] : parseRelationships(relsText, relsName);
  const commentsRel = relationshipOfType(rels, "/comments");
  const commentsPart = commentsRel
    ? resolveTarget(main, commentsRel.target)
    : freshPartName(pkg, main, "comments");
  const commentsText = pkg.text(commentsPart);

  const cells = cellIndex(located);
  const unplaced: Finding[] = [];
  const docEdits: TextEdit[] = [];

  // Shading: each marked cell's w:shd is replaced (or one is added in schema order).
  const shadedCells: ShadedCell[] = [];
  for (const s of plan.shading) {
    const spans = cells(s.cell.table, s.cell.row, s.cell.cell);
    if (spans === undefined) {
      for (const f of result.findings)
        if (f.cells.includes(s.cell) && !unplaced.includes(f)) unplaced.push(f);
      continue;
    }
    const shd = w.el("shd", { val: "clear", color: "auto", fill: s.fill });
    let before: string | undefined;
    for (const span of spans) {
      const edit = shadingEdit(span, shd, w, text);
      if (edit === undefined) continue;
      if (before === undefined && span.properties?.shading)
        before = text.slice(span.properties.shading.start, span.properties.shading.end);
      docEdits.push(edit);
    }
    shadedCells.push({ ...s.cell, look: s.look, fill: s.fill, ...(before !== undefined ? { before } : {}) });
  }

  // Comments: ids above every annotation id in use, in document order.
  const placed: { comment: PlannedComment; first: ParagraphSpan; last: ParagraphSpan }[] = [];
  for (const comment of plan.comments) {
    const range = anchorRange(comment.anchor, located, cells);
    if (range === undefined) unplaced.push(...comment.findings);
    else placed.push({ comment, ...range });
  }
  placed.sort((a, b) => a.first.open.start - b.first.open.start);
  let nextId = maxAnnotationId(text, commentsText) + 1;
  const heads = new Map<ParagraphSpan, string[]>();
  const tails = new Map<ParagraphSpan, string[]>();
  const date = isoSeconds(options.date ?? new Date());
  const commentXml: string[] = [];
  const ids: number[] = [];
  for (const { comment, first, last } of placed) {
    const id = nextId++;
    ids.push(id);
    push(heads, first, w.el("commentRangeStart", { id }));
    // Closing in reverse order keeps ranges on one paragraph nested.
    unshift(tails, last, w.el("commentRangeEnd", { id }) + w.el("r", {}, w.el("commentReference", { id })));
    commentXml.push(commentElement(w, id, date, comment.paragraphs));
  }
  for (const span of new Set([...heads.keys(), ...tails.keys()]))
    docEdits.push(...paragraphEdits(span, heads.get(span) ?? [], tails.get(span) ?? [], text));

  const edited = new Map<string, Uint8Array>();
  const logs: PartEdits[] = [];
  const added = new Map<string, Uint8Array>();
  const doc = applyTextEdits(main, docBytes, text, offsetBase, docEdits);
  edited.set(main, doc.bytes);
  logs.push(doc.log);

  const encoder = new TextEncoder();
  const hasComments = commentXml.length > 0;
  if (hasComments) {
    if (commentsText !== undefined) {
      const bytes = pkg.bytes(commentsPart) as Uint8Array;
      const cw = WordMarkup.forRoot(rootTag(commentsText));
      // Written for the document's markup; re-made for the comments part's own prefix binding.
      const ours = placed
        .map(({ comment }, i) => commentElement(cw, ids[i], date, comment.paragraphs))
        .join("");
      const r = editPart(commentsPart, bytes, commentsText, [
        appendToRoot(commentsText, commentsPart, () => ours),
      ]);
      edited.set(commentsPart, r.bytes);
      logs.push(r.log);
    } else {
      const xml =
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        `<w:comments xmlns:w="${w.ns}">${commentXml.join("")}</w:comments>`;
      added.set(commentsPart, encoder.encode(xml));
    }
  }

  // Relationships: the comments part (when new) and our log part.
  const taken = relsText === undefined ? new Set<string>() : relationshipIds(relsText);
  const newRels = (prefix: string): string => {
    let xml = "";
    if (hasComments && !commentsRel)
      xml += relationshipXml(
        prefix,
        freshRelationshipId(taken),
        `${relBase}comments`,
        relativeTarget(main, commentsPart),
      );
    xml += relationshipXml(
      prefix,
      freshRelationshipId(taken),
      `${relBase}customXml`,
      relativeTarget(main, MARKS_PART),
    );
    return xml;
  };
  if (relsText !== undefined) {
    const bytes = pkg.bytes(relsName) as Uint8Array;
    const r = editPart(relsName, bytes, relsText, [appendToRoot(relsText, relsName, newRels)]);
    edited.set(relsName, r.bytes);
    logs.push(r.log);
  } else {
    const xml =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${newRels("")}</Relationships>`;
    added.set(relsName, encoder.encode(xml));
  }

  // Content types: whatever the new parts lack.
  const typesName = pkg.entryName("[Content_Types].xml") ?? "[Content_Types].xml";
  const typesText = pkg.text(typesName);
  if (typesText !== undefined) {
    const types = readContentTypes(typesText);
    const needed: [string, string][] = [];
    // A new comments part needs its own override (a Default for .xml would make it plain XML).
    if (hasComments && commentsText === undefined && !types.overrides.has(`/${commentsPart}`.toLowerCase()))
      needed.push([commentsPart, COMMENTS_TYPE]);
    if (contentTypeOf(types, MARKS_PART) === undefined) needed.push([MARKS_PART, "application/xml"]);
    if (relsText === undefined && contentTypeOf(types, relsName) === undefined)
      needed.push([relsName, RELS_TYPE]);
    if (needed.length > 0) {
      const bytes = pkg.bytes(typesName) as Uint8Array;
      const insert = (prefix: string) =>
        needed.map(([part, type]) => overrideXml(prefix, part, type)).join("");
      const r = editPart(typesName, bytes, typesText, [appendToRoot(typesText, typesName, insert)]);
      edited.set(typesName, r.bytes);
      logs.push(r.log);
    }
  }

  const log = writeMarksLog({
    version: MARKS_VERSION,
    parts: logs,
    added: [...added.keys(), MARKS_PART],
    commentsPart,
    commentIds: ids,
    cells: shadedCells,
  });
  added.set(MARKS_PART, encoder.encode(log));

  const items: ZipItem[] = pkg.archive.entries.map((entry) => {
    const data = edited.get(entry.name);
    return data ? { kind: "data", name: entry.name, data, like: entry } : { kind: "copy", entry };
  });
  for (const [name, data] of added) items.push({ kind: "data", name, data });
  return {
    bytes: writeZip(pkg.archive, items, deflateRaw),
    result,
    shaded: shadedCells.length,
    comments: placed.map(({ comment }, i) => ({
      id: ids[i],
      anchor: comment.anchor,
      findings: comment.findings,
    })),
    unplaced,
  };
}

function editPart(part: string, bytes: Uint8Array, text: string, edits: TextEdit[]) {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  )
    throw new AnnotateError("unsupported_encoding", part);
  return applyTextEdits(part, bytes, text, bom, edits);
}

/** DocCell → its spans, by the address findings use. */
function cellIndex(
  located: LocatedDocument,
): (table: number, row: number, cell: number) => CellSpan[] | undefined {
  const tables = allTables(located.doc);
  return (table, row, cell) => {
    const c: DocCell | undefined = tables[table]?.rows[row]?.cells[cell];
    return c === undefined ? undefined : located.cells.get(c);
  };
}

/** The first and last paragraph a comment spans. */
function anchorRange(
  anchor: Anchor,
  located: LocatedDocument,
  cells: (table: number, row: number, cell: number) => CellSpan[] | undefined,
): { first: ParagraphSpan; last: ParagraphSpan } | undefined {
  if (anchor.kind === "paragraph") {
    const span = located.paragraphs.get(anchor.paragraph);
    return span ? { first: span, last: span } : undefined;
  }
  const spans = cells(anchor.cell.table, anchor.cell.row, anchor.cell.cell);
  const paragraphs = spans?.[0]?.paragraphs;
  if (!paragraphs || paragraphs.length === 0) return undefined;
  return { first: paragraphs[0], last: paragraphs[paragraphs.length - 1] };
}

/** The edit that gives one `w:tc` our `w:shd`. */
function shadingEdit(span: CellSpan, shd: string, w: WordMarkup, text: string): TextEdit | undefined {
  const props = span.properties;
  if (props === undefined) {
    if (span.open.selfClosing) return undefined; // an empty w:tc: nothing to shade
    return { at: span.open.end, remove: 0, insert: w.el("tcPr", {}, shd) };
  }
  if (props.shading)
    return { at: props.shading.start, remove: props.shading.end - props.shading.start, insert: shd };
  if (props.open.selfClosing) {
    const open = text.slice(props.open.start, props.open.end).replace(/\s*\/>$/, ">");
    const name = /^<([^\s/>]+)/.exec(open)?.[1] ?? "w:tcPr";
    return {
      at: props.open.start,
      remove: props.open.end - props.open.start,
      insert: `${open}${shd}</${name}>`,
    };
  }
  return { at: props.shadingSlot ?? props.closeStart, remove: 0, insert: shd };
}

/** Comment anchors at a paragraph's start (after its properties) and end. */
function paragraphEdits(span: ParagraphSpan, heads: string[], tails: string[], text: string): TextEdit[] {
  const head = heads.join("");
  const tail = tails.join("");
  if (span.open.selfClosing) {
    const open = text.slice(span.open.start, span.open.end).replace(/\s*\/>$/, ">");
    const name = /^<([^\s/>]+)/.exec(open)?.[1] ?? "w:p";
    return [
      {
        at: span.open.start,
        remove: span.open.end - span.open.start,
        insert: `${open}${head}${tail}</${name}>`,
      },
    ];
  }
  const out: TextEdit[] = [];
  if (head) out.push({ at: span.propertiesEnd ?? span.open.end, remove: 0, insert: head });
  if (tail) out.push({ at: span.closeStart, remove: 0, insert: tail });
  return out;
}

function commentElement(w: WordMarkup, id: number, date: string, paragraphs: string[]): string {
  const lines = paragraphs.flatMap((p) => p.split("\n"));
  const body = lines
    .map((line, i) => {
      const ref = i === 0 ? w.el("r", {}, w.el("annotationRef")) : "";
      return w.el("p", {}, ref + w.el("r", {}, w.el("t", { "xml:space": "preserve" }, escapeText(line))));
    })
    .join("");
  return w.el("comment", { id, author: COMMENT_AUTHOR, date, initials: COMMENT_INITIALS }, body);
}

/** A part name beside `main` not yet in the package: word/comments.xml, else word/comments1.xml, … */
function freshPartName(pkg: DocxPackage, main: string, base: string): string {
  const dir = main.slice(0, main.lastIndexOf("/") + 1);
  for (let i = 0; ; i++) {
    const name = `${dir}${base}${i === 0 ? "" : i}.xml`;
    if (pkg.entryName(name) === undefined) return name;
  }
}

/** A relationship target for `part`, relative to the folder of `source`. */
function relativeTarget(source: string, part: string): string {
  const from = source.split("/").slice(0, -1);
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

function isoSeconds(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function unshift<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.unshift(value);
  else map.set(key, [value]);
}
