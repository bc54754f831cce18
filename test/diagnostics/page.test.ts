/** @jest-environment jsdom */
// The diagnostics page: runs the probes when asked (with or without the scratch table) and shows
// the JSON summary, ready to copy; over the fake Word.
import { readFileSync } from "fs";
import { join } from "path";
import { TextDecoder, TextEncoder } from "util";
import { deserialize, serialize } from "v8";
import { startDiagnosticsPage } from "../../src/diagnostics";
import { openFixture, useFakeWord } from "../word/support";

useFakeWord();

// What jsdom lacks and a browser has (the .docx writer, the probes and the fake use them).
Object.assign(globalThis, {
  TextEncoder,
  TextDecoder,
  structuredClone: <T>(value: T): T => deserialize(serialize(value)) as T,
});
jest.setTimeout(30_000);

function loadPage(): void {
  const html = readFileSync(join(__dirname, "..", "..", "src", "diagnostics", "diagnostics.html"), "utf8");
  const body = /<body>([\s\S]*)<\/body>/.exec(html)?.[1] ?? "";
  document.body.innerHTML = body;
}

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

async function until(test: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !test(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(test()).toBe(true);
}

describe("diagnostics.html", () => {
  it("runs the probes and shows their summary; Copy puts it on the clipboard", async () => {
    const { document: word, session } = await openFixture("consistent-2021");
    loadPage();
    startDiagnosticsPage();
    expect(byId<HTMLButtonElement>("copy").disabled).toBe(true);
    byId<HTMLButtonElement>("run").click();
    await until(() => byId("out").textContent !== "" && !byId<HTMLButtonElement>("run").disabled);
    const summary = JSON.parse(byId("out").textContent ?? "") as {
      tool: string;
      scratch: { removed: boolean };
    };
    expect(summary.tool).toBe("nianbao-check diagnostics");
    expect(summary.scratch.removed).toBe(true);
    expect(session.writesOf("insertOoxml")).toHaveLength(1);
    expect(byId("status").textContent).toMatch(/^完成/);
    expect(word.topLevelTables()).toHaveLength(3);

    let copied = "";
    Object.assign(navigator, { clipboard: { writeText: async (text: string) => void (copied = text) } });
    byId<HTMLButtonElement>("copy").click();
    await until(() => copied !== "");
    expect(JSON.parse(copied)).toEqual(summary);
  });

  it("leaves the document alone when the scratch table is not wanted", async () => {
    const { session } = await openFixture("consistent-2021");
    loadPage();
    startDiagnosticsPage();
    byId<HTMLInputElement>("scratch").checked = false;
    byId<HTMLButtonElement>("run").click();
    await until(() => byId("out").textContent !== "");
    expect(session.writes).toEqual([]);
    expect(JSON.parse(byId("out").textContent ?? "").scratch).toEqual({ skipped: "not asked for" });
  });
});
