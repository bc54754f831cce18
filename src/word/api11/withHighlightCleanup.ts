/**
 * On WordApi 1.3 and later, a document may still carry highlights that the lite pane made in
 * Word 2016 (WordApi 1.1). The 1.3 adapter shades and knows nothing of them: this wraps it so that
 * a check, or 清除标记, takes those highlights off too (the 1.1 calls used are available on 1.3).
 */
import type { CellMark, ClearOutcome, KeptMarks, MarkOutcome, ReportHost } from "../../host/reportHost";

import { runWord } from "../errors";
import { isReadOnly } from "../office";
import { forgetHighlights, removeHighlights } from "./highlightMarks";
import { loadHighlightRecord } from "./highlightRecord";

function mergeKept(a: KeptMarks | undefined, b: KeptMarks): KeptMarks {
  if (!a || a.cells === 0) return b;
  if (b.cells === 0) return a;
  const reasons = [...a.reasons];
  for (const r of b.reasons) {
    const same = reasons.find((x) => x.reason === r.reason);
    if (same) same.cells += r.cells;
    else reasons.push({ ...r });
  }
  return { cells: a.cells + b.cells, reasons };
}

async function clearHighlights(): Promise<ClearOutcome | null> {
  if (isReadOnly() || loadHighlightRecord().tables.length === 0) return null;
  return runWord((context) => removeHighlights(context, false));
}

export function withHighlightCleanup(host: ReportHost): ReportHost {
  return {
    capabilities: () => host.capabilities(),
    read: () => host.read(),
    async mark(marks: CellMark[], options: { comments: boolean }): Promise<MarkOutcome> {
      const outcome = await host.mark(marks, options);
      const cleared = await clearHighlights();
      if (cleared && cleared.kept.cells > 0)
        return { ...outcome, kept: mergeKept(outcome.kept, cleared.kept) };
      return outcome;
    },
    async clearMarks(): Promise<ClearOutcome> {
      const outcome = await host.clearMarks();
      const cleared = await clearHighlights();
      if (!cleared) return outcome;
      return {
        restored: outcome.restored + cleared.restored,
        kept: mergeKept(outcome.kept, cleared.kept),
        differing: outcome.differing + cleared.differing,
      };
    },
    async forgetMarks(): Promise<number> {
      return (await host.forgetMarks()) + (await forgetHighlights(false));
    },
    selectCell: (cell) => host.selectCell(cell),
    selectParagraph: (paragraph, excerpt) => host.selectParagraph(paragraph, excerpt),
    insertDocx: (docx) => host.insertDocx(docx),
    loadIgnored: () => host.loadIgnored(),
    saveIgnored: (fingerprints) => host.saveIgnored(fingerprints),
    loadDocumentValue: (key) => host.loadDocumentValue(key),
    saveDocumentValue: (key, value) => host.saveDocumentValue(key, value),
  };
}
