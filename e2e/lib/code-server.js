// @ts-check
// code-server as the real VS Code host: installed from npm into .cache/ (once), started per run with its own
// user-data, extensions and XDG folders, bound to 127.0.0.1, no telemetry, no gallery, no update checks.
"use strict";
const { execFileSync, spawn, spawnSync } = require("node:child_process");
const fs = require("node:fs");
const http = require("node:http");
const net = require("node:net");
const path = require("node:path");
const { CACHE, ROOT } = require("./paths");
const { log, E2EFailure, waitFor } = require("./log");
const { startGroup } = require("./procs");

// code-server 4.100.3 (VS Code 1.100.3) is the newest release that runs on Node 20.
const CODE_SERVER_VERSION = "4.100.3";
// The @vscode/ripgrep that code-server 4.100.3 pins, and the archive its postinstall would fetch from GitHub.
// Seeding its download cache with Debian's rg keeps the whole install on the npm registry.
const RIPGREP_PACKAGE_VERSION = "1.15.11";
const RIPGREP_ARCHIVE = "ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz";

const installDir = path.join(CACHE, `code-server-${CODE_SERVER_VERSION}`);
const binary = path.join(installDir, "node_modules", ".bin", "code-server");
const installedMarker = path.join(installDir, ".installed");

function isCodeServerInstalled() {
  return fs.existsSync(installedMarker) && fs.existsSync(binary);
}

/**
 * Runs npm in the background and prints a progress line while it works (every few seconds: the time so far and the
 * last line npm or a build step wrote), on one rewritten line in a terminal, else one line every 15 s.
 * @param {string[]} args @param {{ cwd: string, env: NodeJS.ProcessEnv, logFile: string }} options
 * @returns {Promise<{ status: number | null }>}
 */
function npmWithProgress(args, options) {
  const out = fs.openSync(options.logFile, "w");
  const child = spawn("npm", args, { cwd: options.cwd, env: options.env, stdio: ["ignore", out, out] });
  const started = Date.now();
  const tty = process.stdout.isTTY === true;
  const lastLine = () => {
    try {
      // npm's own warnings (e.g. about the unsafe-perm setting) say nothing about progress: skip them.
      const lines = fs.readFileSync(options.logFile, "utf8").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("npm warn"));
      return (lines.at(-1) ?? "resolving packages").replace(/[\u0000-\u001f]/g, " ").slice(0, 70);
    } catch {
      return "";
    }
  };
  const tick = () => {
    const line = `  … installing code-server: ${Math.round((Date.now() - started) / 1000)} s — ${lastLine()}`;
    if (tty) process.stdout.write(`\r${line.padEnd(process.stdout.columns ? process.stdout.columns - 1 : 100).slice(0, (process.stdout.columns ?? 101) - 1)}`);
    else console.log(line);
  };
  const timer = setInterval(tick, tty ? 1000 : 15000);
  return new Promise((resolve) => {
    child.once("exit", (status) => {
      clearInterval(timer);
      fs.closeSync(out);
      if (tty) process.stdout.write("\r\x1b[K");
      resolve({ status });
    });
    child.once("error", () => {
      clearInterval(timer);
      resolve({ status: null });
    });
  });
}

