/** While a check runs: a spinner that names the step (读取文档 / 检查 / 标记), or what else runs. */
import { makeStyles, Spinner, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { paddingBlock: tokens.spacingVerticalS, minWidth: 0 },
  spinner: { justifyContent: "flex-start", overflowWrap: "anywhere" },
});

export function ProgressStep({ label }: { label: string }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Spinner size="tiny" labelPosition="after" className={styles.spinner} label={label} />
    </div>
  );
}
