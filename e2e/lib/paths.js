// @ts-check
// Where the e2e scripts keep things: the project root, the local tool cache (.cache/) and the results folder.
"use strict";
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..", "..");

module.exports = {
  ROOT,
  E2E: path.join(ROOT, "e2e"),
  CACHE: path.join(ROOT, ".cache"),
  RESULTS: path.join(ROOT, "e2e-results"),
  FIXTURES: path.join(ROOT, "e2e", "fixtures"),
  DOC_IMAGES: path.join(ROOT, "docs", "images"),
};
