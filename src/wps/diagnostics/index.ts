/**
 * 环境诊断: runs the probes (./probes) on the user's WPS and shows a JSON report to copy and send
 * back. The first button only reads the active document; the second also creates a scratch
 * document (closed without saving) to try the writes the add-in makes.
 */
import { wpsApplication } from "../access";
import type { WpsApplication } from "../api";
import { closeScratch, createScratch, PROBES, type ProbeResult } from "./probes";
import { message, type Loose } from "./loose";

declare const __NIANBAO_VERSION__: string;

function element<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`diagnostics.html has no #${id}`);
  return el as T;
}

const view = {
  readOnly: element<HTMLButtonElement>("run-read"),
  full: element<HTMLButtonElement>("run-full"),
  copy: element<HTMLButtonElement>("copy"),
  status: element<HTMLElement>("status"),
  rows: element<HTMLTableSectionElement>("results"),
  report: element<HTMLTextAreaElement>("report"),
};

function showRow(result: ProbeResult): void {
  const tr = document.createElement("tr");
  const verdict = result.ok === true ? "符合预期" : result.ok === false ? "不符合" : "见详情";
  for (const text of [result.title, verdict, `${result.ms} ms`]) {
    const td = document.createElement("td");
    td.textContent = text;
    tr.appendChild(td);
  }
  tr.className = result.ok === true ? "ok" : result.ok === false ? "bad" : "info";
  view.rows.appendChild(tr);
}

async function run(app: WpsApplication | null, withWrites: boolean): Promise<void> {
  delete document.body.dataset.done;
  view.rows.textContent = "";
  view.report.value = "";
  view.readOnly.disabled = view.full.disabled = true;
  const results: ProbeResult[] = [];
  let scratch: Loose | null | undefined;
  try {
    if (!app) throw new Error("此页面不在 WPS 中运行（没有 window.Application）");
    const ctx = {
      app,
      scratch: async () => {
        if (scratch === undefined) scratch = await createScratch(app);
        return scratch;
      },
    };
    for (const probe of PROBES) {
      if (probe.writes && !withWrites) continue;
      view.status.textContent = `正在检测：${probe.title}…`;
      const start = performance.now();
      let result: ProbeResult;
      try {
        const { ok, details } = await probe.run(ctx);
        result = { id: probe.id, title: probe.title, ok, ms: 0, details };
      } catch (error) {
        result = { id: probe.id, title: probe.title, ok: null, ms: 0, details: { error: message(error) } };
      }
      result.ms = Math.round(performance.now() - start);
      results.push(result);
      showRow(result);
    }
    view.status.textContent = `完成：${results.length} 项。请点“复制报告”，把报告发给管理员或开发者。`;
  } catch (error) {
    view.status.textContent = `诊断中断：${message(error)}`;
  } finally {
    closeScratch(scratch ?? null);
    view.report.value = JSON.stringify(
      { tool: "nianbao-check WPS diagnostics", version: __NIANBAO_VERSION__, withWrites, results },
      null,
      2,
    );
    view.readOnly.disabled = view.full.disabled = false;
    document.body.dataset.done = "true";
  }
}

function copyReport(): void {
  view.report.select();
  let copied = false;
  try {
    copied = document.execCommand("copy");
  } catch {
    copied = false;
  }
  view.status.textContent = copied ? "报告已复制到剪贴板。" : "请按 Ctrl+C 复制选中的报告。";
}

const app = wpsApplication();
view.readOnly.addEventListener("click", () => void run(app, false));
view.full.addEventListener("click", () => void run(app, true));
view.copy.addEventListener("click", copyReport);
if (!app) view.status.textContent = "此页面不在 WPS 中运行：请在 WPS 文字中点“年报校对 → 环境诊断”打开。";
