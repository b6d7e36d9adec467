// @ts-check
// Each editor run works on its own copy of e2e/fixtures/ (editors save files and fixes change them).
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { FIXTURES } = require("./paths");

/**
 * Copies the fixture workspace to `<runDir>/<name>` and returns its path.
 * @param {string} runDir
 * @param {string} [name]
 */
function copyFixtures(runDir, name = "vicidial-e2e") {
  const target = path.join(runDir, name);
  fs.cpSync(FIXTURES, target, { recursive: true });
  return target;
}

module.exports = { copyFixtures };
