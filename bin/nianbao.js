#!/usr/bin/env node
"use strict";
// Thin launcher: the CLI is compiled from src/cli into lib/ by `npm run build:cli`.
require("../lib/src/cli/cli.js")
  .run(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
