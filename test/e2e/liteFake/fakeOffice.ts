/**
 * The fake Word (test/fakes) in the browser, in place of office.js, for the lite pane's end-to-end
 * test: `lite-e2e.html?doc=<fixture>.docx&api=1.1|1.3[&readOnly=1]` loads the .docx from
 * fixtures/, and installs the fake over it with that WordApi level. Until the document is read,
 * `Office.onReady` waits. The test reads what Word was asked to do through `window.__fake`.
 */
import { FakeDocument, installFakeWord, type FakeSession } from "../../fakes";

interface FakeHandle {
  session: FakeSession;
  document: FakeDocument;
  /** The body's OOXML as it is now (what the user sees: text, shading, highlights). */
  bodyOoxml(): string;
}

type ReadyCallback = (info: { host: string; platform: string }) => void;

const w = window as unknown as { Office: Record<string, unknown>; __fake?: FakeHandle; __fakeError?: string };
const query = new URLSearchParams(location.search);
const info = { host: "Word", platform: "PC" };
const waiting: (() => void)[] = [];
let ready = false;

function onReady(callback?: ReadyCallback): Promise<typeof info> {
  return new Promise((resolve) => {
    const done = () => {
      callback?.(info);
      resolve(info);
    };
    if (ready) setTimeout(done, 0);
    else waiting.push(done);
  });
}

w.Office = { onReady };

async function start(): Promise<void> {
  const response = await fetch(`fixtures/${query.get("doc") ?? "liuying-2019.docx"}`);
  const document = await FakeDocument.fromDocx(new Uint8Array(await response.arrayBuffer()));
  const session = installFakeWord(document, {
    apiVersion: query.get("api") ?? "1.3",
    readOnly: query.get("readOnly") === "1",
  });
  w.Office.onReady = onReady;
  w.__fake = { session, document, bodyOoxml: () => document.bodyOoxml() };
  ready = true;
  for (const done of waiting.splice(0)) done();
}

start().catch((error: unknown) => {
  w.__fakeError = String(error);
  console.error(`fake Word: ${String(error)}`);
});
