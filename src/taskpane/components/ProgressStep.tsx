/** While a check runs: a spinner that names the step (读取文档 / 检查 / 标记). */
import { makeStyles, Spinner, tokens } from "@fluentui/react-components";
import type { CheckProgress } from "../hooks/useReportCheck";
import { useStrings } from "../hooks/useStrings";

const useStyles = makeStyles({
  root: { paddingBlock: tokens.spacingVerticalS, minWidth: 0 },
  spinner: { justifyContent: "flex-start", overflowWrap: "anywhere" },
});

export function ProgressStep({ step, n, of }: CheckProgress) {
  const styles = useStyles();
  const s = useStrings();
  return (
    <div className={styles.root}>
      <Spinner
        size="tiny"
        labelPosition="after"
        className={styles.spinner}
        label={s.stepRunning(step, n, of)}
      />
    </div>
  );
}
