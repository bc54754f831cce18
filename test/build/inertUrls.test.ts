import { inertUrls, INERT_URLS } from "../../scripts/inert-urls-loader";

describe("the inert-URL loader", () => {
  it("turns each listed message URL into words and leaves everything else alone", () => {
    for (const [url, words] of INERT_URLS) {
      const source = `throw Error("see ${url} for more"); const ns = "http://schemas.openxmlformats.org/x";`;
      const out = inertUrls(source);
      expect(out).not.toContain(url);
      expect(out).toContain(words);
      expect(out).toContain("http://schemas.openxmlformats.org/x");
    }
    const other = 'fetch("https://example.org/")';
    expect(inertUrls(other)).toBe(other);
  });
});
