// @ts-check
// The machine prerequisites of the e2e suite, and the exact command that installs whatever is missing.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { CHROMIUM } = require("./browser");
const { CODE_SERVER_VERSION } = require("./code-server");

/**
 * @param {string} command
 * @returns {string | undefined} its path on PATH
 */
function onPath(command) {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    const file = path.join(dir, command);
    try {
      fs.accessSync(file, fs.constants.X_OK);
      return file;
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

/**
 * @typedef {{ what: string, ok: boolean, found?: string, apt: string }} Prerequisite
 * @param {{ installingCodeServer: boolean }} options code-server's install needs a compiler and Kerberos headers
 * @returns {Prerequisite[]}
 */
function checkPrerequisites(options) {
  const nodeMajor = Number(process.versions.node.split(".")[0]);
  /** @type {Prerequisite[]} */
  const list = [
    { what: `Node.js 20 (code-server ${CODE_SERVER_VERSION} runs on Node 20)`, ok: nodeMajor === 20, found: process.version, apt: "nodejs" },
    { what: `Chromium (${CHROMIUM})`, ok: fs.existsSync(CHROMIUM), found: fs.existsSync(CHROMIUM) ? CHROMIUM : undefined, apt: "chromium" },
    { what: "Neovim (nvim)", ok: Boolean(onPath("nvim")), found: onPath("nvim"), apt: "neovim" },
    { what: "ripgrep (/usr/bin/rg, seeds code-server's @vscode/ripgrep)", ok: fs.existsSync("/usr/bin/rg"), apt: "ripgrep" },
  ];
  if (options.installingCodeServer) {
    const gssapi = "/usr/include/gssapi/gssapi.h";
    list.push(
      { what: `Kerberos headers (${gssapi}, for code-server's kerberos module)`, ok: fs.existsSync(gssapi), apt: "libkrb5-dev" },
      { what: "a C/C++ toolchain (make, g++) for code-server's native modules", ok: Boolean(onPath("make") && onPath("g++")), apt: "build-essential" },
      { what: "python3 (node-gyp)", ok: Boolean(onPath("python3")), apt: "python3" },
      { what: "Node.js headers (/usr/include/node/node.h, used offline by node-gyp)", ok: fs.existsSync("/usr/include/node/node.h"), apt: "nodejs" },
    );
  }
  return list;
}

/**
 * A readable report of what is missing, or undefined when all is there.
 * @param {Prerequisite[]} list
 */
function missingReport(list) {
  const missing = list.filter((p) => !p.ok);
  if (missing.length === 0) return undefined;
  const packages = [...new Set(missing.map((p) => p.apt))].join(" ");
  const lines = missing.map((p) => `  - ${p.what}${p.found ? ` (found ${p.found})` : ""}: Debian package '${p.apt}'`);
  return [
    "Missing prerequisites of npm run test:e2e:",
    ...lines,
    "Install them with:",
    `  sudo apt-get update && sudo apt-get install -y ${packages}`,
    missing.some((p) => p.apt === "nodejs") ? `  (Node.js must be version 20: code-server ${CODE_SERVER_VERSION} needs it.)` : "",
  ]
    .filter(Boolean)
    .join("\n");
}

module.exports = { checkPrerequisites, missingReport };
