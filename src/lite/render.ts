/**
 * Draws the lite pane from its state, all of it on every change (a few hundred nodes at most),
 * keeping the keyboard focus where it was. Everything is a native button, radio or list, so Tab,
 * Enter and Space work as in any page; ↑/↓ move between findings, Esc closes the template choice.
 * 选择上年报告 is a button that opens a hidden `<input type=file>` (out of the tab order: the
 * button is the control).
 */
import type { Finding } from "../report/findings";
import { checkedScope, resultHeadline, type FindingGroup } from "../report/view";
import type { LiteController, LiteState, Notice, NoticeAction, TemplateFormat } from "./controller";
import { clear, h, type Child } from "./dom";
import { legendEntries } from "./legend";
import type { LiteStrings } from "./strings";

const FORMATS: TemplateFormat[] = ["2021", "2019"];

function severityLabel(severity: Finding["severity"], s: LiteStrings): HTMLElement {
  return h("span", { class: `lite-sev lite-sev-${severity}` }, s.severity[severity]);
}

function valueText(value: number | string | undefined, s: LiteStrings): string | undefined {
  if (value === undefined) return undefined;
  return value === "" ? s.blank : String(value);
}

/** What a finding says beyond its line: the message (for a single finding), expected and found, the fix. */
function detail(f: Finding, s: LiteStrings, withMessage: boolean): HTMLElement {
  const en = s.htmlLang === "en";
  const expected = valueText(f.expected, s);
  const actual = valueText(f.actual, s);
  const lines: Child[] = [];
  if (withMessage) lines.push(h("p", {}, en ? f.messageEn : f.message));
  if (expected !== undefined || actual !== undefined)
    lines.push(
      h(
        "p",
        { class: "lite-values" },
        expected !== undefined ? `${s.expected} ${expected}` : "",
        expected !== undefined && actual !== undefined ? (en ? ", " : "，") : "",
        actual !== undefined ? `${s.actual} ${actual}` : "",
      ),
    );
  if (f.suggestion)
    lines.push(h("p", { class: "lite-suggestion" }, en ? f.suggestion.messageEn : f.suggestion.message));
  return h("div", { class: "lite-detail" }, lines);
}

function findingButton(
  controller: LiteController,
  stopIndex: number,
  current: boolean,
  content: Child[],
): HTMLElement {
  return h(
    "button",
    {
      type: "button",
      class: current ? "lite-finding lite-current" : "lite-finding",
      "data-nav": "",
      "data-key": `stop-${stopIndex}`,
      "aria-current": current ? "true" : null,
      onclick: () => void controller.go(stopIndex),
    },
    content,
  );
}

function renderGroup(
  controller: LiteController,
  state: LiteState,
  group: FindingGroup<Finding>,
  groupIndex: number,
  s: LiteStrings,
): HTMLElement {
  const en = s.htmlLang === "en";
  const stops = state.list ? state.list.stops : [];
  const title = en ? group.titleEn : group.title;
  const first = stops.findIndex((stop) => stop.group === groupIndex);
  if (group.kind !== "repeat") {
    const current = state.current === first;
    return h(
      "li",
      { class: `lite-group lite-group-${group.severity}` },
      findingButton(controller, first, current, [severityLabel(group.severity, s), h("span", {}, title)]),
      current ? detail(group.items[0], s, group.kind === "single") : null,
    );
  }
  const open = state.expanded[group.key] === true;
  const items: Child[] = [];
  if (open)
    group.items.forEach((f, i) => {
      const stop = first + i;
      const current = state.current === stop;
      items.push(
        h(
          "li",
          {},
          findingButton(controller, stop, current, [h("span", {}, en ? f.messageEn : f.message)]),
          current ? detail(f, s, false) : null,
        ),
      );
    });
  return h(
    "li",
    { class: `lite-group lite-group-${group.severity}` },
    h(
      "button",
      {
        type: "button",
        class: "lite-group-toggle",
        "data-nav": "",
        "data-key": `group-${group.key}`,
        "aria-expanded": open ? "true" : "false",
        onclick: () => controller.toggleGroup(group.key),
      },
      h("span", { class: "lite-chevron", "aria-hidden": "true" }, open ? "▾" : "▸"),
      severityLabel(group.severity, s),
      h("span", {}, title),
      h("span", { class: "lite-count" }, open ? s.collapse : s.expand(group.items.length)),
    ),
    open ? h("ul", { class: "lite-items" }, items) : null,
  );
}

