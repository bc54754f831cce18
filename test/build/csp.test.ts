import {
  buildCsp,
  DEFAULT_OFFICE_JS_URL,
  officeJsOrigin,
  resolveOfficeJsUrl,
} from "../../scripts/addin-config";

function directives(csp: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of csp.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    expect(out.has(name)).toBe(false);
    out.set(name, sources);
  }
  return out;
}

const OFFICE = "https://appsforoffice.microsoft.com";

describe("resolveOfficeJsUrl", () => {
  it("defaults to Office's CDN", () => {
    expect(DEFAULT_OFFICE_JS_URL).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(resolveOfficeJsUrl(undefined)).toBe(DEFAULT_OFFICE_JS_URL);
    expect(resolveOfficeJsUrl("  ")).toBe(DEFAULT_OFFICE_JS_URL);
  });

  it("takes an https mirror or a path on the add-in's own server", () => {
    expect(resolveOfficeJsUrl("https://mirror.intranet.example/office-js/office.js")).toBe(
      "https://mirror.intranet.example/office-js/office.js",
    );
    expect(resolveOfficeJsUrl("//mirror.intranet.example/office.js")).toBe(
      "https://mirror.intranet.example/office.js",
    );
    expect(resolveOfficeJsUrl("office-js/office.js")).toBe("office-js/office.js");
    expect(resolveOfficeJsUrl("/nianbao/office-js/office.js")).toBe("/nianbao/office-js/office.js");
  });

  it("refuses plain http, other schemes and characters that would break out of the attribute", () => {
    expect(() => resolveOfficeJsUrl("http://appsforoffice.microsoft.com/lib/1/hosted/office.js")).toThrow(
      /https/,
    );
    expect(() => resolveOfficeJsUrl("javascript:alert(1)")).toThrow(/https/);
    expect(() => resolveOfficeJsUrl('https://x.example/o.js" onload="x')).toThrow(/unsafe/);
    expect(() => resolveOfficeJsUrl("https://x.example/<o>.js")).toThrow(/unsafe/);
  });
});

describe("officeJsOrigin", () => {
  it("is the origin of an absolute URL, and null for a same-origin path", () => {
    expect(officeJsOrigin(DEFAULT_OFFICE_JS_URL)).toBe(OFFICE);
    expect(officeJsOrigin("https://mirror.example:8443/a/office.js")).toBe("https://mirror.example:8443");
    expect(officeJsOrigin("office-js/office.js")).toBeNull();
  });
});

describe("buildCsp", () => {
  it("allows scripts and frames only from 'self' and the office.js origin", () => {
    const d = directives(buildCsp());
    expect(d.get("default-src")).toEqual(["'self'"]);
    expect(d.get("script-src")).toEqual(["'self'", OFFICE]);
    expect(d.get("frame-src")).toEqual(["'self'", OFFICE]);
    expect(d.get("connect-src")).toEqual(["'self'"]);
    expect(d.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(d.get("img-src")).toEqual(["'self'", "data:"]);
    expect(d.get("font-src")).toEqual(["'self'"]);
    expect(d.get("object-src")).toEqual(["'none'"]);
    expect(d.get("base-uri")).toEqual(["'self'"]);
  });

  it("names no other host, no wildcard, no eval and no inline script anywhere", () => {
    const csp = buildCsp();
    const sources = [...directives(csp).values()].flat();
    for (const s of sources) {
      expect(["'self'", "'none'", "'unsafe-inline'", "data:", OFFICE]).toContain(s);
    }
    expect(csp).not.toMatch(/\*|unsafe-eval|https?:(?!\/\/appsforoffice\.microsoft\.com)/);
    expect(directives(csp).get("script-src")).not.toContain("'unsafe-inline'");
  });

  it("follows OFFICE_JS_URL", () => {
    const mirror = buildCsp({ officeJsUrl: "https://mirror.intranet.example/office-js/office.js" });
    expect(directives(mirror).get("script-src")).toEqual(["'self'", "https://mirror.intranet.example"]);
    expect(directives(mirror).get("frame-src")).toEqual(["'self'", "https://mirror.intranet.example"]);
    expect(mirror).not.toContain("appsforoffice");

    const local = buildCsp({ officeJsUrl: "office-js/office.js" });
    expect(directives(local).get("script-src")).toEqual(["'self'"]);
    expect(directives(local).get("frame-src")).toEqual(["'self'"]);
    expect(() => buildCsp({ officeJsUrl: "http://mirror.example/office.js" })).toThrow();
  });

  it("allows no script and no frame on a page without office.js", () => {
    const d = directives(buildCsp({ officeJs: false }));
    expect(d.get("script-src")).toEqual(["'none'"]);
    expect(d.get("frame-src")).toEqual(["'none'"]);
    expect(d.get("connect-src")).toEqual(["'self'"]);
  });

  it("allows the browser preview its own scripts and frame, from 'self' only, and nothing of Office's", () => {
    const csp = buildCsp({ officeJs: false, ownScripts: true });
    const d = directives(csp);
    expect(d.get("script-src")).toEqual(["'self'"]);
    expect(d.get("frame-src")).toEqual(["'self'"]);
    expect(d.get("connect-src")).toEqual(["'self'"]);
    expect(d.get("object-src")).toEqual(["'none'"]);
    expect(csp).not.toMatch(/appsforoffice|https?:|unsafe-eval|\*/);
    // ownScripts changes nothing where office.js is loaded.
    expect(buildCsp({ ownScripts: true })).toBe(buildCsp());
  });

  it("fits in a double-quoted HTML attribute", () => {
    expect(buildCsp()).not.toMatch(/["<>&]/);
  });
});
