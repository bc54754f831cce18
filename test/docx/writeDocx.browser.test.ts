/**
 * @jest-environment jsdom
 */
// The Word add-in builds the template in the browser, where there is no Node Buffer. jsdom still
// exposes it, so remove it before the modules load (the bundled JSZip probes for it at load time).
import { TextEncoder } from "util";

type Docx = typeof import("../../src/docx");

const globals = globalThis as { Buffer?: unknown; TextEncoder?: unknown };
// Every browser has TextEncoder; jsdom lacks it.
globals.TextEncoder ??= TextEncoder;
const savedBuffer = globals.Buffer;
let docx: Docx;

beforeAll(async () => {
  delete globals.Buffer;
  await jest.isolateModulesAsync(async () => {
    docx = await import("../../src/docx");
  });
});

afterAll(() => {
  globals.Buffer = savedBuffer;
});

test("writes a package and its base64 without Node's Buffer", async () => {
  expect(globals.Buffer).toBeUndefined();
  const bytes = await docx.writeDocx({
    blocks: [{ text: "标题", kind: "title" }, { rows: [[{ text: "甲", rowSpan: 2 }], []] }],
  });
  // A Uint8Array of this realm or another: check the tag, not instanceof.
  expect(Object.prototype.toString.call(bytes)).toBe("[object Uint8Array]");
  expect(Array.from(bytes.slice(0, 2))).toEqual([0x50, 0x4b]); // "PK"
  expect(docx.toBase64(bytes)).toMatch(/^UEs[A-Za-z0-9+/]+=*$/);
});