const ACTION_LABEL: Record<NoticeAction, (s: LiteStrings) => string> = {
  retry: (s) => s.retry,
  forget: (s) => s.forget,
  choosePrior: (s) => s.priorChooseOther,
  forgetPrior: (s) => s.priorForget,
};

/** A notice drawn by the pane (not kept in the controller's list): last year's report's. */
interface PaneNotice extends Notice {
  key: string;
  title?: (s: LiteStrings) => string;
  /** Labels of the actions, where not the usual ones. */
  labels?: Partial<Record<NoticeAction, string>>;
  dismiss?: () => void;
}

/** Opens the file dialog of 选择上年报告 (the hidden input of the toolbar). */
function pickPrior(root: HTMLElement): void {
  const input = root.querySelector("input[data-prior-input]") as HTMLInputElement | null;
  if (input) input.click();
}

/** Last year's report: what the user must do, or know, for the cross-year checks. */
function priorNotices(controller: LiteController, state: LiteState, s: LiteStrings): PaneNotice[] {
  const out: PaneNotice[] = [];
  const unreadable = state.priorUnreadable;
  if (unreadable)
    out.push({
      key: "prior-unreadable",
      tone: "error",
      title: (str) => str.priorUnreadableTitle,
      text: (str) => str.priorUnreadable(str.htmlLang === "en" ? unreadable.en : unreadable.zh),
      actions: ["choosePrior"],
      dismiss: () => controller.dismissPriorUnreadable(),
    });
  const replaced = state.priorReplaced;
  if (replaced)
    out.push({
      key: "prior-replaced",
      tone: "warning",
      text: (str) => str.priorReplaced(replaced.before.name, replaced.now.name),
      dismiss: () => controller.dismissPriorReplaced(),
    });
  const status = controller.crossYear;
  if (status && status.kind === "ask" && !state.priorAskDismissed) {
    const name = status.name;
    out.push({
      key: "prior-ask",
      tone: "info",
      text: (str) => str.priorAsk(name),
      actions: ["choosePrior", "forgetPrior"],
      labels: { choosePrior: s.priorChooseAgain },
      dismiss: () => controller.dismissPriorAsk(),
    });
  }
  if (status && status.kind === "wrong_year") {
    const { name, year, expected } = status;
    out.push({
      key: "prior-year",
      tone: "warning",
      text: (str) => str.priorWrongYear(name, year, expected),
      actions: ["choosePrior", "forgetPrior"],
    });
  }
  if (status && status.kind === "ran" && status.yearUnconfirmed) {
    const { name, year } = status;
    const current = state.result ? state.result.reportYear : null;
    out.push({
      key: "prior-year-unconfirmed",
      tone: "info",
      text: (str) => str.priorYearUnconfirmed(name, year, current),
    });
  }
  return out;
}

