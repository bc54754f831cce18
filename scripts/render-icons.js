#!/usr/bin/env node
// Renders assets/icon.svg to the PNG sizes the manifest uses (assets/icon-<size>.png).
// Needs `rsvg-convert` (Debian/Ubuntu: apt-get install librsvg2-bin; macOS: brew install librsvg).
// The PNGs are committed, so neither the build nor CI runs this: run it only after changing the SVG,
// then look at the 16 px result before committing.
"use strict";

const { execFileSync } = require("child_process");
const path = require("path");
const { ICON_SIZES } = require("./addin-config");

const root = path.resolve(__dirname, "..");
const svg = path.join(root, "assets", "icon.svg");

function hasRsvg() {
  try {
    execFileSync("rsvg-convert", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

if (!hasRsvg()) {
  console.error(
    "rsvg-convert was not found. Install it (Debian/Ubuntu: apt-get install librsvg2-bin; macOS: brew install librsvg) and run again.",
  );
  process.exit(1);
}

for (const size of ICON_SIZES) {
  const out = path.join(root, "assets", `icon-${size}.png`);
  execFileSync("rsvg-convert", ["--width", String(size), "--height", String(size), "--output", out, svg]);
  console.log(`${path.relative(root, out)}  ${size}×${size}`);
}
