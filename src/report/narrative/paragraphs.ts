/** The body paragraphs with their normalised text and the section each one belongs to. */
import type { FindingLocation } from "../findings";
import type { ReportDocument } from "../model";
import { recognizeSections, type SectionInfo, type SectionNumber } from "./sections";
import { excerptLocation, normText, paragraphRaw, type NormText } from "./text";

export interface Para {
  /** Position among the body paragraphs. */
  order: number;
  /** Position in `doc.blocks`. */
  blockIndex: number;
  /** `DocParagraph.index`. */
  index: number;
  t: NormText;
  /** The section of the latest recognised heading before it (or its own); undefined before the first. */
  section?: SectionNumber;
  /** Set when the paragraph is a recognised section heading. */
  heading?: SectionInfo;
}

export interface Analysis {
  paras: Para[];
  sections: SectionInfo[];
}

export function analyse(doc: ReportDocument): Analysis {
  const paras: Para[] = [];
  doc.blocks.forEach((block, blockIndex) => {
    if (block.kind !== "paragraph") return;
    paras.push({ order: paras.length, blockIndex, index: block.index, t: normText(paragraphRaw(block)) });
  });
  const sections = recognizeSections(paras);
  const headingAt = new Map(sections.map((s) => [s.blockIndex, s]));
  let current: SectionNumber | undefined;
  for (const para of paras) {
    const heading = headingAt.get(para.blockIndex);
    if (heading) {
      para.heading = heading;
      current = heading.number;
    }
    para.section = current;
  }
  return { paras, sections };
}

/** The paragraphs of a section's body (headings excluded), every occurrence of it. */
export function sectionBody(analysis: Analysis, n: SectionNumber): Para[] {
  return analysis.paras.filter((p) => p.section === n && !p.heading);
}

/** Where a finding about `norm[start, end)` of a paragraph points (no `section` key before section 一). */
export function locate(para: Para, start = 0, end = para.t.norm.length): FindingLocation {
  const loc: FindingLocation = {};
  if (para.section !== undefined) loc.section = para.section;
  loc.paragraph = para.index;
  return Object.assign(loc, excerptLocation(para.t, start, end));
}
