import fs from "fs";
import { OfficeAddinManifest } from "office-addin-manifest";
import path from "path";
import { ribbonAction } from "../../src/commands/ribbonAction";
import { at, child, children, descendants, parseXml, type XmlElement } from "./xmlTree";

// office-addin-manifest's offline reader is used below (its online `validate` needs the internet
// and is not run here). Its main module also loads the JSON-manifest support, whose dependencies
// (@microsoft/app-manifest, uuid) are ES modules jest's CommonJS loader cannot require; reading an
// XML manifest never calls them, so they are stubbed.
jest.mock("@microsoft/app-manifest", () => ({}));
jest.mock("uuid", () => ({}));

/**
 * The add-in's id. Documents keep the add-in's settings under it, so it must never change: if this
 * test fails because the id in manifest.xml changed, put the old id back.
 */
const ADDIN_ID = "161608d7-24e6-4dcb-9e37-94c5c95a9696";

const root = path.resolve(__dirname, "..", "..");
const manifestPath = path.join(root, "manifest.xml");
const xml = fs.readFileSync(manifestPath, "utf8");
const app = parseXml(xml);
const DEV_BASE = "https://localhost:3000/";

// The source of each page the manifest names (built by webpack.config.js).
const PAGE_SOURCES: Record<string, string> = {
  "taskpane.html": "src/taskpane/taskpane.html",
  "commands.html": "src/commands/commands.html",
  "help.html": "src/help/help.html",
};

const CJK = /[\u4e00-\u9fff]/;

function pngInfo(file: string): { width: number; height: number; colorType: number } {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(buf.toString("ascii", 12, 16)).toBe("IHDR");
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20), colorType: buf[25] };
}

/** Every URL in the manifest, from attribute values and element text (not namespace names). */
function allUrls(): string[] {
  const urls: string[] = [];
  for (const el of [app, ...descendants(app)]) {
    const attrs = Object.entries(el.attrs).filter(([name]) => name !== "xmlns" && !name.startsWith("xmlns:"));
    for (const value of [...attrs.map(([, v]) => v), el.text.trim()]) {
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) urls.push(value);
    }
  }
  return urls;
}

const versionOverrides = child(app, "VersionOverrides");
const resources = child(versionOverrides, "Resources");

function resource(kind: "Images" | "Urls" | "ShortStrings" | "LongStrings", id: string): XmlElement {
  const found = child(resources, kind).children.filter((el) => el.attrs.id === id);
  if (found.length !== 1) throw new Error(`resource ${kind}/${id} defined ${found.length} times`);
  return found[0];
}

function stringResource(id: string): XmlElement {
  const found = [
    ...child(resources, "ShortStrings").children,
    ...child(resources, "LongStrings").children,
  ].filter((el) => el.attrs.id === id);
  if (found.length !== 1) throw new Error(`string resource ${id} defined ${found.length} times`);
  return found[0];
}

function enUs(el: XmlElement): string | undefined {
  return children(el, "Override").find((o) => o.attrs.Locale === "en-US")?.attrs.Value;
}

describe("manifest.xml read by office-addin-manifest", () => {
  it("has the fixed add-in id and the basic settings", async () => {
    const info = await OfficeAddinManifest.readManifestFile(manifestPath);
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(info.id).toBe(ADDIN_ID);
    expect(info.officeAppType).toBe("TaskPaneApp");
    expect(info.hosts).toEqual(["Document"]);
    expect(info.permissions).toBe("ReadWriteDocument");
    expect(info.defaultLocale).toBe("zh-CN");
    expect(info.displayName).toBe("年报校对");
    expect(info.version).toBe("1.0.0.0");
    expect(info.providerName).toBeTruthy();
    expect(info.description).toMatch(CJK);
    expect(info.defaultSettings?.sourceLocation).toBe(`${DEV_BASE}taskpane.html`);
    expect(info.supportUrl).toBe(`${DEV_BASE}help.html`);
    expect(info.appDomains).toEqual(["https://localhost:3000"]);
  });
});

