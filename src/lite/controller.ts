/**
 * The lite pane's state and actions, without the DOM: check (read, check, mark), go to a finding,
 * 上一个 / 下一个, clear the marks (with 重试 and 忘记 for marks that could not be restored),
 * insert the blank template, switch language, choose last year's report (选择上年报告: read here,
 * remembered by the document, passed to the check as `prior`). ./render draws the state; every
 * change calls it.
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
import {
  crossYearStatus,
  decodeChoice,
  encodeChoice,
  PRIOR_KEY,
  sameFile,
  type CrossYearStatus,
  type PriorChoice,
  type PriorReport,
} from "../taskpane/priorReport";
import type { HighlightMarkOutcome } from "../word/api11";
import { findingList, placeOf, type FindingList } from "./findingList";
import { LITE_STRINGS, type Lang, type LiteStrings } from "./strings";

export type Busy = "check" | "clear" | "forget" | "insert" | "select" | "prior" | null;
export type Tone = "info" | "success" | "warning" | "error";
export type NoticeAction = "retry" | "forget" | "choosePrior" | "forgetPrior";
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
  /** Last year's report picked in this session (used by every check until another is picked). */
  prior: PriorReport | null;
  /** What the document remembers of it (from an earlier session, or this one's pick). */
  priorRemembered: PriorChoice | null;
  /** The prior report the shown result was checked with. */
  checkedPrior: PriorReport | null;
  /** The last file picked could not be read: its name and why. */
  priorUnreadable: { name: string; zh: string; en: string } | null;
  /** The last file picked is not the one the document remembered. */
  priorReplaced: { before: PriorChoice; now: PriorChoice } | null;
  /** The user closed the request to choose it again. */
  priorAskDismissed: boolean;
}

/** Reads and checks a picked .docx as last year's report (the reader is a chunk loaded on use). */
export type ReadPrior = (file: File) => Promise<PriorReport>;

export type Listener = (state: LiteState) => void;

function hostText(error: unknown): (s: LiteStrings) => string {
  if (error instanceof HostError) return (s) => (s.htmlLang === "en" ? error.message : error.messageZh);
  const message = error instanceof Error ? error.message : String(error);
  return (s) => `${s.error}: ${message}`;
}

/** A file's error in both languages (FileOpenError and the reader's errors carry Chinese). */
function fileError(error: unknown): { zh: string; en: string } {
  const e = error as { messageZh?: unknown; message?: unknown } | null;
  const en = e && typeof e.message === "string" ? e.message : String(error);
  return { zh: e && typeof e.messageZh === "string" ? e.messageZh : en, en };
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
    /** Reads last year's report (选择上年报告). */
    private readonly readPrior: ReadPrior,
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
      prior: null,
      priorRemembered: null,
      checkedPrior: null,
      priorUnreadable: null,
      priorReplaced: null,
      priorAskDismissed: false,
    };
    this.priorLoaded = this.loadPrior();
  }

  /** The document's remembered choice, read once when the pane starts. */
  private readonly priorLoaded: Promise<void>;

  private loadPrior(): Promise<void> {
    let loading: Promise<string | null>;
    try {
      loading = this.host.loadDocumentValue(PRIOR_KEY);
    } catch (error) {
      loading = Promise.reject(error);
    }
    return loading.then(
      (value) => this.set({ priorRemembered: decodeChoice(value) }),
      (error: unknown) =>
        this.set({ notices: [...this.state.notices, { tone: "error", text: hostText(error) }] }),
    );
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
  check(): Promise<void> {
    if (this.blocked) return Promise.resolve();
    return this.runCheck([]);
  }

  /** The check, after `notices` (kept in view: e.g. the choice of a prior report could not be saved). */
  private async runCheck(notices: Notice[]): Promise<void> {
    this.set({ busy: "check", status: (s) => s.reading, notices: notices.slice(), templateOpen: false });
    try {
      const read = await this.host.read();
      this.set({ status: (s) => s.checking });
      await this.priorLoaded;
      const against = this.state.prior;
      const result = checkReport(read.doc, against ? { prior: against.result } : {});
      const list = findingList(result);
      const capabilities = this.host.capabilities();
      this.set({
        result,
        list,
        checkedPrior: against,
        current: -1,
        expanded: {},
        readOnly: capabilities.readOnly,
      });
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

  /** 重试 / 忘记 (marks); 不再核对跨年数据. (选择上年报告 opens the file dialog: ./render's part.) */
  runNoticeAction(action: NoticeAction): Promise<void> {
    if (action === "retry") return this.clear();
    if (action === "forget") return this.forget();
    if (action === "forgetPrior") return this.forgetPrior();
    return Promise.resolve();
  }

  /** Whether the cross-year checks ran for the shown result, and if not, why; null before a check. */
  get crossYear(): CrossYearStatus | null {
    const st = this.state;
    if (!st.result) return null;
    return crossYearStatus(
      st.result,
      st.checkedPrior,
      st.priorRemembered,
      st.priorUnreadable ? st.priorUnreadable.name : null,
    );
  }

  /**
   * A file picked as last year's report: read and check it here, keep the choice with the document
   * (not a read-only one), then check again with it — or, when it cannot be read, without it (a
   * notice says why).
   */
  async choosePrior(file: File): Promise<void> {
    if (this.blocked) return;
    this.set({ busy: "prior", status: (s) => s.priorReading, priorReplaced: null, templateOpen: false });
    await this.priorLoaded;
    const before = this.state.priorRemembered;
    const carried: Notice[] = [];
    let report: PriorReport | null = null;
    try {
      report = await this.readPrior(file);
    } catch (error) {
      const { zh, en } = fileError(error);
      this.set({ prior: null, priorUnreadable: { name: file.name, zh, en } });
    }
    if (report) {
      const now = report.choice;
      this.set({
        prior: report,
        priorUnreadable: null,
        priorReplaced: before && !sameFile(before, now) ? { before, now } : null,
      });
      const unsaved = await this.keepPrior(now);
      if (unsaved) carried.push(unsaved);
    }
    // Not check(): it would wait for this action to end, and drop the notice of a choice not saved.
    await this.runCheck(carried);
  }

  /** 移除 / 不再核对跨年数据: stop using a prior report, and let the document forget it. */
  async forgetPrior(): Promise<void> {
    if (this.blocked) return;
    this.set({ busy: "prior", prior: null, priorUnreadable: null, priorReplaced: null });
    await this.priorLoaded;
    const unsaved = await this.keepPrior(null);
    this.set({
      busy: null,
      notices: [
        ...this.state.notices.filter((n) => !n.aboutSelect),
        unsaved ?? { tone: "success", text: (s) => s.priorForgotten },
      ],
    });
  }

  /**
   * Remembers the choice (for this session only on a read-only document); the notice of why it
   * could not be saved, or null.
   */
  private async keepPrior(choice: PriorChoice | null): Promise<Notice | null> {
    this.set({ priorRemembered: choice });
    if (this.state.readOnly) return null;
    try {
      await this.host.saveDocumentValue(PRIOR_KEY, choice ? encodeChoice(choice) : null);
      return null;
    } catch (error) {
      return { tone: "error", text: hostText(error) };
    }
  }

  dismissPriorUnreadable(): void {
    this.set({ priorUnreadable: null });
  }

  dismissPriorReplaced(): void {
    this.set({ priorReplaced: null });
  }

  dismissPriorAsk(): void {
    this.set({ priorAskDismissed: true });
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
