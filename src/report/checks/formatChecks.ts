/** Is the right format used for the report year, and do the tables agree on one format? */
import { TABLE_INFO } from "../describe";
import type { Finding } from "../findings";
import { makeFinding } from "../finding";
import { FORMATS, formatForYear } from "../formats";
import type { FormatId, TableId } from "../formats/types";

export function checkFormat(
  reportYear: number | null,
  tableFormats: Partial<Record<TableId, FormatId | null>>,
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
      out.push(
        makeFinding("format.outdated", {
          severity: outdated ? "error" : "warning",
          message: outdated
            ? `报告年度为 ${reportYear} 年，${info.name}仍使用已停用的2019年格式（${FORMATS["2019"].issuedBy}）；2021年度起应使用${FORMATS["2021"].issuedBy}规定的格式`
            : `报告年度为 ${reportYear} 年，${info.name}却使用2021年格式（${FORMATS["2021"].issuedBy}）；${reportYear} 年度报告应使用${FORMATS["2019"].issuedBy}规定的格式`,
          messageEn: outdated
            ? `The report is for ${reportYear} but ${info.nameEn} uses the outdated 2019 format; reports for 2021 and later use the 2021 format`
            : `The report is for ${reportYear} but ${info.nameEn} uses the 2021 format, which applies from 2021`,
          expected: required,
          actual: format,
          location: { section: info.section, table },
        }),
      );
    }
  } else if (new Set(known.map(([, f]) => f)).size > 1) {
    const list = known.map(([t, f]) => `${TABLE_INFO[t].name}为${f}年格式`).join("，");
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
