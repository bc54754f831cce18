/**
 * Drafts are confidential and the project sends no telemetry. The office-addin-* tools report
 * usage through office-addin-usage-data; in the installed version (3.x) that reporting is removed
 * (every method is a no-op and there is no switch to set). If an update brings it back, this fails:
 * then make scripts/start.js and the npm scripts turn it off.
 */
describe("office-addin tools' usage data", () => {
  it("is off, and no telemetry SDK is installed", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded at run time, inside the test, so a missing package fails this test only
    const usage = require("office-addin-usage-data");
    const reporter = new usage.OfficeAddinUsageData({
      projectName: "office-addin-dev-certs",
      connectionString: usage.connectionStringForOfficeAddinCLITools,
      raisePrompt: false,
    });
    expect(reporter.isUsageDataOn()).toBe(false);
    expect(reporter.getUsageDataLevel()).toBe("off");
    expect(usage.readUsageDataLevel("office-addin-usage-data")).toBe("off");
    expect(() => require.resolve("applicationinsights")).toThrow();
  });
});
