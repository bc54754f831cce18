/** @jest-environment jsdom */
// The pane's help at its foot: help.html and the host's diagnostics page, only where the host has one.
import "./setup";
import { act, fireEvent, screen, within } from "@testing-library/react";
import type { ReportDocument } from "../../src/report/model";
import { FakeHost } from "./fakeHost";
import { renderPane } from "./renderPane";

const doc: ReportDocument = {
  blocks: [{ kind: "paragraph", index: 0, text: "XX区2023年政府信息公开工作年度报告" }],
};
/** Lets the pane's loads from the host (ignored findings, the remembered prior report) finish. */
const settle = () => act(async () => {});
/**
 * Clicks a link and says whether the pane let it be followed; the navigation itself is then stopped
 * (jsdom does not navigate), after the pane had its say.
 */
function follows(link: HTMLElement): boolean {
  let followed = false;
  const after = (e: Event) => {
    followed = !e.defaultPrevented;
    e.preventDefault();
  };
  window.addEventListener("click", after);
  try {
    fireEvent.click(link);
  } finally {
    window.removeEventListener("click", after);
  }
  return followed;
}

const help = () => screen.queryByRole("contentinfo", { name: "帮助" });

test("in Word: the help page in a browser window, and diagnostics.html in the pane", async () => {
  renderPane(new FakeHost(doc), { links: { help: "help.html", diagnostics: { href: "diagnostics.html" } } });
  await settle();
  const footer = help() as HTMLElement;
  const helpLink = within(footer).getByRole("link", { name: "使用帮助" });
  expect(helpLink.getAttribute("href")).toBe("help.html");
  expect(helpLink.getAttribute("target")).toBe("_blank");
  const diagnostics = within(footer).getByRole("link", { name: "环境诊断" });
  expect(diagnostics.getAttribute("href")).toBe("diagnostics.html");
  expect(diagnostics.getAttribute("target")).toBeNull();
  // Followed: nothing prevents the navigation.
  expect(follows(diagnostics)).toBe(true);
});

test("in the preview: no diagnostics (there is no Word or WPS to probe)", async () => {
  renderPane(new FakeHost(doc), { links: { help: "help.html" } });
  await settle();
  expect(within(help() as HTMLElement).queryByRole("link", { name: "环境诊断" })).toBeNull();
});

test("no links, no footer", async () => {
  renderPane(new FakeHost(doc));
  await settle();
  expect(help()).toBeNull();
});

test("in WPS: 环境诊断 opens the host's own way (a dialog), and the link is followed only when that fails", async () => {
  let opens = true;
  const open = jest.fn(() => opens);
  renderPane(new FakeHost(doc), { links: { diagnostics: { href: "diagnostics.html", open } } });
  await settle();
  const link = within(help() as HTMLElement).getByRole("link", { name: "环境诊断" });
  expect(follows(link)).toBe(false); // the pane stays
  opens = false;
  expect(follows(link)).toBe(true);
  expect(open).toHaveBeenCalledTimes(2);
});
