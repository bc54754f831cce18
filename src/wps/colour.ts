/**
 * Colours between the shared palette (six-digit RGB hex, src/report/view/markPalette) and WPS's
 * `WdColor`, which is Word's BGR integer: red in the low byte (`wdColorRed` = 255,
 * `wdColorBlue` = 16711680), and `wdColorAutomatic` (-16777216) for "no colour".
 */
import { markFill, type MarkLook, type MarkSeverity } from "../report/view";

/** "FF8B8B" → 0x8B8BFF. */
export function hexToBgr(hex: string): number {
  const h = hex.trim().replace(/^#/, "");
  if (!/^[0-9a-f]{6}$/i.test(h)) throw new Error(`not a six-digit colour: ${hex}`);
  const r = parseInt(h.slice(0, 2), 16);
  const g = parseInt(h.slice(2, 4), 16);
  const b = parseInt(h.slice(4, 6), 16);
  return (b << 16) | (g << 8) | r;
}

/** 0x8B8BFF → "FF8B8B"; null for `wdColorAutomatic` or anything that is not a plain colour. */
export function bgrToHex(bgr: number): string | null {
  if (!Number.isInteger(bgr) || bgr < 0 || bgr > 0xffffff) return null;
  const r = bgr & 0xff;
  const g = (bgr >> 8) & 0xff;
  const b = (bgr >> 16) & 0xff;
  return [r, g, b].map((c) => c.toString(16).padStart(2, "0").toUpperCase()).join("");
}

/** The BGR colour a mark of this look and severity paints. */
export function markBgr(look: MarkLook, severity: MarkSeverity): number {
  return hexToBgr(markFill(look, severity));
}
