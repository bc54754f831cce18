/**
 * The browser preview in real Chromium, at a 320 px task pane and at a wide one: load the sample,
 * check it (the first error in view without scrolling; the list in the shared view's groups; the
 * document's marks in their three looks), walk it with 下一条 (the bar stays in view), select a
 * finding (the focus stays in the pane), do the whole flow by keyboard alone, clear the marks, open
 * other .docx files (a blank template: one line; a report with one wrong number: one suspect cell;
 * a broken file: a banner naming it), pick last year's report through the pane's 选择上年报告 (the
 * cross-year findings listed and marked; asked for again when the document is opened again, and
 * a report of the wrong year refused), insert the template, switch the language. The pane's findings
 * and the document's marks are compared with the engine run here in Node on the same files.
 * Throughout: nothing is requested from anywhere but the preview's own origin, no CSP violation and
 * no console error, and (at every step) the pane neither scrolls sideways nor cuts off any text. A
 * screenshot of every step goes to test-results/<pane width>/ (the page, and the pane alone).
 */
import fs from "fs";
import path from "path";
import type { Browser, BrowserContext, Frame, FrameLocator, Page } from "playwright-core";
import type { CellMark } from "../../src/host/reportHost";
import { readDocx } from "../../src/ooxml";
import { annotateDocx, cleanDocx } from "../../src/ooxml/annotate";
import { checkReport, type CheckResult } from "../../src/report/checkReport";
import type { Finding } from "../../src/report/findings";
import { allTables, type ReportDocument } from "../../src/report/model";
import { groupFindings, markFill, type FindingGroup } from "../../src/report/view";
import { marksFor } from "../../src/taskpane/marks";
import { buildTemplateDocx } from "../../src/template";
import { partsOf } from "../ooxml/markedCopy";
import { buildDocx, readReportFixture } from "../support/buildDocx";
import { parseReportText, setCell } from "../support/reportText";
import { launchChromium } from "./chromium";
import {
  cellLooks,
  focusDescription,
  inWindow,
  layoutProblems,
  selectedInView,
  tableTexts,
  type CellLook,
} from "./probes";
import { serveStatic, type StaticServer } from "./staticServer";

const root = path.resolve(__dirname, "..", "..");
const samples = path.join(root, "test", "fixtures", "samples");
const results = path.join(root, "test-results");
const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** A six-digit hex fill as Chromium reports a computed colour. */
const rgb = (hex: string) =>
  `rgb(${parseInt(hex.slice(0, 2), 16)}, ${parseInt(hex.slice(2, 4), 16)}, ${parseInt(hex.slice(4, 6), 16)})`;
/** The outline of each look (preview-document.css): colour is never the only cue. */
const OUTLINE = { suspect: "solid", involved: "solid", blank: "dashed" };

interface Expected {
  name: string;
  bytes: Buffer;
  doc: ReportDocument;
  result: CheckResult;
  marks: CellMark[];
  groups: FindingGroup<Finding>[];
}

async function expectedFor(name: string, bytes: Buffer): Promise<Expected> {
  const doc = await readDocx(bytes);
  const result = checkReport(doc);
  const groups = groupFindings(result.findings, (f) => f, { blankTemplate: result.blankTemplate });
  return { name, bytes, doc, result, marks: marksFor(result.findings), groups };
}

const sample = (file: string) => expectedFor(file, fs.readFileSync(path.join(samples, file)));

/** Reads until `ok` holds (or the time is up) and returns the last value read, for `expect`. */
async function poll<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const cellKey = (c: { table: number; row: number; cell: number }) => `${c.table}:${c.row}:${c.cell}`;

/** The cells the model says are drawn (covered cells of a vertical merge are not), with their spans. */
function drawnCells(doc: ReportDocument): Map<string, { rowSpan: number; colSpan: number }> {
  const out = new Map<string, { rowSpan: number; colSpan: number }>();
  for (const t of allTables(doc))
    for (const row of t.rows)
      for (const c of row.cells)
        if (c.vMerge !== "continue")
          out.set(`${t.index}:${row.rowIndex}:${c.cellIndex}`, {
            rowSpan: c.vMerge === "restart" ? c.rowSpan : 1,
            colSpan: c.colSpan,
          });
  return out;
}

/** The template's tables as the preview should draw them: each drawn cell's text, row by row. */
function templateTexts(doc: ReportDocument): string[][][] {
  return doc.blocks.flatMap((b) =>
    b.kind === "table"
      ? [b.rows.map((r) => r.cells.filter((c) => c.vMerge !== "continue").map((c) => c.text.trim()))]
      : [],
  );
}

