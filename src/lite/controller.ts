/**
 * The lite pane's state and actions, without the DOM: check (read, check, mark), go to a finding,
 * 上一个 / 下一个, clear the marks (with 重试 and 忘记 for marks that could not be restored),
 * insert the blank template, switch language. ./render draws the state; every change calls it.
 */
import {
  HostError,
  type ClearOutcome,
  type KeptMarks,
  type MarkOutcome,
  type ReportHost,
} from "../host/reportHost";
import { checkReport, type CheckResult } from "../report/checkReport";
import { marksFor } from "../taskpane/marks";
import type { HighlightMarkOutcome } from "../word/api11";
import { findingList, placeOf, type FindingList } from "./findingList";
import { LITE_STRINGS, type Lang, type LiteStrings } from "./strings";

export type Busy = "check" | "clear" | "forget" | "insert" | "select" | null;
export type Tone = "info" | "success" | "warning" | "error";
export type NoticeAction = "retry" | "forget";
export type TemplateFormat = "2021" | "2019";

/** A message in the pane; its text is made in the language shown. */
export interface Notice {
  tone: Tone;
  text: (s: LiteStrings) => string;
  /** Further lines (e.g. why marks were kept). */
  details?: (s: LiteStrings) => string[];
  actions?: NoticeAction[];
  /** Said about taking the user to a finding: replaced by the next one, the rest stays. */
  aboutSelect?: boolean;
}

export interface LiteState {
  lang: Lang;
  /** "1.1": marks are text highlights (Word 2016); "1.3": cell shading. */
  api: "1.1" | "1.3";
  busy: Busy;
  /** What the pane is doing, or what it just did (announced by screen readers). */
  status: ((s: LiteStrings) => string) | null;
  result: CheckResult | null;
  list: FindingList | null;
  /** Index in `list.stops` of the finding shown, or -1. */
  current: number;
  /** Keys of the repeat groups shown open. */
  expanded: Record<string, boolean>;
  notices: Notice[];
  templateOpen: boolean;
  templateFormat: TemplateFormat;
  readOnly: boolean;
}

export type Listener = (state: LiteState) => void;

function hostText(error: unknown): (s: LiteStrings) => string {
  if (error instanceof HostError) return (s) => (s.htmlLang === "en" ? error.message : error.messageZh);
  const message = error instanceof Error ? error.message : String(error);
  return (s) => `${s.error}: ${message}`;
}

function keptDetails(kept: KeptMarks): (s: LiteStrings) => string[] {
  return (s) => kept.reasons.map((r) => `${s.keptReason[r.reason]}（${r.cells}）`);
}

function isHighlightOutcome(outcome: MarkOutcome): outcome is HighlightMarkOutcome {
  return "notHighlighted" in outcome;
}

export class LiteController {
  readonly state: LiteState;
  private readonly listeners: Listener[] = [];

  constructor(
    private readonly host: ReportHost,
    api: "1.1" | "1.3",
    lang: Lang,
    /** Builds the blank template (the `docx` writer is a chunk loaded on demand). */
    private readonly buildTemplate: (format: TemplateFormat) => Promise<Uint8Array>,
  ) {
    let readOnly = false;
    try {
      readOnly = host.capabilities().readOnly;
    } catch {
      readOnly = false;
    }
    this.state = {
      lang,
      api,
      busy: null,
      status: null,
      result: null,
      list: null,
      current: -1,
      expanded: {},
      notices: [],
      templateOpen: false,
      templateFormat: "2021",
      readOnly,
    };
  }

  get strings(): LiteStrings {
    return LITE_STRINGS[this.state.lang];
  }

