/**
 * Starting the pane in Office, and what the pane says when it cannot: office.js did not load (a
 * closed network that cannot reach Microsoft's CDN, or the page opened in a plain browser without
 * it), office.js loaded but the page is not in Word, or Word has not answered after a few seconds.
 * Instead of a blank pane, a message in Chinese and English says so and points the way out:
 * office.js served from the intranet (a mirror, or the build with OFFICE_JS=bundled), the browser
 * preview, the command line. Plain DOM: it must show even when nothing else can run.
 */

export type OfficeProblem = "not_loaded" | "not_in_office" | "other_host" | "not_ready";

/** How long Word may take to answer office.js before the pane says it has not (it keeps waiting). */
export const NOT_READY_AFTER_MS = 8000;

/** The part of office.js startup uses. */
export interface OfficeLike {
  onReady(callback: (info: { host: unknown; platform: unknown }) => void): unknown;
}

export interface OfficeStartupOptions {
  /** The `Office` global, undefined when office.js did not load. */
  office: OfficeLike | undefined;
  container: HTMLElement;
  /** Where the page loads office.js from (said in the message). */
  officeJsUrl: string;
  /** Renders the pane; called once Word is ready. */
  render: () => void;
  notReadyAfterMs?: number;
}

export function startInOffice(o: OfficeStartupOptions): void {
  if (!o.office || typeof o.office.onReady !== "function") {
    showOfficeProblem(o.container, "not_loaded", o.officeJsUrl);
    return;
  }
  let answered = false;
  const timer = setTimeout(() => {
    if (!answered) showOfficeProblem(o.container, "not_ready", o.officeJsUrl);
  }, o.notReadyAfterMs ?? NOT_READY_AFTER_MS);
  o.office.onReady((info) => {
    answered = true;
    clearTimeout(timer);
    if (info.host === "Word") {
      clearOfficeProblem(o.container);
      o.render();
    } else showOfficeProblem(o.container, info.host ? "other_host" : "not_in_office", o.officeJsUrl);
  });
}

