/** Is the right format used for the report year, and do the tables agree on one format? */
import { TABLE_INFO } from "../describe";
import type { Finding } from "../findings";
import { makeFinding } from "../finding";
import { FORMATS, formatForYear } from "../formats";
import { formatDifferences, type FormatDifference, type Words } from "../formats/differences";
import type { FormatId, TableId } from "../formats/types";
import { quoteEn } from "../text/quoteEn";

/** At most this many differences are named; the rest are counted. */
const MAX_NAMED = 3;

/**
 * `has(id)`: the document has this field (as mapped); it tells which of a table's differences
 * the document shows.
 */
export function checkFormat(
  reportYear: number | null,
  tableFormats: Partial<Record<TableId, FormatId | null>>,
  has: (fieldId: string) => boolean = () => false,
): Finding[] {
  const out: Finding[] = [];
  const known = (Object.entries(tableFormats) as [TableId, FormatId | null][]).filter(
    (e): e is [TableId, FormatId] => e[1] !== null,
  );
  if (reportYear !== null) {
    const required = formatForYear(reportYear);
    for (const [table, format] of known) {
      if (format === required) continue;
      const info = TABLE_INFO[table];
      const outdated = format === "2019";
      const used = FORMATS[format];
      const due = FORMATS[required];
      const cause = causeWords(table, format, required, has);
      out.push(
        makeFinding("format.outdated", {
          severity: outdated ? "error" : "warning",
          message: outdated
            ? `报告年度为 ${reportYear} 年，${info.name}仍使用已停用的 2019 年格式（${used.issuedBy}）${cause.zh}。2021 年度起应使用${due.issuedBy}规定的格式。`
            : `报告年度为 ${reportYear} 年，${info.name}却使用 2021 年格式（${used.issuedBy}）${cause.zh}。${reportYear} 年度报告应使用${due.issuedBy}规定的格式。`,
          messageEn: outdated
            ? `The report is for ${reportYear} but ${info.nameEn} uses the outdated 2019 format${cause.en}. Reports for 2021 and later use the 2021 format.`
            : `The report is for ${reportYear} but ${info.nameEn} uses the 2021 format${cause.en}. A report for ${reportYear} uses the 2019 format.`,
          expected: required,
          actual: format,
          location: { section: info.section, table },
        }),
      );
    }
  } else if (new Set(known.map(([, f]) => f)).size > 1) {
    const list = known.map(([t, f]) => `${TABLE_INFO[t].name}为 ${f} 年格式`).join("，");
    out.push(
      makeFinding("format.outdated", {
        severity: "warning",
        message: `各统计表的格式不一致：${list}`,
        messageEn: `The tables use different formats: ${known.map(([t, f]) => `${TABLE_INFO[t].nameEn} ${f}`).join(", ")}`,
      }),
    );
  }
  return out;
}

/**
 * What shows the table's format: the differences from the required format that the document has
 * (all of them when none can be told from its fields), the first few named.
 */
function causeWords(
  table: TableId,
  used: FormatId,
  required: FormatId,
  has: (fieldId: string) => boolean,
): Words {
  const all = formatDifferences(table, FORMATS[used], FORMATS[required]).filter((d) => d.from.length > 0);
  const seen = all.filter((d) => d.fromFields.some(has));
  const shown = seen.length > 0 ? seen : all;
  if (shown.length === 0) return { zh: "", en: "" };
  // A block is named once for the differences in it that follow one another.
  const named = shown
    .slice(0, MAX_NAMED)
    .map((d, i, list) => differenceWords(d, required, i === 0 || list[i - 1].block?.zh !== d.block?.zh));
  const rest = shown.length - named.length;
  return {
    zh: `：${named.map((w) => w.zh).join("；")}${rest > 0 ? `；另有 ${rest} 处不同` : ""}`,
    en: `: ${named.map((w) => w.en).join("; ")}${rest > 0 ? `; ${rest} more ${rest === 1 ? "difference" : "differences"}` : ""}`,
  };
}

/** Long labels (the 2021 sub-rows) are cut: the reader needs to recognise them, not read them. */
const SHORT = 14;
function short(label: string): string {
  return label.length > SHORT ? `${label.slice(0, SHORT - 1)}…` : label;
}
const zhList = (ws: Words[]) => ws.map((w) => `「${short(w.zh)}」`).join("");
const enList = (ws: Words[]) => ws.map((w) => quoteEn(w.en)).join(", ");

export function differenceWords(d: FormatDifference, required: FormatId, withBlock = true): Words {
  const kindZh = d.kind === "row" ? "行" : "列";
  const kindsEn =
    d.kind === "row" ? (d.from.length === 1 ? "row" : "rows") : d.from.length === 1 ? "column" : "columns";
  const inZh = d.block && withBlock ? `${d.block.zh}的` : "";
  const inEn = d.block && withBlock ? `${d.block.en}: ` : "";
  const theirs = `${required} 年格式`;
  const theirsEn = `the ${required} format`;
  switch (d.shape) {
    case "split":
      return {
        zh: `${inZh}${zhList(d.from)}为一行，${theirs}分为 ${d.to.length} 个子行（${zhList(d.to)}）`,
        en: `${inEn}${enList(d.from)} is one row where ${theirsEn} has ${d.to.length} sub-rows (${enList(d.to)})`,
      };
    case "merged":
      return {
        zh: `${inZh}${zhList(d.from)}为 ${d.from.length} 个子行，${theirs}为一行「${short(d.to[0].zh)}」`,
        en: `${inEn}${d.from.length} sub-rows (${enList(d.from)}) where ${theirsEn} has one row, ${quoteEn(d.to[0].en)}`,
      };
    case "replaced":
      return {
        zh: `${inZh}${zhList(d.from)}${kindZh}，${theirs}为${zhList(d.to)}`,
        en: `${inEn}the ${kindsEn} ${enList(d.from)} where ${theirsEn} has ${enList(d.to)}`,
      };
    case "removed":
      return {
        zh:
          d.block && d.kind === "row" && d.from.length > 1
            ? `${theirs}没有${d.block.zh}（${zhList(d.from)}）`
            : `${inZh}${zhList(d.from)}${kindZh}，${theirs}没有`,
        en:
          d.block && d.kind === "row" && d.from.length > 1
            ? `${theirsEn} has no ${d.block.en} (${enList(d.from)})`
            : `${inEn}the ${kindsEn} ${enList(d.from)}, which ${theirsEn} does not have`,
      };
    case "added":
      return {
        zh: `${inZh}缺少${theirs}的${zhList(d.to)}${kindZh}`,
        en: `${inEn}no ${enList(d.to)}, which ${theirsEn} has`,
      };
  }
}