function renderNotice(
  controller: LiteController,
  root: HTMLElement,
  notice: Notice | PaneNotice,
  s: LiteStrings,
): HTMLElement {
  const details = notice.details ? notice.details(s) : [];
  const pane = "key" in notice ? notice : null;
  const run = (action: NoticeAction) =>
    action === "choosePrior" ? pickPrior(root) : void controller.runNoticeAction(action);
  return h(
    "div",
    {
      class: `lite-notice lite-notice-${notice.tone}`,
      role: notice.tone === "error" ? "alert" : null,
      "data-notice": pane ? pane.key : null,
    },
    pane && pane.title ? h("p", { class: "lite-notice-title" }, pane.title(s)) : null,
    h("p", {}, notice.text(s)),
    details.length > 0
      ? h(
          "ul",
          {},
          details.map((d) => h("li", {}, d)),
        )
      : null,
    notice.actions
      ? h(
          "p",
          { class: "lite-actions" },
          notice.actions.map((action) =>
            h(
              "button",
              {
                type: "button",
                class: "lite-button",
                "data-key": pane ? `${pane.key}-${action}` : `notice-${action}`,
                onclick: () => run(action),
              },
              (pane && pane.labels && pane.labels[action]) || ACTION_LABEL[action](s),
            ),
          ),
        )
      : null,
    pane && pane.dismiss
      ? h(
          "p",
          { class: "lite-actions" },
          h(
            "button",
            { type: "button", class: "lite-link", "data-key": `${pane.key}-dismiss`, onclick: pane.dismiss },
            s.dismiss,
          ),
        )
      : null,
  );
}

/** 选择上年报告 on the toolbar, with its hidden file input. */
function priorButton(controller: LiteController, state: LiteState, s: LiteStrings, busy: boolean): Child[] {
  const name = state.prior ? state.prior.choice.name : undefined;
  return [
    h(
      "button",
      {
        type: "button",
        class: "lite-button",
        "data-key": "prior",
        "aria-label": s.choosePriorLabel(name),
        disabled: busy,
        onclick: (event: Event) => {
          const toolbar = (event.currentTarget as HTMLElement).parentNode as HTMLElement;
          pickPrior(toolbar);
        },
      },
      s.choosePrior,
    ),
    h("input", {
      type: "file",
      accept: ".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      class: "lite-file-input",
      tabindex: -1,
      "aria-hidden": "true",
      "data-prior-input": "",
      onchange: (event: Event) => {
        const input = event.currentTarget as HTMLInputElement;
        const file = input.files && input.files.length > 0 ? input.files[0] : null;
        if (file) void controller.choosePrior(file);
      },
    }),
  ];
}

/** The file used as last year's report (or remembered), with 移除. */
function priorLine(controller: LiteController, state: LiteState, s: LiteStrings, busy: boolean): Child {
  const chosen = state.prior ? state.prior.choice : null;
  const shown = chosen || state.priorRemembered;
  if (!shown) return null;
  return h(
    "p",
    { class: "lite-prior" },
    h("span", {}, s.priorChosen),
    h("span", { class: "lite-prior-name" }, shown.name),
    chosen ? "" : h("span", {}, s.priorNotPicked),
    " ",
    h(
      "button",
      {
        type: "button",
        class: "lite-link",
        "data-key": "prior-remove",
        "aria-label": s.priorRemoveLabel(shown.name),
        disabled: busy,
        onclick: () => void controller.forgetPrior(),
      },
      s.priorRemove,
    ),
  );
}

function renderLegend(state: LiteState, s: LiteStrings): HTMLElement {
  const highlight = state.api === "1.1";
  return h(
    "section",
    { class: "lite-legend", "aria-label": s.legend },
    h("h2", {}, s.legend),
    h(
      "ul",
      {},
      legendEntries(state.api, s).map((e) =>
        h(
          "li",
          {},
          h(
            "span",
            {
              class: highlight ? "lite-swatch lite-swatch-text" : "lite-swatch",
              style: `background-color:${e.colour}`,
              "aria-hidden": "true",
            },
            highlight ? "12" : "",
          ),
          h("span", {}, e.label),
        ),
      ),
    ),
    highlight ? h("p", { class: "lite-note" }, s.legendHighlight) : null,
  );
}