/** Installs code-server into .cache/ unless a finished install is already there. */
async function ensureCodeServer() {
  if (isCodeServerInstalled()) {
    log(`code-server ${CODE_SERVER_VERSION} already in ${path.relative(ROOT, installDir)}`);
    return binary;
  }
  log(`installing code-server ${CODE_SERVER_VERSION} into ${path.relative(ROOT, installDir)} (one to three minutes, once; the log is ${path.relative(ROOT, path.join(installDir, "install.log"))})…`);
  fs.rmSync(installDir, { recursive: true, force: true });
  const tmp = path.join(installDir, "tmp");
  const ripgrepCache = path.join(tmp, `vscode-ripgrep-cache-${RIPGREP_PACKAGE_VERSION}`);
  const stage = path.join(ripgrepCache, "stage");
  fs.mkdirSync(stage, { recursive: true });
  fs.copyFileSync("/usr/bin/rg", path.join(stage, "rg"));
  execFileSync("tar", ["czf", path.join(ripgrepCache, RIPGREP_ARCHIVE), "-C", stage, "rg"]);
  fs.rmSync(stage, { recursive: true });
  fs.writeFileSync(path.join(installDir, "package.json"), '{ "private": true }\n');

  const logFile = path.join(installDir, "install.log");
  const result = await npmWithProgress(["install", "--no-audit", "--no-fund", "--no-save", "--foreground-scripts", `code-server@${CODE_SERVER_VERSION}`], {
    cwd: installDir,
    logFile,
    env: {
      ...process.env,
      TMPDIR: tmp, // @vscode/ripgrep looks for its cache in os.tmpdir()
      npm_config_yes: "true", // node-pty's postinstall runs `npx node-gyp`
      npm_config_unsafe_perm: "true", // code-server's postinstall refuses to run as root otherwise
      npm_config_nodedir: "/usr", // node-gyp uses Debian's Node headers instead of downloading them
      npm_config_update_notifier: "false",
    },
  });
  // --version writes a default config.yaml into XDG_CONFIG_HOME: keep it inside the install folder.
  const versionEnv = { ...process.env, XDG_CONFIG_HOME: tmp, XDG_DATA_HOME: tmp, XDG_CACHE_HOME: tmp };
  const version = result.status === 0 ? spawnSync(binary, ["--version"], { encoding: "utf8", env: versionEnv }) : undefined;
  if (!version || version.status !== 0 || !version.stdout.includes(CODE_SERVER_VERSION)) {
    const tail = fs.readFileSync(logFile, "utf8").split("\n").slice(-40).join("\n");
    throw new E2EFailure(
      `installing code-server ${CODE_SERVER_VERSION} failed (npm exit ${result.status}). Last lines of ${logFile}:\n${tail}`,
    );
  }
  fs.rmSync(tmp, { recursive: true, force: true });
  const versionLine = version.stdout.split("\n").find((line) => line.startsWith(CODE_SERVER_VERSION)) ?? CODE_SERVER_VERSION;
  fs.writeFileSync(installedMarker, `${versionLine}\n`);
  log(`installed: code-server ${versionLine}`);
  return binary;
}

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Environment for code-server and Chromium: every config, data and cache folder inside the run directory.
 * @param {string} runDir
 */
function isolatedEnv(runDir) {
  return {
    ...process.env,
    XDG_CONFIG_HOME: path.join(runDir, "xdg", "config"),
    XDG_DATA_HOME: path.join(runDir, "xdg", "data"),
    XDG_CACHE_HOME: path.join(runDir, "xdg", "cache"),
    XDG_RUNTIME_DIR: path.join(runDir, "xdg", "runtime"),
    EXTENSIONS_GALLERY: '{"serviceUrl":""}',
  };
}

const USER_SETTINGS = {
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "git.enabled": false,
  "files.autoSave": "off",
  "files.hotExit": "off",
  "editor.minimap.enabled": false,
  "editor.hover.delay": 100,
  "editor.quickSuggestions": { other: false, comments: false, strings: false },
  "window.commandCenter": false,
  "chat.commandCenter.enabled": false,
  "workbench.secondarySideBar.defaultVisibility": "hidden",
};

/**
 * Starts code-server for one run and waits until it answers /healthz.
 * @param {{ runDir: string, workspace: string, port?: number, host?: string, extraSettings?: object }} options
 */
