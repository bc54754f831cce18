/**
 * 插入空白模板: choose the format (2021 by default, 2019 for reports of 2019 and 2020) and insert
 * at the cursor. When the document already has standard tables, the dialog asks first.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { useId } from "react";
import type { FormatId } from "../../report/formats/types";
import type { TemplateInsertion } from "../hooks/useTemplateInsertion";
import { useStrings } from "../hooks/useStrings";

const useStyles = makeStyles({
  surface: { maxWidth: "calc(100vw - 16px)", boxSizing: "border-box" },
  content: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    overflowWrap: "anywhere",
  },
  legend: { fontWeight: tokens.fontWeightSemibold },
  actions: { flexWrap: "wrap" },
});

export interface TemplateDialogProps {
  template: TemplateInsertion;
  readOnly: boolean;
  /** Where the template goes, when the host says more than "at the cursor" (the preview). */
  where?: string;
}

const FORMAT_IDS: FormatId[] = ["2021", "2019"];

export function TemplateDialog({ template, readOnly, where }: TemplateDialogProps) {
  const styles = useStyles();
  const s = useStrings();
  const legendId = useId();
  const { existing, inserting } = template;
  const blocked = readOnly || existing === "looking" || inserting;
  return (
    <Dialog open={template.open} onOpenChange={(_e, data) => (data.open ? undefined : template.close())}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{s.templateTitle}</DialogTitle>
          <DialogContent className={styles.content}>
            {readOnly ? (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>{s.templateReadOnly}</MessageBarBody>
              </MessageBar>
            ) : (
              <>
                <div>
                  <div id={legendId} className={styles.legend}>
                    {s.templateFormatLabel}
                  </div>
                  <RadioGroup
                    aria-labelledby={legendId}
                    value={template.format}
                    onChange={(_e, data) => template.setFormat(data.value as FormatId)}
                  >
                    {FORMAT_IDS.map((id) => (
                      <Radio key={id} value={id} label={s.templateFormat[id]} />
                    ))}
                  </RadioGroup>
                </div>
                <p>{where ?? s.templateWhere}</p>
                {existing === "looking" && (
                  <Spinner size="tiny" labelPosition="after" label={s.templateLooking} />
                )}
                {existing === "yes" && (
                  <MessageBar intent="warning" layout="multiline">
                    <MessageBarBody>{s.templateExisting}</MessageBarBody>
                  </MessageBar>
                )}
              </>
            )}
          </DialogContent>
          <DialogActions className={styles.actions}>
            <Button appearance="primary" disabledFocusable={blocked} onClick={() => void template.insert()}>
              {inserting ? s.inserting : existing === "yes" ? s.insertAnyway : s.insert}
            </Button>
            <Button appearance="secondary" onClick={template.close}>
              {s.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
