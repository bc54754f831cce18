/**
 * `--report review.html`: one self-contained page for a reviewer with a whole batch — a sortable,
 * filterable table of every file (unit, format, year, counts, the first error, status, the marked
 * copy) and, per file, its findings grouped as the pane groups them. Offline by construction: no
 * external resource of any kind, the style and script inline and allowed by their hashes in the
 * page's Content-Security-Policy, which allows nothing else (no connection, no image, no font, no
 * form). Works without the script too (the table is plain HTML); the script sorts and
 * filters it.
 */
import { createHash } from "crypto";
import * as path from "path";
import type { CellRef, Finding, Severity } from "../report/findings";
import { checkedScope, fieldName, groupFindings, type FindingGroup } from "../report/view";
import { entryHeadline, entryState, STATE_WORDS, type EntryState, type ReviewEntry } from "./reviewEntry";

type Lang = "zh" | "en";

/** Members shown per group before "… N more". */
const SHOWN = 50;

const SEVERITY: Record<Severity, [string, string]> = {
  error: ["错误", "Error"],
  warning: ["警告", "Warning"],
  info: ["提示", "Note"],
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const both = (zh: string, en: string) => `${escapeHtml(zh)} <span lang="en">${escapeHtml(en)}</span>`;

/** A relative URL from the page's folder to a file (each segment percent-encoded). */
export function relativeUrl(fromDir: string, file: string): string {
  return path
    .relative(fromDir, file)
    .split(path.sep)
    .map((s) => encodeURIComponent(s))
    .join("/");
}

export interface ReviewPageOptions {
  lang: Lang;
  /** Where the page is written: links to marked copies are relative to its folder. */
  pagePath: string;
  /** When the batch ran (shown on the page). */
  generated: Date;
}

export function reviewPage(entries: ReviewEntry[], options: ReviewPageOptions): string {
  const { lang } = options;
  const pageDir = path.dirname(path.resolve(options.pagePath));
  const tr = (zh: string, en: string) => (lang === "zh" ? zh : en);
  const states = entries.map(entryState);
  const count = (s: EntryState) => states.filter((x) => x === s).length;
  const formats = [...new Set(entries.map((e) => e.result?.format ?? "").filter((f) => f !== ""))].sort();

  const rows = entries.map((entry, i) => row(entry, i, states[i], lang, pageDir)).join("\n");
  const details = entries.map((entry, i) => fileDetails(entry, i, lang)).join("\n");
  const summary = tr(
    `共 ${entries.length} 个文件：${count("error")} 个有错误，${count("warning")} 个仅有警告，${count("ok")} 个未发现错误或警告，${count("unreadable")} 个无法读取，${count("not_checked")} 个未检查`,
    `${entries.length} files: ${count("error")} with errors, ${count("warning")} with warnings only, ${count("ok")} without errors or warnings, ${count("unreadable")} unreadable, ${count("not_checked")} not checked`,
  );
  const stateOptions = (["error", "warning", "ok", "unreadable", "not_checked"] as EntryState[])
    .map((s) => `<option value="${s}">${escapeHtml(tr(...STATE_WORDS[s]))} (${count(s)})</option>`)
    .join("");
  const formatOptions = formats
    .map((f) => `<option value="${f}">${escapeHtml(tr(`${f} 年格式`, `${f} format`))}</option>`)
    .join("");
  const header = (key: string, type: "text" | "number", zh: string, en: string) =>
    `<th scope="col" aria-sort="none"><button type="button" data-key="${key}" data-type="${type}">${both(zh, en)}</button></th>`;

  const body = `<header>
<h1>${both("年报校对 · 批量审核", "nianbao-check · batch review")}</h1>
<p>${escapeHtml(summary)}</p>
<p class="muted">${escapeHtml(tr("生成于", "Generated"))} ${escapeHtml(options.generated.toISOString().slice(0, 16).replace("T", " "))} UTC · ${escapeHtml(tr("此页面不连接任何网络", "this page makes no network connection"))}</p>
</header>
<main>
<div class="controls" role="search">
<label>${both("筛选", "Filter")} <input id="filter" type="search" placeholder="${escapeHtml(tr("文件名、单位或问题", "file, body or finding"))}"></label>
<label>${both("状态", "Status")} <select id="state"><option value="">${escapeHtml(tr("全部", "all"))}</option>${stateOptions}</select></label>
<label>${both("格式", "Format")} <select id="format"><option value="">${escapeHtml(tr("全部", "all"))}</option>${formatOptions}<option value="none">${escapeHtml(tr("未识别", "not recognised"))}</option></select></label>
<span id="shown" aria-live="polite">${escapeHtml(tr(`显示 ${entries.length} / ${entries.length}`, `showing ${entries.length} of ${entries.length}`))}</span>
</div>
<table id="files">
<caption>${both("文件列表（点击列标题排序）", "Files (click a column heading to sort)")}</caption>
<thead><tr>${header("file", "text", "文件", "File")}${header("unit", "text", "单位", "Body")}${header("format", "text", "格式", "Format")}${header("year", "number", "年度", "Year")}${header("errors", "number", "错误", "Errors")}${header("warnings", "number", "警告", "Warnings")}${header("headline", "text", "第一个错误 / 概要", "First error / summary")}${header("state", "text", "状态", "Status")}<th scope="col">${both("标注版", "Marked copy")}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<p id="none" hidden>${escapeHtml(tr("没有符合筛选条件的文件。", "No file matches the filter."))}</p>
<h2>${both("各文件的问题", "Findings by file")}</h2>
${details}
</main>`;

  const style = STYLE;
  const script = SCRIPT.replace("__SHOWN__", JSON.stringify(tr("显示 {n} / {t}", "showing {n} of {t}")));
  const csp = [
    "default-src 'none'",
    `style-src '${sha256(style)}'`,
    `script-src '${sha256(script)}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  return `<!DOCTYPE html>
<html lang="${lang === "zh" ? "zh-CN" : "en"}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(tr(`年报校对 · 批量审核（${entries.length} 个文件）`, `nianbao-check · batch review (${entries.length} files)`))}</title>
<style>${style}</style>
</head>
<body>
${body}
<script>${script}</script>
</body>
</html>
`;
}

function sha256(text: string): string {
  return `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;
}

function row(entry: ReviewEntry, i: number, state: EntryState, lang: Lang, pageDir: string): string {
  const tr = (zh: string, en: string) => (lang === "zh" ? zh : en);
  const r = entry.result;
  const format = r?.format ?? "";
  const year = r?.reportYear ?? "";
  const errors = r ? r.counts.error : "";
  const warnings = r ? r.counts.warning : "";
  const headline = entryHeadline(entry, lang);
  let status = tr(...STATE_WORDS[state]);
  if (entry.convertedFrom)
    status += tr(
      `（由 LibreOffice 从 .${entry.convertedFrom} 转换）`,
      ` (converted from .${entry.convertedFrom} by LibreOffice)`,
    );
  const marked = entry.markedCopy
    ? `<a class="marked" href="${escapeHtml(relativeUrl(pageDir, entry.markedCopy))}">${escapeHtml(tr("打开标注版", "open"))}</a>`
    : entry.markProblem
      ? `<span class="muted">${escapeHtml(lang === "zh" ? entry.markProblem.message : entry.markProblem.messageEn)}</span>`
      : "";
  const search = [entry.file, entry.unit ?? "", headline, status].join(" ").toLowerCase();
  const data = {
    file: entry.file,
    unit: entry.unit ?? "",
    format,
    year: String(year),
    errors: String(errors),
    warnings: String(warnings),
    headline,
    state: String(["error", "warning", "ok", "unreadable", "not_checked"].indexOf(state)),
  };
  const attrs = Object.entries(data)
    .map(([k, v]) => ` data-${k}="${escapeHtml(v)}"`)
    .join("");
  return `<tr id="row-${i}" class="state-${state}"${attrs} data-filter-state="${state}" data-filter-format="${format || "none"}" data-search="${escapeHtml(search)}">
<td><a href="#file-${i}">${escapeHtml(entry.file)}</a></td><td>${escapeHtml(entry.unit ?? "")}</td><td>${escapeHtml(format)}</td><td class="num">${year}</td><td class="num">${errors}</td><td class="num">${warnings}</td><td>${escapeHtml(headline)}</td><td>${escapeHtml(status)}</td><td>${marked}</td></tr>`;
}

function fileDetails(entry: ReviewEntry, i: number, lang: Lang): string {
  const tr = (zh: string, en: string) => (lang === "zh" ? zh : en);
  const head = `<h3>${escapeHtml(entry.file)}${entry.unit ? ` · ${escapeHtml(entry.unit)}` : ""}</h3>`;
  const back = `<p><a href="#row-${i}">${escapeHtml(tr("↑ 返回列表", "↑ back to the list"))}</a></p>`;
  if (!entry.result) {
    const p = entry.problem;
    const command = p?.command
      ? `<p>${escapeHtml(tr("转换命令：", "To convert: "))}<code>${escapeHtml(p.command)}</code></p>`
      : "";
    return `<section class="file" id="file-${i}">${head}<p class="problem">${escapeHtml(p ? (lang === "zh" ? p.message : p.messageEn) : "")}</p>${command}${back}</section>`;
  }
  const r = entry.result;
  const scope = checkedScope(r);
  const groups = groupFindings(r.findings, (f) => f, { blankTemplate: r.blankTemplate });
  const list =
    groups.length === 0
      ? `<p>${escapeHtml(tr("未发现问题。", "No problems found."))}</p>`
      : groups.map((g) => groupHtml(g, lang)).join("\n");
  const converted = entry.convertedFrom
    ? `<p class="muted">${escapeHtml(tr(`由 LibreOffice 从 .${entry.convertedFrom} 转换为 .docx 后检查`, `checked after LibreOffice converted it from .${entry.convertedFrom} to .docx`))}</p>`
    : "";
  return `<section class="file" id="file-${i}">${head}<p class="muted">${escapeHtml(lang === "zh" ? scope.zh : scope.en)}</p>${converted}${list}${back}</section>`;
}

function groupHtml(group: FindingGroup<Finding>, lang: Lang): string {
  const [zh, en] = SEVERITY[group.severity];
  const n = group.items.length;
  const items = group.items
    .slice(0, SHOWN)
    .map((f) => `<li>${findingHtml(f, lang)}</li>`)
    .join("");
  const more =
    n > SHOWN
      ? `<li class="muted">${escapeHtml(lang === "zh" ? `……另有 ${n - SHOWN} 处` : `… and ${n - SHOWN} more`)}</li>`
      : "";
  return `<div class="group sev-${group.severity}"><h4><span class="sev">${escapeHtml(lang === "zh" ? zh : en)}</span> ${escapeHtml(lang === "zh" ? group.title : group.titleEn)}${n > 1 ? ` <span class="muted">(${n})</span>` : ""}</h4><ul>${items}${more}</ul></div>`;
}

function cellWords(f: Finding, lang: Lang): string[] {
  return f.cells.slice(0, 4).map((c: CellRef, i) => {
    const name = (f.fields[i] ? fieldName(f.fields[i], lang) : undefined) ?? "";
    const where =
      lang === "zh"
        ? `第${c.table + 1}个表格 第${c.row + 1}行 第${c.cell + 1}格`
        : `table ${c.table + 1}, row ${c.row + 1}, cell ${c.cell + 1}`;
    return name ? `${name}（${where}）` : where;
  });
}

function findingHtml(f: Finding, lang: Lang): string {
  const tr = (zh: string, en: string) => (lang === "zh" ? zh : en);
  const parts = [
    `<span class="rule">${escapeHtml(f.rule)}</span> ${escapeHtml(lang === "zh" ? f.message : f.messageEn)}`,
  ];
  const cells = cellWords(f, lang);
  if (cells.length > 0)
    parts.push(
      `<span class="cells">${escapeHtml(tr("单元格：", "cells: "))}${escapeHtml(cells.join("；"))}${f.cells.length > 4 ? escapeHtml(tr(` 等 ${f.cells.length} 个`, ` (${f.cells.length} in all)`)) : ""}</span>`,
    );
  const show = (v: number | string) => (v === "" ? tr("（空白）", "(blank)") : String(v));
  const values = [
    f.expected !== undefined && f.expected !== "" ? `${tr("应为：", "expected: ")}${show(f.expected)}` : "",
    f.actual !== undefined ? `${tr("实为：", "found: ")}${show(f.actual)}` : "",
  ].filter((v) => v !== "");
  if (values.length > 0) parts.push(`<span class="values">${escapeHtml(values.join(tr("；", "; ")))}</span>`);
  if (f.suggestion)
    parts.push(
      `<span class="suggestion">${escapeHtml(tr("建议：", "suggestion: ") + (lang === "zh" ? f.suggestion.message : f.suggestion.messageEn))}</span>`,
    );
  if (f.location.excerpt) parts.push(`<q>${escapeHtml(f.location.excerpt)}</q>`);
  return parts.join("<br>");
}

const STYLE = `
:root{color-scheme:light;--err:#a4262c;--warn:#8a5300;--info:#005a9e;--line:#d1d1d1}
body{font:14px/1.5 "Microsoft YaHei","PingFang SC","Noto Sans CJK SC","Source Han Sans SC",sans-serif;margin:0 auto;padding:16px;max-width:1400px;color:#1b1b1b}
h1{font-size:20px;margin:0 0 4px}h2{font-size:17px;margin:32px 0 8px}h3{font-size:15px;margin:0 0 4px}h4{font-size:14px;margin:8px 0 2px}
[lang=en]{color:#616161;font-weight:normal;font-size:.85em}
.muted{color:#616161}.controls{display:flex;flex-wrap:wrap;gap:12px;align-items:center;margin:12px 0}
input,select{font:inherit;padding:2px 4px}
table{border-collapse:collapse;width:100%}caption{text-align:left;color:#616161;padding:4px 0}
th,td{border:1px solid var(--line);padding:4px 6px;vertical-align:top;text-align:left}
th{background:#f3f3f3;position:sticky;top:0}th button{all:unset;cursor:pointer;display:block}
th button:focus-visible{outline:2px solid #0f6cbd}
th[aria-sort=ascending] button::after{content:" ▲"}th[aria-sort=descending] button::after{content:" ▼"}
td.num{text-align:right;font-variant-numeric:tabular-nums}
tr.state-error td:nth-child(5){color:var(--err);font-weight:bold}
tr.state-unreadable td,tr.state-not_checked td{background:#fafafa}
.file{border-top:1px solid var(--line);padding:12px 0}
.group ul{margin:2px 0 8px;padding-left:20px}.group li{margin:2px 0}
.sev{font-weight:bold}.sev-error .sev{color:var(--err)}.sev-warning .sev{color:var(--warn)}.sev-info .sev{color:var(--info)}
.rule{font-family:monospace;color:#616161;font-size:.85em}.problem{color:var(--err)}
.values,.cells,.suggestion{color:#424242}code{background:#f3f3f3;padding:1px 4px}
`;

const SCRIPT = `
(function () {
  "use strict";
  var table = document.getElementById("files");
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var filter = document.getElementById("filter");
  var state = document.getElementById("state");
  var format = document.getElementById("format");
  var shown = document.getElementById("shown");
  var none = document.getElementById("none");
  var template = __SHOWN__;
  function apply() {
    var q = filter.value.trim().toLowerCase();
    var n = 0;
    rows.forEach(function (row) {
      var ok = (!q || row.getAttribute("data-search").indexOf(q) !== -1) &&
        (!state.value || row.getAttribute("data-filter-state") === state.value) &&
        (!format.value || row.getAttribute("data-filter-format") === format.value);
      row.hidden = !ok;
      if (ok) n++;
    });
    shown.textContent = template.replace("{n}", n).replace("{t}", rows.length);
    none.hidden = n !== 0;
  }
  [filter, state, format].forEach(function (el) {
    el.addEventListener("input", apply);
    el.addEventListener("change", apply);
  });
  var collator = new Intl.Collator(document.documentElement.lang, { numeric: true });
  Array.prototype.forEach.call(table.tHead.querySelectorAll("button[data-key]"), function (button) {
    button.addEventListener("click", function () {
      var th = button.parentNode;
      var key = button.getAttribute("data-key");
      var numeric = button.getAttribute("data-type") === "number";
      var direction = th.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending";
      Array.prototype.forEach.call(table.tHead.querySelectorAll("th"), function (other) {
        if (other.hasAttribute("aria-sort")) other.setAttribute("aria-sort", "none");
      });
      th.setAttribute("aria-sort", direction);
      var sign = direction === "ascending" ? 1 : -1;
      rows.sort(function (a, b) {
        var x = a.getAttribute("data-" + key);
        var y = b.getAttribute("data-" + key);
        // Empty values (unreadable files) last in either direction.
        if (x === "" || y === "") return x === y ? 0 : x === "" ? 1 : -1;
        var d = numeric ? Number(x) - Number(y) : collator.compare(x, y);
        return d * sign;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
  apply();
})();
`;
