// @ts-check
// A stand-in for the VS Code executable that @vscode/test-electron's runTests() spawns. It reads the usual CLI
// (--extensionDevelopmentPath=, --extensionTestsPath=, --user-data-dir=, the workspace folder; other flags are
// ignored), starts code-server, and opens Chromium on the workbench URL whose `payload` asks for an extension
// development host running those tests. The workbench reports the mocha result through codeAutomationExit.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const util = require("node:util");
const { startCodeServer } = require("../lib/code-server");
const { launchBrowser } = require("../lib/browser");
const { installExitHandlers, stopGroup } = require("../lib/procs");

const TEST_TIMEOUT_MS = Number(process.env.E2E_EXT_TIMEOUT_MS ?? 120000);

// Workbench chatter that says nothing about the tests; it still goes to the log file.
const NOISE = [
  /^\s+at .*\/static\/(out|node_modules)\//,
  /Ignoring fetching additional builtin extensions/,
  /Updating additional builtin extensions cache/,
  /^ChatSessionStore:/,
  /^Creating a socket \(/,
];

/** @param {string[]} argv */
function parseArgs(argv) {
  /** @type {{ developmentPath?: string, testsPath?: string, userDataDir?: string, folders: string[] }} */
  const parsed = { folders: [] };
  for (const arg of argv) {
    const [flag, ...rest] = arg.split("=");
    const value = rest.join("=");
    if (flag === "--extensionDevelopmentPath") parsed.developmentPath ??= value; // only the first one is used
    else if (flag === "--extensionTestsPath") parsed.testsPath = value;
    else if (flag === "--user-data-dir") parsed.userDataDir = value;
    else if (!arg.startsWith("-")) parsed.folders.push(arg);
  }
  return parsed;
}

/** @param {string} message */
function say(message) {
  process.stdout.write(`[shim] ${message}\n`);
}

async function main() {
  installExitHandlers();
  const args = parseArgs(process.argv.slice(2));
  if (!args.developmentPath || !args.testsPath || !args.userDataDir || args.folders.length !== 1) {
    say(`usage: shim --extensionDevelopmentPath=DIR --extensionTestsPath=FILE --user-data-dir=RUN/data WORKSPACE (got ${process.argv.slice(2).join(" ")})`);
    return 2;
  }
  const runDir = path.dirname(path.resolve(args.userDataDir));
  const workspace = path.resolve(args.folders[0]);
  const server = await startCodeServer({ runDir, workspace });
  say(`code-server up at ${server.url} (log ${server.logFile})`);
  const { browser, context } = await launchBrowser(runDir);
  try {
    const page = await context.newPage();
    /** @type {(code: number) => void} */
    let finish = () => {};
    const exitCode = new Promise((resolve) => (finish = resolve));
    const logFile = path.join(runDir, "extension-host.log");
    await page.exposeFunction("codeAutomationLog", (/** @type {string} */ _type, /** @type {unknown[]} */ logArgs) => {
      const text = util.format(...(Array.isArray(logArgs) ? logArgs : [logArgs]));
      fs.appendFileSync(logFile, `${text}\n`);
      const shown = text.split("\n").filter((line) => !NOISE.some((pattern) => pattern.test(line)));
      if (shown.length > 0) process.stdout.write(`${shown.join("\n")}\n`);
    });
    await page.exposeFunction("codeAutomationExit", (/** @type {number} */ code) => finish(code));
    page.on("pageerror", (error) => say(`page error: ${error.message}`));

    const remote = (/** @type {string} */ file) => `vscode-remote://127.0.0.1:${server.port}${path.resolve(file)}`;
    const payload = [
      ["extensionDevelopmentPath", remote(args.developmentPath)],
      ["extensionTestsPath", remote(args.testsPath.endsWith(".js") ? args.testsPath : `${args.testsPath}.js`)],
    ];
    const url = `${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(url);
    const timeout = new Promise((resolve) =>
      setTimeout(() => {
        say(`no result from the extension host within ${TEST_TIMEOUT_MS} ms (see ${server.logFile})`);
        resolve(3);
      }, TEST_TIMEOUT_MS).unref(),
    );
    return /** @type {number} */ (await Promise.race([exitCode, timeout]));
  } finally {
    await browser.close().catch(() => {});
    await stopGroup(server.child);
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    say(`failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
