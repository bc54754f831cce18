// What the lite build adds so that IE11 can run the template's writer: docx's one regular
// expression rewritten in ES5 (same matches as the original), and a UTF-8 TextEncoder.
import fc from "fast-check";
import { readFileSync } from "fs";
import { TextEncoder as NodeTextEncoder } from "util";
import { es5RegExps, ES5_REGEXPS } from "../../scripts/es5-regexp-loader";
import { encodeUtf8, installTextEncoder } from "../../src/lite/textEncoder";
import { es5RegExpProblem, scanScript } from "./trident";

describe("the ES5 rewrite of docx's findPatchKeys", () => {
  const DOCX = require.resolve("docx").replace(/index\.c?js$/, "index.mjs");
  const source = readFileSync(DOCX, "utf8");
  const rewritten = es5RegExps(source, DOCX);

  it("replaces the expression in docx as installed, and leaves none IE11 cannot compile", () => {
    expect(rewritten).not.toBe(source);
    for (const [, from, to] of ES5_REGEXPS) {
      expect(rewritten).not.toContain(from);
      expect(rewritten).toContain(to);
    }
    // The one ES2018 RegExp of docx is gone (the rest of docx is ES2020: parsed after Babel).
    expect(rewritten).not.toMatch(/new RegExp\("\(\?<=/);
  });

  it("finds the same placeholder keys as the original, on random text", () => {
    const original = (text: string) => text.match(new RegExp("(?<=\\{\\{).+?(?=\\}\\})", "gs")) ?? [];
    const es5 = new Function("text", ES5_REGEXPS[0][2].replace(/^return /, "return ")) as (
      text: string,
    ) => string[];
    expect(es5RegExpProblem("\\{\\{[\\s\\S]+?\\}\\}", "g")).toBeNull();
    expect(scanScript(`function f(text) { ${ES5_REGEXPS[0][2]} }`).syntaxError).toBeNull();
    fc.assert(
      fc.property(
        fc
          .array(fc.constantFrom("{", "}", "{{", "}}", "a", "键", "\n", " "), { maxLength: 20 })
          .map((p) => p.join("")),
        (text) => {
          expect(es5(text)).toEqual(original(text));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("fails the build when docx no longer holds the expression (a dependency update to read)", () => {
    expect(() => es5RegExps("var x = 1;", "/p/node_modules/docx/dist/index.mjs")).toThrow(/no longer holds/);
    expect(es5RegExps("var x = 1;", "/p/node_modules/other/index.js")).toBe("var x = 1;");
  });
});

describe("the TextEncoder of the lite pane", () => {
  it("encodes UTF-8 as the standard encoder does", () => {
    const node = new NodeTextEncoder();
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect([...encodeUtf8(text)]).toEqual([...node.encode(text)]);
      }),
      { numRuns: 2000 },
    );
    expect([...encodeUtf8("年报\ud83d\ude00\ud800x")]).toEqual([...node.encode("年报\ud83d\ude00\ud800x")]);
  });

  it("is installed only where there is none", () => {
    const bare: { TextEncoder?: unknown } = {};
    installTextEncoder(bare);
    const Encoder = bare.TextEncoder as new () => { encode(s: string): Uint8Array; encoding: string };
    expect(new Encoder().encoding).toBe("utf-8");
    expect([...new Encoder().encode("é")]).toEqual([0xc3, 0xa9]);
    const native = { TextEncoder: NodeTextEncoder };
    installTextEncoder(native);
    expect(native.TextEncoder).toBe(NodeTextEncoder);
  });
});
