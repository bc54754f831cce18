/** What an error says to the user: a `HostError` in its own words, anything else as unexpected. */
import { HostError } from "../host/reportHost";
import { STRINGS, type Lang } from "./strings";

export function errorText(error: unknown, lang: Lang): string {
  if (error instanceof HostError) return lang === "zh" ? error.messageZh : error.message;
  // A HostError from another bundle copy (instanceof fails across realms): same shape.
  if (isHostErrorLike(error)) return lang === "zh" ? error.messageZh : error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return STRINGS[lang].unexpectedError(detail);
}

function isHostErrorLike(error: unknown): error is { messageZh: string; message: string } {
  return (
    typeof error === "object" &&
    error !== null &&
    (error as { name?: unknown }).name === "HostError" &&
    typeof (error as { messageZh?: unknown }).messageZh === "string"
  );
}
