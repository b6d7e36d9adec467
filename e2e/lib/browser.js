// @ts-check
// Debian's Chromium driven by playwright-core: headless, no network side channels, profile and XDG folders
// inside the run directory.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { chromium } = require("playwright-core");
const { isolatedEnv } = require("./code-server");

const CHROMIUM = process.env.E2E_CHROMIUM ?? "/usr/bin/chromium";

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-default-apps",
  "--disable-features=Translate,MediaRouter,OptimizationHints",
  "--password-store=basic",
];

/**
 * @param {string} runDir
 * @param {{ width?: number, height?: number }} [viewport]
 */
async function launchBrowser(runDir, viewport = {}) {
  const tmp = path.join(runDir, "browser-tmp");
  fs.mkdirSync(tmp, { recursive: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    env: { ...isolatedEnv(runDir), TMPDIR: tmp },
    timeout: 30000,
  });
  const context = await browser.newContext({
    viewport: { width: viewport.width ?? 1280, height: viewport.height ?? 800 },
    deviceScaleFactor: 1,
  });
  return { browser, context };
}

module.exports = { launchBrowser, CHROMIUM };
