/** One way to build a finding, so that severity always comes from the rule catalogue. */
import type { CellRef, Finding, FindingLocation, Severity, Suggestion } from "./findings";
import { ruleDef } from "./rules";

export interface FindingInput {
  message: string;
  messageEn: string;
  fields?: string[];
  cells?: CellRef[];
  expected?: number | string;
  actual?: number | string;
  suggestion?: Suggestion;
  location?: FindingLocation;
  /** Overrides the rule's default severity (e.g. `format.outdated` is a warning one way round). */
  severity?: Severity;
}

export function makeFinding(rule: string, input: FindingInput): Finding {
  const finding: Finding = {
    rule,
    severity: input.severity ?? ruleDef(rule).severity,
    message: input.message,
    messageEn: input.messageEn,
    fields: input.fields ?? [],
    cells: input.cells ?? [],
    location: input.location ?? {},
  };
  if (input.expected !== undefined) finding.expected = input.expected;
  if (input.actual !== undefined) finding.actual = input.actual;
  if (input.suggestion) finding.suggestion = input.suggestion;
  return finding;
}
