/**
 * What the marked copy adds, decided from the check result alone: the cells to shade (the pane's
 * three looks and palette, src/report/view) and the comments with their anchors.
 *
 * Repeats. One comment per finding would put 84 comments on the 84 blank cells of a half-filled
 * table, and the one real error would drown in them. So a group of repeats (src/report/view's
 * groupFindings: one rule, one table or section) of **warnings whose every member is a shaded
 * cell** gets one comment, on its first cell, naming the others, while every cell keeps its
 * shading — the shading shows where they are, the comment says once what they mean. **Errors**
 * always get one comment each: each is a number the reviewer must correct, with its own expected
 * and found values. Findings anchored to paragraphs get one comment each (nothing else shows
 * where they are), and so do info findings (they are not shaded).
 */
import type { CheckResult } from "../../report/checkReport";
import type { CellRef, Finding } from "../../report/findings";
import type { DocParagraph, ReportDocument } from "../../report/model";
import { TABLE_INFO } from "../../report/describe";
import {
  cellLooks,
  groupFindings,
  looksOf,
  markFill,
  type MarkLook,
  type MarkSeverity,
} from "../../report/view";
import { findingComment, groupComment, type CommentLang } from "./commentText";

export type Anchor = { kind: "cell"; cell: CellRef } | { kind: "paragraph"; paragraph: number };

export interface PlannedShading {
  cell: CellRef;
  look: MarkLook;
  severity: MarkSeverity;
  /** Six hex digits, `w:shd/@w:fill`. */
  fill: string;
}

export interface PlannedComment {
  anchor: Anchor;
  /** The findings it speaks for (one, or a group's members). */
  findings: Finding[];
  paragraphs: string[];
}

export interface MarkPlan {
  shading: PlannedShading[];
  comments: PlannedComment[];
}

export function planMarks(result: CheckResult, doc: ReportDocument, lang: CommentLang): MarkPlan {
  const shading = cellLooks(result.findings).map((l) => ({
    cell: l.cell,
    look: l.look,
    severity: l.severity,
    fill: markFill(l.look, l.severity),
  }));
  const anchors = new AnchorFinder(result, doc);
  const comments: PlannedComment[] = [];
  const groups = groupFindings(result.findings, (f) => f, { blankTemplate: result.blankTemplate });
  for (const group of groups) {
    const placed = group.items.map((f) => ({ f, anchor: anchors.of(f) }));
    const asOne =
      group.items.length > 1 &&
      group.severity === "warning" &&
      placed.every(({ f, anchor }) => anchor.kind === "cell" && looksOf(f).length > 0);
    if (asOne) {
      comments.push({
        anchor: placed[0].anchor,
        findings: group.items,
        paragraphs: groupComment(group, lang),
      });
      continue;
    }
    for (const { f, anchor } of placed)
      comments.push({ anchor, findings: [f], paragraphs: findingComment(f, lang) });
  }
  return { shading, comments };
}

/**
 * Where a finding's comment goes:
 * - a text finding: its paragraph (the table cells it compares with are only shaded);
 * - a finding with cells: its suspect cell (the one pinpointed, else the total, else the first);
 * - a finding with a paragraph: that paragraph;
 * - a finding about a found table without cells (a missing row, an outdated format): the
 *   table's first cell;
 * - a finding about a section or a missing table: the section's heading; for a missing section,
 *   the heading of the next section present (where it should have been), else the end of the text
 *   before the closing lines (the end of the section before it);
 * - anything else (the report year not found, …): the first paragraph with text (the title).
 */
class AnchorFinder {
  private readonly texts: DocParagraph[];

  constructor(
    private readonly result: CheckResult,
    doc: ReportDocument,
  ) {
    this.texts = doc.blocks.filter((b): b is DocParagraph => b.kind === "paragraph" && b.text.trim() !== "");
  }

  of(f: Finding): Anchor {
    const paragraph = f.location.paragraph;
    const isText = f.rule.startsWith("text.") || f.rule.startsWith("section");
    if (paragraph !== undefined && (isText || f.cells.length === 0)) return { kind: "paragraph", paragraph };
    const looks = looksOf(f);
    const cell = looks.find((l) => l.look === "suspect")?.cell ?? f.suggestion?.cell ?? f.cells[0];
    if (cell) return { kind: "cell", cell };
    if (paragraph !== undefined) return { kind: "paragraph", paragraph };
    const table = f.location.table;
    const where = table ? this.result.tables[table]?.[0] : undefined;
    if (where) return { kind: "cell", cell: { table: where.table, row: where.fromRow, cell: 0 } };
    const section = f.location.section ?? (table ? TABLE_INFO[table].section : undefined);
    if (section !== undefined) {
      const heading = this.sectionHeading(section);
      if (heading !== undefined) return { kind: "paragraph", paragraph: heading };
    }
    return this.fallback(false);
  }

  /**
   * The heading of `section`; when it is missing, where it belongs — the next section's heading,
   * else the end of the text before the closing lines (落款: the issuing office and the date, short
   * lines without a full stop). The same place the pane takes the reader (src/taskpane/sectionPlace).
   */
  private sectionHeading(section: number): number | undefined {
    const sections = [...this.result.sections].sort((a, b) => a.paragraph - b.paragraph);
    const own = sections.find((s) => s.number === section);
    if (own) return own.paragraph;
    const later = sections.find((s) => s.number > section);
    if (later) return later.paragraph;
    const last = sections.at(-1)?.paragraph ?? -1;
    const after = this.texts.filter((p) => p.index > last);
    const isClosingLine = (text: string) => text.trim().length <= 30 && !/[。；;.!！?？]$/.test(text.trim());
    let end = after.length - 1;
    while (end > 0 && isClosingLine(after[end].text)) end--;
    return after[end]?.index ?? (last >= 0 ? last : this.fallback(true).paragraph);
  }

  private fallback(last: boolean): { kind: "paragraph"; paragraph: number } {
    const p = last ? this.texts[this.texts.length - 1] : this.texts[0];
    return { kind: "paragraph", paragraph: p?.index ?? 0 };
  }
}