function renderTemplateChoice(controller: LiteController, state: LiteState, s: LiteStrings): HTMLElement {
  return h(
    "fieldset",
    {
      class: "lite-template",
      onkeydown: (event: Event) => {
        if ((event as KeyboardEvent).key === "Escape" || (event as KeyboardEvent).key === "Esc")
          controller.toggleTemplate(false);
      },
    },
    h("legend", {}, s.templateChoice),
    FORMATS.map((format) =>
      h(
        "label",
        { class: "lite-radio" },
        h("input", {
          type: "radio",
          name: "lite-template-format",
          value: format,
          "data-key": `format-${format}`,
          checked: state.templateFormat === format,
          onclick: () => controller.setTemplateFormat(format),
        }),
        " ",
        s.templateFormat(format),
      ),
    ),
    h(
      "p",
      { class: "lite-actions" },
      h(
        "button",
        {
          type: "button",
          class: "lite-button lite-primary",
          "data-key": "template-insert",
          disabled: state.busy !== null && state.busy !== "select",
          onclick: () => void controller.insertTemplate(),
        },
        s.templateInsert,
      ),
      h(
        "button",
        {
          type: "button",
          class: "lite-button",
          "data-key": "template-cancel",
          onclick: () => controller.toggleTemplate(false),
        },
        s.cancel,
      ),
    ),
  );
}

function renderResult(controller: LiteController, state: LiteState, s: LiteStrings): Child[] {
  const result = state.result;
  const list = state.list;
  if (!result || !list) return [];
  const en = s.htmlLang === "en";
  const headline = resultHeadline(list.groups, result.counts);
  const scope = checkedScope(result);
  const crossYear = controller.crossYear;
  const stops = list.stops.length;
  return [
    h(
      "section",
      { class: "lite-summary", "aria-label": s.summary },
      h(
        "p",
        { class: `lite-headline lite-headline-${headline.severity ?? "none"}` },
        en ? headline.en : headline.zh,
      ),
      h("p", { class: "lite-scope" }, en ? scope.en : scope.zh),
      h("p", { class: "lite-counts" }, s.counts(result.counts)),
      crossYear
        ? h(
            "p",
            { class: "lite-crossyear" },
            h("span", { class: "lite-fact" }, s.crossYearLabel),
            en ? ": " : "：",
            h("span", { "data-cross-year": "" }, s.crossYear(crossYear)),
          )
        : null,
    ),
    renderLegend(state, s),
    stops > 0
      ? h(
          "div",
          { class: "lite-nav" },
          h(
            "button",
            {
              type: "button",
              class: "lite-button",
              "data-key": "previous",
              onclick: () => void controller.previous(),
            },
            `‹ ${s.previous}`,
          ),
          h(
            "span",
            { class: "lite-position" },
            state.current >= 0 ? s.position(state.current + 1, stops) : s.total(stops),
          ),
          h(
            "button",
            {
              type: "button",
              class: "lite-button",
              "data-key": "next",
              onclick: () => void controller.next(),
            },
            `${s.next} ›`,
          ),
        )
      : null,
    h(
      "section",
      { class: "lite-results", "aria-label": s.findings },
      h("h2", {}, s.findings),
      list.groups.length === 0
        ? h("p", { class: "lite-none" }, s.noFindings)
        : h(
            "ul",
            { class: "lite-findings", onkeydown: (event: Event) => moveFocus(event as KeyboardEvent) },
            list.groups.map((g, i) => renderGroup(controller, state, g, i, s)),
          ),
    ),
  ];
}

/** ↑/↓ (and Home/End) between the findings' buttons. */
function moveFocus(event: KeyboardEvent): void {
  const key = event.key;
  const down = key === "ArrowDown" || key === "Down";
  const up = key === "ArrowUp" || key === "Up";
  if (!down && !up && key !== "Home" && key !== "End") return;
  const list = event.currentTarget as HTMLElement;
  const buttons = list.querySelectorAll("[data-nav]");
  let at = -1;
  for (let i = 0; i < buttons.length; i++) if (buttons[i] === document.activeElement) at = i;
  const next = key === "Home" ? 0 : key === "End" ? buttons.length - 1 : down ? at + 1 : at - 1;
  const target = buttons[Math.max(0, Math.min(buttons.length - 1, next))] as HTMLElement | undefined;
  if (target) {
    event.preventDefault();
    target.focus();
  }
}

