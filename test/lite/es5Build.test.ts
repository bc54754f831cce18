// What the lite build adds so that IE11 can run the template's writer: docx's one regular
// expression rewritten in ES5 (same matches as the original), and a UTF-8 TextEncoder; and the
// TextDecoder the .docx reader needs to read last year's report (选择上年报告).
import fc from "fast-check";
import { readFileSync } from "fs";
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "util";
import { es5RegExps, ES5_REGEXPS } from "../../scripts/es5-regexp-loader";
import { installTextDecoder } from "../../src/lite/textDecoder";
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

describe("the TextDecoder of the lite pane", () => {
  const scope: { TextDecoder?: unknown } = {};
  installTextDecoder(scope);
  const Decoder = scope.TextDecoder as typeof NodeTextDecoder;
  /** What a decoder makes of the bytes: the text, or "error". */
  const outcome = (decoder: { decode(b: Uint8Array): string }, bytes: Uint8Array) => {
    try {
      return decoder.decode(bytes);
    } catch {
      return "error";
    }
  };
  // Byte soups that hit every branch of UTF-8: ASCII, lead bytes, continuations, bounds, BOMs.
  const utf8ish = fc
    .array(
      fc.oneof(
        fc.integer({ min: 0, max: 255 }),
        fc.constantFrom(
          0x80,
          0xbf,
          0xc0,
          0xc2,
          0xdf,
          0xe0,
          0xed,
          0xef,
          0xf0,
          0xf4,
          0xf5,
          0xa0,
          0x9f,
          0x90,
          0x8f,
        ),
      ),
      { maxLength: 24 },
    )
    .map((a) => new Uint8Array(a));

  it("decodes UTF-8 as the standard decoder does, replacing or refusing bad bytes", () => {
    for (const fatal of [false, true]) {
      const ours = new Decoder("utf-8", { fatal });
      const node = new NodeTextDecoder("utf-8", { fatal });
      fc.assert(
        fc.property(utf8ish, (bytes) => {
          expect(outcome(ours, bytes)).toEqual(outcome(node, bytes));
        }),
        { numRuns: 4000 },
      );
      fc.assert(
        fc.property(fc.string({ unit: "binary" }), (text) => {
          const bytes = new NodeTextEncoder().encode(`\ufeff${text}`);
          expect(outcome(ours, bytes)).toEqual(outcome(node, bytes));
        }),
        { numRuns: 1000 },
      );
    }
  });

  it("decodes UTF-16 in either byte order, BOM stripped, lone surrogates replaced or refused", () => {
    for (const label of ["utf-16le", "utf-16be"])
      for (const fatal of [false, true]) {
        const ours = new Decoder(label, { fatal });
        const node = new NodeTextDecoder(label, { fatal });
        fc.assert(
          fc.property(
            fc.array(fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0xd8, 0xdc, 0xfe, 0xff)), {
              maxLength: 21,
            }),
            (a) => {
              const bytes = new Uint8Array(a);
              expect(outcome(ours, bytes)).toEqual(outcome(node, bytes));
            },
          ),
          { numRuns: 3000 },
        );
      }
  });

  it("is installed only where there is none, and refuses other encodings", () => {
    expect(() => new Decoder("gbk")).toThrow(RangeError);
    expect(new Decoder().encoding).toBe("utf-8");
    expect(new Decoder().decode(new Uint8Array([0xe5, 0xb9, 0xb4]).buffer)).toBe("年");
    const native = { TextDecoder: NodeTextDecoder };
    installTextDecoder(native);
    expect(native.TextDecoder).toBe(NodeTextDecoder);
  });
});