async function startCodeServer(options) {
  const { runDir, workspace } = options;
  const host = options.host ?? "127.0.0.1";
  const port = options.port ?? (await freePort());
  const env = isolatedEnv(runDir);
  const dataDir = path.join(runDir, "data");
  const extensionsDir = path.join(runDir, "exts");
  for (const dir of [dataDir, extensionsDir, path.join(dataDir, "User"), env.XDG_CONFIG_HOME, env.XDG_DATA_HOME, env.XDG_CACHE_HOME]) {
    fs.mkdirSync(dir, { recursive: true });
  }
  fs.mkdirSync(env.XDG_RUNTIME_DIR, { recursive: true, mode: 0o700 });
  const settings = { ...USER_SETTINGS, ...(options.extraSettings ?? {}) };
  fs.writeFileSync(path.join(dataDir, "User", "settings.json"), JSON.stringify(settings, null, 2));

  const logFile = path.join(runDir, "code-server.log");
  const args = [
    "--bind-addr", `${host}:${port}`,
    "--auth", "none",
    "--user-data-dir", dataDir,
    "--extensions-dir", extensionsDir,
    "--disable-telemetry",
    "--disable-update-check",
    "--disable-workspace-trust",
    "--disable-getting-started-override",
    "--disable-file-downloads",
    workspace,
  ];
  const child = startGroup(ensureInstalledBinary(), args, { env, logFile });
  const url = `http://${host}:${port}`;
  const state = await waitFor(
    `code-server to answer on ${url}/healthz`,
    async () => (child.exitCode !== null ? "exited" : (await healthy(url)) && "up"),
    30000,
    () => `code-server log:\n${tail(logFile)}`,
  );
  if (state === "exited") throw new E2EFailure(`code-server exited with code ${child.exitCode} at start-up:\n${tail(logFile)}`);
  return { child, url, port, logFile, dataDir, extensionsDir, env };
}

function ensureInstalledBinary() {
  if (!fs.existsSync(binary)) throw new E2EFailure(`code-server is not installed in ${installDir}; run npm run test:e2e once`);
  return binary;
}

/** @param {string} url */
function healthy(url) {
  return new Promise((resolve) => {
    const request = http.get(`${url}/healthz`, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on("error", () => resolve(false));
    request.setTimeout(2000, () => request.destroy());
  });
}

/**
 * The last lines of a log file, for failure messages.
 * @param {string} file
 * @param {number} [lines]
 */
function tail(file, lines = 30) {
  try {
    const text = fs.readFileSync(file, "utf8").split("\n").filter((line) => line.trim() !== "" && !/^\[[\d:]+\]\s*$/.test(line));
    return text.slice(-lines).map((line) => `    ${line}`).join("\n");
  } catch {
    return `(no ${file})`;
  }
}

/**
 * Makes the project root an installed extension of this run (a symlink; dist/ must be built).
 * @param {string} extensionsDir
 */
function linkProjectExtension(extensionsDir) {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
  const link = path.join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`);
  fs.symlinkSync(ROOT, link, "dir");
  return `${manifest.publisher}.${manifest.name}`;
}

/**
 * Packages the extension as a .vsix (vsce, offline; dist/ must be built) and installs it into this run's
 * extensions folder with code-server's own --install-extension, like a user installing the release.
 * @param {string} runDir
 */
function installPackagedExtension(runDir) {
  const vsix = path.join(runDir, "vicidial-carriers.vsix");
  // scripts/package-vsix.mjs runs vsce on the .vscodeignore allow-list (what `npm run package` ships).
  const script = path.join(ROOT, "scripts", "package-vsix.mjs");
  const packed = spawnSync(process.execPath, [script, "--out", vsix], { cwd: ROOT, encoding: "utf8" });
  if (packed.status !== 0) throw new E2EFailure(`vsce package failed (exit ${packed.status}):\n${packed.stdout}${packed.stderr}`);
  const env = isolatedEnv(runDir);
  const args = ["--user-data-dir", path.join(runDir, "data"), "--extensions-dir", path.join(runDir, "exts"), "--install-extension", vsix];
  const installed = spawnSync(ensureInstalledBinary(), args, { env, encoding: "utf8" });
  if (installed.status !== 0) throw new E2EFailure(`code-server --install-extension failed (exit ${installed.status}):\n${installed.stdout}${installed.stderr}`);
  return { vsix, sizeKb: Math.round(fs.statSync(vsix).size / 1024), files: /\((\d+) files/.exec(packed.stdout)?.[1] };
}

module.exports = {
  CODE_SERVER_VERSION,
  isCodeServerInstalled,
  ensureCodeServer,
  startCodeServer,
  isolatedEnv,
  freePort,
  linkProjectExtension,
  installPackagedExtension,
  tail,
};
