/**
 * The marks' fills, from the one palette every host paints with (`src/report/view/markPalette`),
 * as CSS variables on the page: preview-document.css uses them and holds no colour of its own for
 * a fill.
 */
import { MARK_FILLS } from "../report/view";

export const MARK_VARIABLES: Record<keyof typeof MARK_FILLS, string> = {
  suspectError: "--mark-suspect-error",
  suspectWarning: "--mark-suspect-warning",
  involved: "--mark-involved",
  blank: "--mark-blank",
};

export function applyMarkColours(root: HTMLElement): void {
  for (const [name, variable] of Object.entries(MARK_VARIABLES))
    root.style.setProperty(variable, `#${MARK_FILLS[name as keyof typeof MARK_FILLS]}`);
}
