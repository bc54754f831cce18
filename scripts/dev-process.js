// What `npm start` (scripts/start.js) and `npm stop` (scripts/stop.js) share.
"use strict";

const path = require("path");

const root = path.resolve(__dirname, "..");

/** Where `npm start` records its own pid and the dev server's, for `npm stop`. */
const PID_FILE = path.join(root, "node_modules", ".cache", "nianbao-check", "dev-server.json");

/** The dev manifest (https://localhost:3000 URLs). */
const MANIFEST = "manifest.xml";

/** office-addin-debugging's command line (run as `node <cli> …`). */
function officeAddinDebuggingCli() {
  return require.resolve("office-addin-debugging/cli.js", { paths: [root] });
}

module.exports = { PID_FILE, MANIFEST, officeAddinDebuggingCli };
