import { checkReport } from "../../../src/report/checkReport";
import { checkFormat } from "../../../src/report/checks/formatChecks";
import { buildDoc } from "../support/docBuilder";
import { activeTable, appealsTable, requestsTable } from "../support/standardTables";

function report(year: number, regulations: string[]) {
  return checkReport(buildDocFor(year, regulations));
}

describe("cross-year checks", () => {
  const prior = report(2022, ["1", "0", "5"]);

  it("accepts in_force = last year's in_force + issued − repealed", () => {
    const now = checkReport(buildDocFor(2023, ["2", "1", "6"]), { prior });
    expect(now.findings.filter((f) => f.rule === "active.in_force_prior")).toEqual([]);
  });

  it("reports in_force that does not follow from last year's", () => {
    const now = checkReport(buildDocFor(2023, ["2", "1", "9"]), { prior });
    const f = now.findings.find((x) => x.rule === "active.in_force_prior");
    expect(f).toMatchObject({
      expected: 6,
      actual: 9,
      severity: "warning",
      fields: ["active.regulations.in_force", "active.regulations.issued", "active.regulations.repealed"],
    });
    expect(f?.cells).toHaveLength(3);
  });

  it("skips the cross-year checks when the prior report is not last year's", () => {
    const now = checkReport(buildDocFor(2024, ["2", "1", "9"]), { prior });
    expect(now.findings.map((f) => [f.rule, f.severity])).toContainEqual([
      "requests.carry_over_prior",
      "info",
    ]);
    expect(now.findings.some((f) => f.rule === "active.in_force_prior")).toBe(false);
  });
});

function buildDocFor(year: number, regulations: string[]) {
  return buildDoc(
    `XX区司法局${year}年政府信息公开工作年度报告`,
    activeTable("2021", { regulations }),
    requestsTable("2021"),
    appealsTable(),
  );
}

describe("format for the report year", () => {
  it("is an error to use the 2019 tables in a 2021+ report, a warning the other way round", () => {
    expect(checkFormat(2023, { active: "2019", requests: "2019" }).map((f) => f.severity)).toEqual([
      "error",
      "error",
    ]);
    expect(checkFormat(2020, { active: "2021" }).map((f) => [f.rule, f.severity])).toEqual([
      ["format.outdated", "warning"],
    ]);
    expect(checkFormat(2021, { active: "2021", requests: "2021" })).toEqual([]);
    expect(checkFormat(2019, { active: "2019", requests: null })).toEqual([]);
  });

  it("reports tables that disagree when the year is unknown", () => {
    expect(checkFormat(null, { active: "2021", requests: "2019" })).toHaveLength(1);
    expect(checkFormat(null, { active: "2021", requests: "2021" })).toEqual([]);
  });
});
