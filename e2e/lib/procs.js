// @ts-check
// Child processes started by the e2e scripts: each in its own process group, tracked, and stopped as a group
// (SIGTERM, then SIGKILL) when a stage ends, on Ctrl+C, and as a last resort when the script exits.
"use strict";
const { spawn } = require("node:child_process");
const fs = require("node:fs");

/** @type {Set<import("node:child_process").ChildProcess>} */
const running = new Set();

/**
 * Starts a command as the leader of a new process group. Output goes to `logFile` (appended) when given.
 * @param {string} command
 * @param {string[]} args
 * @param {{ env?: NodeJS.ProcessEnv, cwd?: string, logFile?: string }} [options]
 */
function startGroup(command, args, options = {}) {
  const out = options.logFile ? fs.openSync(options.logFile, "a") : "ignore";
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: true, stdio: ["ignore", out, out] });
  if (typeof out === "number") fs.closeSync(out);
  running.add(child);
  child.once("exit", () => running.delete(child));
  return child;
}

/** @param {import("node:child_process").ChildProcess} child */
function isAlive(child) {
  return child.exitCode === null && child.signalCode === null;
}

/**
 * @param {number} pid
 * @param {NodeJS.Signals} signal
 */
function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is already gone
  }
}

/**
 * Stops a process group: SIGTERM, then SIGKILL after `graceMs`. The group is killed again after the leader
 * exits, because children (extension host, language server, file watcher) can outlive it.
 * @param {import("node:child_process").ChildProcess} child
 * @param {number} [graceMs]
 */
async function stopGroup(child, graceMs = 5000) {
  const pid = child.pid;
  if (pid === undefined) return;
  if (isAlive(child)) {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    signalGroup(pid, "SIGTERM");
    const timer = new Promise((resolve) => setTimeout(resolve, graceMs));
    await Promise.race([exited, timer]);
  }
  signalGroup(pid, "SIGKILL");
  running.delete(child);
}

async function stopAll() {
  await Promise.all([...running].map((child) => stopGroup(child, 3000)));
}

let handlersInstalled = false;
let signalled = false;
/** True once Ctrl+C (or SIGTERM/SIGHUP) asked this script to stop. */
const stopRequested = () => signalled;

/** On Ctrl+C / SIGTERM: stop every group and exit; on any exit: SIGKILL whatever is still tracked. */
function installExitHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const signal of /** @type {NodeJS.Signals[]} */ (["SIGINT", "SIGTERM", "SIGHUP"])) {
    process.once(signal, () => {
      signalled = true;
      console.error(`\n${signal}: stopping the processes this script started…`);
      void stopAll().finally(() => process.exit(130));
    });
  }
  process.once("exit", () => {
    for (const child of running) if (child.pid !== undefined) signalGroup(child.pid, "SIGKILL");
  });
}

/**
 * Process ids (other than this one) whose command line or environment mentions `marker` — used to prove that
 * nothing started for a run directory is left behind.
 * @param {string} marker
 * @returns {{ pid: number, cmd: string }[]}
 */
function processesMentioning(marker) {
  /** @type {{ pid: number, cmd: string }[]} */
  const found = [];
  for (const entry of fs.readdirSync("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    try {
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ").trim();
      let env = "";
      try {
        env = fs.readFileSync(`/proc/${pid}/environ`, "utf8");
      } catch {
        // not readable: judge by the command line only
      }
      if (cmd.includes(marker) || env.includes(marker)) found.push({ pid, cmd });
    } catch {
      // the process ended while we looked
    }
  }
  return found;
}

module.exports = { startGroup, stopGroup, stopAll, installExitHandlers, stopRequested, processesMentioning };
