/** The pane's title and the language switch. */
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { useStrings } from "../hooks/useStrings";
import { LanguageSwitch } from "./LanguageSwitch";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-start",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  titles: { display: "flex", flexDirection: "column", minWidth: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  subtitle: { color: tokens.colorNeutralForeground3 },
});

export function PaneHeader() {
  const styles = useStyles();
  const s = useStrings();
  return (
    <header className={styles.root}>
      <div className={styles.titles}>
        <h1 className={styles.title}>{s.appTitle}</h1>
        <Text size={200} className={styles.subtitle}>
          {s.appSubtitle}
        </Text>
      </div>
      <LanguageSwitch />
    </header>
  );
}
