/**
 * Follow Office's theme: dark when the body background Office reports is dark, updated on
 * `OfficeThemeChanged` where the host raises it. Without Office (the browser preview, tests) the
 * system's `prefers-color-scheme` decides, light by default. The only module besides index.tsx
 * that touches the `Office` global.
 */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import { useEffect, useState } from "react";

/** Relative luminance (WCAG) of a `#RRGGBB` or `#RGB` colour; undefined when it is not one. */
export function luminance(color: string): number | undefined {
  let hex = color.trim().replace(/^#/, "");
  if (/^[0-9a-f]{3}$/i.test(hex)) hex = [...hex].map((c) => c + c).join("");
  if (!/^[0-9a-f]{6}$/i.test(hex)) return undefined;
  const channel = (i: number) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** Dark when the background is darker than mid-grey; undefined when the colour is unreadable. */
export function isDarkBackground(color: string | undefined): boolean | undefined {
  const l = color === undefined ? undefined : luminance(color);
  return l === undefined ? undefined : l < 0.2;
}

function officeTheme(): Office.OfficeTheme | undefined {
  try {
    return typeof Office !== "undefined" ? Office.context?.officeTheme : undefined;
  } catch {
    return undefined;
  }
}

function systemPrefersDark(): boolean {
  return typeof window !== "undefined" && typeof window.matchMedia === "function"
    ? window.matchMedia("(prefers-color-scheme: dark)").matches
    : false;
}

/** Dark or light now: Office's theme when there is one, else the system's preference. */
export function prefersDark(): boolean {
  return isDarkBackground(officeTheme()?.bodyBackgroundColor) ?? systemPrefersDark();
}

export function fluentTheme(dark: boolean): Theme {
  return dark ? webDarkTheme : webLightTheme;
}

/** Calls `onChange` when Office's theme (or, without Office, the system's) changes. */
export function watchTheme(onChange: (dark: boolean) => void): () => void {
  const stops: Array<() => void> = [];
  if (typeof window !== "undefined" && typeof window.matchMedia === "function" && !officeTheme()) {
    const query = window.matchMedia("(prefers-color-scheme: dark)");
    const listener = (e: MediaQueryListEvent) => onChange(e.matches);
    query.addEventListener?.("change", listener);
    stops.push(() => query.removeEventListener?.("change", listener));
  }
  const document = officeDocument();
  if (document && officeTheme()) {
    const handler = (args?: unknown) => {
      const changed = (args as { officeTheme?: Office.OfficeTheme } | undefined)?.officeTheme;
      const dark = isDarkBackground((changed ?? officeTheme())?.bodyBackgroundColor);
      if (dark !== undefined) onChange(dark);
    };
    try {
      // Not every host raises it (Word on the web does not): then the theme stays as it started.
      document.addHandlerAsync(Office.EventType.OfficeThemeChanged, handler, () => undefined);
      stops.push(() => {
        try {
          document.removeHandlerAsync(Office.EventType.OfficeThemeChanged, { handler }, () => undefined);
        } catch {
          // Already gone with the document.
        }
      });
    } catch {
      // Unsupported: keep the theme the pane started with.
    }
  }
  return () => stops.forEach((stop) => stop());
}

function officeDocument(): Office.Document | undefined {
  try {
    return typeof Office !== "undefined" && typeof Office.EventType !== "undefined"
      ? Office.context?.document
      : undefined;
  } catch {
    return undefined;
  }
}

/** The Fluent theme that follows Office (or the system), re-rendering when it changes. */
export function useOfficeTheme(): Theme {
  const [dark, setDark] = useState(prefersDark);
  useEffect(() => watchTheme(setDark), []);
  return fluentTheme(dark);
}
