// @ts-check
// Stage "neovim": headless Neovim runs lsp-test.lua against the bundled server (dist/server.js --stdio) on a copy of
// the fixtures, under a hard time limit, and reports each check.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const expected = require("../expectations");
const { ROOT } = require("../lib/paths");
const { log, E2EFailure } = require("../lib/log");
const { startGroup, stopGroup } = require("../lib/procs");
const { copyFixtures } = require("../lib/workspace");

const HARD_LIMIT_MS = 60000;

/** @param {string} runDir a fresh folder for this stage */
async function runNeovimTest(runDir) {
  fs.mkdirSync(runDir, { recursive: true });
  const workspace = copyFixtures(runDir);
  const spec = {
    workspace,
    server: [process.execPath, path.join(ROOT, "dist", "server.js"), "--stdio"],
    languages: expected.languages,
    diagnostics: expected.diagnostics,
    hover: expected.hover,
    fix: expected.fixes[0],
    timeoutMs: 10000,
  };
  const xdg = {
    XDG_CONFIG_HOME: path.join(runDir, "xdg", "config"),
    XDG_DATA_HOME: path.join(runDir, "xdg", "data"),
    XDG_STATE_HOME: path.join(runDir, "xdg", "state"),
    XDG_CACHE_HOME: path.join(runDir, "xdg", "cache"),
  };
  for (const dir of Object.values(xdg)) fs.mkdirSync(dir, { recursive: true });
  const env = { ...process.env, ...xdg, NVIM_LOG_FILE: path.join(runDir, "nvim.log"), E2E_NVIM_SPEC: JSON.stringify(spec) };
  const output = path.join(runDir, "nvim.out");
  const script = path.join(__dirname, "lsp-test.lua");
  const child = startGroup("nvim", ["--headless", "-u", "NONE", "-i", "NONE", "-n", "-c", `luafile ${script}`], { env, logFile: output, cwd: workspace });
  const exit = new Promise((resolve) => child.once("exit", (code, signal) => resolve(code ?? signal)));
  const timer = setTimeout(() => void stopGroup(child, 1000), HARD_LIMIT_MS);
  const code = await exit;
  clearTimeout(timer);
  await stopGroup(child, 0); // the language server child, should it linger

  const text = fs.readFileSync(output, "utf8");
  const line = text.split("\n").reverse().find((l) => l.startsWith("{"));
  /** @type {{ ok: boolean, nvim?: string, error?: string, elapsed_ms?: number, checks: { name: string, detail: string, ms: number }[] }} */
  let result;
  try {
    result = JSON.parse(line ?? "");
  } catch {
    throw new E2EFailure(`Neovim exited with ${code} and printed no result (hard limit ${HARD_LIMIT_MS} ms). Output:\n${text.trim() || "(none)"}`);
  }
  for (const check of result.checks) log(`  ✔ nvim ${check.name}: ${check.detail} (${check.ms} ms)`);
  if (!result.ok || code !== 0) {
    throw new E2EFailure(`Neovim ${result.nvim ?? ""} test failed (exit ${code}): ${result.error ?? "no error text"}`);
  }
  log(`  Neovim ${result.nvim}: all checks passed in ${result.elapsed_ms} ms`);
}

module.exports = { runNeovimTest };