  onChange(listener: Listener): void {
    this.listeners.push(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener(this.state);
  }

  private set(patch: Partial<LiteState>): void {
    for (const key of Object.keys(patch) as (keyof LiteState)[])
      (this.state as unknown as Record<string, unknown>)[key] = patch[key];
    this.changed();
  }

  setLang(lang: Lang): void {
    this.set({ lang });
  }

  toggleLang(): void {
    this.setLang(this.state.lang === "zh" ? "en" : "zh");
  }

  dismissNotice(index: number): void {
    this.set({ notices: this.state.notices.filter((_, i) => i !== index) });
  }

  /** Busy with something else than taking the user to a finding (which never blocks the rest). */
  private get blocked(): boolean {
    return this.state.busy !== null && this.state.busy !== "select";
  }

  /** Read the document, check it, and mark the cells (unless read-only). */
  async check(): Promise<void> {
    if (this.blocked) return;
    this.set({ busy: "check", status: (s) => s.reading, notices: [], templateOpen: false });
    const notices: Notice[] = [];
    try {
      const read = await this.host.read();
      this.set({ status: (s) => s.checking });
      const result = checkReport(read.doc);
      const list = findingList(result);
      const capabilities = this.host.capabilities();
      this.set({ result, list, current: -1, expanded: {}, readOnly: capabilities.readOnly });
      if (read.unaddressable.length > 0) {
        const tables = read.unaddressable;
        notices.push({ tone: "warning", text: (s) => s.unaddressable(tables) });
      }
      if (capabilities.readOnly) notices.push({ tone: "info", text: (s) => s.readOnly });
      else {
        this.set({ status: (s) => s.marking });
        const outcome = await this.host.mark(marksFor(result.findings, this.state.lang), {
          comments: false,
        });
        notices.push(...this.markNotices(outcome, capabilities.marksMayBeTracked === true));
      }
      const counts = result.counts;
      this.set({ busy: null, status: (s) => s.checkDone(counts), notices });
    } catch (error) {
      notices.push({ tone: "error", text: hostText(error) });
      this.set({ busy: null, status: null, notices });
    }
  }

  private markNotices(outcome: MarkOutcome, mayBeTracked: boolean): Notice[] {
    const out: Notice[] = [];
    const highlight = isHighlightOutcome(outcome);
    if (outcome.marked > 0)
      out.push({
        tone: "success",
        text: (s) => (highlight ? s.highlighted(outcome.marked) : s.marked(outcome.marked)),
      });
    if (outcome.skipped > 0)
      out.push({ tone: "warning", text: (s) => s.notMarkedUnaddressable(outcome.skipped) });
    if (highlight) {
      const { blank, ownHighlight, stale } = outcome.notHighlighted;
      if (blank > 0) out.push({ tone: "info", text: (s) => s.blankNotHighlighted(blank) });
      if (ownHighlight > 0) out.push({ tone: "info", text: (s) => s.ownHighlightKept(ownHighlight) });
      if (stale > 0) out.push({ tone: "warning", text: (s) => s.staleNotMarked(stale) });
    }
    const kept = outcome.kept;
    if (kept && kept.cells > 0)
      out.push({
        tone: "warning",
        text: (s) => s.earlierKept(kept.cells),
        details: keptDetails(kept),
        actions: ["retry", "forget"],
      });
    if (mayBeTracked && outcome.marked > 0) out.push({ tone: "info", text: (s) => s.marksMayBeTracked });
    return out;
  }

  /** 清除标记 (and 重试: the same, for marks kept by an earlier attempt). */
  async clear(): Promise<void> {
    if (this.blocked) return;
    this.set({ busy: "clear", status: (s) => s.clearing, notices: [] });
    try {
      const outcome = await this.host.clearMarks();
      this.set({ busy: null, status: null, notices: this.clearNotices(outcome) });
    } catch (error) {
      this.set({ busy: null, status: null, notices: [{ tone: "error", text: hostText(error) }] });
    }
  }

  private clearNotices(outcome: ClearOutcome): Notice[] {
    const out: Notice[] = [];
    if (outcome.restored > 0) out.push({ tone: "success", text: (s) => s.restored(outcome.restored) });
    const kept = outcome.kept;
    if (kept.cells > 0)
      out.push({
        tone: "warning",
        text: (s) => s.kept(kept.cells),
        details: keptDetails(kept),
        actions: ["retry", "forget"],
      });
    if (outcome.differing > 0) out.push({ tone: "warning", text: (s) => s.differing(outcome.differing) });
    if (out.length === 0) out.push({ tone: "info", text: (s) => s.nothingToClear });
    return out;
  }

  /** 忘记: drop the record of marks that could not be restored. */
  async forget(): Promise<void> {
    if (this.blocked) return;
    this.set({ busy: "forget", notices: [] });
    try {
      const n = await this.host.forgetMarks();
      this.set({ busy: null, notices: [{ tone: "success", text: (s) => s.forgotten(n) }] });
    } catch (error) {
      this.set({ busy: null, notices: [{ tone: "error", text: hostText(error) }] });
    }
  }

  runNoticeAction(action: NoticeAction): Promise<void> {
    return action === "retry" ? this.clear() : this.forget();
  }

  toggleTemplate(open = !this.state.templateOpen): void {
    this.set({ templateOpen: open });
  }

  setTemplateFormat(format: TemplateFormat): void {
    this.set({ templateFormat: format });
  }

  async insertTemplate(): Promise<void> {
    if (this.blocked) return;
    const format = this.state.templateFormat;
    this.set({ busy: "insert", status: (s) => s.inserting, notices: [] });
    try {
      const bytes = await this.buildTemplate(format);
      await this.host.insertDocx(bytes);
      const atEnd = this.state.api === "1.1";
      this.set({
        busy: null,
        status: (s) => s.inserted(format, atEnd),
        templateOpen: false,
        notices: [{ tone: "success", text: (s) => s.inserted(format, atEnd) }],
      });
    } catch (error) {
      this.set({ busy: null, status: null, notices: [{ tone: "error", text: hostText(error) }] });
    }
  }

  toggleGroup(key: string): void {
    const expanded: Record<string, boolean> = {};
    for (const k of Object.keys(this.state.expanded)) expanded[k] = this.state.expanded[k];
    expanded[key] = !expanded[key];
    this.set({ expanded });
  }

  /** Show finding `index` of the stops and select its place in the document. */
  async go(index: number): Promise<void> {
    const list = this.state.list;
    if (!list || index < 0 || index >= list.stops.length) return;
    if (this.blocked) return;
    const stop = list.stops[index];
    const group = list.groups[stop.group];
    const expanded: Record<string, boolean> = {};
    for (const k of Object.keys(this.state.expanded)) expanded[k] = this.state.expanded[k];
    if (group.kind === "repeat") expanded[group.key] = true;
    const kept = this.state.notices.filter((n) => !n.aboutSelect);
    this.set({ current: index, expanded, notices: kept });
    const place = placeOf(stop.finding);
    if (place === null) {
      this.set({ notices: [...kept, { tone: "info", text: (s) => s.nothingToSelect, aboutSelect: true }] });
      return;
    }
    this.set({ busy: "select", status: (s) => s.selecting });
    // Another action may have started meanwhile: only the select's own busy state is undone.
    const done = (patch: Partial<LiteState>) =>
      this.set(this.state.busy === "select" ? { busy: null, status: null, ...patch } : patch);
    try {
      if (place.kind === "cell") await this.host.selectCell(place.cell);
      else await this.host.selectParagraph(place.paragraph, place.excerpt);
      done({});
    } catch (error) {
      done({ notices: [...kept, { tone: "error", text: hostText(error), aboutSelect: true }] });
    }
  }

  next(): Promise<void> {
    const n = this.state.list?.stops.length ?? 0;
    return n === 0 ? Promise.resolve() : this.go(this.state.current < 0 ? 0 : (this.state.current + 1) % n);
  }

  previous(): Promise<void> {
    const n = this.state.list?.stops.length ?? 0;
    return n === 0 ? Promise.resolve() : this.go(this.state.current <= 0 ? n - 1 : this.state.current - 1);
  }
}
