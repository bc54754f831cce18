/**
 * The phrase corpus (test/fixtures/phrases/*.txt, see its README): sentences in the styles of real
 * reports, each labelled with the quantities it states, and the label language.
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { fieldsOf, FORMATS, type FormatId } from "../../../src/report/formats";

export const PHRASES_DIR = join(__dirname, "..", "..", "fixtures", "phrases");

export type Label =
  | { kind: "count"; fields: string[]; value: number; unit: "count" | "wan" | "yuan"; decimals: number }
  | { kind: "share"; part: string[]; wholes: string[][]; value: number; decimals: number }
  | { kind: "change"; fields: string[]; value: number; percent: boolean; decimals: number };

export interface Entry {
  file: string;
  line: number;
  /** The passage, with `{Y}` `{Y-1}` `{Y+1}` for the report year and its neighbours. */
  text: string;
  /** The formats it applies to (both unless tagged `[2019]` or `[2021]`). */
  formats: FormatId[];
  /** Empty: no checkable mention. */
  labels: string[];
}

export interface Corpus {
  entries: Entry[];
  /** Last year's values, per format of the report, for text.change (other fields: this year's). */
  prior: Record<FormatId, Record<string, number>>;
}

export function loadCorpus(): Corpus {
  const entries: Entry[] = [];
  const prior: Corpus["prior"] = { "2019": {}, "2021": {} };
  for (const file of readdirSync(PHRASES_DIR)
    .filter((f) => f.endsWith(".txt"))
    .sort()) {
    const lines = readFileSync(join(PHRASES_DIR, file), "utf8").split("\n");
    lines.forEach((raw, i) => {
      const line = raw.trim();
      if (!line || line.startsWith("#")) return;
      const p = /^@prior (2019|2021) (.+)$/.exec(line);
      if (p) {
        for (const pair of p[2].split(/\s+/)) {
          const [id, v] = pair.split("=");
          prior[p[1] as FormatId][id] = Number(v);
        }
        return;
      }
      const m = /^(?:\[(2019|2021)\]\s*)?(.+?)\s+=>\s+(.+)$/.exec(line);
      if (!m) throw new Error(`${file}:${i + 1}: not an entry: ${line}`);
      const labels = m[3].trim() === "-" ? [] : m[3].split(/\s+;\s+/).map((s) => s.trim());
      entries.push({
        file,
        line: i + 1,
        text: m[2],
        formats: m[1] ? [m[1] as FormatId] : ["2021", "2019"],
        labels,
      });
    });
  }
  return { entries, prior };
}

export function withYear(text: string, year: number): string {
  return text
    .replace(/\{Y-(\d)\}/g, (_, d: string) => String(year - Number(d)))
    .replace(/\{Y\+(\d)\}/g, (_, d: string) => String(year + Number(d)))
    .replace(/\{Y\}/g, String(year));
}

const idsCache = new Map<FormatId, string[]>();
function allIds(format: FormatId): string[] {
  let ids = idsCache.get(format);
  if (!ids) idsCache.set(format, (ids = fieldsOf(FORMATS[format]).map((f) => f.id)));
  return ids;
}

/**
 * The field ids of a label's field expression in a format: `{a,b}` alternatives, `*` one or more
 * row segments (`requests.withheld.*.total`; where the format has no rows under it, the row
 * itself: 2019's single `requests.other`); ids the format lacks are dropped. Undefined: none left.
 */
export function expandFields(expr: string, format: FormatId): string[] | undefined {
  const out: string[] = [];
  for (const part of expr.split(/\s*\+\s*/)) {
    const alternatives = braceExpand(part.trim());
    let found: string[] = [];
    for (const alt of alternatives) found.push(...matchIds(alt, format));
    if (!found.length && part.includes(".*.")) found = matchIds(part.replace(".*.", "."), format);
    if (!found.length) return undefined;
    for (const id of found) if (!out.includes(id)) out.push(id);
  }
  return out;
}

function braceExpand(s: string): string[] {
  const m = /\{([^}]*)\}/.exec(s);
  if (!m) return [s];
  return m[1]
    .split(",")
    .flatMap((alt) => braceExpand(s.slice(0, m.index) + alt + s.slice(m.index + m[0].length)));
}

function matchIds(pattern: string, format: FormatId): string[] {
  if (!pattern.includes("*")) return allIds(format).includes(pattern) ? [pattern] : [];
  const re = new RegExp(`^${pattern.replace(/\./g, "\\.").replace(/\*/g, "[a-z_.]+")}$`);
  return allIds(format).filter((id) => re.test(id));
}

const RESULTS =
  "requests.results_total.total | requests.new.total | requests.new.total + requests.carried_over.total";

/** A label in a format; undefined when its fields do not exist there (not checkable there). */
export function parseLabel(label: string, format: FormatId): Label | undefined {
  const share = /^share (.+?) of (.+?) = ([\d.]+)%$/.exec(label);
  if (share) {
    const part = expandFields(share[1], format);
    if (!part) return undefined;
    const wholes = share[2]
      .replace(/\bRESULTS\b/g, RESULTS)
      .split(/\s*\|\s*/)
      .map((w) => expandFields(w, format))
      .filter((w): w is string[] => w !== undefined);
    return { kind: "share", part, wholes, value: Number(share[3]), decimals: decimalsOf(share[3]) };
  }
  const change = /^change (.+?) = ([+-]?[\d.]+)(%?)$/.exec(label);
  if (change) {
    const fields = expandFields(change[1], format);
    if (!fields) return undefined;
    return {
      kind: "change",
      fields,
      value: Number(change[2]),
      percent: change[3] === "%",
      decimals: decimalsOf(change[2]),
    };
  }
  const count = /^(.+?) = ([\d.]+)(万元|元)?$/.exec(label);
  if (!count) throw new Error(`not a label: ${label}`);
  const fields = expandFields(count[1], format);
  if (!fields) return undefined;
  const unit = count[3] === "万元" ? "wan" : count[3] === "元" ? "yuan" : "count";
  return { kind: "count", fields, value: Number(count[2]), unit, decimals: decimalsOf(count[2]) };
}

function decimalsOf(n: string): number {
  const dot = n.indexOf(".");
  return dot < 0 ? 0 : n.length - dot - 1;
}

/** A label as a comparable key: kind, sorted ids, value. */
export function labelKey(l: Label): string {
  if (l.kind === "count")
    return `count ${[...l.fields].sort().join("+")} = ${l.value}${l.unit === "count" ? "" : l.unit}`;
  if (l.kind === "share") return `share ${[...l.part].sort().join("+")} = ${l.value}%`;
  return `change ${[...l.fields].sort().join("+")} = ${l.value}${l.percent ? "%" : ""}`;
}
