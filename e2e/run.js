#!/usr/bin/env node
// @ts-check
// `npm run test:e2e`: proves the extension in real editors. Checks the machine, installs code-server into .cache/
// when absent, then runs the Neovim test, the extension-host tests (runTests + code-server shim) and the UI tests
// (playwright-core + Chromium), saves screenshots in e2e-results/ (the README ones also in docs/images/), stops
// every process it started and exits non-zero on any failure.
// Options: --only=nvim,ext-host,ui   --keep (keep the temporary run folder)
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { RESULTS, ROOT } = require("./lib/paths");
const { log, E2EFailure, sleep } = require("./lib/log");
const { installExitHandlers, processesMentioning, stopAll } = require("./lib/procs");
const { checkPrerequisites, missingReport } = require("./lib/prereqs");
const { ensureCodeServer, isCodeServerInstalled } = require("./lib/code-server");

const { README_SHOTS } = require("./refresh-doc-images");
const STAGES = ["nvim", "ext-host", "ui"];

function parseOptions() {
  const only = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length).split(",");
  const unknown = (only ?? []).filter((s) => !STAGES.includes(s));
  if (unknown.length > 0) throw new E2EFailure(`unknown stage(s) ${unknown.join(", ")}; stages are ${STAGES.join(", ")}`);
  return { stages: only ?? STAGES, keep: process.argv.includes("--keep") };
}

/** @param {string} runRoot */
function copyLogs(runRoot) {
  const logs = path.join(RESULTS, "logs");
  fs.mkdirSync(logs, { recursive: true });
  for (const stage of fs.readdirSync(runRoot)) {
    for (const name of ["code-server.log", "extension-host.log", "nvim.out"]) {
      const file = path.join(runRoot, stage, name);
      if (fs.existsSync(file)) fs.copyFileSync(file, path.join(logs, `${stage}-${name}`));
    }
  }
}

/** Waits for everything started under `runRoot` to be gone; kills and reports leftovers. @param {string} runRoot */
async function checkNothingLeft(runRoot) {
  let left = processesMentioning(runRoot);
  for (let i = 0; i < 30 && left.length > 0; i++) {
    await sleep(100);
    left = processesMentioning(runRoot);
  }
  for (const p of left) {
    try {
      process.kill(p.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  return left;
}

async function main() {
  installExitHandlers();
  const options = parseOptions();
  const problem = missingReport(checkPrerequisites({ installingCodeServer: !isCodeServerInstalled() }));
  if (problem) throw new E2EFailure(problem);
  for (const file of ["dist/client.js", "dist/server.js"]) {
    if (!fs.existsSync(path.join(ROOT, file))) throw new E2EFailure(`${file} is missing: run npm run build first (npm run test:e2e does)`);
  }
  log(`prerequisites present (node ${process.version}, chromium, nvim, rg)`);

  /** @type {{ name: string, ms: number, ok: boolean, error?: string }[]} */
  const results = [];
  /** @param {string} name @param {() => Promise<unknown> | unknown} body */
  const stage = async (name, body) => {
    log(`── ${name}`);
    const started = Date.now();
    try {
      await body();
      results.push({ name, ms: Date.now() - started, ok: true });
      log(`── ${name}: passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      return true;
    } catch (error) {
      const message = error instanceof E2EFailure ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
      results.push({ name, ms: Date.now() - started, ok: false, error: message });
      log(`── ${name}: FAILED after ${((Date.now() - started) / 1000).toFixed(1)} s\n${message}`);
      return false;
    }
  };

  if (!(await stage("code-server", () => ensureCodeServer()))) return report(results);

  fs.rmSync(RESULTS, { recursive: true, force: true });
  fs.mkdirSync(RESULTS, { recursive: true });
  const runRoot = fs.mkdtempSync(path.join(os.tmpdir(), "vicidial-e2e-"));
  log(`run folder ${runRoot}, results in ${path.relative(ROOT, RESULTS)}/`);
  try {
    if (options.stages.includes("nvim")) {
      const { runNeovimTest } = require("./nvim/run");
      await stage("neovim (bundled server over stdio)", () => runNeovimTest(path.join(runRoot, "nvim")));
    }
    if (options.stages.includes("ext-host")) {
      const { runExtensionHostTests } = require("./ext-host/run");
      await stage("extension host (runTests + code-server shim)", () => runExtensionHostTests(path.join(runRoot, "ext-host")));
    }
    if (options.stages.includes("ui")) {
      const { runUiTests } = require("./ui/run");
      const passed = await stage("UI (playwright-core + Chromium on code-server)", async () => {
        const shots = await runUiTests(path.join(runRoot, "ui"), RESULTS);
        log(`  screenshots: ${shots.map((s) => path.relative(ROOT, s)).join(", ")}`);
      });
      // The tracked docs/images/ are refreshed only on request (npm run docs:images), never by a test run.
      if (passed) log(`  README screenshots in ${path.relative(ROOT, RESULTS)}/: ${README_SHOTS.join(", ")} (npm run docs:images copies them to docs/images/)`);
    }
  } finally {
    await stopAll();
    copyLogs(runRoot);
    const left = await checkNothingLeft(runRoot);
    if (left.length > 0) {
      results.push({ name: "cleanup", ms: 0, ok: false, error: `processes were left running and have been killed:\n${left.map((p) => `  ${p.pid} ${p.cmd.slice(0, 160)}`).join("\n")}` });
    } else {
      log("cleanup: no process of this run is left");
    }
    if (options.keep) log(`kept ${runRoot}`);
    else fs.rmSync(runRoot, { recursive: true, force: true });
  }
  return report(results);
}

/** @param {{ name: string, ms: number, ok: boolean, error?: string }[]} results */
function report(results) {
  fs.mkdirSync(RESULTS, { recursive: true });
  fs.writeFileSync(path.join(RESULTS, "summary.json"), JSON.stringify(results, null, 2));
  console.log("\nSummary of npm run test:e2e");
  for (const r of results) console.log(`  ${r.ok ? "PASS" : "FAIL"}  ${r.name.padEnd(50)} ${(r.ms / 1000).toFixed(1).padStart(6)} s`);
  const failed = results.filter((r) => !r.ok);
  if (failed.length > 0) {
    console.log(`\n${failed.length} stage(s) failed:`);
    for (const r of failed) console.log(`\n✘ ${r.name}\n${r.error}`);
    console.log(`\nLogs and screenshots: ${path.relative(process.cwd(), RESULTS) || RESULTS}/`);
    return 1;
  }
  console.log("\nAll e2e stages passed.");
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`\nnpm run test:e2e: ${error instanceof E2EFailure ? error.message : error instanceof Error ? error.stack : String(error)}`);
    void stopAll().finally(() => process.exit(1));
  },
);
