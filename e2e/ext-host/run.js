// @ts-check
// Stage "extension host": @vscode/test-electron's runTests() with the code-server shim as the VS Code executable,
// the project root as the extension under development, and e2e/suite/ as the tests.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { runTests } = require("@vscode/test-electron");
const { ROOT } = require("../lib/paths");
const { E2EFailure } = require("../lib/log");
const { copyFixtures } = require("../lib/workspace");

/**
 * @param {string} runDir a fresh folder for this stage
 * @returns {Promise<void>} rejects when a test fails
 */
async function runExtensionHostTests(runDir) {
  fs.mkdirSync(runDir, { recursive: true });
  const workspace = copyFixtures(runDir);
  // runTests() spawns the executable directly: a tiny launcher keeps the shim independent of its file mode.
  const launcher = path.join(runDir, "code-shim");
  fs.writeFileSync(launcher, `#!/bin/sh\nexec "${process.execPath}" "${path.join(__dirname, "shim.js")}" "$@"\n`, { mode: 0o755 });
  try {
    await runTests({
      vscodeExecutablePath: launcher,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(ROOT, "e2e", "suite", "index.js"),
      launchArgs: [workspace, "--disable-extensions", `--user-data-dir=${path.join(runDir, "data")}`, `--extensions-dir=${path.join(runDir, "exts")}`],
    });
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new E2EFailure(`extension-host tests failed (${why})${mochaFailures(path.join(runDir, "extension-host.log"))}`);
  }
}

/** The "N failing" part of mocha's report, for the summary. @param {string} logFile */
function mochaFailures(logFile) {
  if (!fs.existsSync(logFile)) return "";
  const lines = fs.readFileSync(logFile, "utf8").split("\n");
  const start = lines.findIndex((line) => /^\s+\d+ failing/.test(line));
  if (start < 0) return `; last lines of ${logFile}:\n${lines.slice(-20).join("\n")}`;
  const report = lines.slice(start).filter((line) => line.trim() !== "" && !/^\s+at (?!.*e2e\/suite)/.test(line));
  return `:\n${report.slice(0, 60).join("\n")}`;
}

module.exports = { runExtensionHostTests };
