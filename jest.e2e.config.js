/**
 * End-to-end tests of the browser preview in real Chromium (`npm run test:e2e`): a production build
 * served on localhost, driven by playwright-core. Not part of `npm test` (their files end in .e2e.ts).
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  globalSetup: "<rootDir>/test/e2e/globalSetup.ts",
  globalTeardown: "<rootDir>/test/e2e/globalTeardown.ts",
  // One browser, one server, steps in order.
  maxWorkers: 1,
  testTimeout: 120_000,
};
