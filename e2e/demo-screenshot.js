#!/usr/bin/env node
// @ts-check
// Screenshot of a running demo (`npm start`): opens a file of the served folder in Chromium, waits for its first
// squiggle and hovers it, so the picture shows a diagnostic and its hover.
// Usage: node e2e/demo-screenshot.js URL FILE OUT.png   (URL as printed by npm start, FILE relative to examples/)
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { launchBrowser } = require("./lib/browser");

async function main() {
  const [url, file, out] = process.argv.slice(2);
  if (!url || !file || !out) throw new Error("usage: node e2e/demo-screenshot.js URL FILE OUT.png");
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), "vicidial-demo-shot-"));
  const { browser, context } = await launchBrowser(runDir);
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.locator(".explorer-folders-view").waitFor({ state: "visible", timeout: 30000 });
    await page.keyboard.press("Control+P");
    await page.locator(".quick-input-widget input").waitFor({ state: "visible" });
    await page.keyboard.type(file);
    await page.locator(".quick-input-list .monaco-list-row.focused").waitFor({ state: "visible" });
    await page.keyboard.press("Enter");
    const squiggle = page.locator('.editor-group-container.active .monaco-editor [class*="squiggly-"]').first();
    await squiggle.waitFor({ state: "attached", timeout: 20000 });
    await page.keyboard.press("Control+Shift+M");
    const box = await squiggle.boundingBox();
    if (!box) throw new Error("the squiggle has no position on screen");
    await page.mouse.move(box.x + Math.min(box.width / 2, 20), box.y + box.height / 2, { steps: 4 });
    await page.locator(".monaco-hover-content:visible").first().waitFor({ state: "visible", timeout: 10000 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: out });
    console.log(`saved ${out}`);
  } finally {
    await browser.close();
    fs.rmSync(runDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`demo-screenshot: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
