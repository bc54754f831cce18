/**
 * The cross-year line of the summary (跨年核对), in both languages: whether the checks against last
 * year's report ran, and if not, why. One wording for the full pane and the IE11 lite pane.
 */
import type { CrossYearComparison, CrossYearStatus } from "./priorReport";

const comparedZh: Record<CrossYearComparison, string> = {
  carry_over: "表三上年结转",
  in_force: "表二现行有效件数",
  text: "正文中的同比表述（如有）",
};
const comparedEn: Record<CrossYearComparison, string> = {
  carry_over: "Table 3 carried over",
  in_force: "Table 2 in force",
  text: "year-on-year statements in the text (if any)",
};

export function crossYearZh(st: CrossYearStatus): string {
  switch (st.kind) {
    case "none":
      return "未进行（未选择上年报告）";
    case "ask":
      return `未进行：请重新选择上次使用的上年报告「${st.name}」`;
    case "unreadable":
      return `未进行：无法读取「${st.name}」`;
    case "wrong_year":
      return `未进行：「${st.name}」是 ${st.year} 年度的报告，应为 ${st.expected} 年度`;
    case "ran": {
      const file = `「${st.name}」${st.year !== null ? `（${st.year} 年度）` : "（年度未能识别）"}`;
      if (st.compared.length === 0)
        return `未进行：${file}与本报告没有可比的数据（表三的结转数、表二的现行有效件数）`;
      const found = st.found > 0 ? `，${st.found}\u00a0处不一致` : "，未发现不一致";
      return `已与${file}核对：${st.compared.map((c) => comparedZh[c]).join("、")}${found}`;
    }
  }
}

export function crossYearEn(st: CrossYearStatus): string {
  switch (st.kind) {
    case "none":
      return "not run (no prior-year report chosen)";
    case "ask":
      return `not run: choose last time's prior-year report “${st.name}” again`;
    case "unreadable":
      return `not run: “${st.name}” cannot be read`;
    case "wrong_year":
      return `not run: “${st.name}” is the report for ${st.year}, not ${st.expected}`;
    case "ran": {
      const file = `“${st.name}” (${st.year !== null ? st.year : "year not found"})`;
      if (st.compared.length === 0)
        return `not run: ${file} and this report have no figures to compare (Table 3 carried forward, Table 2 in force)`;
      const found =
        st.found > 0
          ? `; ${st.found} ${st.found === 1 ? "inconsistency" : "inconsistencies"}`
          : "; no inconsistency";
      return `against ${file}: ${st.compared.map((c) => comparedEn[c]).join(", ")}${found}`;
    }
  }
}
