// @ts-check
// The code-server editor page as the UI stage reads and drives it: rendered lines with their squiggles, word
// positions for the mouse, hovers, Problems rows, and Quick Open / Go to Line / the command palette.
"use strict";
const { waitFor } = require("../lib/log");

const STEP_TIMEOUT_MS = 20000;

/** @typedef {import("playwright-core").Page} Page */

/** Editor text uses non-breaking spaces for rendering. @param {string | null} text */
const plain = (text) => (text ?? "").replace(/\u00a0/g, " ");

/**
 * The active editor's rendered lines, with their line numbers and vertical positions.
 * @param {Page} page
 */
function renderedLines(page) {
  return page.evaluate(() => {
    const editor = document.querySelector(".editor-group-container.active .monaco-editor");
    if (!editor) return [];
    const numbers = [...editor.querySelectorAll(".margin-view-overlays .line-numbers")].map((el) => {
      const box = el.getBoundingClientRect();
      return { line: Number(el.textContent), top: box.top, bottom: box.bottom };
    });
    const lines = [...editor.querySelectorAll(".view-lines .view-line")].map((el) => ({ top: el.getBoundingClientRect().top, text: el.textContent ?? "" }));
    const squiggles = [...editor.querySelectorAll('[class*="squiggly-"]')].map((el) => {
      const box = el.getBoundingClientRect();
      return { top: box.top, bottom: box.bottom, kind: [...el.classList].find((c) => c.startsWith("squiggly-")) ?? "" };
    });
    return numbers.map((n) => ({
      line: n.line,
      text: lines.find((l) => Math.abs(l.top - n.top) < 2)?.text ?? "",
      squiggles: squiggles.filter((s) => s.top >= n.top - 1 && s.bottom <= n.bottom + 1).map((s) => s.kind),
    }));
  });
}

/**
 * @param {Page} page
 * @param {number} line 1-based
 */
async function lineInfo(page, line) {
  const info = (await renderedLines(page)).find((l) => l.line === line);
  return info ? { ...info, text: plain(info.text) } : undefined;
}

/**
 * Screen position of a word inside a rendered line (for the mouse).
 * @param {Page} page
 * @param {number} line 1-based
 * @param {string} word
 */
function wordPosition(page, line, word) {
  return page.evaluate(
    ({ line, word }) => {
      const editor = document.querySelector(".editor-group-container.active .monaco-editor");
      if (!editor) return undefined;
      const number = [...editor.querySelectorAll(".margin-view-overlays .line-numbers")].find((el) => Number(el.textContent) === line);
      if (!number) return undefined;
      const top = number.getBoundingClientRect().top;
      const row = [...editor.querySelectorAll(".view-lines .view-line")].find((el) => Math.abs(el.getBoundingClientRect().top - top) < 2);
      if (!row) return undefined;
      const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node.textContent ?? "").replace(/\u00a0/g, " ").indexOf(word);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + word.length);
        const box = range.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
      return undefined;
    },
    { line, word },
  );
}

/**
 * @template T
 * @param {string} what
 * @param {() => Promise<T>} probe
 * @param {() => Promise<string> | string} [state] describes what is on screen when the time is up
 */
const until = (what, probe, state) => waitFor(what, probe, STEP_TIMEOUT_MS, state);

/** @param {Page} page @param {string} file */
async function openFile(page, file) {
  const active = await page.locator(".tab.active .label-name").first().textContent({ timeout: 500 }).catch(() => "");
  if (plain(active) === file) return;
  await page.keyboard.press("Control+P");
  await page.locator(".quick-input-widget input").waitFor({ state: "visible" });
  await page.keyboard.type(file);
  await until(`quick open to list ${file}`, async () => {
    const first = plain(await page.locator(".quick-input-list .monaco-list-row.focused .label-name").first().textContent());
    return first === file;
  });
  await page.keyboard.press("Enter");
  await until(`the editor tab of ${file}`, async () => plain(await page.locator(".tab.active .label-name").first().textContent()) === file);
  await page.locator(".editor-group-container.active .monaco-editor .view-lines").waitFor({ state: "visible" });
}

/** Moves the cursor with Go to Line/Column (Ctrl+G). @param {Page} page @param {number} line @param {number} column */
async function goTo(page, line, column) {
  await page.keyboard.press("Control+G");
  await page.locator(".quick-input-widget input").waitFor({ state: "visible" });
  await page.keyboard.type(`${line}:${column}`);
  await page.keyboard.press("Enter");
  await page.locator(".quick-input-widget").waitFor({ state: "hidden" });
  await until(`the cursor at Ln ${line}, Col ${column}`, async () =>
    plain(await page.locator("#status\\.editor\\.selection").textContent()).includes(`Ln ${line}, Col ${column}`),
  );
}

/** Runs a command from the command palette (F1). @param {Page} page @param {string} label */
async function runCommand(page, label) {
  await page.keyboard.press("F1");
  await page.locator(".quick-input-widget input").waitFor({ state: "visible" });
  await page.keyboard.type(label);
  await until(`the command "${label}" in the palette`, async () =>
    plain(await page.locator(".quick-input-list .monaco-list-row.focused .label-name").first().textContent()).includes(label),
  );
  await page.keyboard.press("Enter");
}

/**
 * Waits until the widgets on screen have finished their fade-in animations (for screenshots).
 * @param {Page} page
 */
async function settled(page) {
  await page.evaluate(async () => {
    const finite = document.getAnimations().filter((a) => a.effect?.getTiming().iterations !== Infinity);
    await Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

/** Texts of the hover widgets on screen. @param {Page} page */
async function hoverTexts(page) {
  return (await page.locator(".monaco-hover-content").allTextContents()).map(plain).filter((t) => t.trim() !== "");
}

/** @param {Page} page */
async function problemsRows(page) {
  return (await page.locator(".markers-panel .monaco-list-row").allTextContents()).map(plain);
}

module.exports = { plain, renderedLines, lineInfo, wordPosition, until, openFile, goTo, runCommand, settled, hoverTexts, problemsRows };
