/**
 * @jest-environment node
 */
// The checks the lite bundle goes through (test/e2e/liteBundle.e2e.ts) must be able to fail: the
// ES5 scan rejects later syntax and regular expressions IE11 cannot compile, and lists the APIs
// IE11 lacks (not those only feature-tested); the stripped window really lacks them.
import { JSDOM } from "jsdom";
import { es5RegExpProblem, hasApi, LACKING_GLOBALS, scanScript, stripTrident } from "./trident";

describe("scanScript", () => {
  it.each([
    ["let", "let a = 1;"],
    ["const", "const a = 1;"],
    ["an arrow function", "var f = () => 1;"],
    ["a class", "class A {}"],
    ["a template literal", "var s = `x`;"],
    ["spread", "f(...a);"],
    ["a regex lookbehind", "var r = /(?<!不)予以公开/;"],
    ["a regex named group", "var r = /(?<year>\\d{4})年/;"],
    ["the u flag", "var r = /./u;"],
    ["the s flag", "var r = /./s;"],
    ["the y flag", "var r = /./y;"],
    ["async functions", "async function f() {}"],
    ["for…of", "for (var x of y) {}"],
  ])("rejects %s", (_what, source) => {
    expect(scanScript(source).syntaxError).not.toBeNull();
  });

  it("accepts ES5", () => {
    expect(
      scanScript("var a = [1, 2].map(function (x) { return x * 2; }); var r = /a(?=b)|c(?!d)/gi;"),
    ).toEqual({
      syntaxError: null,
      uses: [],
      badPatterns: [],
    });
  });

  it.each([
    ["a lookbehind", 'new RegExp("(?<=\\\\{\\\\{).+?", "g")'],
    ["a named group", 'RegExp("(?<n>a)")'],
    ["\\p{…} with u", 'new RegExp("\\\\p{L}", "u")'],
    ["the s flag", 'new RegExp("a.b", "s")'],
  ])("finds RegExp(…) strings IE11 cannot compile: %s", (_what, source) => {
    expect(scanScript(`var r = ${source};`).badPatterns).toHaveLength(1);
  });

  it("lists the APIs IE11 lacks that a script uses", () => {
    const { uses } = scanScript(
      [
        "var p = new Promise(function () {});",
        "var m = new Map();",
        "Object.assign({}, a);",
        "'x'.padStart(2, '0');",
        "a.includes(1);",
        "a['startsWith']('x');",
        "Array.from(b);",
        "fetch('/x');",
        "new TextDecoder('utf-8');",
      ].join("\n"),
    );
    expect(uses).toEqual(
      [
        ".includes",
        ".padStart",
        ".startsWith",
        "Array.from",
        "Map",
        "Object.assign",
        "Promise",
        "TextDecoder",
        "fetch",
      ].sort(),
    );
  });

  it("does not count what is only feature-tested, a local of the same name, or a property", () => {
    const { uses } = scanScript(
      [
        "var hasPromise = typeof Promise !== 'undefined';",
        "var d = typeof TextDecoder === 'undefined' ? null : new TextDecoder();",
        "if (typeof Symbol === 'function') { x = Symbol.iterator; }",
        "var g = typeof globalThis != 'undefined' && globalThis;",
        "var t = Math.trunc || function (x) { return x | 0; };",
        "function f(Map) { return new Map(); }",
        "var o = { Promise: 1 }; o.Promise = 2; o.fill = 3;",
      ].join("\n"),
    );
    expect(uses).toEqual([]);
  });

  it("checks RegExp patterns as ES5", () => {
    expect(es5RegExpProblem("a/b", "g")).toBeNull();
    expect(es5RegExpProblem("[/]x", "")).toBeNull();
    expect(es5RegExpProblem("(?<!a)b", "")).not.toBeNull();
    expect(es5RegExpProblem("a", "gu")).toBe('flags "gu"');
  });
});

describe("stripTrident", () => {
  it("leaves a window without any API of the lists", () => {
    const dom = new JSDOM("", { runScripts: "outside-only" });
    const window = dom.window as unknown as Record<string, unknown> & { eval(code: string): unknown };
    expect(hasApi(window, "Promise")).toBe(true);
    stripTrident(window);
    for (const name of LACKING_GLOBALS) expect([name, hasApi(window, name)]).toEqual([name, false]);
    for (const api of ["Object.assign", "Array.from", ".padStart", ".includes", ".find", "Math.trunc"])
      expect([api, hasApi(window, api)]).toEqual([api, false]);
    expect(window.eval("typeof [].includes + typeof ''.includes + typeof Symbol")).toBe(
      "undefinedundefinedundefined",
    );
    dom.window.close();
  });
});
