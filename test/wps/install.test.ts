/**
 * The Linux installer and uninstaller (wps/install/*.sh), run for real in a temporary HOME: the
 * add-in folder is copied into jsaddons, our entries are merged into publish.xml, jsplugins.xml and
 * authwebsite.xml exactly once, everyone else's are kept byte for byte, a re-install replaces the
 * old version, and uninstalling takes away only what is ours. (The PowerShell scripts mirror these
 * steps but cannot run here.)
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { parseXmlElement, elements, getAttr } from "../fakes/xmlTree";

const SCRIPTS = path.resolve(__dirname, "..", "..", "wps", "install");
const NAME = "nianbao-check";

interface Setup {
  dist: string;
  home: string;
  jsaddons: string;
}

let temp: string;
beforeEach(() => {
  temp = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-wps-install-"));
});
afterEach(() => fs.rmSync(temp, { recursive: true, force: true }));

/** A distribution folder (scripts + the add-in folder of a version) and an empty home. */
function setUp(version = "0.1.0", home = "home/张 三"): Setup {
  const dist = path.join(temp, `dist-${version}`);
  fs.mkdirSync(dist, { recursive: true });
  for (const f of fs.readdirSync(SCRIPTS)) fs.copyFileSync(path.join(SCRIPTS, f), path.join(dist, f));
  const addin = path.join(dist, `${NAME}_${version}`);
  fs.mkdirSync(path.join(addin, "images"), { recursive: true });
  fs.writeFileSync(path.join(addin, "ribbon.xml"), "<customUI/>");
  fs.writeFileSync(path.join(addin, "images", "check.svg"), "<svg/>");
  const homeDir = path.join(temp, home);
  fs.mkdirSync(homeDir, { recursive: true });
  return {
    dist,
    home: homeDir,
    jsaddons: path.join(homeDir, ".local", "share", "Kingsoft", "wps", "jsaddons"),
  };
}

function run(setup: Setup, script: string, env: Record<string, string> = {}) {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  return spawnSync("sh", [path.join(setup.dist, script)], {
    encoding: "utf8",
    env: {
      PATH: process.env.PATH ?? "/usr/bin:/bin",
      HOME: setup.home,
      ...(isRoot ? { NIANBAO_ALLOW_ROOT: "1" } : {}),
      ...env,
    },
  });
}

const read = (file: string) => fs.readFileSync(file, "utf8");

/** Entries of a list file: [element, name, attributes] (parsed, so the file must be well formed). */
function entries(file: string): { element: string; attrs: Record<string, string> }[] {
  const root = parseXmlElement(read(file));
  return elements(root).map((e) => ({ element: e.name, attrs: Object.fromEntries(e.attrs) }));
}

function ours(file: string) {
  return entries(file).filter((e) => e.attrs.name === NAME);
}

const OTHERS = {
  // WPS writes some of these on one line; another add-in's entries, and an old online entry of ours.
  "publish.xml":
    '<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins><jsplugin name="WPS-Zotero" type="wps" url="http://127.0.0.1:3889/" version="0.0.1"/><jspluginonline name="nianbao-check" type="wps" url="http://127.0.0.1:3000/" enable="enable_dev" install="null" debug="" customDomain=""/><jsplugin name=\'公文助手\' type="wps" url="gongwen_2.1.0" version="2.1.0" enable="enable" install="null"/></jsplugins>\n',
  "jsplugins.xml":
    '<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  <jsplugin name="WPS-Zotero" type="wps" url="http://127.0.0.1:3889/" version="0.0.1"/>\n  <jsplugin name="nianbao-check-extra" type="wps" url="x_1" version="1"/>\n</jsplugins>\n',
  "authwebsite.xml":
    '<?xml version="1.0" encoding="UTF-8"?>\n<websites>\n<website origin="null" name="WPS-Zotero" status="enable"/>\n<website origin="null" name="nianbao-check" status="enable"></website>\n</websites>\n',
};

function withOthers(setup: Setup): void {
  fs.mkdirSync(setup.jsaddons, { recursive: true });
  for (const [file, text] of Object.entries(OTHERS)) fs.writeFileSync(path.join(setup.jsaddons, file), text);
}

const LISTS = ["publish.xml", "jsplugins.xml", "authwebsite.xml"] as const;

