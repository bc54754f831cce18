/** What the add-in asks of Office itself (not of the document body): capabilities and settings. */
import { HostError } from "../host/reportHost";

/** Whether this Word has a WordApi requirement set ("1.3", "1.4", …). */
export function supportsWordApi(version: string): boolean {
  return Office.context.requirements.isSetSupported("WordApi", version);
}

/** Comments on ranges (`Range.insertComment`, `Body.getComments`) need WordApi 1.4. */
export function supportsComments(): boolean {
  return supportsWordApi("1.4");
}

/** Reading and switching track changes (`Document.changeTrackingMode`) needs WordApi 1.4. */
export function supportsChangeTracking(): boolean {
  return supportsWordApi("1.4");
}

/** `Office.DocumentMode.ReadOnly` is the string "readOnly" (not "ReadOnly"): compare with the enum. */
export function isReadOnly(): boolean {
  return Office.context.document.mode === Office.DocumentMode.ReadOnly;
}

/** A value kept with the document (`Office.context.document.settings`), or null. */
export function getSetting(key: string): unknown {
  return Office.context.document.settings.get(key) as unknown;
}

/** Changes the settings in memory; `saveSettings` writes them into the document. */
export function putSetting(key: string, value: unknown): void {
  const settings = Office.context.document.settings;
  if (value === null || value === undefined) settings.remove(key);
  else settings.set(key, value);
}

export function saveSettings(): Promise<void> {
  return new Promise((resolve, reject) => {
    Office.context.document.settings.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
      else
        reject(
          new HostError(
            "host",
            `无法把设置保存到文档：${result.error?.message ?? "未知错误"}`,
            `Cannot save the settings into the document: ${result.error?.message ?? "unknown error"}`,
          ),
        );
    });
  });
}
