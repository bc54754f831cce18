/**
 * The blank template's bytes. This module and the `docx` writer it pulls in are a chunk of their
 * own, loaded when the user inserts a template (import() in ./index): the pane's up-front script
 * stays small.
 */
import { buildTemplateDocx } from "../template";
import { installTextEncoder } from "./textEncoder";

installTextEncoder(window as unknown as { TextEncoder?: unknown });

export function templateBytes(format: "2021" | "2019"): Promise<Uint8Array> {
  return buildTemplateDocx(format);
}