const WIDTHS = [
  { pane: 320, viewport: { width: 1024, height: 768 } },
  { pane: 480, viewport: { width: 1400, height: 900 } },
];

let browser: Browser;
let server: StaticServer;
let liuying: Expected;
let jingshan: Expected;
let blankTemplate: Expected;
let oneWrongLeaf: Expected;
/** consistent-2021 as the 2022 report: last year's for oneWrongLeaf, with three cross-year mismatches. */
let prior2022: { bytes: Buffer; result: CheckResult };
let prior2021: Buffer;
/** oneWrongLeaf checked against prior2022. */
let withPrior: { result: CheckResult; marks: CellMark[] };
/** The cell changed in oneWrongLeaf (表三 · 自然人 · （一）予以公开: 15 → 16). */
let wrongCell: string;
let template2021: ReportDocument;
let template2019: ReportDocument;

beforeAll(async () => {
  const dist = process.env.NIANBAO_E2E_DIST;
  if (!dist)
    throw new Error("NIANBAO_E2E_DIST is not set: run through `npm run test:e2e` (globalSetup builds)");
  server = await serveStatic(dist);
  browser = await launchChromium();
  const report = parseReportText(readReportFixture("consistent-2021"));
  setCell(report, { table: "本年度办理结果", row: "（一）予以公开", cell: 2 }, "16");
  [liuying, jingshan, blankTemplate, oneWrongLeaf, template2021, template2019] = await Promise.all([
    sample("liuying-2019.docx"),
    sample("jingshan-2020.docx"),
    sample("blank-2021-template-wps.docx"),
    buildDocx(report).then((b) => expectedFor("one-wrong-leaf.docx", Buffer.from(b))),
    buildTemplateDocx("2021").then((b) => readDocx(b)),
    buildTemplateDocx("2019").then((b) => readDocx(b)),
  ]);
  const otherYear = (year: number) =>
    buildDocx(parseReportText(readReportFixture("consistent-2021").replace(/2023年/g, `${year}年`))).then(
      (b) => Buffer.from(b),
    );
  const priorBytes = await otherYear(2022);
  prior2022 = { bytes: priorBytes, result: checkReport(await readDocx(priorBytes)) };
  prior2021 = await otherYear(2021);
  const crossChecked = checkReport(oneWrongLeaf.doc, { prior: prior2022.result });
  withPrior = { result: crossChecked, marks: marksFor(crossChecked.findings) };
  const crossYear = crossChecked.findings.filter((f) => f.rule.endsWith("_prior"));
  expect(crossYear.map((f) => f.rule).sort()).toEqual([
    "active.in_force_prior",
    "requests.carry_over_prior",
    "requests.carry_over_prior",
  ]);
  const consistent = checkReport(
    await readDocx(await buildDocx(parseReportText(readReportFixture("consistent-2021")))),
  );
  expect(consistent.findings).toEqual([]);
  const suspects = oneWrongLeaf.marks.filter((m) => m.look === "suspect");
  expect(suspects).toHaveLength(1);
  wrongCell = cellKey(suspects[0].cell);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(WIDTHS)("the preview with a $pane px task pane", ({ pane: paneWidth, viewport }) => {
  let context: BrowserContext;
  let page: Page;
  let pane: FrameLocator;
  let paneFrame: Frame;
  const offOrigin: string[] = [];
  const consoleErrors: string[] = [];
  let step = 0;
  let initialLooks: CellLook[] = [];
  let initialHtml = "";
  const shots = path.join(results, String(paneWidth));

  const shot = async (name: string) => {
    step += 1;
    const n = String(step).padStart(2, "0");
    await page.screenshot({ path: path.join(shots, `${n}-${name}.png`) });
    await page.locator("#pane").screenshot({ path: path.join(shots, `${n}-${name}-pane.png`) });
  };

  /** Layout of the pane's frame (and of the page): no sideways scrolling, no text cut off. */
  const expectLayoutSound = async () => {
    expect(await paneFrame.evaluate(layoutProblems)).toEqual([]);
    expect(await page.evaluate(layoutProblems)).toEqual([]);
  };

  const list = () => pane.getByRole("region", { name: /^(检查结果|Findings)$/ });
  const rows = () => list().locator('button[data-part="primary"]');
  const groupLines = () => list().locator('button[data-part="primary"][aria-expanded]');
  const checkButton = () => pane.getByRole("button", { name: /^(检查年报|重新检查)：/ });
  const next = () => pane.getByRole("button", { name: /^下一条/ });
  const paneFocus = () => paneFrame.evaluate(focusDescription);
  /** The sticky bar's bottom edge in the pane's window. */
  const barBottom = () =>
    paneFrame.evaluate(() => {
      const toolbar = document.querySelector('[role="toolbar"]');
      return (toolbar?.parentElement?.getBoundingClientRect().bottom ?? 0) as number;
    });

  /** Clicks 检查年报 and waits for the pane to say how many cells it marked. */
  const check = async (expected: Expected) => {
    await checkButton().click();
    await pane.getByText(`已标记 ${expected.marks.length} 个单元格`).waitFor();
  };

  const open = async (expected: Expected) => {
    await page
      .locator("#file-input")
      .setInputFiles({ name: expected.name, mimeType: DOCX_MIME, buffer: expected.bytes });
    expect(
      await poll(
        () => page.locator("#file-name").textContent(),
        (t) => t === expected.name,
      ),
    ).toBe(expected.name);
    await pane.getByText("打开要检查的年度报告").waitFor();
  };

  /** The marked cells of the document equal the marks the pane asked for: same cells, look, note, paint. */
  const expectMarksOf = async (expected: Expected) => {
    const marked = (await page.evaluate(cellLooks)).filter((c) => c.mark !== null);
    const want = new Map(expected.marks.map((m) => [cellKey(m.cell), m]));
    expect(marked.map((c) => c.key).sort()).toEqual([...want.keys()].sort());
    for (const c of marked) {
      const m = want.get(c.key) as CellMark;
      expect({
        key: c.key,
        mark: c.mark,
        severity: c.severity,
        title: c.title,
        description: c.description,
      }).toEqual({ key: c.key, mark: m.look, severity: m.severity, title: m.note, description: m.note });
      expect([c.key, c.background, c.outlineStyle]).toEqual([
        c.key,
        rgb(markFill(m.look, m.severity)),
        OUTLINE[m.look],
      ]);
    }
  };

  /** The list shows the view's groups: one row per group (collapsed), the errors first. */
  const expectGroupsOf = async (expected: Expected) => {
    const repeats = expected.groups.filter((g) => g.kind !== "single");
    expect(await groupLines().count()).toBe(repeats.length);
    expect(await groupLines().allTextContents()).toEqual(
      repeats.map((g) => `${sevWord(g.severity)}${g.title}`),
    );
    expect(await rows().count()).toBe(expected.groups.length);
  };
  const sevWord = (s: string) => ({ error: "错误", warning: "警告", info: "提示" })[s] as string;

  beforeAll(async () => {
    fs.rmSync(shots, { recursive: true, force: true });
    fs.mkdirSync(shots, { recursive: true });
    context = await browser.newContext({ viewport, locale: "zh-CN", deviceScaleFactor: 1 });
    // CSP violations in any frame, as the page sees them (Chromium also logs them as console errors).
    await context.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) =>
        console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`),
      );
    });
    page = await context.newPage();
    page.on("request", (req) => {
      const url = req.url();
      if (!url.startsWith(`${server.origin}/`) && !/^(data|blob|about):/.test(url)) offOrigin.push(url);
    });
    page.on("console", (msg) => {
      if (msg.type() === "error") consoleErrors.push(msg.text());
    });
    page.on("pageerror", (err) => consoleErrors.push(`page error: ${err.message}`));
  });

  afterEach(() => {
    // Checked after every step, so that a failure names the step where it happened.
    expect(offOrigin).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  afterAll(async () => {
    await context?.close();
  });

  it("loads the sample report: the document drawn with its merges, the pane beside it", async () => {
    await page.goto(`${server.origin}/preview.html?pane=${paneWidth}`);
    await page.waitForSelector("body[data-ready=true]");
    pane = page.frameLocator("#pane");
    paneFrame = page.frame({ url: /preview-pane\.html$/ }) as Frame;
    expect(paneFrame).toBeTruthy();
    expect(await paneFrame.evaluate(() => window.innerWidth)).toBe(paneWidth);
    await checkButton().waitFor();
    await pane.getByText("打开要检查的年度报告").waitFor();

    // Every cell the model draws, with Word's merges as rowspan / colspan; covered cells not drawn.
    initialLooks = await page.evaluate(cellLooks);
    const drawn = drawnCells(liuying.doc);
    expect(new Map(initialLooks.map((c) => [c.key, { rowSpan: c.rowSpan, colSpan: c.colSpan }]))).toEqual(
      drawn,
    );
    expect(initialLooks.some((c) => c.rowSpan > 1)).toBe(true);
    expect(initialLooks.filter((c) => c.mark !== null)).toEqual([]);
    const paragraphs = liuying.doc.blocks.filter((b) => b.kind === "paragraph").length;
    expect(await page.locator("#document > p.doc-paragraph").count()).toBe(paragraphs);
    initialHtml = await page.locator("#document").innerHTML();

    await shot("sample-loaded");
    await expectLayoutSound();
  });

  it("检查年报: the first error in view without scrolling, the groups of the view, the cells in their looks", async () => {
    await check(liuying);
    expect(liuying.result.counts.error).toBeGreaterThan(0);
    expect(liuying.result.findings.length).toBeGreaterThan(100);
    await expectGroupsOf(liuying);
    // Far fewer lines than findings: the blank cells are a line per table.
    expect(liuying.groups.length).toBeLessThan(15);

    // The first row is the first error, and it is in view with the pane not scrolled.
    const first = rows().first();
    expect(await first.textContent()).toContain(
      liuying.result.findings.find((f) => f.severity === "error")?.message,
    );
    expect(await paneFrame.evaluate(() => window.scrollY)).toBe(0);
    expect(
      await paneFrame.evaluate(inWindow, { selector: '[role="region"] button[data-part="primary"]' }),
    ).toContain(true);
    expect(
      (await paneFrame.evaluate(inWindow, { selector: '[role="region"] button[data-part="primary"]' }))[0],
    ).toBe(true);
    // The headline names it; 0 counts are not red.
    expect(await pane.locator("[data-headline]").textContent()).toBe("1 个错误：缺少第六部分");
    const chips = pane.getByRole("group", { name: "按严重程度筛选" }).getByRole("button");
    expect(await chips.evaluateAll((els) => els.map((e) => e.getAttribute("aria-pressed")))).toEqual([
      "true",
      "true",
      "true",
    ]);
    await expectMarksOf(liuying);
    // The legend names the looks used, in words.
    await pane
      .getByRole("region", { name: "文档中的标记" })
      .getByText("空白单元格（统计数为 0 时应填 0）")
      .waitFor();

    await shot("checked");
    await expectLayoutSound();
  });

  it("下一条 ten times: into the groups, the bar and the current finding stay in view", async () => {
    for (let i = 1; i <= 10; i++) {
      await next().click();
      await pane.getByText(`第 ${i} 条，共 ${liuying.result.findings.length} 条`).waitFor();
    }
    // The list scrolled under the bar; the navigator is still in view, and so is the current finding,
    // below the bar.
    expect(await paneFrame.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(await paneFrame.evaluate(inWindow, { selector: '[role="group"][aria-label="逐条查看"]' })).toEqual(
      [true],
    );
    expect(
      await paneFrame.evaluate(inWindow, {
        selector: '[role="region"] button[aria-current="true"]',
        top: await barBottom(),
      }),
    ).toEqual([true]);
    // A group of blank cells opened to show it; the document shows its cell selected, in view.
    expect(
      await groupLines().evaluateAll((els) => els.some((e) => e.getAttribute("aria-expanded") === "true")),
    ).toBe(true);
    const selected = await page.evaluate(selectedInView);
    expect(selected.inView).toBe(true);
    expect(selected.key).not.toBeNull();

    await shot("ten-times-next");
    await expectLayoutSound();
  });

  it("clicking a finding selects its cell in view (the focus stays in the pane); a missing section goes where it belongs", async () => {
    await page.locator("#document-view").evaluate((el) => el.scrollTo(0, 0));
    // A single finding about the text: its paragraph, the quoted words selected.
    const messages = liuying.result.findings.map((f) => f.message);
    const unique = (f: Finding) => messages.filter((m) => m.includes(f.message)).length === 1;
    const paragraphFinding = liuying.result.findings.find(
      (f) => f.cells.length === 0 && f.location.paragraph !== undefined && f.location.excerpt && unique(f),
    ) as Finding;
    const button = rows().filter({ hasText: paragraphFinding.message }).first();
    await button.click();
    const paragraph = await poll(
      () => page.evaluate(selectedInView),
      (f) => f.paragraph === String(paragraphFinding.location.paragraph) && f.inView,
    );
    expect(paragraph).toMatchObject({
      paragraph: String(paragraphFinding.location.paragraph),
      inView: true,
      selection: paragraphFinding.location.excerpt,
    });
    expect(await button.getAttribute("aria-current")).toBe("true");
    expect(await paneFocus()).toMatch(/^button\[row=/);
    await shot("paragraph-selected");

    // 缺少第六部分: no cell, no paragraph — the end of section 五's text (above the office and the
    // date that close the report), where section 六 belongs.
    const missing = liuying.result.findings.find((f) => f.rule === "section.missing") as Finding;
    const lastText = liuying.doc.blocks.find(
      (b) => b.kind === "paragraph" && b.text.startsWith("从总体上看"),
    );
    await rows().filter({ hasText: missing.message }).first().click();
    const end = await poll(
      () => page.evaluate(selectedInView),
      (f) => f.paragraph === String(lastText?.kind === "paragraph" ? lastText.index : -1) && f.inView,
    );
    expect(end.inView).toBe(true);
    expect(end.paragraph).toBe(String(lastText?.kind === "paragraph" ? lastText.index : -1));
    await shot("missing-section-selected");
    await expectLayoutSound();
  });

  it("the whole flow by keyboard alone, the focus never on the pane's body", async () => {
    await page.keyboard.press("Escape");
    await page.locator("#open-sample").focus();
    // Into the pane, to 检查年报.
    let presses = 0;
    while (!(await paneFocus()).includes("重新检查：") && presses++ < 10) await page.keyboard.press("Tab");
    expect(await paneFocus()).toContain("重新检查：");
    await page.keyboard.press("Enter");
    await pane.getByText(`已标记 ${liuying.marks.length} 个单元格`).waitFor();
    expect(await paneFocus()).toContain("重新检查：");

    // Tab to the list (one stop), then the arrows.
    presses = 0;
    while (!(await paneFocus()).startsWith("button[row=") && presses++ < 20) await page.keyboard.press("Tab");
    expect(await paneFocus()).toMatch(/^button\[row=/);
    // The third row: a single finding about the text (the first is the error, the second a heading).
    await page.keyboard.press("Home");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    const focused = /^button\[row=f\d+\]/.exec(await paneFocus())?.[0];
    expect(focused).toBeDefined();
    const third = liuying.groups[2].items[0];
    expect(liuying.groups[2].kind).toBe("single");
    await page.keyboard.press("Enter");
    const chosen = await poll(
      () => page.evaluate(selectedInView),
      (s) => s.paragraph === String(third.location.paragraph) && s.inView,
    );
    expect(chosen.paragraph).toBe(String(third.location.paragraph));
    expect(await paneFocus()).toMatch(new RegExp(`^${focused?.replace(/[[\]]/g, "\\$&")} `));

    // Alt+↓ walks on, and the focus follows in the list.
    const before = await page.evaluate(selectedInView);
    await page.keyboard.press("Alt+ArrowDown");
    const after = await poll(
      () => page.evaluate(selectedInView),
      (s) => s.key !== before.key || s.paragraph !== before.paragraph,
    );
    expect(after).not.toEqual(before);
    expect(await paneFocus()).toMatch(/^button\[row=/);

    // → to 忽略, Enter: the finding goes, the focus stays in the list.
    const rowsBefore = await rows().count();
    await page.keyboard.press("ArrowRight");
    expect(await paneFocus()).toMatch(/忽略此问题/);
    await page.keyboard.press("Enter");
    await pane.getByText(/^已忽略 1\s条$/).waitFor();
    expect(await poll(paneFocus, (f) => f.startsWith("button[row="))).toMatch(/^button\[row=/);
    expect(await rows().count()).toBeLessThanOrEqual(rowsBefore);
    await shot("keyboard-ignored");

    // Back to the bar: 清除标记.
    presses = 0;
    while (!(await paneFocus()).startsWith("button 清除标记") && presses++ < 20)
      await page.keyboard.press("Shift+Tab");
    expect(await paneFocus()).toMatch(/^button 清除标记/);
    await page.keyboard.press("Enter");
    await pane
      .getByText(/^已清除标记，恢复了 \d+\s个单元格。/)
      .first()
      .waitFor();
    expect(await paneFocus()).toMatch(/^button 清除标记/);

    // The template dialog opens and closes by keyboard, the focus back where it was.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await paneFocus()).toMatch(/^button 插入空白模板/);
    await page.keyboard.press("Enter");
    await pane.getByRole("dialog").waitFor();
    await page.keyboard.press("Escape");
    await pane.getByRole("dialog").waitFor({ state: "detached" });
    expect(await poll(paneFocus, (f) => f !== "body")).toMatch(/^button 插入空白模板/);

    // Un-ignore, for the steps that follow (the sample's ignored list is kept in the browser).
    await pane.getByRole("switch", { name: /显示已忽略/ }).click();
    await pane.getByRole("button", { name: /^取消忽略/ }).click();
    await pane.getByText(/^已忽略 1\s条$/).waitFor({ state: "detached" });
    await pane.getByRole("switch", { name: /显示已忽略/ }).click();
    await pane.getByRole("switch", { name: /显示已忽略/ }).waitFor({ state: "detached" });
    await expectLayoutSound();
  });

  it("清除标记 leaves no cell shaded and every cell as it was", async () => {
    await check(liuying);
    await pane.getByRole("button", { name: /^清除标记/ }).click();
    await pane.getByText(`已清除标记，恢复了 ${liuying.marks.length} 个单元格。`).first().waitFor();
    const looks = (await page.evaluate(cellLooks)).map((c) => ({ ...c, selected: false }));
    expect(looks.filter((c) => c.mark !== null)).toEqual([]);
    expect(looks).toEqual(initialLooks);
    const html = await page
      .locator("#document")
      .evaluate((el) => el.innerHTML.replace(/ data-selected=""/g, ""));
    expect(html).toBe(initialHtml);

    await shot("marks-cleared");
    await expectLayoutSound();
  });

  it("a blank template is one line in the list", async () => {
    await open(blankTemplate);
    await check(blankTemplate);
    expect(blankTemplate.result.blankTemplate).toBe(true);
    await expectGroupsOf(blankTemplate);
    expect(await groupLines().count()).toBe(1);
    expect(await groupLines().first().textContent()).toBe(
      `警告空白模板：${blankTemplate.result.counts.warning} 个统计单元格待填写`,
    );
    await expectMarksOf(blankTemplate);
    await shot("blank-template");
    await expectLayoutSound();
  });

  it("a report with one wrong number: exactly one cell has the suspect look, the one changed", async () => {
    await open(oneWrongLeaf);
    await check(oneWrongLeaf);
    const looks = await page.evaluate(cellLooks);
    const suspects = looks.filter((c) => c.mark === "suspect");
    expect(suspects.map((c) => c.key)).toEqual([wrongCell]);
    expect(suspects[0].background).toBe(rgb(markFill("suspect", "error")));
    expect(looks.filter((c) => c.mark === "involved").length).toBeGreaterThan(0);
    await expectMarksOf(oneWrongLeaf);
    // "0 个警告" is grey, not the warning's colour; "2 个错误" is red.
    const colour = (text: string) =>
      pane
        .getByRole("group", { name: "按严重程度筛选" })
        .getByText(text, { exact: true })
        .evaluate((el) => getComputedStyle(el).color.match(/\d+/g)?.map(Number) ?? []);
    const [r0, g0, b0] = await colour("0 个警告");
    expect(Math.max(r0, g0, b0) - Math.min(r0, g0, b0)).toBeLessThan(16);
    const [r2, g2, b2] = await colour("2 个错误");
    expect(r2).toBeGreaterThan(g2 + 60);
    expect(r2).toBeGreaterThan(b2 + 60);
    await page.locator(`#document td[data-mark="suspect"]`).scrollIntoViewIfNeeded();
    await shot("one-wrong-leaf");
    await expectLayoutSound();
  });

  it("a broken file: the banner names it, and the document open stays", async () => {
    await page.locator("#file-input").setInputFiles({
      name: "损坏的报告.docx",
      mimeType: DOCX_MIME,
      buffer: Buffer.from("这不是 zip 文件"),
    });
    const banner = page.locator("#error");
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/^无法打开「损坏的报告\.docx」：/);
    expect(await page.locator("#file-name").textContent()).toBe(oneWrongLeaf.name);
    await shot("broken-file");
    await expectLayoutSound();
  });

  it("选择上年报告: the file is read in the pane, the cross-year findings are listed and marked; asked for again later", async () => {
    const crossYearFact = () =>
      pane
        .getByRole("region", { name: "检查结果摘要" })
        .locator("dt", { hasText: "跨年核对" })
        .locator("+ dd");
    expect(await crossYearFact().textContent()).toBe("未进行（未选择上年报告）");
    /** Picks a file through the pane's own button: the browser's file dialog opens, as for a user. */
    const pickThrough = async (
      button: ReturnType<FrameLocator["getByRole"]>,
      name: string,
      buffer: Buffer,
    ) => {
      const [chooser] = await Promise.all([page.waitForEvent("filechooser"), button.click()]);
      expect(chooser.isMultiple()).toBe(false);
      await chooser.setFiles({ name, mimeType: DOCX_MIME, buffer });
    };
    await pickThrough(
      pane.getByRole("button", { name: /^选择上年报告：/ }),
      "2022年报.docx",
      prior2022.bytes,
    );
    await pane.getByText(`已标记 ${withPrior.marks.length} 个单元格`).waitFor();
    expect(await crossYearFact().textContent()).toBe(
      "已与「2022年报.docx」（2022 年度）核对：表三上年结转、表二现行有效件数、正文中的同比表述（如有），3\u00a0处不一致",
    );
    const listed = await list().textContent();
    expect(listed).toContain("表三 · 2 处：上年结转数与上年度报告的结转下年度数不一致");
    expect(listed).toContain(
      "现行有效件数为 12，按上年度现行有效 12 件加本年制发 3 件减本年废止 1 件，应为 14",
    );
    await expectMarksOf({ ...oneWrongLeaf, marks: withPrior.marks });
    await shot("prior-report");
    await expectLayoutSound();

    // The same document opened again: a fresh pane, which asks for last year's report again.
    await open(oneWrongLeaf);
    await check(oneWrongLeaf);
    const ask = pane.locator('[data-notice="prior-ask"]');
    expect(await ask.textContent()).toContain(
      "上次使用了上年报告「2022年报.docx」，请重新选择以核对跨年数据。",
    );
    expect(await crossYearFact().textContent()).toBe("未进行：请重新选择上次使用的上年报告「2022年报.docx」");
    // The wrong year (the common mistake): refused, and said which year it should be.
    await pickThrough(ask.getByRole("button", { name: "选择上年报告" }), "2021年报.docx", prior2021);
    const wrong = pane.locator('[data-notice="prior-year"]');
    await wrong.waitFor();
    expect(await wrong.textContent()).toContain(
      "所选的上年报告「2021年报.docx」是 2021 年度的报告，本报告应与 2022 年度的报告核对。",
    );
    expect(await pane.locator('[data-notice="prior-replaced"]').textContent()).toContain(
      "所选的「2021年报.docx」与上次使用的上年报告「2022年报.docx」不是同一个文件",
    );
    await pane.getByText(`已标记 ${oneWrongLeaf.marks.length} 个单元格`).waitFor();
    await shot("prior-report-wrong-year");
    await expectLayoutSound();
    await pickThrough(wrong.getByRole("button", { name: "重新选择" }), "2022年报.docx", prior2022.bytes);
    await pane.getByText(`已标记 ${withPrior.marks.length} 个单元格`).waitFor();
    await expectMarksOf({ ...oneWrongLeaf, marks: withPrior.marks });
    // The notice whose button was used is gone: the focus is on 选择上年报告, not on the page's body.
    expect(await poll(paneFocus, (f) => f !== "body")).toMatch(/^button 选择上年报告：/);
  });

  it("another .docx closes an open dialog and starts a fresh pane", async () => {
    await pane.getByRole("button", { name: /^插入空白模板/ }).click();
    await pane.getByRole("dialog").waitFor();
    // Open long enough for Fluent's focus manager (tabster) to hide the rest of the pane from
    // assistive technology (it does so 250 ms after a dialog opens).
    await page.waitForTimeout(400);
    await open(jingshan);
    expect(await pane.getByRole("dialog").count()).toBe(0);
    expect(await page.locator("#error").isHidden()).toBe(true);
    console.log(
      await paneFrame.evaluate(() => {
        const m = document.querySelector("main");
        const out: string[] = [];
        for (let e: Element | null = m; e; e = e.parentElement)
          out.push(
            `${e.tagName}#${e.id}.${e.className.toString().slice(0, 40)} aria-hidden=${e.getAttribute("aria-hidden")} tabster=${e.getAttribute("data-tabster")}`,
          );
        out.push(
          "body children: " +
            [...document.body.children]
              .map(
                (c) =>
                  `${c.tagName}#${c.id} ah=${c.getAttribute("aria-hidden")} ${c.getAttribute("data-tabster")}`,
              )
              .join(" | "),
        );
        return out.join("\n");
      }),
    );
    // Nothing of the pane is left hidden from assistive technology by the closed dialog.
    expect(
      await paneFrame.evaluate(() => !!document.querySelector("main")?.closest("[aria-hidden=true]")),
    ).toBe(false);
    const looks = await page.evaluate(cellLooks);
    expect(new Map(looks.map((c) => [c.key, { rowSpan: c.rowSpan, colSpan: c.colSpan }]))).toEqual(
      drawnCells(jingshan.doc),
    );
    await check(jingshan);
    await expectGroupsOf(jingshan);
    await expectMarksOf(jingshan);
    await shot("other-docx-checked");
    await expectLayoutSound();
  });

  it("下载标注版 saves the opened file's marked copy, the same as the CLI's", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "下载标注版" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("jingshan-2020.checked.docx");
    const saved = path.join(shots, "jingshan-2020.checked.docx");
    await download.saveAs(saved);
    const bytes = new Uint8Array(fs.readFileSync(saved));
    // Read back: the same findings, and part for part what the same code makes in Node (the
    // comments' date aside), and clean gives back the opened file's parts.
    expect(checkReport(await readDocx(bytes)).findings).toEqual(jingshan.result.findings);
    const inNode = annotateDocx(jingshan.bytes);
    const undated = (b: Uint8Array | undefined) =>
      new TextDecoder().decode(b).replace(/ w:date="[^"]*"/g, "");
    const got = await partsOf(bytes);
    const want = await partsOf(inNode.bytes);
    expect([...got.keys()]).toEqual([...want.keys()]);
    for (const [part, content] of want)
      expect([part, undated(got.get(part))]).toEqual([part, undated(content)]);
    const cleaned = await partsOf(cleanDocx(bytes));
    for (const [part, content] of await partsOf(jingshan.bytes))
      expect([part, Buffer.from(cleaned.get(part) as Uint8Array).equals(Buffer.from(content))]).toEqual([
        part,
        true,
      ]);
    await page
      .getByText(`已生成标注版 jingshan-2020.checked.docx：${inNode.comments.length} 条批注`)
      .waitFor({ state: "attached" });
  });

  it("插入空白模板 says where it goes, draws the three 2021 tables, and marks the results out of date", async () => {
    const before = await page.locator("#document > .doc-table-wrapper").count();
    await pane.getByRole("button", { name: /^插入空白模板/ }).click();
    const dialog = pane.getByRole("dialog");
    await dialog.waitFor();
    expect(await dialog.getByRole("radio", { name: /^2021年格式/ }).isChecked()).toBe(true);
    expect(await dialog.textContent()).toMatch(
      /将插入在.+在浏览器预览中，插入位置是最后点击或定位到的段落或表格之后/,
    );
    await shot("template-dialog");
    await expectLayoutSound();

    await dialog.getByRole("button", { name: /^(插入|仍要插入)$/ }).click();
    const tables = page.locator("#document > .doc-table-wrapper");
    expect(
      await poll(
        () => tables.count(),
        (n) => n === before + 3,
      ),
    ).toBe(before + 3);
    await dialog.waitFor({ state: "detached" });

    const drawn = await page.evaluate(tableTexts, before);
    const want = templateTexts(template2021);
    expect(want).toHaveLength(3);
    expect(drawn).toEqual(want);
    // The 2021 format's own labels (not in the 2019 format) are there.
    const labels2019 = new Set(templateTexts(template2019).flat(2));
    const only2021 = [...new Set(want.flat(2))].filter((t) => t !== "" && !labels2019.has(t));
    expect(only2021.length).toBeGreaterThan(0);
    const drawnLabels = new Set(drawn.flat(2));
    for (const label of only2021) expect(drawnLabels).toContain(label);

    // The results are from before the insertion: said so, and not selected until checked again.
    await pane.getByText(/^插入模板后文档已改变/).waitFor();
    await rows().first().click();
    await pane
      .locator("[data-notice]")
      .getByText(/^结果已过时/)
      .waitFor();
    await shot("template-inserted");
    await expectLayoutSound();
  });

  it("the page speaks the pane's language", async () => {
    await pane.getByRole("button", { name: /Switch to English/ }).click();
    await pane.getByRole("button", { name: /^Check again: / }).waitFor();
    expect(await page.locator("h1").textContent()).toBe("年报校对 · browser preview");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(await page.locator("#open-sample").textContent()).toBe("Open the sample report");
    await shot("english");
    await expectLayoutSound();
    await pane.getByRole("button", { name: /切换为中文/ }).click();
    await pane.getByRole("button", { name: /^重新检查：/ }).waitFor();
    expect(await page.locator("h1").textContent()).toBe("年报校对 · 浏览器预览");
  });
});
