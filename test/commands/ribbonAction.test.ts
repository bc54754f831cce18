import { ribbonAction } from "../../src/commands/ribbonAction";

describe("ribbonAction", () => {
  it.each([
    ["https://localhost:3000/taskpane.html?action=check", "check"],
    ["https://localhost:3000/taskpane.html?action=template", "template"],
    ["https://intranet.example/nianbao/taskpane.html?action=template", "template"],
    // Office appends its own parameters to the SourceLocation.
    ["https://localhost:3000/taskpane.html?action=check&_host_Info=Word$Win32$16.01$zh-CN$$$$0", "check"],
    ["https://localhost:3000/taskpane.html?_host_Info=Word$Web$16.00$en-US&action=template", "template"],
    ["https://localhost:3000/taskpane.html?action=CHECK", "check"],
    ["https://localhost:3000/taskpane.html?action=%20template%20", "template"],
    ["https://localhost:3000/taskpane.html?action=check#top", "check"],
    // Relative forms.
    ["taskpane.html?action=check", "check"],
    ["?action=template", "template"],
    // The first of repeated parameters counts.
    ["https://localhost:3000/taskpane.html?action=template&action=check", "template"],
  ] as const)("%s → %s", (url, expected) => {
    expect(ribbonAction(url)).toBe(expected);
  });

  it.each([
    "https://localhost:3000/taskpane.html",
    "https://localhost:3000/taskpane.html?action=",
    "https://localhost:3000/taskpane.html?action=insert",
    "https://localhost:3000/taskpane.html?Action=check",
    "https://localhost:3000/taskpane.html?actions=check",
    "https://localhost:3000/taskpane.html#action=check",
    "https://localhost:3000/taskpane.html?action=check-now",
    "",
    "http://[::1",
  ])("%j → null", (url) => {
    expect(ribbonAction(url)).toBeNull();
  });
});
