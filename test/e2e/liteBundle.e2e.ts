/**
 * The lite pane as built for production (NIANBAO_E2E_DIST), checked for Internet Explorer 11:
 *
 * - every script of it (lite.html's, and the chunks it loads on demand) parses with an ES5 parser
 *   and holds no RegExp IE11 cannot compile;
 * - it runs, over the fake Word at WordApi 1.3 and at 1.1, in a window stripped of every API IE11
 *   lacks (test/lite/trident): check, select, clear, insert the template — and afterwards every
 *   such API its scripts use is there, i.e. polyfilled by the bundle, but for the few only
 *   feature-tested (listed below with the reason);
 * - the template's writer is loaded only when a template is inserted;
 * - 选择上年报告 (after the template) reads a picked .docx there (FileReader, the lite TextDecoder: IE11 has neither
 *   Blob.arrayBuffer nor TextDecoder), the .docx reader loaded only then, and checks with it.
 */
import fs from "fs";
import path from "path";
import { readDocx } from "../../src/ooxml";
import { checkReport } from "../../src/report/checkReport";
import { findingList } from "../../src/lite/findingList";
import { resultHeadline } from "../../src/report/view";
import { localScripts } from "../../scripts/bundle-size";
import { openLiteWindow, ORIGIN, type LiteWindow } from "../lite/liteWindow";
import { hasApi, scanScript } from "../lite/trident";
import { otherYearDocx } from "../taskpane/fixtures";
import { openFixture } from "../word/support";

const dist = process.env.NIANBAO_E2E_DIST as string;
const root = path.resolve(__dirname, "..", "..");

/**
 * APIs the lite scripts name that IE11 lacks and no polyfill brings, each only ever used after a
 * feature test the scanner cannot follow (the test kept in a variable, or code reached only for
 * types IE11 does not have).
 */
const FEATURE_TESTED: Record<string, string> = {
  BigInt:
    "core-js (its BigInt conversions serve BigInt64Array, which IE11 lacks; getBuiltIn('BigInt') may be undefined) " +
    "and docx's util shim (`var hasBigInt = typeof BigInt !== 'undefined'; if (hasBigInt) …`)",
};

const liteHtml = () => fs.readFileSync(path.join(dist, "lite.html"), "utf8");
const upFront = () => localScripts(liteHtml());
const liteScripts = () => fs.readdirSync(dist).filter((f) => /^lite[.-].*\.js$/.test(f));

describe("the lite pane's scripts (dist)", () => {
  it("lite.html loads office.js, then its one ES5 script; the rest are chunks of it", () => {
    const html = liteHtml();
    expect(
      html.indexOf('http-equiv="X-UA-Compatible"') >= 0 || html.indexOf("http-equiv=X-UA-Compatible") >= 0,
    ).toBe(true);
    // X-UA-Compatible must come first in <head>, or IE may pick an older document mode.
    expect(html.search(/<meta[^>]*X-UA-Compatible/)).toBeLessThan(html.search(/<meta[^>]*charset/i));
    expect(html).toMatch(/<script src="?https:\/\/[^"\s>]+office\.js/);
    expect(upFront()).toEqual([expect.stringMatching(/^lite\.[0-9a-f]{8}\.js$/)]);
    expect(liteScripts().length).toBeGreaterThanOrEqual(2);
  });

  it("every script parses as ES5 and has no RegExp IE11 cannot compile", () => {
    const problems: string[] = [];
    for (const file of liteScripts()) {
      const scan = scanScript(fs.readFileSync(path.join(dist, file), "utf8"));
      if (scan.syntaxError) problems.push(`${file}: ${scan.syntaxError}`);
      for (const p of scan.badPatterns) problems.push(`${file}: ${p}`);
    }
    expect(problems).toEqual([]);
  });
});