describe("manifest.xml", () => {
  it("keeps the elements of OfficeApp in the schema's order", () => {
    const order = [
      "Id",
      "AlternateId",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "AllowSnapshot",
      "VersionOverrides",
    ];
    const seen = app.children.map((c) => c.local);
    for (const name of seen) expect(order).toContain(name);
    const positions = seen.map((name) => order.indexOf(name));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(app.attrs["xsi:type"]).toBe("TaskPaneApp");
  });

  it("requires WordApi 1.1 and nothing newer (Office 2016 gets the lite pane's 1.1 adapter)", () => {
    const sets = at(app, "Requirements", "Sets");
    expect(sets.attrs.DefaultMinVersion).toBe("1.1");
    expect(children(sets, "Set").map((s) => s.attrs)).toEqual([{ Name: "WordApi", MinVersion: "1.1" }]);
  });

  it("has en-US overrides of the display name and the description", () => {
    expect(enUs(child(app, "DisplayName"))).toBe("Annual Report Checker");
    expect(child(app, "Description").attrs.DefaultValue).toMatch(CJK);
    expect(enUs(child(app, "Description"))).toMatch(/^[\x20-\x7e]+$/);
    // Office's limits: 125 characters for the name, 250 for the description.
    for (const [name, limit] of [
      ["DisplayName", 125],
      ["Description", 250],
    ] as const) {
      const el = child(app, name);
      expect(el.attrs.DefaultValue.length).toBeLessThanOrEqual(limit);
      expect((enUs(el) ?? "").length).toBeLessThanOrEqual(limit);
    }
  });

  it("uses https URLs under the dev base URL only, and its own origin as the only app domain", () => {
    const urls = allUrls();
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      expect(url.startsWith("https://")).toBe(true);
      expect(url === "https://localhost:3000" || url.startsWith(DEV_BASE)).toBe(true);
    }
    expect(children(child(app, "AppDomains"), "AppDomain").map((d) => d.text.trim())).toEqual([
      "https://localhost:3000",
    ]);
  });

  it("names only pages the build produces", () => {
    for (const url of allUrls().filter((u) => u.startsWith(DEV_BASE))) {
      const file = new URL(url).pathname.slice(1);
      if (file.startsWith("assets/")) {
        expect(fs.existsSync(path.join(root, file))).toBe(true);
      } else {
        expect(Object.keys(PAGE_SOURCES)).toContain(file);
        expect(fs.existsSync(path.join(root, PAGE_SOURCES[file]))).toBe(true);
      }
    }
  });

  it("points every icon at a PNG in assets/ of the right pixel size, with transparency", () => {
    const checks: Array<[url: string, size: number]> = [
      [child(app, "IconUrl").attrs.DefaultValue, 32],
      [child(app, "HighResolutionIconUrl").attrs.DefaultValue, 64],
    ];
    // Each <bt:Image size="N" resid="…"/> use in the ribbon must point at an N×N image.
    const uses = descendants(versionOverrides, "Image").filter((el) => el.attrs.resid !== undefined);
    expect(uses.length).toBeGreaterThanOrEqual(9);
    for (const use of uses)
      checks.push([resource("Images", use.attrs.resid).attrs.DefaultValue, Number(use.attrs.size)]);
    for (const size of [16, 32, 80]) expect(uses.some((u) => Number(u.attrs.size) === size)).toBe(true);

    for (const [url, size] of checks) {
      expect(url.startsWith(`${DEV_BASE}assets/`)).toBe(true);
      const file = path.join(root, new URL(url).pathname);
      expect(fs.existsSync(file)).toBe(true);
      const png = pngInfo(file);
      expect([png.width, png.height, url]).toEqual([size, size, url]);
      expect(png.colorType).toBe(6); // RGBA: transparent background
    }
  });

  it("has the ribbon group 年报校对 on the Home tab with the two buttons", () => {
    const host = at(versionOverrides, "Hosts", "Host");
    expect(versionOverrides.attrs["xsi:type"]).toBe("VersionOverridesV1_0");
    expect(host.attrs["xsi:type"]).toBe("Document");
    const desktop = child(host, "DesktopFormFactor");
    expect(resource("Urls", child(desktop, "FunctionFile").attrs.resid).attrs.DefaultValue).toBe(
      `${DEV_BASE}commands.html`,
    );

    const points = children(desktop, "ExtensionPoint");
    expect(points.map((p) => p.attrs["xsi:type"])).toEqual(["PrimaryCommandSurface"]);
    const tab = child(points[0], "OfficeTab");
    expect(tab.attrs.id).toBe("TabHome");
    const group = child(tab, "Group");
    expect(stringResource(child(group, "Label").attrs.resid).attrs.DefaultValue).toBe("年报校对");

    const buttons = children(group, "Control").map((control) => {
      expect(control.attrs["xsi:type"]).toBe("Button");
      const action = child(control, "Action");
      const supertip = child(control, "Supertip");
      return {
        label: stringResource(child(control, "Label").attrs.resid).attrs.DefaultValue,
        action: action.attrs["xsi:type"],
        taskpaneId: child(action, "TaskpaneId").text.trim(),
        url: resource("Urls", child(action, "SourceLocation").attrs.resid).attrs.DefaultValue,
        tipTitle: stringResource(child(supertip, "Title").attrs.resid).attrs.DefaultValue,
        tip: stringResource(child(supertip, "Description").attrs.resid).attrs.DefaultValue,
      };
    });
    expect(buttons.map(({ label, action, taskpaneId, url }) => ({ label, action, taskpaneId, url }))).toEqual(
      [
        {
          label: "检查年报",
          action: "ShowTaskpane",
          taskpaneId: "NianbaoPane",
          url: `${DEV_BASE}taskpane.html?action=check`,
        },
        {
          label: "插入空白模板",
          action: "ShowTaskpane",
          taskpaneId: "NianbaoPane",
          url: `${DEV_BASE}taskpane.html?action=template`,
        },
      ],
    );
    for (const b of buttons) {
      expect(b.tipTitle).toBe(b.label);
      expect(b.tip).toMatch(CJK);
    }
    // What the pane reads back from the URL it was opened with.
    expect(buttons.map((b) => ribbonAction(b.url))).toEqual(["check", "template"]);
  });

  it("defines every resource it uses, each string in Chinese with an en-US override within Office's limits", () => {
    const used = descendants(versionOverrides)
      .map((el) => el.attrs.resid)
      .filter((id): id is string => id !== undefined);
    const defined = (kind: string) => child(resources, kind).children.map((el) => el.attrs.id);
    const all = [
      ...defined("Images"),
      ...defined("Urls"),
      ...defined("ShortStrings"),
      ...defined("LongStrings"),
    ];
    expect(new Set(all).size).toBe(all.length);
    for (const id of used) expect(all).toContain(id);
    for (const id of all) expect(used).toContain(id);

    for (const [kind, limit] of [
      ["ShortStrings", 125],
      ["LongStrings", 250],
    ] as const) {
      for (const s of child(resources, kind).children) {
        expect(s.attrs.DefaultValue).toMatch(CJK);
        expect(s.attrs.DefaultValue.length).toBeLessThanOrEqual(limit);
        const en = enUs(s);
        expect([s.attrs.id, en]).toEqual([s.attrs.id, expect.stringMatching(/^[\x20-\x7e]+$/)]);
        expect((en ?? "").length).toBeLessThanOrEqual(limit);
      }
    }
  });
});
