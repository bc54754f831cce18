/**
 * The diagnostics page's probes: one per [unverified] item of wps-notes.md (§7's checklist and
 * what the host relies on), run on the user's own WPS. Read-only probes look at the active
 * document; probes that write work on a new, scratch document (the blank template inserted into
 * it) that is closed without saving — the user's document is never changed.
 *
 * Each probe returns plain JSON: what WPS did, so that a report pasted back to the developers
 * answers the question without a second round.
 */
import { parseFlatOpc } from "../../ooxml";
import { allTables, bodyParagraphs, type DocTable } from "../../report/model";
import { buildTemplateDocx } from "../../template";
import type { WpsApplication, WpsTable } from "../api";
import { continuationOwners } from "../../host/continuationOwners";
import { NUMBERINGS, observeRow, positionsToObserve, proveRow } from "../cellAddress";
import { WpsHost } from "../wpsHost";
import { attempt, call, get, has, isObject, message, timed, type Loose } from "./loose";

export interface ProbeResult {
  id: string;
  title: string;
  /** true: as the add-in assumes; false: not; null: could not tell (see details). */
  ok: boolean | null;
  ms: number;
  details: Loose;
}

export interface ProbeContext {
  app: WpsApplication;
  /** A new document holding the blank template, created on first use; null when WPS cannot. */
  scratch(): Promise<Loose | null>;
}

export interface Probe {
  id: string;
  title: string;
  /** Writes to a scratch document (run only when the user asks). */
  writes?: boolean;
  run(ctx: ProbeContext): Promise<{ ok: boolean | null; details: Loose }>;
}

const XML_MARKERS = ["<pkg:package", "<w:tbl", "w:gridSpan", "w:vMerge", "<w:shd"];

function xmlFacts(read: () => unknown): Loose {
  const result = attempt(() => timed(read));
  if (!result.ok) return { error: result.error };
  const { ms, value } = result.value;
  if (typeof value !== "string") return { type: typeof value, ms };
  const facts: Loose = { type: "string", length: value.length, ms };
  for (const marker of XML_MARKERS) facts[marker] = value.includes(marker);
  const parsed = attempt(() => parseFlatOpc(value));
  facts.parsedTopLevelTables = parsed.ok
    ? parsed.value.blocks.filter((b) => b.kind === "table").length
    : parsed.error;
  return facts;
}

function activeDocument(app: WpsApplication): Loose {
  const doc = get(app, "ActiveDocument");
  if (!isObject(doc)) throw new Error("没有打开的文档 (no active document)");
  return doc;
}

function tempPath(app: WpsApplication, name: string): string {
  const fs = get(app, "FileSystem");
  const dir = String(has(fs, "tmpdir") ? call(fs, "tmpdir") : call(app, "Env.GetTempPath")).replace(
    /[\\/]+$/,
    "",
  );
  const sep = dir.includes("\\") && !dir.includes("/") ? "\\" : "/";
  return `${dir}${sep}${name}`;
}

function binaryString(bytes: Uint8Array): string {
  let out = "";
  for (let at = 0; at < bytes.length; at += 0x8000)
    out += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return out;
}

function firstMergedTable(app: WpsApplication): { model: DocTable; wps: WpsTable } | null {
  const doc = activeDocument(app);
  const xml = get(doc, "Content.WordOpenXML");
  if (typeof xml !== "string") return null;
  const model = parseFlatOpc(xml);
  const tops = model.blocks.filter((b): b is DocTable => b.kind === "table");
  const at = tops.findIndex((t) =>
    t.rows.some((r) => r.cells.some((c) => c.vMerge === "continue" || c.colSpan > 1)),
  );
  if (at < 0) return null;
  return { model: tops[at], wps: call(doc, "Tables.Item", at + 1) as WpsTable };
}

const shadingOf = (cell: unknown) => ({
  bg: get(cell, "Shading.BackgroundPatternColor"),
  fg: get(cell, "Shading.ForegroundPatternColor"),
  tex: get(cell, "Shading.Texture"),
});

