/**
 * The task pane: Fluent's theme, the language, and the check panel. It talks to the document only
 * through `host`, so the same pane runs in Word, in WPS and in the browser preview; what a host
 * knows beyond the interface (the file's name, where a template goes) comes in as optional props.
 */
import { FluentProvider, makeStyles, webLightTheme, type Theme } from "@fluentui/react-components";
import { useEffect, useMemo } from "react";
import type { ReportHost } from "../host/reportHost";
import { CheckPanel, type InitialAction } from "./components/CheckPanel";
import type { PaneLinks } from "./components/HelpLinks";
import { useLanguagePreference } from "./hooks/useLanguagePreference";
import { LanguageContext } from "./hooks/useStrings";
import type { Lang } from "./strings";

export type { InitialAction } from "./components/CheckPanel";
export type { PaneLinks } from "./components/HelpLinks";

export interface AppProps {
  host: ReportHost;
  /** What the ribbon button that opened the pane asked for. */
  initialAction?: InitialAction;
  theme?: Theme;
  /** Office's display language (e.g. "zh-CN", "en-US"); English when it starts with "en". */
  displayLanguage?: string;
  /** The document's file name, asked when results are copied (undefined: the report's title is used). */
  documentName?: () => string | undefined;
  /** Where 插入空白模板 puts the template, in words, when it is not simply "at the cursor". */
  insertionPoint?: (lang: Lang) => string | undefined;
  /** The pane's language, now and whenever the user switches (the preview's page follows it). */
  onLanguageChange?: (lang: Lang) => void;
  /** The help and diagnostics pages this host has (none: no links). */
  links?: PaneLinks;
}

const useStyles = makeStyles({
  provider: { minHeight: "100vh", maxWidth: "100%" },
});

export function App({
  host,
  initialAction = null,
  theme = webLightTheme,
  displayLanguage,
  documentName,
  insertionPoint,
  onLanguageChange,
  links,
}: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useLanguagePreference(displayLanguage);
  const language = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  useEffect(() => onLanguageChange?.(lang), [lang, onLanguageChange]);
  return (
    <FluentProvider theme={theme} className={styles.provider} lang={lang === "zh" ? "zh-CN" : "en"}>
      <LanguageContext.Provider value={language}>
        <CheckPanel
          host={host}
          initialAction={initialAction}
          documentName={documentName}
          insertionPoint={insertionPoint}
          links={links}
        />
      </LanguageContext.Provider>
    </FluentProvider>
  );
}
