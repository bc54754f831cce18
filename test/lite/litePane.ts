/**
 * The lite pane from its sources (src/lite), drawn into jsdom over the fake Word (test/fakes), for
 * the jsdom tests of test/lite. The pane reads last year's report with the same reader as the
 * built pane (src/taskpane/pickedFile and priorReport), here with Node's TextDecoder.
 */
import { TextDecoder, TextEncoder } from "util";
import { LiteController, type TemplateFormat } from "../../src/lite/controller";
import { renderPane } from "../../src/lite/render";
import { readPickedDocx } from "../../src/taskpane/pickedFile";
import { readPriorReport } from "../../src/taskpane/priorReport";
import { buildTemplateDocx } from "../../src/template";
import { chooseWordHost } from "../../src/word/api11";
import { installFakeWord, type FakeDocument, type FakeSession, type FakeWordOptions } from "../fakes";
import { openFixture } from "../word/support";

// What jsdom lacks and Node has (the fake Word and the .docx reader run here, not in the pane).
const g = globalThis as unknown as Record<string, unknown>;
g.TextDecoder ??= TextDecoder;
g.TextEncoder ??= TextEncoder;
g.structuredClone ??= (value: unknown) =>
  value === undefined ? undefined : JSON.parse(JSON.stringify(value));

const buildTemplate = (format: TemplateFormat) => buildTemplateDocx(format);
const readPrior = (file: File) => readPickedDocx(file).then(readPriorReport);

export interface Pane {
  controller: LiteController;
  root: HTMLElement;
  session: FakeSession;
  document: FakeDocument;
  text(): string;
  button(name: string | RegExp): HTMLButtonElement;
  findings(): HTMLButtonElement[];
}

export interface PaneOptions extends FakeWordOptions {
  lang?: "zh" | "en";
}

export async function openPane(
  fixture: Parameters<typeof openFixture>[0],
  options: PaneOptions = {},
): Promise<Pane> {
  const { document: doc, session } = await openFixture(fixture, options);
  return drawPane(doc, session, options);
}

/** The pane over `doc` in a new session (the pane reopened on the same document: what was saved with it is there). */
export function paneOver(doc: FakeDocument, options: PaneOptions = {}): Pane {
  return drawPane(doc, installFakeWord(doc, options), options);
}

function drawPane(doc: FakeDocument, session: FakeSession, options: PaneOptions): Pane {
  const root = document.createElement("div");
  root.id = "lite";
  document.body.appendChild(root);
  const { host, api } = chooseWordHost();
  const controller = new LiteController(host, api, options.lang ?? "zh", buildTemplate, readPrior);
  controller.onChange(() => renderPane(root, controller));
  renderPane(root, controller);
  const buttons = () => Array.prototype.slice.call(root.querySelectorAll("button")) as HTMLButtonElement[];
  return {
    controller,
    root,
    session,
    document: doc,
    text: () => root.textContent ?? "",
    button(name) {
      const found = buttons().find((b) =>
        typeof name === "string" ? (b.textContent ?? "").trim() === name : name.test(b.textContent ?? ""),
      );
      if (!found)
        throw new Error(
          `no button ${String(name)}: ${buttons()
            .map((b) => b.textContent)
            .join(" | ")}`,
        );
      return found;
    },
    findings: () =>
      Array.prototype.slice.call(root.querySelectorAll(".lite-findings [data-nav]")) as HTMLButtonElement[],
  };
}

/** Waits until the pane is not busy. */
export async function waitIdle(pane: Pane): Promise<void> {
  for (let i = 0; i < 400 && pane.controller.state.busy !== null; i++)
    await new Promise((resolve) => setTimeout(resolve, 5));
  await new Promise((resolve) => setTimeout(resolve, 0));
}
