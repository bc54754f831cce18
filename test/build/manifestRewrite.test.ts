import fs from "fs";
import path from "path";
import { normaliseBaseUrl, rewriteManifest } from "../../scripts/addin-config";
import { descendants, parseXml } from "../manifest/xmlTree";

const manifest = fs.readFileSync(path.resolve(__dirname, "..", "..", "manifest.xml"), "utf8");
const DEV_URL = /https:\/\/localhost:3000(\/[^"'<>\s]*)?/g;

describe("normaliseBaseUrl", () => {
  it("adds the trailing slash and keeps the path", () => {
    expect(normaliseBaseUrl("https://intranet.example/nianbao")).toBe("https://intranet.example/nianbao/");
    expect(normaliseBaseUrl("https://intranet.example/nianbao/")).toBe("https://intranet.example/nianbao/");
    expect(normaliseBaseUrl("https://intranet.example")).toBe("https://intranet.example/");
    expect(normaliseBaseUrl(" https://Intranet.Example:8443/a/b/ ")).toBe(
      "https://intranet.example:8443/a/b/",
    );
  });

  it("refuses what Word or the manifest cannot take", () => {
    expect(() => normaliseBaseUrl("http://intranet.example/nianbao/")).toThrow(/https/);
    expect(() => normaliseBaseUrl("intranet.example/nianbao/")).toThrow(/absolute/);
    expect(() => normaliseBaseUrl("https://intranet.example/nianbao/?v=1")).toThrow(/query/);
    expect(() => normaliseBaseUrl("https://intranet.example/nianbao/#x")).toThrow(/fragment/);
    expect(() => normaliseBaseUrl("https://user:pw@intranet.example/")).toThrow(/credentials/);
    expect(() => normaliseBaseUrl("https://intranet.example/a&b/")).toThrow(/characters/);
    expect(() => normaliseBaseUrl("https://intranet.example/it's/")).toThrow(/characters/);
  });
});

describe("rewriteManifest", () => {
  const base = "https://intranet.example/nianbao/";
  const out = rewriteManifest(manifest, base);

  it("rewrites every localhost URL", () => {
    expect(out).not.toMatch(/localhost|127\.0\.0\.1/);
    const before = manifest.match(DEV_URL) ?? [];
    expect(before.length).toBeGreaterThan(10);
    for (const url of before) {
      const rewritten =
        url === "https://localhost:3000"
          ? "https://intranet.example"
          : url.replace("https://localhost:3000/", base);
      expect(out).toContain(rewritten);
    }
    expect(out).toContain(`<SourceLocation DefaultValue="${base}taskpane.html"/>`);
    expect(out).toContain(`DefaultValue="${base}taskpane.html?action=check"`);
    expect(out).toContain(`DefaultValue="${base}assets/icon-16.png"`);
    expect(out).toContain("<AppDomain>https://intranet.example</AppDomain>");
  });

  it("changes nothing else", () => {
    const placeholder = (text: string, pattern: RegExp) => text.replace(pattern, "URL");
    const rewrittenUrls = new RegExp(
      `${base.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}[^"'<>\\s]*|https://intranet\\.example`,
      "g",
    );
    expect(placeholder(out, rewrittenUrls)).toBe(placeholder(manifest, DEV_URL));
    expect((out.match(rewrittenUrls) ?? []).length).toBe((manifest.match(DEV_URL) ?? []).length);
  });

  it("gives a well-formed manifest whose URLs are all https under the base URL", () => {
    const app = parseXml(out);
    const values = [app, ...descendants(app)].flatMap((el) => [
      ...Object.entries(el.attrs)
        .filter(([name]) => !name.startsWith("xmlns"))
        .map(([, v]) => v),
      el.text.trim(),
    ]);
    const urls = values.filter((v) => /^[a-z]+:\/\//.test(v));
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(url === "https://intranet.example" || url.startsWith(base)).toBe(true);
  });

  it("normalises the base URL and handles a base at the server root", () => {
    expect(rewriteManifest(manifest, "https://intranet.example/nianbao")).toBe(out);
    const atRoot = rewriteManifest(manifest, "https://addins.example");
    expect(atRoot).toContain('DefaultValue="https://addins.example/help.html"');
    expect(atRoot).toContain("<AppDomain>https://addins.example</AppDomain>");
  });

  it("refuses a bad base URL, and a localhost URL it does not know how to rewrite", () => {
    expect(() => rewriteManifest(manifest, "http://intranet.example/")).toThrow(/https/);
    expect(() => rewriteManifest('<a href="https://localhost:4000/x"/>', base)).toThrow(/localhost/);
  });
});
