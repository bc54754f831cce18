/** Switches the pane between Chinese and English (the choice is remembered). */
import { Button } from "@fluentui/react-components";
import { LocalLanguage20Regular } from "@fluentui/react-icons";
import { useLanguage, useStrings } from "../hooks/useStrings";

export function LanguageSwitch() {
  const { lang, setLang } = useLanguage();
  const s = useStrings();
  const other = lang === "zh" ? "en" : "zh";
  return (
    <Button
      appearance="subtle"
      size="small"
      icon={<LocalLanguage20Regular />}
      lang={other === "en" ? "en" : "zh-CN"}
      aria-label={s.languageSwitchLabel}
      onClick={() => setLang(other)}
    >
      {s.languageSwitch}
    </Button>
  );
}
