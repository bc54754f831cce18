/**
 * The browser preview (preview.html): the task pane beside a rendering of a .docx, for people who
 * have no Word at hand. The sample report opens by default; another .docx can be chosen or dropped
 * on the page. The .docx is read in this browser and goes nowhere else. `?pane=320` sets the
 * pane's width.
 */
import { readDocx } from "../ooxml";
import { documentId, ignoredStore } from "./ignoredStore";
import { fetchSample, OpenError, readFile, type OpenedFile } from "./openDocument";
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
  fileName: element<HTMLElement>("file-name"),
  status: element<HTMLElement>("status"),
  error: element<HTMLElement>("error"),
};

let opened = 0;

function showError(message: string | null): void {
  view.error.textContent = message ?? "";
  view.error.hidden = message === null;
}

function errorMessage(error: unknown): string {
  if (error instanceof OpenError) return error.messageZh;
  const zh = (error as { messageZh?: unknown } | null)?.messageZh;
  if (typeof zh === "string") return `无法打开该文件：${zh}`;
  return `无法打开该文件：${error instanceof Error ? error.message : String(error)}`;
}

async function open(pane: PaneFrame, load: () => Promise<OpenedFile>): Promise<void> {
  view.status.textContent = "正在打开…";
  try {
    const file = await load();
    const doc = await readDocx(file.bytes);
    const id = documentId(file.name, file.bytes);
    const host = new PreviewHost(new PreviewDocument(view.document, doc), ignoredStore(id));
    view.scroller.scrollTo?.({ top: 0, left: 0 });
    view.document.setAttribute("aria-label", `文档：${file.name}`);
    view.fileName.textContent = file.sample ? `${file.name}（示例报告）` : file.name;
    view.status.textContent = `已打开 ${file.name}。`;
    showError(null);
    opened += 1;
    pane.show(host, `${opened}:${id}`);
  } catch (error) {
    view.status.textContent = "";
    showError(errorMessage(error));
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
  const pane = await mountPane(view.pane, navigator.language);

  view.fileInput.addEventListener("change", () => {
    const file = view.fileInput.files?.[0];
    view.fileInput.value = "";
    if (file) void open(pane, () => readFile(file));
  });
  view.sampleButton.addEventListener("click", () => void open(pane, fetchSample));
  acceptDrops([window, pane.window], (file) => void open(pane, () => readFile(file)));

  await open(pane, fetchSample);
  document.body.dataset.ready = "true";
}

void main();
