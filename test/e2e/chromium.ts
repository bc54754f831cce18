/**
 * Debian's Chromium, driven by playwright-core (no browser download). CHROMIUM_PATH overrides the
 * path. The flags keep a headless run on a closed network quiet: no QUIC, no background
 * networking, no component updates, no sync.
 */
import fs from "fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Throws a message that says what to do when Chromium is not installed. */
export function assertChromium(): void {
  let executable = false;
  try {
    fs.accessSync(CHROMIUM_PATH, fs.constants.X_OK);
    executable = true;
  } catch {
    executable = false;
  }
  if (!executable) {
    throw new Error(
      `Chromium is missing: ${CHROMIUM_PATH} does not exist or cannot be run.\n` +
        "The end-to-end tests drive Debian's Chromium (no browser is downloaded). Install it with\n" +
        "  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk\n" +
        "(.ci/run does this), or point CHROMIUM_PATH at a Chromium or Chrome executable.",
    );
  }
}

export function launchChromium(): Promise<Browser> {
  assertChromium();
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}