/** The office.js URL of the page (the first script whose file is office.js). */
export function officeJsUrlOf(doc: Document): string {
  for (const script of doc.querySelectorAll("script[src]")) {
    const src = script.getAttribute("src") ?? "";
    if (/(^|\/)office(\.debug)?\.js(\?|#|$)/.test(src)) return (script as HTMLScriptElement).src || src;
  }
  return "office.js";
}

interface Words {
  title: string;
  why: string[];
  ways: string[];
}

function zh(problem: OfficeProblem, url: string): Words {
  const alternatives = [
    "不用 Word 也能检查：在浏览器中打开{preview}，选择要检查的 .docx 文件（文件只在本机读取）；",
    "或者在命令行运行 nianbao check 报告.docx（也可以检查整个文件夹）。",
  ];
  switch (problem) {
    case "not_loaded":
      return {
        title: "年报校对无法启动：没有加载 office.js",
        why: [
          `年报校对是 Word 加载项，要通过微软的 office.js 与 Word 通信，但 office.js 没有加载成功（地址：${url}）。`,
          "常见原因：所在网络（如政务内网）无法访问这个地址；或者这个页面不是在 Word 中打开的。",
        ],
        ways: [
          "请管理员把 office.js 放到内网服务器上：镜像微软 CDN 的整个目录，或使用自带 office.js 的版本（构建时设置 OFFICE_JS=bundled），见部署说明。",
          ...alternatives,
        ],
      };
    case "not_in_office":
      return {
        title: "请在 Word 中打开年报校对",
        why: ["这个页面是年报校对在 Word 中的任务窗格，直接在浏览器中打开时无法读取文档。"],
        ways: ["在 Word 中：开始 → 检查年报（第一次使用时：插入 → 我的加载项）。", ...alternatives],
      };
    case "other_host":
      return {
        title: "年报校对只能在 Word 中使用",
        why: ["这个加载项检查 Word 文档，当前程序不是 Word。"],
        ways: ["请在 Word 中打开年度报告，然后点击 开始 → 检查年报。", ...alternatives],
      };
    case "not_ready":
      return {
        title: "Word 还没有响应",
        why: [
          `office.js 已加载（${url}），但 Word 在 ${NOT_READY_AFTER_MS / 1000} 秒内没有完成连接。任务窗格仍在等待，连接成功后会自动显示。`,
        ],
        ways: [
          "如果一直停在这里：关闭任务窗格后重新打开；office.js 来自内网镜像时，请确认镜像完整复制了 CDN 的整个目录（office.js 会从同一目录加载其他文件）。",
          ...alternatives,
        ],
      };
  }
}

function en(problem: OfficeProblem, url: string): Words {
  const alternatives = [
    "To check without Word, open the {preview} in a browser and choose the .docx (it is read on this computer only),",
    "or run nianbao check report.docx on the command line (a whole folder works too).",
  ];
  switch (problem) {
    case "not_loaded":
      return {
        title: "年报校对 cannot start: office.js did not load",
        why: [
          `This Word add-in talks to Word through Microsoft's office.js, which did not load (from ${url}).`,
          "Usually the network (e.g. a government intranet) cannot reach that address, or the page was opened outside Word.",
        ],
        ways: [
          "Ask your administrator to serve office.js on the intranet: a mirror of the whole CDN folder, or the build that ships office.js with the add-in (OFFICE_JS=bundled); see the deployment notes.",
          ...alternatives,
        ],
      };
    case "not_in_office":
      return {
        title: "Open 年报校对 in Word",
        why: [
          "This page is the add-in's task pane in Word; opened directly in a browser it cannot read a document.",
        ],
        ways: ["In Word: Home → 检查年报 (the first time: Insert → My Add-ins).", ...alternatives],
      };
    case "other_host":
      return {
        title: "年报校对 works in Word only",
        why: ["This add-in checks Word documents; this application is not Word."],
        ways: ["Open the annual report in Word and choose Home → 检查年报.", ...alternatives],
      };
    case "not_ready":
      return {
        title: "Word has not answered yet",
        why: [
          `office.js loaded (${url}), but Word did not connect within ${NOT_READY_AFTER_MS / 1000} seconds. The pane keeps waiting and appears as soon as Word answers.`,
        ],
        ways: [
          "If it stays like this, close the task pane and open it again; if office.js comes from an intranet mirror, make sure the mirror holds the whole CDN folder (office.js loads its other files from the same folder).",
          ...alternatives,
        ],
      };
  }
}

const PROBLEM_ATTRIBUTE = "data-office-problem";

export function showOfficeProblem(container: HTMLElement, problem: OfficeProblem, officeJsUrl: string): void {
  const doc = container.ownerDocument;
  const box = doc.createElement("div");
  box.setAttribute(PROBLEM_ATTRIBUTE, problem);
  box.setAttribute("role", "alert");
  Object.assign(box.style, {
    padding: "12px 16px",
    fontFamily: '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Segoe UI", sans-serif',
    fontSize: "14px",
    lineHeight: "1.6",
    color: "#242424",
    overflowWrap: "anywhere",
  });
  const part = (lang: string, words: Words, previewWords: string) => {
    const section = doc.createElement("section");
    section.lang = lang;
    const h = doc.createElement(lang === "en" ? "h2" : "h1");
    h.textContent = words.title;
    h.style.fontSize = lang === "en" ? "15px" : "17px";
    section.append(h);
    for (const text of words.why) {
      const p = doc.createElement("p");
      p.textContent = text;
      section.append(p);
    }
    const list = doc.createElement("ul");
    list.style.paddingInlineStart = "20px";
    for (const text of words.ways) list.append(listItem(doc, text, previewWords));
    section.append(list);
    return section;
  };
  const english = part("en", en(problem, officeJsUrl), "browser preview");
  english.style.borderTop = "1px solid #d1d1d1";
  english.style.color = "#424242";
  box.append(part("zh-CN", zh(problem, officeJsUrl), "浏览器预览"), english);
  clearOfficeProblem(container);
  container.append(box);
}

export function clearOfficeProblem(container: HTMLElement): void {
  container.querySelectorAll(`[${PROBLEM_ATTRIBUTE}]`).forEach((el) => el.remove());
}

/** A list item whose "{preview}" is a link to the browser preview, served beside the pane. */
function listItem(doc: Document, text: string, previewWords: string): HTMLLIElement {
  const li = doc.createElement("li");
  const [before, after] = text.split("{preview}");
  li.append(before);
  if (after !== undefined) {
    const a = doc.createElement("a");
    a.href = "preview.html";
    a.target = "_blank";
    a.rel = "noopener";
    a.textContent = previewWords;
    li.append(a, after);
  }
  return li;
}
