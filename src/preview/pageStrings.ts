/**
 * The preview page's own words (its toolbar, labels, messages) in the pane's two languages: the
 * page follows the language the pane is in, so that one page speaks one language.
 */
import type { Lang } from "../taskpane/strings";

export interface PageStrings {
  htmlLang: string;
  pageTitle: string;
  heading: string;
  note: string;
  openFile: string;
  openSample: string;
  dropHint: string;
  currentDocument: string;
  noDocument: string;
  documentView: string;
  documentLabel: (name: string) => string;
  paneTitle: string;
  dropOverlay: string;
  opening: string;
  opened: (name: string) => string;
  sampleName: (name: string) => string;
  cannotOpen: (name: string, detail: string) => string;
  /** 下载标注版 (./markedCopyDownload). */
  downloadMarked: string;
  downloadMarkedTitle: string;
  makingMarked: string;
  madeMarked: (name: string, comments: number, shaded: number) => string;
  cannotMark: (detail: string) => string;
}

const zh: PageStrings = {
  htmlLang: "zh-CN",
  pageTitle: "年报校对 · 浏览器预览",
  heading: "年报校对 · 浏览器预览",
  note: "文件只在本机浏览器中读取，不会上传。",
  openFile: "打开 .docx 文件…",
  openSample: "打开示例报告",
  dropHint: "或把 .docx 拖到本页",
  currentDocument: "当前文档：",
  noDocument: "—",
  documentView: "文档预览",
  documentLabel: (name) => `文档：${name}`,
  paneTitle: "年报校对 任务窗格",
  dropOverlay: "松开鼠标，打开这个 .docx",
  opening: "正在打开…",
  opened: (name) => `已打开 ${name}。`,
  sampleName: (name) => `${name}（示例报告）`,
  cannotOpen: (name, detail) => `无法打开「${name}」：${detail}`,
  downloadMarked: "下载标注版",
  downloadMarkedTitle: "当前文档的副本：问题单元格着色，每个问题一条批注；Word、WPS、LibreOffice 均可打开",
  makingMarked: "正在生成标注版…",
  madeMarked: (name, comments, shaded) =>
    `已生成标注版 ${name}：${comments} 条批注，${shaded} 个单元格着色。`,
  cannotMark: (detail) => `无法生成标注版：${detail}`,
};

const en: PageStrings = {
  htmlLang: "en",
  pageTitle: "Annual report check · browser preview",
  heading: "年报校对 · browser preview",
  note: "Files are read in this browser only, never uploaded.",
  openFile: "Open a .docx file…",
  openSample: "Open the sample report",
  dropHint: "or drop a .docx on this page",
  currentDocument: "Document: ",
  noDocument: "—",
  documentView: "Document preview",
  documentLabel: (name) => `Document: ${name}`,
  paneTitle: "年报校对 task pane",
  dropOverlay: "Drop to open this .docx",
  opening: "Opening…",
  opened: (name) => `${name} is open.`,
  sampleName: (name) => `${name} (sample report)`,
  cannotOpen: (name, detail) => `“${name}” cannot be opened: ${detail}`,
  downloadMarked: "Download marked copy",
  downloadMarkedTitle:
    "A copy of this document with the cells in question shaded and a comment per finding; opens in Word, WPS and LibreOffice",
  makingMarked: "Making the marked copy…",
  madeMarked: (name, comments, shaded) =>
    `Marked copy ${name} made: ${comments} comment${comments === 1 ? "" : "s"}, ${shaded} cell${shaded === 1 ? "" : "s"} shaded.`,
  cannotMark: (detail) => `The marked copy could not be made: ${detail}`,
};

export const PAGE_STRINGS: Record<Lang, PageStrings> = { zh, en };
