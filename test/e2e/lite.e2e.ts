/**
 * The lite pane (the production build's lite.html and scripts) in real Chromium, over the fake Word
 * (test/fakes, bundled for the browser: ./liteFake) in place of office.js, at WordApi 1.3 (Office
 * 2019) and at 1.1 (Office 2016), in a 320 px pane: the ribbon's ?action=check starts the check;
 * the findings, headline and marks are the engine's (run here in Node on the same file); 下一个
 * and a click select the finding's place in Word; ↓ moves between findings; 清除标记 gives every
 * cell back; 插入空白模板 inserts the 2019 template; English; 选择上年报告 through the file chooser
 * (a 2018 report built from a fixture), read in the page and checked with. Throughout: no request leaves the
 * page's origin, no CSP violation or console error, nothing scrolls sideways or is cut off.
 * Screenshots go to test-results/lite-<WordApi>/.
 *
 * Chromium is not IE11: that the scripts are ES5 and polyfilled is ./liteBundle.e2e.ts's part.
 */
import fs from "fs";
import os from "os";
import path from "path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { readDocx } from "../../src/ooxml";
import { checkReport, type CheckResult } from "../../src/report/checkReport";
import { resultHeadline } from "../../src/report/view";
import { findingList, type FindingList } from "../../src/lite/findingList";
import { LITE_STRINGS } from "../../src/lite/strings";
import { crossYearStatus, readPriorReport, type PriorReport } from "../../src/taskpane/priorReport";
import { marksFor } from "../../src/taskpane/marks";
import type { CellMark } from "../../src/host/reportHost";
import { cellKey, mapParagraphs } from "../../src/word/api11/paragraphMap";
import { FakeDocument } from "../fakes";
import { otherYearDocx } from "../taskpane/fixtures";
import { launchChromium } from "./chromium";
import { buildFakeOffice } from "./liteFake/buildFakeOffice";
import { layoutProblems } from "./probes";
import { serveStatic, type StaticServer } from "./staticServer";

const root = path.resolve(__dirname, "..", "..");
const samples = path.join(root, "test", "fixtures", "samples");
const FILE = "liuying-2019.docx";

let browser: Browser;
let server: StaticServer;
let site: string;
let expected: { result: CheckResult; list: FindingList; marks: CellMark[]; document: FakeDocument };
/** Last year's report (2018, for this 2019 report), and the check with it. */
let prior: { bytes: Uint8Array; report: PriorReport; result: CheckResult };
const PRIOR_NAME = "2018年报.docx";

/** The test's site: the built lite pane, its page with the fake in place of office.js, the fixtures. */
async function buildSite(dist: string): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-lite-e2e-"));
  for (const f of fs.readdirSync(dist))
    if (/^lite[.-].*\.js$/.test(f)) fs.copyFileSync(path.join(dist, f), path.join(dir, f));
  const html = fs.readFileSync(path.join(dist, "lite.html"), "utf8");
  const office = /<script src="?[^"\s>]*office\.js"?><\/script>/;
  if (!office.test(html)) throw new Error("lite.html loads no office.js");
  fs.writeFileSync(
    path.join(dir, "lite-e2e.html"),
    html.replace(office, '<script src="fake-office.js"></script>'),
  );
  fs.mkdirSync(path.join(dir, "assets"));
  fs.copyFileSync(path.join(root, "assets", "icon-32.png"), path.join(dir, "assets", "icon-32.png"));
  fs.mkdirSync(path.join(dir, "fixtures"));
  fs.copyFileSync(path.join(samples, FILE), path.join(dir, "fixtures", FILE));
  await buildFakeOffice(dir);
  return dir;
}

beforeAll(async () => {
  const dist = process.env.NIANBAO_E2E_DIST;
  if (!dist)
    throw new Error("NIANBAO_E2E_DIST is not set: run through `npm run test:e2e` (globalSetup builds)");
  const bytes = new Uint8Array(fs.readFileSync(path.join(samples, FILE)));
  const result = checkReport(await readDocx(bytes));
  expected = {
    result,
    list: findingList(result),
    marks: marksFor(result.findings),
    document: await FakeDocument.fromDocx(bytes),
  };
  const priorBytes = await otherYearDocx(2018);
  const report = await readPriorReport({ name: PRIOR_NAME, bytes: priorBytes });
  prior = { bytes: priorBytes, report, result: checkReport(await readDocx(bytes), { prior: report.result }) };
  site = await buildSite(dist);
  server = await serveStatic(site);
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (site) fs.rmSync(site, { recursive: true, force: true });
});

interface Write {
  kind: string;
  [key: string]: unknown;
}

