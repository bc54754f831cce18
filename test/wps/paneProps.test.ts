/**
 * What the WPS entry gives the pane beyond the host interface: the document's name for 复制结果,
 * where a template goes when the cursor is in a table, and 环境诊断 opened as the ribbon opens it.
 */
import type { WpsApplication } from "../../src/wps/api";
import { wpsPaneProps } from "../../src/wps/taskpane/paneProps";
import { openFixture, useFakeWps } from "./support";

useFakeWps();

const PANE_URL =
  "file:///home/user/.local/share/Kingsoft/wps/jsaddons/nianbao-check_1.0.0/taskpane.html?action=check";

describe("the WPS pane's props", () => {
  it("name the active document, from WPS", async () => {
    const { session, host } = await openFixture("liuying-2019");
    const props = wpsPaneProps(session.app as unknown as WpsApplication, host, PANE_URL);
    expect(props.documentName?.()).toBe("年报.docx");
  });

  it("name no document when WPS has none active", async () => {
    const { session, host } = await openFixture("liuying-2019");
    const app = session.app as unknown as WpsApplication;
    const props = wpsPaneProps(
      { ...app, ActiveDocument: undefined } as unknown as WpsApplication,
      host,
      PANE_URL,
    );
    expect(props.documentName?.()).toBeUndefined();
  });

  it("say where the template goes when the cursor is in a table", async () => {
    const { session, host } = await openFixture("liuying-2019");
    const props = wpsPaneProps(session.app as unknown as WpsApplication, host, PANE_URL);
    session.cursorInCell(0, 2, 1);
    expect(props.insertionPoint?.("zh")).toMatch(/^光标在文档第 1 个表格中：/);
  });

  it("open 环境诊断 in WPS's dialog, beside the pane (the link is then not followed)", async () => {
    const { session, host } = await openFixture("liuying-2019");
    const props = wpsPaneProps(session.app as unknown as WpsApplication, host, PANE_URL);
    expect(props.links?.diagnostics?.href).toBe("diagnostics.html");
    expect(props.links?.help).toBeUndefined(); // no help.html in the WPS add-in
    expect(props.links?.diagnostics?.open?.()).toBe(true);
    expect(session.dialogs).toEqual([
      {
        url: "file:///home/user/.local/share/Kingsoft/wps/jsaddons/nianbao-check_1.0.0/diagnostics.html",
        title: "年报校对 · 环境诊断",
      },
    ]);
  });
});
