/**
 * The browser preview in real Chromium, at a 320 px task pane and at a wide one: load the sample,
 * check it, select a finding, clear the marks, open another .docx through the file input, check it,
 * insert the blank template. The pane's findings and the document's shaded cells are compared with
 * the engine run here in Node on the same files. Throughout: nothing is requested from anywhere but
 * the preview's own origin, no CSP violation and no console error, and (at every step) the pane
 * neither scrolls sideways nor cuts off any text. A screenshot of every step goes to
 * test-results/<pane width>/.
 */
import fs from "fs";
import path from "path";
import type { Browser, BrowserContext, Frame, FrameLocator, Page } from "playwright-core";
import { readDocx } from "../../src/ooxml";
import { checkReport, type CheckResult } from "../../src/report/checkReport";
import type { Finding } from "../../src/report/findings";
import { allTables, type ReportDocument } from "../../src/report/model";
import { buildTemplateDocx } from "../../src/template";
import { marksFor } from "../../src/taskpane/marks";
import type { CellMark } from "../../src/host/reportHost";
import { launchChromium } from "./chromium";
import { cellLooks, focusedInView, layoutProblems, tableTexts, type CellLook } from "./probes";
import { serveStatic, type StaticServer } from "./staticServer";

const root = path.resolve(__dirname, "..", "..");
const samples = path.join(root, "test", "fixtures", "samples");
const results = path.join(root, "test-results");

/** The mark colours (preview-document.css, the same as the Word add-in's). */
const SHADE = { error: "rgb(255, 199, 206)", warning: "rgb(255, 235, 156)" };
const OUTLINE = { error: "solid", warning: "dashed" };

interface Expected {
  doc: ReportDocument;
  result: CheckResult;
  marks: CellMark[];
}

/** What the engine says about a sample, run here in Node. */
async function expectedFor(file: string): Promise<Expected> {
  const doc = await readDocx(fs.readFileSync(path.join(samples, file)));
  const result = checkReport(doc);
  return { doc, result, marks: marksFor(result.findings) };
}

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
let template2021: ReportDocument;
let template2019: ReportDocument;