describe.each(["1.3", "1.1"])("the lite pane in Chromium over Word with WordApi %s", (wordApi) => {
  let context: BrowserContext;
  let page: Page;
  const offOrigin: string[] = [];
  const consoleErrors: string[] = [];
  const shots = path.join(root, "test-results", `lite-${wordApi}`);
  let step = 0;

  const shot = async (name: string) => {
    step += 1;
    await page.screenshot({
      path: path.join(shots, `${String(step).padStart(2, "0")}-${name}.png`),
      fullPage: true,
    });
  };
  const writes = (): Promise<Write[]> =>
    page.evaluate(
      () => (window as unknown as { __fake: { session: { writes: Write[] } } }).__fake.session.writes,
    );
  const bodyOoxml = (): Promise<string> =>
    page.evaluate(() => (window as unknown as { __fake: { bodyOoxml(): string } }).__fake.bodyOoxml());
  const status = () => page.locator('[role="status"]');
  const button = (name: string | RegExp) =>
    page.getByRole("button", { name, exact: typeof name === "string" });

  beforeAll(async () => {
    fs.rmSync(shots, { recursive: true, force: true });
    fs.mkdirSync(shots, { recursive: true });
    context = await browser.newContext({ viewport: { width: 320, height: 720 }, locale: "zh-CN" });
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

  afterEach(async () => {
    expect(offOrigin).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(await page.evaluate(layoutProblems)).toEqual([]);
  });

  afterAll(async () => {
    await context?.close();
  });

  it("checks at once when the ribbon's 检查年报 opened it, and shows the engine's findings", async () => {
    await page.goto(`${server.origin}/lite-e2e.html?doc=${FILE}&api=${wordApi}&action=check&_host_Info=Word`);
    await status()
      .filter({ hasText: /^检查完成/ })
      .waitFor({ timeout: 60_000 });
    const { result, list } = expected;
    expect(await page.locator(".lite-headline").textContent()).toBe(
      resultHeadline(list.groups, result.counts).zh,
    );
    expect(await status().textContent()).toBe(
      `检查完成：${result.counts.error} 个错误，${result.counts.warning} 个警告，${result.counts.info} 条提示。`,
    );
    const lines = await page.locator(".lite-findings > li > button").allTextContents();
    expect(lines).toHaveLength(list.groups.length);
    list.groups.forEach((g, i) => expect(lines[i]).toContain(g.title));
    await page.getByText(`共 ${list.stops.length} 个`).waitFor();
    await shot("checked");
  });

  it("marked exactly the cells it could, in this Word's way", async () => {
    const all = await writes();
    const doc = expected.document;
    if (wordApi === "1.3") {
      const shaded = all.filter((w) => w.kind === "shading").map((w) => `${w.table}:${w.row}:${w.tc}`);
      expect(shaded.sort()).toEqual(
        expected.marks.map((m) => cellKey(m.cell.table, m.cell.row, m.cell.cell)).sort(),
      );
      await page.getByText(`已标记 ${expected.marks.length} 个单元格。`).waitFor();
    } else {
      const cells = mapParagraphs(doc.bodyOoxml()).cells;
      const want = new Set<number>();
      let blank = 0;
      for (const m of expected.marks) {
        const paragraphs = cells.get(cellKey(m.cell.table, m.cell.row, m.cell.cell)) ?? [];
        if (paragraphs.every((p) => doc.paragraphs[p].text.trim() === "")) blank++;
        else for (const p of paragraphs) want.add(p);
      }
      const highlighted = all
        .filter((w) => w.kind === "highlight" && w.value !== null)
        .map((w) => w.paragraph as number);
      expect(highlighted.sort((a, b) => a - b)).toEqual([...want].sort((a, b) => a - b));
      expect(all.some((w) => w.kind === "shading")).toBe(false);
      await page
        .getByText(`${blank} 个空白单元格没有文字，Word 2016 无法突出显示，未标记（见列表）。`)
        .waitFor();
      await page.getByText("Word 2016 用文字突出显示标记；空白单元格没有文字，无法标记。").waitFor();
    }
    expect(visibleMarks(await bodyOoxml())).not.toEqual(visibleMarks(doc.bodyOoxml()));
  });

  it("下一个 and a click take Word to the finding; ↓ moves between findings", async () => {
    const { list } = expected;
    const selectsOf = async () => (await writes()).filter((w) => w.kind === "select");
    let n = 0;
    while ((await selectsOf()).length === 0 && n < 5) {
      await button(/下一个/).click();
      n += 1;
      await page.getByText(`第 ${n} 个，共 ${list.stops.length} 个`).waitFor();
    }
    expect((await selectsOf()).length).toBeGreaterThan(0);

    // The first repeat group, opened; its second finding clicked.
    const group = list.groups.findIndex((g) => g.kind === "repeat");
    const stop = list.stops.findIndex((s) => s.group === group) + 1;
    const toggle = page.locator(".lite-group-toggle").first();
    await toggle.click();
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    const before = (await selectsOf()).length;
    await page.locator(".lite-items .lite-finding").nth(1).click();
    await page.getByText(`第 ${stop + 1} 个，共 ${list.stops.length} 个`).waitFor();
    await expectPoll(async () => (await selectsOf()).length > before);
    const last = (await selectsOf()).pop()?.target as {
      kind: string;
      table?: number;
      row?: number;
      tc?: number;
      index?: number;
    };
    const cell = list.stops[stop].finding.cells[0];
    if (wordApi === "1.3")
      expect(last).toEqual({ kind: "cell", table: cell.table, row: cell.row, tc: cell.cell });
    else {
      expect(last.kind).toBe("paragraph");
      const paragraph = expected.document.paragraphs[last.index as number];
      expect([
        paragraph.cell?.row.table.index,
        paragraph.cell?.row.rowIndex,
        paragraph.cell?.tcIndex,
      ]).toEqual([cell.table, cell.row, cell.cell]);
    }
    expect(await page.locator(".lite-current").getAttribute("aria-current")).toBe("true");
    await shot("selected");

    await page.locator(".lite-current").focus();
    await page.keyboard.press("ArrowDown");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-key"))).toBe(
      `stop-${stop + 1}`,
    );
  });

  it("清除标记 gives every cell back", async () => {
    await button("清除标记").click();
    await page.getByText(/^已清除 \d+ 个单元格的标记，恢复原样。$/).waitFor();
    // As the document was before the check (the Node-side copy was never marked).
    expect(visibleMarks(await bodyOoxml())).toEqual(visibleMarks(expected.document.bodyOoxml()));
    await shot("cleared");
  });

  it("插入空白模板 inserts the 2019 template", async () => {
    await button("插入空白模板").click();
    await page.getByLabel("2019 年格式（旧版）").check();
    await shot("template-choice");
    await button("插入").click();
    const said =
      wordApi === "1.1" ? "已插入 2019 年格式空白模板（在文档末尾）。" : "已插入 2019 年格式空白模板。";
    await status().filter({ hasText: said }).waitFor({ timeout: 60_000 });
    const insert = (await writes()).find((w) => w.kind === "insertFile") as Write & {
      base64: string;
      anchor: unknown;
    };
    const template = checkReport(await readDocx(new Uint8Array(Buffer.from(insert.base64, "base64"))));
    expect(template.blankTemplate).toBe(true);
    expect(template.format).toBe("2019");
    if (wordApi === "1.1") expect(insert.anchor).toEqual({ body: true });
    await shot("template-inserted");
  });

  it("speaks English on request", async () => {
    await button("Switch to English").click();
    await button("Check again").waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.locator(".lite-headline").textContent()).toBe(
      resultHeadline(expected.list.groups, expected.result.counts).en,
    );
    await shot("english");
  });

  it("选择上年报告 reads the file picked in the file chooser, in the page, and checks with it", async () => {
    await button("切换到中文").click();
    await button("重新检查").waitFor();
    const choose = button(/^选择上年报告：/);
    // Wait for the chooser before the focus round trip: Playwright turns on file-chooser
    // interception asynchronously, and a key press right after asking for it could beat it.
    const chosen = page.waitForEvent("filechooser");
    await choose.focus();
    await page.keyboard.press("Enter");
    const chooser = await chosen;
    expect(chooser.isMultiple()).toBe(false);
    await chooser.setFiles({
      name: PRIOR_NAME,
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      buffer: Buffer.from(prior.bytes),
    });
    const line = LITE_STRINGS.zh.crossYear(crossYearStatus(prior.result, prior.report, null, null));
    expect(line).toMatch(/^已与「2018年报\.docx」（2018 年度）核对：表三上年结转/);
    await page
      .locator(".lite-crossyear")
      .filter({ hasText: `跨年核对：${line}` })
      .waitFor({ timeout: 60_000 });
    await status()
      .filter({ hasText: /^检查完成/ })
      .waitFor();
    expect(await page.locator(".lite-headline").textContent()).toBe(
      resultHeadline(findingList(prior.result).groups, prior.result.counts).zh,
    );
    expect(await page.locator(".lite-findings").textContent()).toContain(
      "上年结转数与上年度报告的结转下年度数不一致",
    );
    expect(await page.locator(".lite-prior").textContent()).toBe(`上年报告：${PRIOR_NAME} 移除`);
    expect(await choose.getAttribute("aria-label")).toContain(`（当前：${PRIOR_NAME}）`);
    // The document keeps the file's name and fingerprint (no content) in its settings.
    const saved = (await writes()).filter((w) => w.kind === "saveSettings").pop() as Write & {
      settings: Record<string, string>;
    };
    const value = JSON.parse(saved.settings["nianbao.value.priorReport"]) as Record<string, unknown>;
    expect(value).toMatchObject({ v: 1, name: PRIOR_NAME, size: prior.bytes.length, year: 2018 });
    // Chromium has SubtleCrypto here (localhost is a secure context): SHA-256 too.
    expect(Object.keys(value).sort()).toEqual(["fnv", "name", "sha256", "size", "v", "year"]);
    await shot("prior-chosen");
  });
});

/** Shading fills and highlights in the body's OOXML: the marks a user can see. */
function visibleMarks(ooxml: string): string[] {
  return [...ooxml.matchAll(/<w:(shd|highlight)\b[^>]*>/g)]
    .map((m) => (m[0].includes('w:fill="auto"') || m[0].includes('w:val="none"') ? "" : m[0]))
    .filter(Boolean);
}

async function expectPoll(ok: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await ok())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
