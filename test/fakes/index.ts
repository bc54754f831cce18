/**
 * Installing the fake as the globals office.js defines (`Word`, `Office`, `OfficeExtension`).
 *
 *   const doc = await FakeDocument.fromDocx(bytes);
 *   const session = installFakeWord(doc, { convention: "skipped", apiVersion: "1.4" });
 *   const host = createWordHost();
 *   await host.read();
 *   expect(session.syncs).toBe(2);
 *
 * A second `installFakeWord(doc)` over the same document is a new session (the pane reloaded, or
 * the document reopened): the shading and comments written before are there, and the settings as
 * they were last saved with `saveAsync` — not the ones only `set` in memory.
 */
import { FakeDocument } from "./fakeDocument";
import { FakeOfficeError, FakeSession, type FakeContext, type FakeWordOptions } from "./fakeWord";

export { FakeDocument } from "./fakeDocument";
export type { FakeCell, FakeTable, FakeParagraph } from "./fakeDocument";
export type { NoFillBehaviour, TrackingMode } from "./fakeDocument";
export { API_LEVELS, FakeOfficeError, FakeSession, WEB_RESPONSE_LIMIT } from "./fakeWord";
export type {
  CellConvention,
  FakeWordOptions,
  FakeWrite,
  NoFillSpelling,
  SelectTarget,
  Stamped,
  SyncLog,
} from "./fakeWord";

/** `Office.context.document.settings`: in memory until `saveAsync` writes them into the document. */
class FakeSettings {
  private values: Record<string, unknown>;

  constructor(private readonly session: FakeSession) {
    this.values = structuredClone(session.document.savedSettings);
  }

  get(name: string): unknown {
    return name in this.values ? structuredClone(this.values[name]) : null;
  }

  set(name: string, value: unknown): void {
    // Settings are stored as JSON: what cannot round-trip through it does not belong there.
    this.values[name] = JSON.parse(JSON.stringify(value)) as unknown;
  }

  remove(name: string): void {
    delete this.values[name];
  }

  saveAsync(
    optionsOrCallback?: unknown,
    maybeCallback?: (result: { status: string; error?: { message: string } }) => void,
  ): void {
    const callback = typeof optionsOrCallback === "function" ? optionsOrCallback : maybeCallback;
    const fail = this.session.options.failSave || this.session.options.readOnly;
    if (!fail) {
      this.session.document.savedSettings = structuredClone(this.values);
      this.session.record({ kind: "saveSettings", settings: structuredClone(this.values) });
    }
    setTimeout(() =>
      (callback as typeof maybeCallback)?.(
        fail
          ? { status: "failed", error: { message: "fake: settings could not be saved" } }
          : { status: "succeeded" },
      ),
    );
  }
}

/** Sets the globals for a new session over `document`; `uninstallFakeWord` removes them. */
export function installFakeWord(document: FakeDocument, options: FakeWordOptions = {}): FakeSession {
  const session = new FakeSession(document, options);
  const settings = new FakeSettings(session);
  const office = {
    context: {
      document: { settings, mode: options.readOnly ? "readOnly" : "readWrite" },
      requirements: {
        isSetSupported(name: string, version?: string): boolean {
          if (name !== "WordApi") return false;
          const [major, minor] = (version ?? "1.1").split(".").map(Number);
          return session.apiVersion() >= major * 1000 + (minor ?? 0);
        },
      },
      displayLanguage: "zh-CN",
      diagnostics: { host: "Word", platform: "PC", version: "16.0 (fake)" },
    },
    DocumentMode: { ReadOnly: "readOnly", ReadWrite: "readWrite" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  };
  Object.assign(globalThis, {
    Word: { run: <T>(batch: (context: FakeContext) => Promise<T>) => session.run(batch) },
    Office: office,
    OfficeExtension: { Error: FakeOfficeError },
  });
  return session;
}

export function uninstallFakeWord(): void {
  const g = globalThis as Record<string, unknown>;
  delete g.Word;
  delete g.Office;
  delete g.OfficeExtension;
}

/** A document and a session over it, from .docx bytes. */
export async function fakeWordFor(
  bytes: Uint8Array,
  options: FakeWordOptions = {},
): Promise<{ document: FakeDocument; session: FakeSession }> {
  const document = await FakeDocument.fromDocx(bytes);
  return { document, session: installFakeWord(document, options) };
}