beforeAll(async () => {
  const dist = process.env.NIANBAO_E2E_DIST;
  if (!dist)
    throw new Error("NIANBAO_E2E_DIST is not set: run through `npm run test:e2e` (globalSetup builds)");
  server = await serveStatic(dist);
  browser = await launchChromium();
  [liuying, jingshan, template2021, template2019] = await Promise.all([
    expectedFor("liuying-2019.docx"),
    expectedFor("jingshan-2020.docx"),
    buildTemplateDocx("2021").then((b) => readDocx(b)),
    buildTemplateDocx("2019").then((b) => readDocx(b)),
  ]);
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
    await page.screenshot({ path: path.join(shots, `${String(step).padStart(2, "0")}-${name}.png`) });
  };

  /** Layout of the pane's frame (and of the page): no sideways scrolling, no text cut off. */
  const expectLayoutSound = async () => {
    expect(await paneFrame.evaluate(layoutProblems)).toEqual([]);
    expect(await page.evaluate(layoutProblems)).toEqual([]);
  };

  const findings = () => pane.getByRole("region", { name: "检查结果", exact: true }).getByRole("listitem");
  const checkButton = () => pane.getByRole("button", { name: /^(检查年报|重新检查)/ });

  /** Clicks 检查年报 and waits for the pane to say how many cells it marked. */
  const check = async (expected: Expected) => {
    await checkButton().click();
    await pane.getByText(`已标记 ${expected.marks.length} 个单元格`).waitFor();
  };

  /** The marked cells of the document equal the marks the pane asked for: same cells, severity, note, look. */
  const expectMarksOf = async (expected: Expected) => {
    const marked = (await page.evaluate(cellLooks)).filter((c) => c.mark !== null);
    const want = new Map(expected.marks.map((m) => [cellKey(m.cell), m]));
    expect(marked.map((c) => c.key).sort()).toEqual([...want.keys()].sort());
    for (const c of marked) {
      const m = want.get(c.key) as CellMark;
      expect({ key: c.key, mark: c.mark, title: c.title, description: c.description }).toEqual({
        key: c.key,
        mark: m.severity,
        title: m.note,
        description: m.note,
      });
      expect([c.key, c.background, c.outlineStyle]).toEqual([c.key, SHADE[m.severity], OUTLINE[m.severity]]);
    }
  };

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

  it("opens the sample report beside the task pane", async () => {
    await page.goto(`${server.origin}/preview.html?pane=${paneWidth}`);
    await page.locator("body[data-ready=true]").waitFor();
    paneFrame = page.frame({ url: /preview-pane\.html$/ }) as Frame;
    expect(paneFrame).toBeTruthy();
    pane = page.frameLocator("#pane");

    expect(await page.locator("#file-name").textContent()).toContain("liuying-2019.docx");
    // The pane's own viewport is the width asked for, as a Word task pane's webview would be.
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

  it("检查年报 lists the engine's findings and shades exactly the cells it marks", async () => {
    await check(liuying);
    const { counts, findings: all } = liuying.result;
    expect(await findings().count()).toBe(all.length);
    const summary = pane.getByRole("region", { name: "检查结果摘要" });
    for (const [sev, word] of [
      ["error", "错误"],
      ["warning", "警告"],
      ["info", "提示"],
    ] as const)
      await summary.getByText(`${counts[sev]} 个${word}`, { exact: true }).waitFor();
    expect(liuying.marks.length).toBeGreaterThan(100);
    await expectMarksOf(liuying);

    await shot("checked");
    await expectLayoutSound();
  });

  it("clicking a finding focuses its cell in view, or its paragraph with the quoted text selected", async () => {
    // A finding deep in the last table, so that the document must scroll to it.
    const messages = liuying.result.findings.map((f) => f.message);
    const unique = (f: Finding) => messages.filter((m) => m.includes(f.message)).length === 1;
    const withCell = liuying.result.findings.filter((f) => f.cells.length > 0 && unique(f));
    const target = withCell.reduce((a, b) =>
      b.cells[0].table > a.cells[0].table ||
      (b.cells[0].table === a.cells[0].table && b.cells[0].row > a.cells[0].row)
        ? b
        : a,
    );
    await page.locator("#document-view").evaluate((el) => el.scrollTo(0, 0));
    const item = findings().filter({ hasText: target.message });
    const button = item.getByRole("button").first();
    await button.click();
    const cell = await poll(
      () => page.evaluate(focusedInView),
      (f) => f.key === cellKey(target.cells[0]) && f.inView,
    );
    expect(cell).toMatchObject({ key: cellKey(target.cells[0]), inView: true });
    expect(
      await poll(
        () => button.getAttribute("aria-current"),
        (v) => v === "true",
      ),
    ).toBe("true");
    await shot("cell-selected");

    const paragraphFinding = liuying.result.findings.find(
      (f) => f.cells.length === 0 && f.location.paragraph !== undefined && f.location.excerpt && unique(f),
    ) as Finding;
    await findings().filter({ hasText: paragraphFinding.message }).getByRole("button").first().click();
    const paragraph = await poll(
      () => page.evaluate(focusedInView),
      (f) => f.paragraph === String(paragraphFinding.location.paragraph) && f.inView,
    );
    expect(paragraph).toMatchObject({
      paragraph: String(paragraphFinding.location.paragraph),
      inView: true,
      selection: paragraphFinding.location.excerpt,
    });
    await shot("paragraph-selected");
    await expectLayoutSound();
  });

  it("清除标记 leaves no cell shaded and every cell as it was", async () => {
    await pane.getByRole("button", { name: /^清除标记/ }).click();
    await pane.getByText(`已清除标记，恢复了 ${liuying.marks.length} 个单元格。`).first().waitFor();
    const looks = await page.evaluate(cellLooks);
    expect(looks.filter((c) => c.mark !== null)).toEqual([]);
    expect(looks).toEqual(initialLooks);
    expect(await page.locator("#document").innerHTML()).toBe(initialHtml);

    await shot("marks-cleared");
    await expectLayoutSound();
  });

  it("opens another .docx through the file input, and checks it", async () => {
    await page.locator("#file-input").setInputFiles(path.join(samples, "jingshan-2020.docx"));
    const name = await poll(
      () => page.locator("#file-name").textContent(),
      (t) => t === "jingshan-2020.docx",
    );
    expect(name).toBe("jingshan-2020.docx");
    // A fresh pane for the new document.
    await pane.getByText("打开要检查的年度报告").waitFor();
    const looks = await page.evaluate(cellLooks);
    expect(new Map(looks.map((c) => [c.key, { rowSpan: c.rowSpan, colSpan: c.colSpan }]))).toEqual(
      drawnCells(jingshan.doc),
    );
    await shot("other-docx-opened");

    await check(jingshan);
    expect(await findings().count()).toBe(jingshan.result.findings.length);
    await expectMarksOf(jingshan);
    await shot("other-docx-checked");
    await expectLayoutSound();
  });

  it("插入空白模板 draws the three blank tables of the 2021 format", async () => {
    const before = await page.locator("#document > .doc-table-wrapper").count();
    await pane.getByRole("button", { name: /^插入空白模板/ }).click();
    const dialog = pane.getByRole("dialog");
    await dialog.waitFor();
    expect(await dialog.getByRole("radio", { name: /^2021年格式/ }).isChecked()).toBe(true);
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
    // Inserted at the end (the cursor of a freshly opened document), after the report's own text.
    const lastBlockText = await page.locator("#document > *").last().textContent();
    const lastTemplateBlock = template2021.blocks[template2021.blocks.length - 1];
    expect(lastBlockText?.trim()).toBe(
      lastTemplateBlock.kind === "paragraph"
        ? lastTemplateBlock.text.trim()
        : templateTexts({ blocks: [lastTemplateBlock] })
            .flat(2)
            .join(""),
    );

    await shot("template-inserted");
    await expectLayoutSound();
  });
});
