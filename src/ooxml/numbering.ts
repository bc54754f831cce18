/**
 * numbering.xml → the list labels Word draws ("一、", "1.", "（一）").
 *
 * Counting follows Word: counters live with the abstract numbering definition, so two `w:num`
 * that share an `w:abstractNum` continue one another; a `w:lvlOverride/w:startOverride` restarts
 * its level the first time its `w:num` is used (that is how Word writes "restart numbering").
 */
import { formatNumber } from "./numberFormat";
import {
  W_ABSTRACT_NUM,
  W_ABSTRACT_NUM_ID,
  W_IS_LGL,
  W_LVL,
  W_LVL_OVERRIDE,
  W_LVL_RESTART,
  W_LVL_TEXT,
  W_NUM,
  W_NUM_FMT,
  W_NUM_STYLE_LINK,
  W_NUMBERING,
  W_P_STYLE,
  W_START,
  W_START_OVERRIDE,
} from "./names";
import { styleNumbering, type StyleSheet } from "./styles";
import { parseIntValue, parseOnOff, scanPart, TreeConsumer, wAttr } from "./xmlPart";
import type { XmlScanner } from "./xmlScanner";

/** Word has levels 0–8. */
export const LEVELS = 9;

export interface LevelDef {
  start: number;
  numFmt: string;
  lvlText?: string;
  /** `w:lvlRestart`: 0 = never restart; k = restart after level k-1 (0-based) or a higher one is used. */
  restart?: number;
  isLgl: boolean;
  /** `w:pStyle`: the paragraph style this level is tied to. */
  pStyle?: string;
}

export interface AbstractNumDef {
  id: number;
  levels: (LevelDef | undefined)[];
  /** `w:numStyleLink`: take the levels from the numbering style of this id. */
  numStyleLink?: string;
}

export interface NumDef {
  id: number;
  abstractNumId?: number;
  /** Per level: `w:startOverride` and/or a whole replacement `w:lvl`. */
  overrides: Map<number, { start?: number; level?: LevelDef }>;
}

export interface Numbering {
  abstracts: Map<number, AbstractNumDef>;
  nums: Map<number, NumDef>;
}

function newLevel(): LevelDef {
  return { start: 1, numFmt: "decimal", isLgl: false };
}

class NumberingConsumer extends TreeConsumer {
  readonly numbering: Numbering = { abstracts: new Map(), nums: new Map() };
  private abstract: AbstractNumDef | undefined;
  private num: NumDef | undefined;
  private overrideLevel = -1;
  private level: LevelDef | undefined;

  protected element(sc: XmlScanner, id: number, parent: number): void {
    switch (id) {
      case W_ABSTRACT_NUM:
        if (parent !== W_NUMBERING) return;
        this.abstract = undefined;
        this.num = undefined;
        {
          const abstractId = parseIntValue(wAttr(sc, "abstractNumId"));
          if (abstractId === undefined || this.numbering.abstracts.has(abstractId)) return;
          this.abstract = { id: abstractId, levels: [] };
          this.numbering.abstracts.set(abstractId, this.abstract);
        }
        return;
      case W_NUM:
        if (parent !== W_NUMBERING) return;
        this.abstract = undefined;
        this.num = undefined;
        {
          const numId = parseIntValue(wAttr(sc, "numId"));
          if (numId === undefined || this.numbering.nums.has(numId)) return;
          this.num = { id: numId, overrides: new Map() };
          this.numbering.nums.set(numId, this.num);
        }
        return;
      case W_LVL: {
        this.level = undefined;
        const ilvl = parseIntValue(wAttr(sc, "ilvl")) ?? 0;
        if (ilvl < 0 || ilvl >= LEVELS) return;
        if (parent === W_ABSTRACT_NUM && this.abstract) {
          if (this.abstract.levels[ilvl] !== undefined) return;
          this.level = this.abstract.levels[ilvl] = newLevel();
        } else if (parent === W_LVL_OVERRIDE && this.num && this.overrideLevel >= 0) {
          const override = this.overrideFor(this.num, this.overrideLevel);
          this.level = override.level = newLevel();
        }
        return;
      }
      case W_ABSTRACT_NUM_ID:
        if (parent === W_NUM && this.num) this.num.abstractNumId = parseIntValue(wAttr(sc, "val"));
        return;
      case W_LVL_OVERRIDE: {
        this.overrideLevel = -1;
        const ilvl = parseIntValue(wAttr(sc, "ilvl"));
        if (parent === W_NUM && ilvl !== undefined && ilvl >= 0 && ilvl < LEVELS) this.overrideLevel = ilvl;
        return;
      }
      case W_START_OVERRIDE:
        if (parent === W_LVL_OVERRIDE && this.num && this.overrideLevel >= 0) {
          const start = parseIntValue(wAttr(sc, "val"));
          if (start !== undefined) this.overrideFor(this.num, this.overrideLevel).start = start;
        }
        return;
      case W_NUM_STYLE_LINK:
        if (parent === W_ABSTRACT_NUM && this.abstract) this.abstract.numStyleLink = wAttr(sc, "val");
        return;
    }
    const level = this.level;
    if (level === undefined || parent !== W_LVL) return;
    switch (id) {
      case W_START:
        level.start = parseIntValue(wAttr(sc, "val")) ?? level.start;
        break;
      case W_NUM_FMT:
        level.numFmt = wAttr(sc, "val") ?? level.numFmt;
        break;
      case W_LVL_TEXT:
        level.lvlText = wAttr(sc, "val");
        break;
      case W_LVL_RESTART:
        level.restart = parseIntValue(wAttr(sc, "val"));
        break;
      case W_IS_LGL:
        level.isLgl = parseOnOff(wAttr(sc, "val"));
        break;
      case W_P_STYLE:
        level.pStyle = wAttr(sc, "val");
        break;
    }
  }

