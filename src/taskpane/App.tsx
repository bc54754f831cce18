/**
 * The task pane: Fluent's theme, the language, and the check panel. It talks to the document only
 * through `host`, so the same pane runs in Word and in the browser preview.
 */
import { FluentProvider, makeStyles, webLightTheme, type Theme } from "@fluentui/react-components";
import { useMemo } from "react";
import type { ReportHost } from "../host/reportHost";
import { CheckPanel, type InitialAction } from "./components/CheckPanel";
import { useLanguagePreference } from "./hooks/useLanguagePreference";
import { LanguageContext } from "./hooks/useStrings";

export type { InitialAction } from "./components/CheckPanel";

export interface AppProps {
  host: ReportHost;
  /** What the ribbon button that opened the pane asked for. */
  initialAction?: InitialAction;
  theme?: Theme;
  /** Office's display language (e.g. "zh-CN", "en-US"); English when it starts with "en". */
  displayLanguage?: string;
}

const useStyles = makeStyles({
  provider: { minHeight: "100vh", maxWidth: "100%" },
});

export function App({ host, initialAction = null, theme = webLightTheme, displayLanguage }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useLanguagePreference(displayLanguage);
  const language = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return (
    <FluentProvider theme={theme} className={styles.provider} lang={lang === "zh" ? "zh-CN" : "en"}>
      <LanguageContext.Provider value={language}>
        <CheckPanel host={host} initialAction={initialAction} />
      </LanguageContext.Provider>
    </FluentProvider>
  );
}
