/** Where a finding is, in a word or two: 表三, 第五部分, 全文 (for titles and the summary). */
import { findingSection, TABLE_INFO } from "../describe";
import type { Finding } from "../findings";
import { TITLES_EN } from "../sections";
import { toChineseNumeral } from "../text/normalize";

export function placeName(f: Finding): { zh: string; en: string } {
  const table = f.location.table;
  if (table) return { zh: TABLE_INFO[table].name, en: TABLE_INFO[table].nameEn };
  const section = findingSection(f);
  if (section >= 1 && section <= 6)
    return {
      zh: `第${toChineseNumeral(section)}部分`,
      en: `Section ${section} (${TITLES_EN[section as 1 | 2 | 3 | 4 | 5 | 6]})`,
    };
  return { zh: "全文", en: "The document" };
}
