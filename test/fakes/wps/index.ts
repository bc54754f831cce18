/**
 * The fake WPS 文字 (see ./fakeWps for what it models and what its options switch).
 *
 *   const fs = new FakeFileSystem();
 *   const doc = FakeWpsDocument.fromDocx(bytes, fs, "/home/user/年报.docx");
 *   const session = new FakeWpsSession(doc, { numbering: "skips" });
 *   installFakeWps(session);              // window.Application = session.app
 *   const host = new WpsHost(session.app as never);
 *
 * A new FakeWpsSession over the same document is a new session (the pane reloaded): shading,
 * comments and custom properties are as the last one left them. `doc.save()` then
 * `FakeWpsDocument.open(fs, path)` is the document closed and opened again.
 */
export { FakeFileSystem, type BinaryWrite } from "./fakeFileSystem";
export { FakeWpsDocument, WD_COLOR_AUTOMATIC, bgrToHex, hexToBgr } from "./fakeWpsDocument";
export type { FakeComment, FakeProperty, InsertedFile, LCell, LTable } from "./fakeWpsDocument";
export {
  FakeWpsSession,
  installFakeWps,
  uninstallFakeWps,
  type CoveredCell,
  type FakeTaskPane,
  type FakeWpsOptions,
  type Numbering,
  type XmlMode,
} from "./fakeWps";
