#!/usr/bin/env node
// `npm stop`: removes the add-in sideloaded by `npm start` (Windows, macOS) and stops the dev server
// that `npm start` runs, if it still runs.
"use strict";

const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { canSideloadDesktop } = require("./addin-config");
const { PID_FILE, MANIFEST, officeAddinDebuggingCli } = require("./dev-process");

const root = path.resolve(__dirname, "..");

function log(message) {
  console.log(`[nianbao] ${message}`);
}

function isRunning(pid) {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // Where the command line can be read, make sure the pid was not reused by another program.
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
    return /webpack|start\.js/.test(cmdline);
  } catch {
    return true;
  }
}

if (canSideloadDesktop(process.platform)) {
  try {
    const result = spawnSync(process.execPath, [officeAddinDebuggingCli(), "stop", MANIFEST, "desktop"], {
      cwd: root,
      stdio: "inherit",
    });
    if (result.status !== 0) log("office-addin-debugging could not remove the sideloaded add-in.");
  } catch (err) {
    log(`office-addin-debugging could not be run: ${err.message}`);
  }
}

let pids = null;
try {
  pids = JSON.parse(fs.readFileSync(PID_FILE, "utf8"));
} catch {
  log("No dev server started by `npm start` is recorded.");
}
if (pids) {
  // The dev server first (on Windows, ending a parent does not end its child), then `npm start`.
  for (const pid of [pids.devServer, pids.start]) {
    if (Number.isInteger(pid) && isRunning(pid)) {
      try {
        process.kill(pid, "SIGTERM");
        log(`Stopped process ${pid}.`);
      } catch (err) {
        log(`Could not stop process ${pid}: ${err.message}`);
      }
    }
  }
  try {
    fs.unlinkSync(PID_FILE);
  } catch {
    // start.js removes it when the dev server exits
  }
}