describe.each(["1.3", "1.1"])(
  "the built lite pane in a window with only what IE11 has, over Word with WordApi %s",
  (wordApi) => {
    let lw: LiteWindow;
    afterEach(() => lw?.close());

    it("checks, selects, clears, inserts the template, reads last year's report; the APIs IE11 lacks that it uses are polyfilled", async () => {
      const { document } = await openFixture("liuying-2019", { apiVersion: wordApi });
      const bytes = fs.readFileSync(path.join(root, "test", "fixtures", "samples", "liuying-2019.docx"));
      const expected = checkReport(await readDocx(bytes));
      const list = findingList(expected);
      const marksBefore = visibleMarks(document.bodyOoxml());

      lw = await openLiteWindow(dist, document, { apiVersion: wordApi });
      lw.button("检查年报").click();
      await lw.until(() => lw.status().startsWith("检查完成"), "the check");
      const pane = lw.window.document;
      expect(pane.querySelector(".lite-headline")?.textContent).toBe(
        resultHeadline(list.groups, expected.counts).zh,
      );
      expect(pane.querySelectorAll(".lite-findings > li")).toHaveLength(list.groups.length);
      const marks = lw.session.writes.filter((w) => w.kind === (wordApi === "1.1" ? "highlight" : "shading"));
      expect(marks.length).toBeGreaterThan(0);
      expect(lw.text()).toMatch(wordApi === "1.1" ? /已突出显示 \d+ 个单元格的文字/ : /已标记 \d+ 个单元格/);

      // 下一个 until Word was asked to select something; then a cell of a repeat group.
      for (let i = 0; i < 4 && lw.session.writesOf("select").length === 0; i++) {
        lw.button(/下一个/).click();
        await lw.until(
          () => lw.text().includes(`第 ${i + 1} 个，共`) && !/正在定位/.test(lw.status()),
          "下一个",
        );
      }
      expect(lw.session.writesOf("select").length).toBeGreaterThan(0);
      (pane.querySelector(".lite-group-toggle") as HTMLButtonElement).click();
      const selects = lw.session.writesOf("select").length;
      (pane.querySelector(".lite-items .lite-finding") as HTMLButtonElement).click();
      await lw.until(() => lw.session.writesOf("select").length > selects, "the cell's select");

      lw.button("清除标记").click();
      await lw.until(() => /已清除 \d+ 个单元格的标记/.test(lw.text()), "the clear");
      expect(visibleMarks(document.bodyOoxml())).toEqual(marksBefore);

      const beforeInsert = [...lw.loader.fetched];
      expect(beforeInsert.filter((u) => u.startsWith(ORIGIN))).toEqual(
        upFront().map((f) => `${ORIGIN}/${f}`),
      );
      lw.button("插入空白模板").click();
      lw.button("插入").click();
      await lw.until(() => /已插入 2021 年格式空白模板/.test(lw.status()), "the template");
      // The writer came in chunks, on demand.
      expect(lw.loader.fetched.length).toBeGreaterThan(beforeInsert.length);
      const [insert] = lw.session.writesOf("insertFile");
      const template = checkReport(await readDocx(new Uint8Array(Buffer.from(insert.base64, "base64"))));
      expect(template.blankTemplate).toBe(true);

      // 选择上年报告: a 2018 report (built from a fixture) for this 2019 one. IE11's Blob has no
      // arrayBuffer(): the pane reads the file with FileReader, and decodes with its TextDecoder.
      delete (lw.window.Blob.prototype as { arrayBuffer?: unknown }).arrayBuffer;
      const beforePick = lw.loader.fetched.length;
      const input = pane.querySelector("input[data-prior-input]") as HTMLInputElement;
      const file = new lw.window.File([new Uint8Array(await otherYearDocx(2018))], "2018年报.docx");
      Object.defineProperty(input, "files", { value: [file], configurable: true });
      input.dispatchEvent(new lw.window.Event("change", { bubbles: true }));
      await lw.until(() => /^已与/.test(crossYearLine(lw)), "the check with last year's report");
      expect(crossYearLine(lw)).toBe(
        "已与「2018年报.docx」（2018 年度）核对：表三上年结转、正文中的同比表述（如有），2\u00a0处不一致",
      );
      expect(lw.text()).toContain("上年报告：2018年报.docx");
      // The reader came in chunks, when the file was picked.
      expect(lw.loader.fetched.length).toBeGreaterThan(beforePick);

      expect(lw.errors).toEqual([]);
      expect(missingApis(lw)).toEqual([]);
    });
  },
);

const crossYearLine = (lw: LiteWindow) =>
  (lw.window.document.querySelector("[data-cross-year]")?.textContent ?? "").trim();

/** APIs IE11 lacks that a lite script names and the window (with the bundle's polyfills) does not have. */
function missingApis(lw: LiteWindow): string[] {
  const missing: string[] = [];
  // All scripts, loaded or not (webpack may merge a chunk into another: lite-[id] for the
  // writer's import() is also inside the template's chunk, so it is never fetched on its own).
  for (const file of liteScripts()) {
    for (const api of scanScript(fs.readFileSync(path.join(dist, file), "utf8")).uses)
      if (!hasApi(lw.window as unknown as Record<string, unknown>, api) && !(api in FEATURE_TESTED))
        missing.push(`${file}: ${api}`);
  }
  return missing;
}

/** Shading fills and highlights in the body's OOXML: the marks a user can see. */
function visibleMarks(ooxml: string): string[] {
  return [...ooxml.matchAll(/<w:(shd|highlight)\b[^>]*>/g)]
    .map((m) => (m[0].includes('w:fill="auto"') || m[0].includes('w:val="none"') ? "" : m[0]))
    .filter(Boolean);
}
