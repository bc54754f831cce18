/** How the CLI's human output looks: the language, and colour on a terminal only. */
import type { Severity } from "../report/findings";

export type Lang = "zh" | "en";
export const LANGS: readonly Lang[] = ["zh", "en"];

export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  severity(sev: Severity, s: string): string;
}

const ANSI = (code: string) => (s: string) => `\u001b[${code}m${s}\u001b[0m`;
export const COLOUR: Style = {
  bold: ANSI("1"),
  dim: ANSI("2"),
  severity: (sev, s) =>
    sev === "error" ? ANSI("31;1")(s) : sev === "warning" ? ANSI("33")(s) : ANSI("36")(s),
};
export const PLAIN: Style = { bold: (s) => s, dim: (s) => s, severity: (_sev, s) => s };

/** The text in the output language. */
export const t = (lang: Lang, zh: string, en: string): string => (lang === "zh" ? zh : en);

/** A label before a value: "格式：" / "Format: ". */
export const label = (lang: Lang, zh: string, en: string): string => (lang === "zh" ? `${zh}：` : `${en}: `);
