/** Renders the pane over a FakeHost, with a user-event session. */
import { createDOMRenderer, RendererProvider } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App, type AppProps } from "../../src/taskpane/App";
import type { FakeHost } from "./fakeHost";

/**
 * Griffel's style rules go to a separate document: jsdom's getComputedStyle, which every query by
 * role runs on every node it names, is many times slower with hundreds of rules in the page, and
 * jsdom does no layout for them to matter.
 */
const styleSink = () => createDOMRenderer(document.implementation.createHTMLDocument("styles"));

export function renderPane(host: FakeHost, props: Partial<AppProps> = {}) {
  const user = userEvent.setup({ delay: null });
  const renderer = styleSink();
  const view = render(<App host={host} {...props} />, {
    wrapper: ({ children }) => <RendererProvider renderer={renderer}>{children}</RendererProvider>,
  });
  return { user, ...view };
}

/** The live region's text. */
export function liveText(): string {
  return screen.getByRole("status").textContent ?? "";
}

/** Every text the live region showed from now on (it announces steps that pass quickly). */
export function recordLiveRegion(): string[] {
  const seen: string[] = [];
  const region = screen.getByRole("status");
  const observer = new MutationObserver(() => {
    const text = region.textContent ?? "";
    if (text && seen.at(-1) !== text) seen.push(text);
  });
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  return seen;
}

/** The check button (its name starts with its visible words). */
export function checkButton(): HTMLElement {
  return screen.getByRole("button", { name: /^(检查年报|重新检查|Check report|Check again)(：|: )/ });
}

/** Waits for a check to finish: the summary appears and the live region says it is done. */
export async function findSummary(): Promise<HTMLElement> {
  await screen.findByText(/^(检查完成|Check finished)/);
  return screen.getByRole("region", { name: /检查结果摘要|Summary/ });
}

/** The findings list. */
export function findingList(): HTMLElement {
  return screen.getByRole("region", { name: /^(检查结果|Findings)$/ });
}

/** The finding buttons shown (their names are severity + message), in list order. */
export function findingButtons(): HTMLElement[] {
  return [...findingList().querySelectorAll<HTMLElement>('button[data-part="primary"]:not([aria-expanded])')];
}

/** The lines of the groups of repeats (disclosure buttons), in list order. */
export function groupLines(): HTMLElement[] {
  return [...findingList().querySelectorAll<HTMLElement>('button[data-part="primary"][aria-expanded]')];
}

/** Every row of the list as the keyboard walks it: group lines and findings. */
export function listRows(): HTMLElement[] {
  return [...findingList().querySelectorAll<HTMLElement>('button[data-part="primary"]')];
}

/** The headline over the results ("1 个错误：…"). */
export function headline(): string {
  return document.querySelector("[data-headline]")?.textContent ?? "";
}

/** A notice or message shown on the pane (not its copy in the hidden live region). */
export function shownText(text: string | RegExp): HTMLElement {
  return screen.getByText(text, { ignore: "script, style, [role=status] *" });
}

/**
 * The open dialog. In jsdom, tabster's modalizer does not always activate when the dialog takes
 * the focus, and then leaves the dialog (or, after it closes, the pane) aria-hidden for a while —
 * unlike Chromium, where the same pane was checked by hand. So dialog queries include hidden
 * elements, and queries after a dialog closes wait.
 */
export async function findDialog(name: string): Promise<HTMLElement> {
  const dialog = await screen.findByRole("dialog", { hidden: true });
  // Named by its title (the name is not computed for aria-hidden elements).
  const title = document.getElementById(dialog.getAttribute("aria-labelledby") ?? "");
  expect(title?.textContent).toBe(name);
  return dialog;
}

export function dialogButton(dialog: HTMLElement, name: string | RegExp): HTMLElement {
  return within(dialog).getByRole("button", { name, hidden: true });
}

export async function dialogClosed(): Promise<void> {
  await waitFor(() => expect(screen.queryByRole("dialog", { hidden: true })).toBeNull());
  await waitFor(() => expect(document.querySelector("main")?.closest("[aria-hidden=true]")).toBeNull());
}
