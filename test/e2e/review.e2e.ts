/**
 * The batch review page (`nianbao check reports/ --report review.html --annotate marked/`) in real
 * Chromium, opened from disk as a reviewer would: the table sorts by a column (and back), the
 * filters narrow it, a file's row leads to its findings, and the link to a marked copy downloads
 * that very marked copy. The page requests nothing at all (no request but the page itself), raises
 * no CSP violation or script error, and its HTML holds no external URL.
 */
import fs from "fs";
import os from "os";
import path from "path";
import type { Browser, Page } from "playwright-core";
import { run } from "../../src/cli/cli";
import { isMarkedCopy } from "../../src/ooxml/annotate";
import { launchChromium } from "./chromium";

const root = path.resolve(__dirname, "..", "..");
const samples = path.join(root, "test", "fixtures", "samples");
const results = path.join(root, "test-results", "review");

let dir: string;
let browser: Browser;
let page: Page;
const problems: string[] = [];
const requests: string[] = [];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-review-"));
  const reports = path.join(dir, "reports");
  fs.mkdirSync(path.join(reports, "二〇二〇"), { recursive: true });
  for (const f of fs.readdirSync(samples).filter((n) => n.endsWith(".docx")))
    fs.copyFileSync(path.join(samples, f), path.join(reports, f));
  fs.copyFileSync(
    path.join(samples, "jingshan-2020.docx"),
    path.join(reports, "二〇二〇", "景山街道 报告.docx"),
  );
  fs.writeFileSync(path.join(reports, "损坏.docx"), "not a docx");
  const io = { out: () => undefined, err: () => undefined };
  const code = await run(
    ["check", reports, "--report", path.join(dir, "review.html"), "--annotate", path.join(dir, "marked")],
    io,
    false,
  );
  expect(code).toBe(2); // 损坏.docx cannot be read
  fs.mkdirSync(results, { recursive: true });
  browser = await launchChromium();
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  await page.goto(`file://${path.join(dir, "review.html")}`);
});

afterAll(async () => {
  await browser?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const column = (key: string) =>
  page.$$eval(
    `#files tbody tr:not([hidden])`,
    (rows, k) => rows.map((r) => r.getAttribute(`data-${k}`) ?? ""),
    key,
  );

it("holds no external URL and loads nothing", async () => {
  const html = fs.readFileSync(path.join(dir, "review.html"), "utf8");
  expect(html).not.toMatch(/(https?:|ftp:|wss?:)?\/\/[\w.-]+\.[a-z]{2,}/i);
  expect(html).not.toMatch(/\s(src|srcset|action|formaction|poster|data)=/i);
  expect(requests).toEqual([`file://${path.join(dir, "review.html")}`]);
  expect(await page.locator("#files tbody tr").count()).toBe(6);
  await page.screenshot({ path: path.join(results, "1-loaded.png"), fullPage: false });
});

it("sorts by a column, both ways, and keeps unreadable files last", async () => {
  await page.click('button[data-key="warnings"]');
  const up = await column("warnings");
  expect(await page.getAttribute('th:has(button[data-key="warnings"])', "aria-sort")).toBe("ascending");
  const numbers = up.filter((v) => v !== "").map(Number);
  expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  expect(up[up.length - 1]).toBe(""); // 损坏.docx
  await page.click('button[data-key="warnings"]');
  const down = (await column("warnings")).filter((v) => v !== "").map(Number);
  expect(down).toEqual([...numbers].sort((a, b) => b - a));
  await page.click('button[data-key="file"]');
  const files = await column("file");
  expect(files).toEqual([...files].sort((a, b) => a.localeCompare(b, "zh-CN", { numeric: true })));
  await page.screenshot({ path: path.join(results, "2-sorted.png") });
});

it("filters by text, status and format, and says how many it shows", async () => {
  await page.fill("#filter", "柳影");
  expect(await column("file")).toEqual([expect.stringContaining("liuying-2019.docx")]);
  expect(await page.textContent("#shown")).toBe("显示 1 / 6");
  await page.fill("#filter", "");
  await page.selectOption("#state", "unreadable");
  expect(await column("file")).toEqual([expect.stringContaining("损坏.docx")]);
  await page.selectOption("#state", "error");
  expect((await column("errors")).every((n) => Number(n) > 0)).toBe(true);
  await page.selectOption("#state", "");
  await page.selectOption("#format", "2021");
  expect(await column("format")).toEqual(["2021"]);
  await page.fill("#filter", "没有这个文件");
  expect(await page.isVisible("#none")).toBe(true);
  await page.screenshot({ path: path.join(results, "3-filtered.png") });
  await page.fill("#filter", "");
  await page.selectOption("#format", "");
  expect(await page.textContent("#shown")).toBe("显示 6 / 6");
});

it("leads from a row to the file's grouped findings", async () => {
  const link = page.locator("#files tbody tr", { hasText: "liuying-2019.docx" }).locator("td a").first();
  await link.click();
  const target = await link.getAttribute("href");
  const section = page.locator(target as string);
  expect(await section.isVisible()).toBe(true);
  expect(await section.textContent()).toContain("缺少第六部分");
  expect(await section.textContent()).toContain("表三 · ");
});

it("links each row to its marked copy, which downloads as that marked copy", async () => {
  const links = page.locator("a.marked");
  expect(await links.count()).toBe(5);
  const row = page.locator("#files tbody tr", { hasText: "景山街道 报告.docx" });
  const href = await row.locator("a.marked").getAttribute("href");
  expect(href).toBe(
    "marked/%E4%BA%8C%E3%80%87%E4%BA%8C%E3%80%87/%E6%99%AF%E5%B1%B1%E8%A1%97%E9%81%93%20%E6%8A%A5%E5%91%8A.checked.docx",
  );
  const [download] = await Promise.all([page.waitForEvent("download"), row.locator("a.marked").click()]);
  const saved = path.join(dir, "downloaded.docx");
  await download.saveAs(saved);
  const bytes = fs.readFileSync(saved);
  expect(isMarkedCopy(bytes)).toBe(true);
  expect(
    bytes.equals(fs.readFileSync(path.join(dir, "marked", "二〇二〇", "景山街道 报告.checked.docx"))),
  ).toBe(true);
});

it("raised no CSP violation, script error or warning", () => {
  expect(problems).toEqual([]);
});