export function renderPane(root: HTMLElement, controller: LiteController): void {
  const state = controller.state;
  const s = controller.strings;
  const focused = document.activeElement as HTMLElement | null;
  const focusKey = focused && root.contains(focused) ? focused.getAttribute("data-key") : null;
  const busy = state.busy !== null && state.busy !== "select";
  const notices: (Notice | PaneNotice)[] = [...state.notices, ...priorNotices(controller, state, s)];

  clear(root);
  root.setAttribute("lang", s.htmlLang);
  document.documentElement.setAttribute("lang", s.htmlLang);
  root.appendChild(
    h(
      "div",
      { class: "lite-pane" },
      h(
        "header",
        { class: "lite-header" },
        h(
          "div",
          { class: "lite-title" },
          h("h1", {}, s.appTitle),
          h("p", { class: "lite-subtitle" }, s.subtitle),
        ),
        h(
          "button",
          {
            type: "button",
            class: "lite-link",
            "data-key": "lang",
            lang: s.htmlLang === "en" ? "zh-CN" : "en",
            "aria-label": s.otherLanguageLabel,
            onclick: () => controller.toggleLang(),
          },
          s.otherLanguage,
        ),
      ),
      h(
        "div",
        { class: "lite-toolbar", role: "toolbar", "aria-label": s.toolbar },
        h(
          "button",
          {
            type: "button",
            class: "lite-button lite-primary",
            "data-key": "check",
            disabled: busy,
            onclick: () => void controller.check(),
          },
          state.result ? s.checkAgain : s.check,
        ),
        h(
          "button",
          {
            type: "button",
            class: "lite-button",
            "data-key": "clear",
            disabled: busy || state.readOnly,
            onclick: () => void controller.clear(),
          },
          s.clear,
        ),
        h(
          "button",
          {
            type: "button",
            class: "lite-button",
            "data-key": "template",
            "aria-expanded": state.templateOpen ? "true" : "false",
            disabled: busy || state.readOnly,
            onclick: () => controller.toggleTemplate(),
          },
          s.insertTemplate,
        ),
        priorButton(controller, state, s, busy),
      ),
      priorLine(controller, state, s, busy),
      state.templateOpen ? renderTemplateChoice(controller, state, s) : null,
      h(
        "div",
        { class: busy ? "lite-status lite-busy" : "lite-status", role: "status", "aria-live": "polite" },
        state.status ? state.status(s) : "",
      ),
      state.api === "1.1" ? h("p", { class: "lite-note" }, s.wordApi11) : null,
      notices.length > 0
        ? h(
            "div",
            { class: "lite-notices" },
            notices.map((n) => renderNotice(controller, root, n, s)),
          )
        : null,
      renderResult(controller, state, s),
    ),
  );

  if (focusKey) {
    let again = root.querySelector(`[data-key="${focusKey}"]`) as HTMLElement | null;
    // A button of last year's report's notices or line goes with them: the focus goes to
    // 选择上年报告 on the toolbar, not to the page's body.
    if (!again && focusKey.indexOf("prior-") === 0) again = root.querySelector('[data-key="prior"]');
    if (again && !(again as HTMLButtonElement).disabled) again.focus();
  }
  const current = root.querySelector(".lite-current") as HTMLElement | null;
  if (current) scrollIntoViewIfNeeded(current);
}

function scrollIntoViewIfNeeded(el: HTMLElement): void {
  if (typeof el.scrollIntoView !== "function") return;
  const rect = el.getBoundingClientRect();
  const height = window.innerHeight || document.documentElement.clientHeight;
  if (rect.top < 0 || rect.bottom > height) el.scrollIntoView(rect.top < 0);
}