describe("install-wps.sh", () => {
  it("installs into an empty home: the folder, and the three lists with our entry", () => {
    const setup = setUp();
    const result = run(setup, "install-wps.sh");
    expect([result.status, result.stderr]).toEqual([0, ""]);
    expect(result.stdout).toContain("已安装 年报校对 0.1.0");
    expect(read(path.join(setup.jsaddons, `${NAME}_0.1.0`, "ribbon.xml"))).toBe("<customUI/>");
    expect(fs.existsSync(path.join(setup.jsaddons, `${NAME}_0.1.0`, "images", "check.svg"))).toBe(true);
    for (const file of ["publish.xml", "jsplugins.xml"])
      expect(entries(path.join(setup.jsaddons, file))).toEqual([
        {
          element: "jsplugin",
          attrs: {
            name: NAME,
            type: "wps",
            url: `${NAME}_0.1.0`,
            version: "0.1.0",
            enable: "enable_dev",
            install: "null",
            customDomain: "",
          },
        },
      ]);
    expect(entries(path.join(setup.jsaddons, "authwebsite.xml"))).toEqual([
      { element: "website", attrs: { origin: "null", name: NAME, status: "enable" } },
    ]);
  });

  it("keeps every other add-in's entry as it was, and has ours exactly once", () => {
    const setup = setUp();
    withOthers(setup);
    expect(run(setup, "install-wps.sh").status).toBe(0);
    for (const file of LISTS) {
      const now = path.join(setup.jsaddons, file);
      const mine = ours(now);
      expect(mine).toHaveLength(1);
      const others = entries(now).filter((e) => e.attrs.name !== NAME);
      const before = (() => {
        const p = path.join(temp, "before.xml");
        fs.writeFileSync(p, OTHERS[file]);
        return entries(p).filter((e) => e.attrs.name !== NAME);
      })();
      expect(others).toEqual(before);
      // Byte for byte: each other entry's text is still there as it was written.
      for (const match of OTHERS[file].matchAll(/<(jsplugin|website)\b[^>]*>/g))
        if (!/name=["']nianbao-check["']/.test(match[0])) expect(read(now)).toContain(match[0]);
      expect(read(`${now}.nianbao.bak`)).toBe(OTHERS[file]);
    }
  });

  it("a second install is the same as one", () => {
    const setup = setUp();
    withOthers(setup);
    run(setup, "install-wps.sh");
    const once = LISTS.map((f) => read(path.join(setup.jsaddons, f)));
    expect(run(setup, "install-wps.sh").status).toBe(0);
    expect(LISTS.map((f) => read(path.join(setup.jsaddons, f)))).toEqual(once);
  });

  it("a newer version replaces the older one", () => {
    const old = setUp("0.1.0");
    withOthers(old);
    run(old, "install-wps.sh");
    const newer = { ...setUp("0.2.0", "unused"), home: old.home, jsaddons: old.jsaddons };
    expect(run(newer, "install-wps.sh").status).toBe(0);
    expect(fs.readdirSync(old.jsaddons).filter((d) => d.startsWith(NAME))).toEqual([`${NAME}_0.2.0`]);
    for (const file of ["publish.xml", "jsplugins.xml"])
      expect(ours(path.join(old.jsaddons, file)).map((e) => [e.attrs.url, e.attrs.version])).toEqual([
        [`${NAME}_0.2.0`, "0.2.0"],
      ]);
  });

  it("leaves a list it does not recognise alone, and says so", () => {
    const setup = setUp();
    fs.mkdirSync(setup.jsaddons, { recursive: true });
    const odd = '<?xml version="1.0"?>\n<addins><jsplugin name="x"/></addins>\n';
    fs.writeFileSync(path.join(setup.jsaddons, "publish.xml"), odd);
    const result = run(setup, "install-wps.sh");
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("publish.xml");
    expect(read(path.join(setup.jsaddons, "publish.xml"))).toBe(odd);
  });

  it("fills a list WPS left empty", () => {
    const setup = setUp();
    fs.mkdirSync(setup.jsaddons, { recursive: true });
    fs.writeFileSync(
      path.join(setup.jsaddons, "publish.xml"),
      '<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins/>\n',
    );
    expect(run(setup, "install-wps.sh").status).toBe(0);
    expect(ours(path.join(setup.jsaddons, "publish.xml"))).toHaveLength(1);
  });

  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  (isRoot ? it : it.skip)("refuses to run as root unless asked to", () => {
    const setup = setUp();
    const result = spawnSync("sh", [path.join(setup.dist, "install-wps.sh")], {
      encoding: "utf8",
      env: { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: setup.home },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("不要用 root");
    expect(fs.existsSync(setup.jsaddons)).toBe(false);
  });
});

describe("uninstall-wps.sh", () => {
  it("takes away our folder and entries, and nothing else", () => {
    const setup = setUp();
    withOthers(setup);
    fs.mkdirSync(path.join(setup.jsaddons, "gongwen_2.1.0"));
    run(setup, "install-wps.sh");
    const result = run(setup, "uninstall-wps.sh");
    expect([result.status, result.stderr]).toEqual([0, ""]);
    expect(result.stdout).toContain("已卸载");
    const folders = fs
      .readdirSync(setup.jsaddons)
      .filter((d) => fs.statSync(path.join(setup.jsaddons, d)).isDirectory());
    expect(folders).toEqual(["gongwen_2.1.0"]);
    for (const file of LISTS) {
      const now = path.join(setup.jsaddons, file);
      expect(ours(now)).toEqual([]);
      for (const match of OTHERS[file].matchAll(/<(jsplugin|website)\b[^>]*>/g))
        if (!/name=["']nianbao-check["']/.test(match[0])) expect(read(now)).toContain(match[0]);
    }
    expect(entries(path.join(setup.jsaddons, "jsplugins.xml")).map((e) => e.attrs.name)).toEqual([
      "WPS-Zotero",
      "nianbao-check-extra",
    ]);
    expect(getAttr(parseXmlElement(read(path.join(setup.jsaddons, "publish.xml"))), "x")).toBeUndefined();
  });

  it("says so when there was nothing to take away", () => {
    const setup = setUp();
    const result = run(setup, "uninstall-wps.sh");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("没有找到已安装的 年报校对");
  });
});