export const PROBES: Probe[] = [
  {
    id: "runtime",
    title: "网页组件（Chromium 版本、脚本能力）",
    async run({ app }) {
      const ua = navigator.userAgent;
      const chrome = /Chrome\/(\d+)/.exec(ua);
      const details: Loose = {
        userAgent: ua,
        chromeMajor: chrome ? Number(chrome[1]) : null,
        build: attempt(() => get(app, "Build")),
        version: attempt(() => get(app, "Version")),
        name: attempt(() => get(app, "Name")),
        protocol: location.protocol,
        structuredClone: typeof structuredClone,
        randomUUID: typeof crypto !== "undefined" ? typeof crypto.randomUUID : "no crypto",
        arrayAt: typeof ([] as unknown[]).at,
        localeDate: attempt(() => new Date(0).toLocaleDateString("zh-CN")),
        enumObject: has(app, "Enum"),
      };
      return { ok: chrome !== null && Number(chrome[1]) >= 104, details };
    },
  },
  {
    id: "fileFetch",
    title: "从 file:// 读取文件（fetch）是否被拦截",
    async run() {
      const outcome = await fetch("ribbon.xml").then(
        (r) => `status ${r.status}`,
        (e: unknown) => `blocked: ${message(e)}`,
      );
      // The add-in never fetches; either answer is fine, the report says which.
      return { ok: null, details: { fetchRibbonXml: outcome } };
    },
  },
  {
    id: "moduleScript",
    title: "能否从 file:// 加载 ES 模块脚本",
    async run() {
      const loaded = await new Promise<string>((resolve) => {
        const script = document.createElement("script");
        script.type = "module";
        script.src = "diagnostics-module.js";
        script.onload = () => resolve("loaded");
        script.onerror = () => resolve("error");
        setTimeout(() => resolve("timeout"), 3000);
        document.head.appendChild(script);
      });
      const ran = (window as unknown as { nianbaoModuleRan?: boolean }).nianbaoModuleRan === true;
      return { ok: null, details: { loaded, ran, note: "the add-in uses classic scripts either way" } };
    },
  },
  {
    id: "wordOpenXml",
    title: "WordOpenXML：实时读取表格结构",
    async run({ app }) {
      const doc = activeDocument(app);
      const tables = attempt(() => Number(get(doc, "Tables.Count")));
      const details: Loose = {
        tablesCount: tables.ok ? tables.value : tables.error,
        contentWordOpenXML: xmlFacts(() => get(doc, "Content.WordOpenXML")),
        documentWordOpenXML: xmlFacts(() => get(doc, "WordOpenXML")),
        firstTableWordOpenXML: xmlFacts(() => get(call(doc, "Tables.Item", 1), "Range.WordOpenXML")),
      };
      const content = details.contentWordOpenXML as Loose;
      const ok =
        tables.ok && tables.value > 0
          ? content["<w:tbl"] === true && content.parsedTopLevelTables === tables.value
          : null;
      return { ok, details };
    },
  },
  {
    id: "hostRead",
    title: "加载项读取当前文档（来源、表格、可定位的单元格编号方式）",
    async run({ app }) {
      const host = new WpsHost(app);
      const { ms, value } = await (async () => {
        const start = performance.now();
        const v = await host.read();
        return { ms: Math.round(performance.now() - start), value: v };
      })();
      const doc = activeDocument(app);
      const tops = value.doc.blocks.filter((b): b is DocTable => b.kind === "table");
      const fitting: Loose = {};
      for (const n of [...NUMBERINGS, "none"]) fitting[n] = 0;
      tops.forEach((table, position) => {
        if (value.unaddressable.includes(table.index)) return;
        const wps = call(doc, "Tables.Item", position + 1) as WpsTable;
        const owners = continuationOwners(table.rows);
        for (const row of table.rows) {
          if (!row.cells.some((c) => c.vMerge === "continue" || c.colSpan > 1)) continue;
          const proof = proveRow(
            row,
            owners,
            observeRow(wps, row.rowIndex + 1, positionsToObserve(row, owners)),
          );
          if (proof.numberings.length === 0) fitting.none = (fitting.none as number) + 1;
          for (const n of proof.numberings) fitting[n] = (fitting[n] as number) + 1;
        }
      });
      return {
        ok: value.unaddressable.length === allTables(value.doc).filter((t) => t.nestingLevel > 1).length,
        details: {
          ms,
          tables: allTables(value.doc).length,
          unaddressable: value.unaddressable,
          paragraphs: bodyParagraphs(value.doc).length,
          mergedRowsFittingEachNumbering: fitting,
        },
      };
    },
  },
  {
    id: "mergedCells",
    title: "合并单元格：Cell(行, 列)、Rows.Item().Cells、Range.Cells",
    async run({ app }) {
      const found = firstMergedTable(app);
      if (!found)
        return { ok: null, details: { note: "当前文档没有含合并单元格的表格：请打开一份年报再诊断" } };
      const { model, wps } = found;
      const details: Loose = { rows: model.rows.length };
      const covered = model.rows.flatMap((r) => r.cells.filter((c) => c.vMerge === "continue"))[0];
      if (covered)
        details.cellOnCoveredPosition = attempt(() =>
          get(wps.Cell(covered.rowIndex + 1, covered.cellIndex + 1), "Range.Text"),
        );
      details.rowsItem2CellsCount = attempt(() => get(call(wps, "Rows.Item", 2), "Cells.Count"));
      const cells = attempt(() => {
        const range = get(wps, "Range.Cells");
        const count = Number(get(range, "Count"));
        const list: unknown[] = [];
        for (let k = 1; k <= Math.min(count, 40); k++) {
          const cell = call(range, "Item", k);
          list.push([get(cell, "RowIndex"), get(cell, "ColumnIndex"), get(cell, "Width")]);
        }
        return {
          count,
          modelCells: model.rows.reduce(
            (n, r) => n + r.cells.filter((c) => c.vMerge !== "continue").length,
            0,
          ),
          first: list,
        };
      });
      details.rangeCells = cells.ok ? cells.value : cells.error;
      return { ok: null, details };
    },
  },
  {
    id: "cellText",
    title: "单元格文字末尾的字符（结束符）",
    async run({ app }) {
      const text = String(get(call(activeDocument(app), "Tables.Item", 1), "Range.Text"));
      const cell = String(get(call(call(activeDocument(app), "Tables.Item", 1), "Cell", 1, 1), "Range.Text"));
      const codes = (s: string) => [...s.slice(-4)].map((c) => c.charCodeAt(0));
      return { ok: null, details: { cellEnd: codes(cell), tableEnd: codes(text) } };
    },
  },
  {
    id: "savedFile",
    title: "读取已保存的文件（FileSystem.ReadFileAsArrayBuffer）",
    async run({ app }) {
      const doc = activeDocument(app);
      const path = String(get(doc, "FullName"));
      const fs = get(app, "FileSystem");
      const details: Loose = {
        saved: attempt(() => get(doc, "Saved")),
        fullName: path,
        hasFileSystem: isObject(fs),
      };
      if (!isObject(fs) || !/[\\/]/.test(path)) return { ok: null, details };
      const bytes = attempt(() =>
        timed(() => (call(fs, "ReadFileAsArrayBuffer", path) as ArrayBuffer).byteLength),
      );
      const size = attempt(() => get(call(fs, "stat", path), "size"));
      details.byteLength = bytes.ok ? bytes.value.value : bytes.error;
      details.ms = bytes.ok ? bytes.value.ms : null;
      details.statSize = size.ok ? size.value : size.error;
      return { ok: bytes.ok && size.ok ? bytes.value.value === size.value : false, details };
    },
  },
  {
    id: "latency",
    title: "每次调用 WPS 的耗时",
    async run({ app }) {
      const table = call(activeDocument(app), "Tables.Item", 1);
      const { ms } = timed(() => {
        for (let k = 0; k < 300; k++) get(call(table, "Cell", 1, 1), "Range.Text");
      });
      return { ok: null, details: { reads: 300, ms, msPerCellText: Math.round((ms / 300) * 100) / 100 } };
    },
  },
  {
    id: "paragraphs",
    title: "段落：数目、自动编号（ListString）、大纲级别",
    async run({ app }) {
      const doc = activeDocument(app);
      const xml = get(doc, "Content.WordOpenXML");
      const model = typeof xml === "string" ? parseFlatOpc(xml) : null;
      const count = Number(get(doc, "Paragraphs.Count"));
      const sample: unknown[] = [];
      for (let i = 1; i <= Math.min(count, 60) && sample.length < 12; i++) {
        const p = call(doc, "Paragraphs.Item", i);
        const list = attempt(() => get(p, "Range.ListFormat.ListString"));
        if (list.ok && typeof list.value === "string" && list.value !== "")
          sample.push({ i, listString: list.value, outlineLevel: attempt(() => get(p, "OutlineLevel")) });
      }
      const modelCount = model ? bodyParagraphs(model).at(-1)?.index : null;
      return {
        ok: null,
        details: { count, lastBodyParagraphIndexInModel: modelCount, listParagraphs: sample },
      };
    },
  },
  {
    id: "events",
    title: "事件注册（DocumentChange、WindowActivate、DocumentAfterClose）",
    async run({ app }) {
      const details: Loose = {};
      for (const name of [
        "DocumentChange",
        "WindowActivate",
        "DocumentAfterClose",
        "WindowSelectionChange",
      ]) {
        const fired = { count: 0 };
        const registered = attempt(() =>
          call(app, "ApiEvent.AddApiEventListener", name, () => void fired.count++),
        );
        details[name] = registered.ok ? "registered" : registered.error;
      }
      return { ok: null, details };
    },
  },
  {
    id: "install",
    title: "安装情况（jsaddons 目录中的配置文件）",
    async run({ app }) {
      const fs = get(app, "FileSystem");
      const windows = /Windows/i.test(navigator.userAgent);
      const dir = windows
        ? `${String(call(app, "Env.GetAppDataPath")).replace(/[\\/]+$/, "")}\\kingsoft\\wps\\jsaddons`
        : `${String(call(app, "Env.GetHomePath")).replace(/[\\/]+$/, "")}/.local/share/Kingsoft/wps/jsaddons`;
      const sep = windows ? "\\" : "/";
      const details: Loose = { jsaddons: dir, page: location.href };
      for (const file of [
        "publish.xml",
        "jsplugins.xml",
        "authwebsite.xml",
        "authaddin.json",
        "jsaddinblockhost.ini",
      ]) {
        const path = `${dir}${sep}${file}`;
        const text = attempt(() => (call(fs, "Exists", path) ? String(call(fs, "ReadFile", path)) : null));
        details[file] = text.ok ? (text.value === null ? "(none)" : text.value.slice(0, 4000)) : text.error;
      }
      const auth = details["authaddin.json"];
      const disabled = typeof auth === "string" && /nianbao-check[\s\S]{0,200}?false/.test(auth);
      return { ok: !disabled, details };
    },
  },
  {
    id: "scratch",
    title: "新建临时文档并插入模板（Documents.Add、writeAsBinaryString、InsertFile）",
    writes: true,
    async run(ctx) {
      const doc = await ctx.scratch();
      if (!doc) return { ok: false, details: { error: scratchError ?? "no scratch document" } };
      return {
        ok: Number(get(doc, "Tables.Count")) >= 3,
        details: { ...scratchFacts, tables: get(doc, "Tables.Count") },
      };
    },
  },
  {
    id: "shading",
    title: "底纹写入与恢复（BackgroundPatternColor / ForegroundPatternColor / Texture）",
    writes: true,
    async run(ctx) {
      const doc = await ctx.scratch();
      if (!doc) return { ok: null, details: { note: "no scratch document" } };
      const table = call(doc, "Tables.Item", 1);
      const cell = call(table, "Cell", 1, 1);
      const shdOf = () => {
        const xml = attempt(() => String(get(table, "Range.WordOpenXML")));
        return xml.ok ? (/<w:shd [^>]*>/.exec(xml.value)?.[0] ?? "(none)") : xml.error;
      };
      const before = shadingOf(cell);
      const xmlBefore = shdOf();
      const set = attempt(() => {
        (get(cell, "Shading") as Loose).BackgroundPatternColor = 65535;
      });
      const marked = shadingOf(cell);
      const back = attempt(() => {
        const s = get(cell, "Shading") as Loose;
        s.Texture = before.tex;
        s.ForegroundPatternColor = before.fg;
        s.BackgroundPatternColor = before.bg;
      });
      const after = shadingOf(cell);
      const same = JSON.stringify(before) === JSON.stringify(after);
      return {
        ok: set.ok && back.ok && marked.bg === 65535 && same,
        details: { before, marked, after, xmlBefore, xmlAfter: shdOf(), set, back },
      };
    },
  },
  {
    id: "undo",
    title: "UndoRecord：20 处底纹写入能否一次撤销",
    writes: true,
    async run(ctx) {
      const doc = await ctx.scratch();
      if (!doc) return { ok: null, details: { note: "no scratch document" } };
      const table = call(doc, "Tables.Item", 2);
      const cells: unknown[] = [];
      for (let r = 3; cells.length < 20 && r < 30; r++)
        for (let c = 2; c <= 4 && cells.length < 20; c++) {
          const cell = attempt(() => call(table, "Cell", r, c));
          if (cell.ok) cells.push(cell.value);
        }
      const before = cells.map((c) => get(c, "Shading.BackgroundPatternColor"));
      const started = attempt(() => call(ctx.app, "UndoRecord.StartCustomRecord", "年报校对：诊断"));
      for (const c of cells) (get(c, "Shading") as Loose).BackgroundPatternColor = 65535;
      const ended = attempt(() => call(ctx.app, "UndoRecord.EndCustomRecord"));
      const undone = attempt(() => call(doc, "Undo", 1));
      const after = cells.map((c) => get(c, "Shading.BackgroundPatternColor"));
      return {
        ok: JSON.stringify(before) === JSON.stringify(after),
        details: {
          cells: cells.length,
          started,
          ended,
          undone,
          restoredByOneUndo: after.filter((v, i) => v === before[i]).length,
        },
      };
    },
  },
  {
    id: "comments",
    title: "在单元格上添加和删除批注（Comments.Add）",
    writes: true,
    async run(ctx) {
      const doc = await ctx.scratch();
      if (!doc) return { ok: null, details: { note: "no scratch document" } };
      const cell = call(call(doc, "Tables.Item", 1), "Cell", 2, 2);
      const range = get(cell, "Range");
      const before = Number(get(doc, "Comments.Count"));
      const added = attempt(() => call(doc, "Comments.Add", range, "年报校对：诊断批注"));
      const details: Loose = {
        before,
        added: added.ok ? "ok" : added.error,
        after: get(doc, "Comments.Count"),
      };
      if (added.ok) {
        details.author = attempt(() => {
          (added.value as Loose).Author = "年报校对";
          return get(added.value, "Author");
        });
        details.scope = attempt(() => [get(added.value, "Scope.Start"), get(added.value, "Scope.End")]);
        details.cellRange = [get(range, "Start"), get(range, "End")];
        details.text = attempt(() => get(added.value, "Range.Text"));
        details.deleted = attempt(() => call(added.value, "Delete"));
        details.afterDelete = get(doc, "Comments.Count");
      }
      return { ok: added.ok && details.afterDelete === before, details };
    },
  },
  {
    id: "properties",
    title: "自定义文档属性（长度上限、保存后重新打开）与 Variables",
    writes: true,
    async run(ctx) {
      const doc = await ctx.scratch();
      if (!doc) return { ok: null, details: { note: "no scratch document" } };
      const props = get(doc, "CustomDocumentProperties");
      const details: Loose = {};
      for (const length of [255, 256, 1000]) {
        const name = `nianbaoProbe${length}`;
        const added = attempt(() => call(props, "Add", name, false, 4, "x".repeat(length)));
        details[`add${length}`] = added.ok
          ? { readBack: attempt(() => String(get(call(props, "Item", name), "Value")).length) }
          : added.error;
      }
      details.variables = attempt(() => {
        call(doc, "Variables.Add", "nianbaoProbe", "值");
        return get(call(doc, "Variables.Item", "nianbaoProbe"), "Value");
      });
      const path = tempPath(ctx.app, `nianbao-check-probe-${Date.now()}.docx`);
      details.saveAs = attempt(() => call(doc, has(doc, "SaveAs2") ? "SaveAs2" : "SaveAs", path));
      details.reopened = attempt(() => {
        const again = call(ctx.app, "Documents.Open", path);
        const value = String(
          get(call(get(again, "CustomDocumentProperties"), "Item", "nianbaoProbe255"), "Value"),
        );
        const variable = attempt(() => get(call(again, "Variables.Item", "nianbaoProbe"), "Value"));
        call(again, "Close", 0);
        return { property255: value.length, variable };
      });
      const add255 = details.add255 as Loose | string;
      return {
        ok: typeof add255 === "object" && (add255.readBack as Loose).value === 255,
        details,
      };
    },
  },
  {
    id: "saveCopyAs",
    title: "SaveCopyAs：另存副本而不改变文档路径",
    writes: true,
    async run(ctx) {
      const doc = await ctx.scratch();
      if (!doc) return { ok: null, details: { note: "no scratch document" } };
      const name = String(get(doc, "FullName"));
      const path = tempPath(ctx.app, `nianbao-check-copy-${Date.now()}.docx`);
      const saved = attempt(() => call(doc, "SaveCopyAs", path));
      const exists = attempt(() => call(ctx.app, "FileSystem.Exists", path));
      const after = String(get(doc, "FullName"));
      attempt(() => call(ctx.app, "FileSystem.unlinkSync", path));
      return {
        ok: saved.ok && exists.ok && exists.value === true && after === name,
        details: { saved, exists, nameBefore: name, nameAfter: after },
      };
    },
  },
  {
    id: "select",
    title: "选中单元格并滚动到视图（Cell.Select、ScrollIntoView）",
    writes: true,
    async run(ctx) {
      const doc = await ctx.scratch();
      if (!doc) return { ok: null, details: { note: "no scratch document" } };
      const cell = call(call(doc, "Tables.Item", 3), "Cell", 2, 2);
      const selected = attempt(() => call(cell, "Select"));
      const scrolled = attempt(() => call(ctx.app, "ActiveWindow.ScrollIntoView", get(cell, "Range"), true));
      const selection = attempt(() => [get(ctx.app, "Selection.Start"), get(ctx.app, "Selection.End")]);
      return {
        ok: selected.ok && scrolled.ok,
        details: {
          selected,
          scrolled,
          selection,
          cellRange: [get(cell, "Range.Start"), get(cell, "Range.End")],
        },
      };
    },
  },
];

