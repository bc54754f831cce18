/** What `npm start` does about the browser preview: its URL, opening a browser, the banner. */
import { browserCommand, hasDesktop, previewBanner, previewUrl } from "../../scripts/preview-launch";

describe("previewUrl", () => {
  it("is preview.html on the dev server, in the scheme it serves", () => {
    expect(previewUrl("https")).toBe("https://localhost:3000/preview.html");
    expect(previewUrl("http")).toBe("http://localhost:3000/preview.html");
  });
});

describe("hasDesktop and browserCommand", () => {
  const url = "http://localhost:3000/preview.html";

  it("opens a browser on Linux only with a display", () => {
    expect(hasDesktop("linux", {})).toBe(false);
    expect(browserCommand("linux", url, {})).toBeNull();
    expect(browserCommand("linux", url, { DISPLAY: ":0" })).toEqual({ command: "xdg-open", args: [url] });
    expect(browserCommand("linux", url, { WAYLAND_DISPLAY: "wayland-0" })).toEqual({
      command: "xdg-open",
      args: [url],
    });
  });

  it("uses the system's opener on Windows and macOS", () => {
    expect(browserCommand("darwin", url, {})).toEqual({ command: "open", args: [url] });
    expect(browserCommand("win32", url, {})).toEqual({ command: "cmd", args: ["/c", "start", '""', url] });
  });

  it("opens nothing with BROWSER=none", () => {
    expect(browserCommand("darwin", url, { BROWSER: "none" })).toBeNull();
    expect(browserCommand("linux", url, { DISPLAY: ":0", BROWSER: "None" })).toBeNull();
  });
});

describe("previewBanner", () => {
  it("frames the URL so that it stands out, wide enough for its Chinese title", () => {
    const banner = previewBanner("http://localhost:3000/preview.html");
    const lines = banner.split("\n");
    expect(lines).toContain("      http://localhost:3000/preview.html");
    const rules = lines.filter((l) => /^=+$/.test(l));
    expect(rules).toHaveLength(2);
    expect(lines.every((l) => l === l.trimEnd())).toBe(true);
  });
});
