#!/usr/bin/env node
// @ts-check
// `npm run docs:images`: copies the README screenshots of the last passing `npm run test:e2e` (e2e-results/, not
// tracked) into docs/images/ (tracked). Test runs never touch docs/images/ themselves.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { DOC_IMAGES, RESULTS, ROOT } = require("./lib/paths");

const README_SHOTS = ["diagnostics.png", "hover.png", "quick-fix.png"];

function refresh() {
  const missing = README_SHOTS.filter((shot) => !fs.existsSync(path.join(RESULTS, shot)));
  if (missing.length > 0) {
    console.error(`docs:images: ${missing.join(", ")} not in ${path.relative(ROOT, RESULTS)}/: run npm run test:e2e first (its UI stage takes them)`);
    return 1;
  }
  fs.mkdirSync(DOC_IMAGES, { recursive: true });
  for (const shot of README_SHOTS) fs.copyFileSync(path.join(RESULTS, shot), path.join(DOC_IMAGES, shot));
  console.log(`copied ${README_SHOTS.join(", ")} from ${path.relative(ROOT, RESULTS)}/ to ${path.relative(ROOT, DOC_IMAGES)}/`);
  return 0;
}

module.exports = { README_SHOTS };

if (require.main === module) process.exitCode = refresh();
