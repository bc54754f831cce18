/** The template the CLI writes and the add-in inserts, read back by the engine. */
import { readDocx } from "../../src/ooxml";
import { checkReport } from "../../src/report/checkReport";
import { fieldsOf, FORMATS } from "../../src/report/formats";
import type { FormatId } from "../../src/report/formats/types";
import { buildTemplateDocx } from "../../src/template";

describe.each(["2021", "2019"] as FormatId[])("the %s blank template read back", (format) => {
  it("has all three tables in its format, every field mapped, and only blank cells reported", async () => {
    const r = checkReport(await readDocx(await buildTemplateDocx(format)));
    expect(r.format).toBe(format);
    expect(Object.values(r.tables).every((t) => t !== null)).toBe(true);
    const ids = fieldsOf(FORMATS[format]).map((f) => f.id);
    expect([...r.fields.keys()].sort()).toEqual([...ids].sort());
    expect(r.blankTemplate).toBe(true);
    expect(new Set(r.findings.map((f) => f.rule))).toEqual(new Set(["cell.blank"]));
    expect(r.findings.map((f) => f.fields[0]).sort()).toEqual([...ids].sort());
    expect(r.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
