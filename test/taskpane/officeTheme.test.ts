/** @jest-environment jsdom */
import "./setup";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import {
  isDarkBackground,
  luminance,
  prefersDark,
  watchTheme,
  fluentTheme,
} from "../../src/taskpane/officeTheme";

const g = globalThis as { Office?: unknown };
afterEach(() => {
  delete g.Office;
  delete (window as { matchMedia?: unknown }).matchMedia;
});

function fakeMatchMedia(dark: boolean) {
  const listeners: Array<(e: { matches: boolean }) => void> = [];
  (window as { matchMedia?: unknown }).matchMedia = (query: string) => ({
    matches: dark && query === "(prefers-color-scheme: dark)",
    addEventListener: (_: string, l: (e: { matches: boolean }) => void) => listeners.push(l),
    removeEventListener: (_: string, l: (e: { matches: boolean }) => void) =>
      listeners.splice(listeners.indexOf(l), 1),
  });
  return listeners;
}

function fakeOffice(bodyBackgroundColor: string) {
  const handlers: Array<(args: unknown) => void> = [];
  g.Office = {
    EventType: { OfficeThemeChanged: "officeThemeChanged" },
    context: {
      officeTheme: { bodyBackgroundColor },
      document: {
        addHandlerAsync: (_type: string, handler: (args: unknown) => void) => handlers.push(handler),
        removeHandlerAsync: (_type: string, { handler }: { handler: (args: unknown) => void }) =>
          handlers.splice(handlers.indexOf(handler), 1),
      },
    },
  };
  return handlers;
}

test("luminance of hex colours; dark below mid-grey", () => {
  expect(luminance("#000000")).toBe(0);
  expect(luminance("#FFFFFF")).toBeCloseTo(1);
  expect(luminance("#fff")).toBeCloseTo(1);
  expect(luminance("white")).toBeUndefined();
  expect(isDarkBackground("#262626")).toBe(true); // Office Black
  expect(isDarkBackground("#6E6E6E")).toBe(true); // Office Dark Gray
  expect(isDarkBackground("#E6E6E6")).toBe(false); // Office Colorful
  expect(isDarkBackground("#FFFFFF")).toBe(false);
  expect(isDarkBackground(undefined)).toBeUndefined();
  expect(fluentTheme(true)).toBe(webDarkTheme);
  expect(fluentTheme(false)).toBe(webLightTheme);
});

test("without Office: light by default, the system's preference when it says dark", () => {
  expect(prefersDark()).toBe(false);
  const listeners = fakeMatchMedia(true);
  expect(prefersDark()).toBe(true);
  const seen: boolean[] = [];
  const stop = watchTheme((dark) => seen.push(dark));
  listeners.forEach((l) => l({ matches: false }));
  expect(seen).toEqual([false]);
  stop();
  expect(listeners).toHaveLength(0);
});

test("with Office: its body background decides, and theme changes are followed", () => {
  fakeMatchMedia(false);
  const handlers = fakeOffice("#262626");
  expect(prefersDark()).toBe(true);
  const seen: boolean[] = [];
  const stop = watchTheme((dark) => seen.push(dark));
  expect(handlers).toHaveLength(1);
  handlers[0]({ officeTheme: { bodyBackgroundColor: "#FFFFFF" } });
  handlers[0]({ officeTheme: { bodyBackgroundColor: "#1f1f1f" } });
  expect(seen).toEqual([false, true]);
  stop();
  expect(handlers).toHaveLength(0);
});

test("a host that refuses the theme event keeps the starting theme", () => {
  fakeOffice("#FFFFFF");
  (g.Office as { context: { document: { addHandlerAsync: () => void } } }).context.document.addHandlerAsync =
    () => {
      throw new Error("not supported");
    };
  expect(prefersDark()).toBe(false);
  expect(() => watchTheme(() => undefined)()).not.toThrow();
});
