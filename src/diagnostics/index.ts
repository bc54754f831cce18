/**
 * The diagnostics page: runs the probes of src/word/diagnostics when asked and shows their JSON
 * summary, ready to copy. Plain DOM (no React): the page must work wherever the add-in loads.
 */
import { runDiagnostics } from "../word/diagnostics";

function element<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`diagnostics.html has no #${id}`);
  return el as T;
}

export function startDiagnosticsPage(): void {
  const run = element<HTMLButtonElement>("run");
  const copy = element<HTMLButtonElement>("copy");
  const scratch = element<HTMLInputElement>("scratch");
  const status = element<HTMLParagraphElement>("status");
  const out = element<HTMLPreElement>("out");

  run.disabled = false;
  status.textContent = "就绪 · Ready";
  run.addEventListener("click", () => {
    run.disabled = true;
    copy.disabled = true;
    out.textContent = "";
    status.textContent = "正在诊断… · Running…";
    runDiagnostics({ scratch: scratch.checked })
      .then((report) => {
        out.textContent = JSON.stringify(report, null, 2);
        const failed = report.verdicts.filter((v) => v.holds === false).length;
        status.textContent =
          failed === 0
            ? "完成：未发现与假定不符之处 · Done: nothing differs from what the add-in assumes"
            : `完成：${failed} 项与假定不符，请复制结果发给技术支持 · Done: ${failed} assumption(s) do not hold; please copy the summary into a support request`;
      })
      .catch((error: unknown) => {
        out.textContent = String(error instanceof Error ? (error.stack ?? error.message) : error);
        status.textContent = "诊断未能完成 · The diagnostics could not finish";
      })
      .finally(() => {
        run.disabled = false;
        copy.disabled = out.textContent === "";
      });
  });
  copy.addEventListener("click", () => {
    const text = out.textContent ?? "";
    const selectAll = () => {
      const range = document.createRange();
      range.selectNodeContents(out);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    };
    if (navigator.clipboard)
      navigator.clipboard.writeText(text).then(
        () => (status.textContent = "已复制 · Copied"),
        () => {
          selectAll();
          status.textContent = "请按 Ctrl+C 复制 · Press Ctrl+C to copy";
        },
      );
    else {
      selectAll();
      status.textContent = "请按 Ctrl+C 复制 · Press Ctrl+C to copy";
    }
  });
}

if (typeof Office !== "undefined") void Office.onReady(() => startDiagnosticsPage());
