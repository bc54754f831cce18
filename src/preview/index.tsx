/**
 * The browser preview (preview.html): the task pane beside a rendering of a .docx, for people who
 * have no Word at hand. The sample report opens by default; another .docx can be chosen or dropped
 * on the page. The .docx is read in this browser and goes nowhere else. `?pane=320` sets the
 * pane's width. The page speaks the pane's language and follows it when the user switches.
 */
import { readDocx } from "../ooxml";
import { defaultLanguage } from "../taskpane/hooks/useLanguagePreference";
import type { Lang } from "../taskpane/strings";
import { documentId, documentValueStore, ignoredStore } from "./ignoredStore";
import { applyMarkColours } from "./markColours";
import { downloadMarkedCopy } from "./markedCopyDownload";
import { fetchSample, OpenError, readFile, SAMPLE, type OpenedFile } from "./openDocument";
import { PAGE_STRINGS, type PageStrings } from "./pageStrings";
import { mountPane, type PaneFrame } from "./paneFrame";
import { paneWidthFrom } from "./paneWidth";
import { PreviewDocument } from "./previewDocument";
import { PreviewHost } from "./previewHost";

function element<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`preview.html has no #${id}`);
  return el as T;
}

const view = {
  document: element<HTMLElement>("document"),
  scroller: element<HTMLElement>("document-view"),
  pane: element<HTMLIFrameElement>("pane"),
  fileInput: element<HTMLInputElement>("file-input"),
  sampleButton: element<HTMLButtonElement>("open-sample"),
  downloadButton: element<HTMLButtonElement>("download-marked"),
  fileName: element<HTMLElement>("file-name"),
  status: element<HTMLElement>("status"),
  error: element<HTMLElement>("error"),
};

/** What the page shows, kept so that a language switch can say it again in the other language. */
const state: {
  lang: Lang;
  file: { name: string; sample: boolean } | null;
  error: { name: string; error: unknown } | null;
  /** Why the last 下载标注版 failed. */
  markError: unknown;
  status: ((t: PageStrings) => string) | null;
} = { lang: defaultLanguage(navigator.language), file: null, error: null, markError: null, status: null };

/** The document on show, for 下载标注版. */
let current: OpenedFile | undefined;

let opened = 0;

function errorMessage(name: string, error: unknown, lang: Lang): string {
  if (error instanceof OpenError) return lang === "zh" ? error.messageZh : error.message;
  const t = PAGE_STRINGS[lang];
  const zh = (error as { messageZh?: unknown } | null)?.messageZh;
  const detail =
    lang === "zh" && typeof zh === "string" ? zh : error instanceof Error ? error.message : String(error);
  return t.cannotOpen(name, detail);
}

function detailOf(error: unknown, lang: Lang): string {
  const zh = (error as { messageZh?: unknown } | null)?.messageZh;
  return lang === "zh" && typeof zh === "string"
    ? zh
    : error instanceof Error
      ? error.message
      : String(error);
}

/** 下载标注版: the marked copy of the document on show, made here and saved by the browser. */
async function download(): Promise<void> {
  const file = current;
  if (!file) return;
  view.downloadButton.disabled = true;
  state.status = (t) => t.makingMarked;
  state.markError = null;
  render();
  try {
    const copy = await downloadMarkedCopy(file, state.lang);
    state.status = (t) => t.madeMarked(copy.name, copy.comments, copy.shaded);
  } catch (error) {
    state.status = null;
    state.markError = error;
  } finally {
    view.downloadButton.disabled = false;
    render();
  }
}

/** Writes every text of the page in the current language. */
function render(): void {
  const t = PAGE_STRINGS[state.lang];
  document.documentElement.lang = t.htmlLang;
  document.title = t.pageTitle;
  for (const el of document.querySelectorAll<HTMLElement>("[data-text]")) {
    const key = el.dataset.text as keyof PageStrings;
    const value = t[key];
    if (typeof value === "string") el.textContent = value;
  }
  for (const el of document.querySelectorAll<HTMLElement>("[data-label]")) {
    const key = el.dataset.label as keyof PageStrings;
    const value = t[key];
    if (typeof value === "string") el.setAttribute(el.tagName === "IFRAME" ? "title" : "aria-label", value);
  }
  const file = state.file;
  view.fileName.textContent = file ? (file.sample ? t.sampleName(file.name) : file.name) : t.noDocument;
  if (file) view.document.setAttribute("aria-label", t.documentLabel(file.name));
  view.status.textContent = state.status ? state.status(t) : "";
  view.downloadButton.title = t.downloadMarkedTitle;
  view.error.textContent = state.error
    ? errorMessage(state.error.name, state.error.error, state.lang)
    : state.markError !== null
      ? t.cannotMark(detailOf(state.markError, state.lang))
      : "";
  view.error.hidden = state.error === null && state.markError === null;
}

async function open(pane: PaneFrame, name: string, load: () => Promise<OpenedFile>): Promise<void> {
  state.status = (t) => t.opening;
  render();
  try {
    const file = await load();
    const doc = await readDocx(file.bytes);
    const id = documentId(file.name, file.bytes);
    const host = new PreviewHost(
      new PreviewDocument(view.document, doc),
      ignoredStore(id),
      documentValueStore(id),
    );
    view.scroller.scrollTo?.({ top: 0, left: 0 });
    state.file = { name: file.name, sample: file.sample };
    state.status = (t) => t.opened(file.name);
    state.error = null;
    state.markError = null;
    current = file;
    view.downloadButton.disabled = false;
    render();
    opened += 1;
    // A fresh pane for the new document: whatever dialog the last one had open goes with it.
    pane.show(host, `${opened}:${id}`, {
      documentName: () => file.name,
      insertionPoint: (lang) => host.insertionPoint(lang),
      // No diagnostics here: they probe Word or WPS, which the preview is not.
      links: { help: "help.html" },
    });
  } catch (error) {
    state.status = null;
    state.error = { name, error };
    render();
  }
}

/** Accepts a .docx dropped anywhere on the page, the pane included. */
function acceptDrops(targets: Window[], onFile: (file: File) => void): void {
  let depth = 0;
  const set = (on: boolean) => document.body.classList.toggle("dragging", on);
  const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes("Files");
  for (const target of targets) {
    target.addEventListener("dragenter", (e) => {
      if (!hasFiles(e)) return;
      depth++;
      set(true);
    });
    target.addEventListener("dragleave", () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) set(false);
    });
    target.addEventListener("dragover", (e) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = "copy";
    });
    target.addEventListener("drop", (e) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      set(false);
      const file = e.dataTransfer?.files[0];
      if (file) onFile(file);
    });
  }
}

async function main(): Promise<void> {
  document.documentElement.style.setProperty("--pane-width", `${paneWidthFrom(location.search)}px`);
  applyMarkColours(document.documentElement);
  render();
  const pane = await mountPane(view.pane, navigator.language, (lang) => {
    if (lang === state.lang) return;
    state.lang = lang;
    render();
  });

  const openFile = (file: File) => void open(pane, file.name, () => readFile(file));
  view.fileInput.addEventListener("change", () => {
    const file = view.fileInput.files?.[0];
    view.fileInput.value = "";
    if (file) openFile(file);
  });
  view.sampleButton.addEventListener("click", () => void open(pane, SAMPLE.name, fetchSample));
  view.downloadButton.addEventListener("click", () => void download());
  acceptDrops([window, pane.window], openFile);

  await open(pane, SAMPLE.name, fetchSample);
  document.body.dataset.ready = "true";
}

void main();
