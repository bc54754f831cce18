/** The current language and its strings, provided once by the App. */
import { createContext, useContext } from "react";
import { STRINGS, type Lang, type Strings } from "../strings";

export interface LanguageState {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

export const LanguageContext = createContext<LanguageState>({ lang: "zh", setLang: () => undefined });

export function useLanguage(): LanguageState {
  return useContext(LanguageContext);
}

export function useStrings(): Strings {
  return STRINGS[useContext(LanguageContext).lang];
}
