/**
 * A cell's look as WPS's `Cell.Shading` gives it: background and foreground (pattern) colours as
 * BGR integers (`wdColorAutomatic` for none) and the texture (`WdTextureIndex`, 0 = none). A
 * mark paints the background with no texture; clearing writes the three recorded values back.
 * Whether that restores theme-linked fills exactly is unverified (the diagnostics page probes it).
 */
import type { WpsCell } from "./api";
import { WD } from "./api";
import { read } from "./access";

export interface CellShading {
  bg: number;
  fg: number;
  tex: number;
}

export function readShading(cell: WpsCell): CellShading {
  const s = read(cell, "Shading");
  return {
    bg: Number(read(s, "BackgroundPatternColor")),
    fg: Number(read(s, "ForegroundPatternColor")),
    tex: Number(read(s, "Texture")),
  };
}

export function sameShading(a: CellShading, b: CellShading): boolean {
  return a.bg === b.bg && a.fg === b.fg && a.tex === b.tex;
}

/** Paints the mark: the background colour, the texture taken off so that the colour shows plain. */
export function paintMark(cell: WpsCell, bgr: number): void {
  const s = read(cell, "Shading");
  if (Number(read(s, "Texture")) !== WD.textureNone) s.Texture = WD.textureNone;
  s.BackgroundPatternColor = bgr;
}

/** The cell shows the mark we paint (and nothing else was changed on top of it). */
export function showsMark(now: CellShading, bgr: number): boolean {
  return now.bg === bgr && now.tex === WD.textureNone;
}

/** Writes the recorded look back: texture first, then the colours. */
export function writeShading(cell: WpsCell, look: CellShading): void {
  const s = read(cell, "Shading");
  s.Texture = look.tex;
  s.ForegroundPatternColor = look.fg;
  s.BackgroundPatternColor = look.bg;
}