  protected override end(id: number): void {
    if (id === W_LVL) this.level = undefined;
    else if (id === W_LVL_OVERRIDE) this.overrideLevel = -1;
    else if (id === W_ABSTRACT_NUM) this.abstract = undefined;
    else if (id === W_NUM) this.num = undefined;
  }

  private overrideFor(num: NumDef, ilvl: number): { start?: number; level?: LevelDef } {
    let override = num.overrides.get(ilvl);
    if (override === undefined) num.overrides.set(ilvl, (override = {}));
    return override;
  }
}

export function parseNumberingXml(xml: string, part = "word/numbering.xml"): Numbering {
  const consumer = new NumberingConsumer();
  scanPart(xml, part, consumer);
  return consumer.numbering;
}

/** For the flat-OPC reader, which feeds tokens itself. */
export function createNumberingConsumer(): { consumer: TreeConsumer; numbering: Numbering } {
  const consumer = new NumberingConsumer();
  return { consumer, numbering: consumer.numbering };
}

interface CounterState {
  /** Last number used per level; undefined = not used since the last restart. */
  values: (number | undefined)[];
}

/** Assigns labels to numbered paragraphs, which must be fed in document order. */
export class ListNumberer {
  private readonly counters = new Map<number, CounterState>();
  private readonly usedNums = new Set<number>();

  constructor(
    private readonly numbering: Numbering,
    private readonly styles: StyleSheet | undefined,
  ) {}

  /** The abstract definition a num uses, following `w:numStyleLink` through a numbering style. */
  private abstractFor(num: NumDef): AbstractNumDef | undefined {
    let abstractId = num.abstractNumId;
    for (let hops = 0; hops < 4 && abstractId !== undefined; hops++) {
      const abstract = this.numbering.abstracts.get(abstractId);
      if (abstract === undefined) return undefined;
      if (abstract.numStyleLink === undefined || this.styles === undefined) return abstract;
      const linkedNumId = styleNumbering(this.styles, abstract.numStyleLink).numId;
      const linked = linkedNumId === undefined ? undefined : this.numbering.nums.get(linkedNumId);
      if (linked === undefined || linked.abstractNumId === abstractId) return abstract;
      abstractId = linked.abstractNumId;
    }
    return undefined;
  }

  /**
   * The level a paragraph whose numbering comes from its style sits at, when the style names no
   * `w:ilvl`: the level tied to that style by `w:pStyle`, else 0.
   */
  levelForStyle(numId: number, styleId: string): number {
    const num = this.numbering.nums.get(numId);
    const abstract = num && this.abstractFor(num);
    if (!abstract) return 0;
    const index = abstract.levels.findIndex((level) => level?.pStyle === styleId);
    return index >= 0 ? index : 0;
  }

  /** Counts one paragraph at (numId, ilvl) and returns its label (undefined when none). */
  next(numId: number, ilvl: number): string | undefined {
    if (numId <= 0) return undefined; // numId 0 removes numbering
    const num = this.numbering.nums.get(numId);
    if (num === undefined) return undefined;
    const abstract = this.abstractFor(num);
    if (abstract === undefined) return undefined;
    const level = Math.min(Math.max(ilvl, 0), LEVELS - 1);
    const defs: (LevelDef | undefined)[] = [];
    for (let i = 0; i < LEVELS; i++) defs.push(num.overrides.get(i)?.level ?? abstract.levels[i]);
    const def = defs[level];
    if (def === undefined) return undefined;
    const startOf = (i: number): number => num.overrides.get(i)?.start ?? defs[i]?.start ?? 1;

    let state = this.counters.get(abstract.id);
    if (state === undefined)
      this.counters.set(abstract.id, (state = { values: new Array(LEVELS).fill(undefined) }));
    const values = state.values;
    if (!this.usedNums.has(numId)) {
      this.usedNums.add(numId);
      for (const [i, override] of num.overrides) if (override.start !== undefined) values[i] = undefined;
    }
    const previous = values[level];
    values[level] = previous === undefined ? startOf(level) : previous + 1;
    for (let deeper = level + 1; deeper < LEVELS; deeper++) {
      const restart = defs[deeper]?.restart;
      // Default: restart whenever a higher level is used; 0: never; k: when level k-1 or higher is.
      if (restart === undefined || (restart > 0 && level < restart)) values[deeper] = undefined;
    }

    if (def.numFmt === "bullet") return def.lvlText ? def.lvlText : undefined;
    const text = def.lvlText ?? "";
    const label = text.replace(/%([1-9])/g, (_match, digit: string) => {
      const i = Number(digit) - 1;
      const value = values[i] ?? startOf(i);
      const format = def.isLgl ? "decimal" : (defs[i]?.numFmt ?? "decimal");
      return formatNumber(value, format);
    });
    return label === "" ? undefined : label;
  }
}
