#!/usr/bin/env node
// @ts-check
// `npm start`: the live demo. Lints examples/ with the CLI, then serves the built extension in code-server on
// examples/ (bound to 127.0.0.1) and prints the URL to open. Ctrl+C stops it.
// Options: --port N (default 8123)   --host ADDR (default 127.0.0.1)
"use strict";
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { ROOT } = require("./lib/paths");
const { E2EFailure } = require("./lib/log");
const { installExitHandlers, stopGroup, stopRequested } = require("./lib/procs");
const { checkPrerequisites, missingReport } = require("./lib/prereqs");
const { ensureCodeServer, isCodeServerInstalled, linkProjectExtension, startCodeServer, tail } = require("./lib/code-server");

/** @param {string} name */
function option(name) {
  const args = process.argv.slice(2);
  const inline = args.find((a) => a.startsWith(`--${name}=`));
  if (inline) return inline.slice(name.length + 3);
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
}

async function main() {
  const port = Number(option("port") ?? process.env.PORT ?? 8123);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new E2EFailure(`--port must be a TCP port number, got '${option("port")}'`);
  const host = option("host") ?? "127.0.0.1";
  const examples = path.join(ROOT, "examples");

  console.log("vicidial-lint examples/ (the same findings appear in the editor):\n");
  spawnSync(process.execPath, [path.join(ROOT, "dist", "cli.js"), "examples/"], { cwd: ROOT, stdio: "inherit" });
  console.log("");

  // Only what running (and, the first time, installing) code-server needs; Chromium and Neovim are for the tests.
  const needed = checkPrerequisites({ installingCodeServer: !isCodeServerInstalled() }).filter((p) => !/Chromium|Neovim/.test(p.what));
  const problem = missingReport(needed);
  if (problem) {
    // Nothing is installed system-wide from here: say what the editor part needs, and that the linter works already.
    console.error(problem.replace("Missing prerequisites of npm run test:e2e:", "The editor demo (code-server) needs packages this machine lacks:"));
    console.error("\nThe lint above needs none of them: node dist/cli.js PATH... checks your own files.");
    return 1;
  }
  await ensureCodeServer();

  installExitHandlers();
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), "vicidial-demo-"));
  process.once("exit", () => fs.rmSync(runDir, { recursive: true, force: true }));
  const extensionsDir = path.join(runDir, "exts");
  fs.mkdirSync(extensionsDir, { recursive: true });
  linkProjectExtension(extensionsDir);
  // The editor's usual suggestion settings (the e2e runs turn quick suggestions off to keep screenshots stable).
  const extraSettings = { "editor.quickSuggestions": { other: "on", comments: "off", strings: "off" }, "editor.hover.delay": 300 };
  const server = await startCodeServer({ runDir, workspace: examples, port, host, extraSettings });
  const url = `${server.url}/?folder=${encodeURIComponent(examples)}`;
  console.log(`VICIdial Carriers demo: code-server ${host === "127.0.0.1" ? "on this machine only" : `on ${host}`}, extension from ${ROOT}`);
  console.log(`\n  Open ${url}\n`);
  console.log(`Open a file under examples/ (e.g. a .carrier or sip.conf); problems show as squiggles and in the Problems panel.`);
  console.log(`Log: ${server.logFile}. Press Ctrl+C to stop.`);
  const code = await new Promise((resolve) => server.child.once("exit", (c) => resolve(c ?? 1)));
  if (stopRequested()) return new Promise(() => {}); // the signal handler finishes the shutdown and exits
  await stopGroup(server.child, 0);
  console.error(`code-server exited with code ${code}. Last lines of its log:\n${tail(server.logFile)}`);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`npm start: ${error instanceof E2EFailure ? error.message : error instanceof Error ? error.stack : String(error)}`);
    process.exit(1);
  },
);