let scratchError: string | null = null;
const scratchFacts: Loose = {};

/** Creates the scratch document: a new document with the 2021 blank template inserted. */
export async function createScratch(app: WpsApplication): Promise<Loose | null> {
  const doc = attempt(() => call(app, "Documents.Add"));
  if (!doc.ok || !isObject(doc.value)) {
    scratchError = `Documents.Add: ${doc.ok ? "not an object" : doc.error}`;
    return null;
  }
  const scratch = doc.value;
  const bytes = await buildTemplateDocx("2021");
  const path = tempPath(app, `nianbao-check-probe-${Date.now()}.docx`);
  const written = attempt(() => call(app, "FileSystem.writeAsBinaryString", path, binaryString(bytes)));
  const readBack = attempt(() => {
    const back = new Uint8Array(call(app, "FileSystem.ReadFileAsArrayBuffer", path) as ArrayBuffer);
    return back.length === bytes.length && back.every((b, i) => b === bytes[i]);
  });
  scratchFacts.writeAsBinaryString = written.ok ? written.value : written.error;
  scratchFacts.bytesReadBackEqual = readBack.ok ? readBack.value : readBack.error;
  const inserted = attempt(() => call(get(scratch, "Content"), "InsertFile", path));
  scratchFacts.insertFile = inserted.ok ? "ok" : inserted.error;
  attempt(() => call(app, "FileSystem.unlinkSync", path));
  return scratch;
}

export function closeScratch(scratch: Loose | null): void {
  if (scratch) attempt(() => call(scratch, "Close", 0));
}
