/**
 * @jest-environment jsdom
 *
 * The ribbon (wps/ribbon.xml) and the hidden page's callbacks (src/wps/addin): ribbon.xml starts
 * with `<customUI` (WPS's publish page checks exactly that), every callback it names is a
 * synchronous global function of the hidden page, its images exist, and the buttons open the one
 * task pane with the action asked for.
 */
import fs from "fs";
import path from "path";
import { CONTROLS, ACTION_KEY, PANE_ID_KEY, ribbonCallbacks } from "../../src/wps/addin/ribbon";
import type { WpsApplication } from "../../src/wps/api";
import { FakeFileSystem, FakeWpsSession } from "../fakes/wps";
import { parseXmlElement, elements, getAttr, type XmlElement } from "../fakes/xmlTree";
import { callbackNames } from "./ribbonXml";

const root = path.resolve(__dirname, "..", "..");
const ribbonXml = fs.readFileSync(path.join(root, "wps", "ribbon.xml"), "utf8");

function buttons(xml: string): XmlElement[] {
  const out: XmlElement[] = [];
  const visit = (el: XmlElement) => {
    if (el.name === "button") out.push(el);
    elements(el).forEach(visit);
  };
  visit(parseXmlElement(xml));
  return out;
}

describe("ribbon.xml", () => {
  it("starts with <customUI (no XML declaration, no BOM, no comment before it)", () => {
    expect(ribbonXml.startsWith("<customUI")).toBe(true);
    expect(parseXmlElement(ribbonXml).name).toBe("customUI");
  });

  it("has a 年报校对 tab whose buttons are 检查年报, 插入空白模板 and 环境诊断, with SVG icons", () => {
    const tab = parseXmlElement(ribbonXml);
    expect(ribbonXml).toContain('label="年报校对"');
    const list = buttons(ribbonXml);
    expect(list.map((b) => [getAttr(b, "id"), getAttr(b, "label")])).toEqual([
      [CONTROLS.check, "检查年报"],
      [CONTROLS.template, "插入空白模板"],
      [CONTROLS.diagnostics, "环境诊断"],
    ]);
    const callbacks = ribbonCallbacks(
      () => null,
      () => "file:///x/index.html",
    );
    for (const b of list) {
      const image = callbacks.GetImage({ Id: getAttr(b, "id") });
      expect(image).toMatch(/^images\/\w+\.svg$/);
      expect(fs.existsSync(path.join(root, "wps", image))).toBe(true);
    }
    expect(tab.name).toBe("customUI");
  });

  it("names only callbacks the hidden page defines as global functions, all synchronous", async () => {
    await import("../../src/wps/addin/main");
    const names = callbackNames(ribbonXml);
    expect(names).toEqual(["GetImage", "OnAction", "OnAddinLoad", "OnGetEnabled"]);
    const page = window as unknown as Record<string, unknown>;
    for (const name of names) {
      expect([name, typeof page[name]]).toEqual([name, "function"]);
      const result = (page[name] as (arg: unknown) => unknown)({ Id: "nothing" });
      expect(result instanceof Promise).toBe(false);
    }
  });
});

describe("the buttons", () => {
  const base = "file:///home/user/.local/share/Kingsoft/wps/jsaddons/nianbao-check_0.1.0/index.html";
  const setUp = () => {
    const session = new FakeWpsSession([], {}, new FakeFileSystem());
    const app = session.app as unknown as WpsApplication;
    return {
      session,
      callbacks: ribbonCallbacks(
        () => app,
        () => base,
      ),
    };
  };

  it("检查年报 creates the task pane once, then navigates it; 插入空白模板 asks for the template", () => {
    const { session, callbacks } = setUp();
    expect(callbacks.OnAddinLoad({})).toBe(true);
    expect(callbacks.OnAction({ Id: CONTROLS.check })).toBe(true);
    expect(session.taskPanes).toHaveLength(1);
    const pane = session.taskPanes[0];
    expect(pane).toMatchObject({ Visible: true, DockPosition: 2, title: "年报校对" });
    expect(pane.url).toBe(base.replace("index.html", "taskpane.html?action=check"));
    expect(session.pluginStorage.get(PANE_ID_KEY)).toBe(pane.ID);
    expect(session.pluginStorage.get(ACTION_KEY)).toBe("check");

    pane.Visible = false;
    expect(callbacks.OnAction({ id: CONTROLS.template })).toBe(true);
    expect(session.taskPanes).toHaveLength(1);
    expect(pane.Visible).toBe(true);
    expect(pane.navigations.at(-1)).toBe(base.replace("index.html", "taskpane.html?action=template"));
    expect(session.pluginStorage.get(ACTION_KEY)).toBe("template");
  });

  it("环境诊断 opens the diagnostics page in a dialog", () => {
    const { session, callbacks } = setUp();
    expect(callbacks.OnAction({ Id: CONTROLS.diagnostics })).toBe(true);
    expect(session.dialogs).toEqual([
      { url: base.replace("index.html", "diagnostics.html"), title: "年报校对 · 环境诊断" },
    ]);
  });

  it("an unknown control, or no WPS, does nothing", () => {
    const { session, callbacks } = setUp();
    expect(callbacks.OnAction({ Id: "other" })).toBe(false);
    expect(
      ribbonCallbacks(
        () => null,
        () => base,
      ).OnAction({ Id: CONTROLS.check }),
    ).toBe(false);
    expect(session.taskPanes).toEqual([]);
  });
});
