/**
 * The pane's language: the user's choice, remembered in localStorage when there is one (Office
 * webviews may block it); otherwise English when Office's display language is English, else zh-CN.
 */
import { useCallback, useState } from "react";
import type { Lang } from "../strings";

export const LANGUAGE_STORAGE_KEY = "nianbao-check.language";

export function defaultLanguage(displayLanguage?: string): Lang {
  const stored = readStored();
  if (stored) return stored;
  return displayLanguage?.toLowerCase().startsWith("en") ? "en" : "zh";
}

export function useLanguagePreference(displayLanguage?: string): [Lang, (lang: Lang) => void] {
  const [lang, setLangState] = useState<Lang>(() => defaultLanguage(displayLanguage));
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, next);
    } catch {
      // Storage blocked: the choice lasts for this session.
    }
  }, []);
  return [lang, setLang];
}

function readStored(): Lang | undefined {
  try {
    const value = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return value === "zh" || value === "en" ? value : undefined;
  } catch {
    return undefined;
  }
}
