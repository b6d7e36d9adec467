// @ts-check
// Stage "UI": the extension packaged as a .vsix and installed in code-server, driven through Debian's Chromium like a user would: the
// squiggle and Problems entry of a register-line defect, a glossary hover, the TextMate scopes of a few tokens
// (Developer: Inspect Editor Tokens and Scopes) and a quick fix from the lightbulb (Ctrl+. then Enter).
// Screenshots go to the results folder.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const expected = require("../expectations");
const { startCodeServer, installPackagedExtension, tail } = require("../lib/code-server");
const { launchBrowser } = require("../lib/browser");
const { log, E2EFailure, waitFor } = require("../lib/log");
const { stopGroup } = require("../lib/procs");
const { copyFixtures } = require("../lib/workspace");

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

/**
 * @param {string} runDir a fresh folder for this stage
 * @param {string} resultsDir where screenshots are saved
 * @returns {Promise<string[]>} the screenshots written
 */
async function runUiTests(runDir, resultsDir) {
  fs.mkdirSync(runDir, { recursive: true });
  fs.mkdirSync(resultsDir, { recursive: true });
  const workspace = copyFixtures(runDir);
  const packaged = installPackagedExtension(runDir);
  log(`  ✔ packaged with vsce (${packaged.files} files, ${packaged.sizeKb} KB) and installed with code-server --install-extension`);
  const server = await startCodeServer({ runDir, workspace });
  const { browser, context } = await launchBrowser(runDir);
  /** @type {string[]} */
  const shots = [];
  const page = await context.newPage();
  const shoot = async (/** @type {string} */ name) => {
    await settled(page).catch(() => {});
    const file = path.join(resultsDir, name);
    await page.screenshot({ path: file });
    shots.push(file);
  };
  /** @param {string} name @param {() => Promise<string | void>} body */
  const step = async (name, body) => {
    const started = Date.now();
    try {
      const detail = await body();
      log(`  ✔ ${name}${detail ? `: ${detail}` : ""} (${Date.now() - started} ms)`);
    } catch (error) {
      const shot = `failure-${name.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}.png`;
      await shoot(shot).catch(() => {});
      const why = error instanceof Error ? error.message : String(error);
      throw new E2EFailure(`UI step "${name}" failed: ${why}\n  screenshot: ${path.join(resultsDir, shot)}\n  code-server log (last lines):\n${tail(server.logFile, 15)}`);
    }
  };

  try {
    await step("workbench loads", async () => {
      await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
      await page.locator(".monaco-workbench").waitFor({ state: "visible", timeout: 30000 });
      await page.locator(".explorer-folders-view").waitFor({ state: "visible", timeout: 30000 });
    });

    const diag = expected.ui.diagnostic;
    await step(`${diag.file} opens in the Asterisk language`, async () => {
      await openFile(page, diag.file);
      const mode = await until("the language in the status bar", async () => plain(await page.locator("#status\\.editor\\.mode").textContent()).trim());
      if (!/asterisk/i.test(mode)) throw new E2EFailure(`status bar language is '${mode}', expected the Asterisk language`);
      return mode;
    });

    await step(`squiggle under ${diag.code} on line ${diag.line}`, async () => {
      const info = await until(
        `a squiggle on line ${diag.line}`,
        async () => {
          const line = await lineInfo(page, diag.line);
          return line && line.squiggles.length > 0 ? line : undefined;
        },
        async () => `lines on screen:\n${(await renderedLines(page)).map((l) => `    ${l.line}: ${plain(l.text)} ${l.squiggles.join(" ")}`).join("\n")}`,
      );
      return `${info.squiggles.join(", ")} under '${info.text.trim()}'`;
    });

    await step(`Problems panel lists ${diag.code} at Ln ${diag.line}`, async () => {
      await page.keyboard.press("Control+Shift+M");
      const row = await until(
        `a Problems entry with ${diag.code} and [Ln ${diag.line},`,
        async () => (await problemsRows(page)).find((r) => r.includes(diag.code) && r.includes(`[Ln ${diag.line},`)),
        async () => `Problems panel rows:\n${(await problemsRows(page)).map((r) => `    ${r}`).join("\n") || "    (none)"}`,
      );
      await shoot("diagnostics.png");
      return row;
    });

    const hover = expected.hover;
    await step(`hover on '${hover.word}' shows the glossary`, async () => {
      if (hover.file !== diag.file) await openFile(page, hover.file);
      const at = await until(`the word '${hover.word}' on line ${hover.line}`, () => wordPosition(page, hover.line, hover.word));
      await page.mouse.move(at.x - 40, at.y + 200);
      await page.mouse.move(at.x, at.y, { steps: 4 });
      const text = await until(
        `a hover containing '${hover.contains}'`,
        async () => (await hoverTexts(page)).find((content) => content.includes(hover.contains)),
        async () => `hovers on screen: ${(await hoverTexts(page)).join(" | ") || "(none)"}`,
      );
      await shoot("hover.png");
      await page.mouse.move(5, 5);
      return text.slice(0, 90);
    });

    for (const token of expected.tokens) {
      await step(`TextMate scopes of '${token.word}' (${token.file}:${token.line}:${token.column})`, async () => {
        await openFile(page, token.file);
        await goTo(page, token.line, token.column);
        await runCommand(page, "Developer: Inspect Editor Tokens and Scopes");
        const widget = page.locator(".token-inspect-widget");
        const text = await until("the token inspector", async () => {
          const content = plain(await widget.textContent({ timeout: 500 }));
          return content.includes("textmate scopes") && content.includes(token.word) ? content : undefined;
        }, async () => `token inspector reads: ${plain(await widget.textContent({ timeout: 500 }).catch(() => "(none)"))}`);
        const scopes = await widget.locator(".tiw-metadata-scopes").first().innerText().then((t) => t.split("\n").map((s) => s.trim()).filter(Boolean));
        if (token === expected.tokens[0]) await shoot("tokens.png");
        await page.keyboard.press("Escape");
        await widget.waitFor({ state: "hidden" });
        if (!token.scope.test(scopes[0] ?? "")) {
          throw new E2EFailure(`innermost scope of '${token.word}' is '${scopes[0] ?? "(none)"}', expected ${token.scope}; all scopes: ${scopes.join(" ")}`);
        }
        const within = token.within;
        if (within && !scopes.some((scope) => within.test(scope))) {
          throw new E2EFailure(`'${token.word}' is not inside a scope matching ${within}; its scopes: ${scopes.join(" ")}`);
        }
        return scopes.join(" ");
      });
    }

    const fix = expected.ui.fix;
    await step(`quick fix "${fix.title}" from the lightbulb (Ctrl+. then Enter)`, async () => {
      await openFile(page, fix.file);
      await until(`a squiggle on ${fix.file}:${fix.line}`, async () => ((await lineInfo(page, fix.line))?.squiggles.length ?? 0) > 0);
      await goTo(page, fix.line, 3);
      await page.keyboard.press("Control+.");
      const menu = page.locator(".action-widget");
      await menu.waitFor({ state: "visible" });
      const focusedTitle = async () => plain(await menu.locator(".monaco-list-row.focused").first().textContent({ timeout: 500 }));
      const rows = (await menu.locator(".monaco-list-row.action").allTextContents()).map(plain);
      if (!rows.some((r) => r.includes(fix.title))) throw new E2EFailure(`the lightbulb menu lacks "${fix.title}"; it offers: ${rows.join(" | ")}`);
      for (let i = 0; i < rows.length && !(await focusedTitle().catch(() => "")).includes(fix.title); i++) await page.keyboard.press("ArrowDown");
      await until(`"${fix.title}" focused in the menu`, async () => (await focusedTitle()).includes(fix.title));
      await shoot("quick-fix.png");
      await page.keyboard.press("Enter");
      await until(
        `line ${fix.line} to read '${fix.lineAfter}' without a squiggle`,
        async () => {
          const line = await lineInfo(page, fix.line);
          return line && line.text === fix.lineAfter && line.squiggles.length === 0;
        },
        async () => `line ${fix.line}: ${JSON.stringify(await lineInfo(page, fix.line))}`,
      );
      await until(
        `the Problems panel to drop ${fix.code}`,
        async () => !(await problemsRows(page)).some((r) => r.includes(fix.code)),
        async () => `Problems panel rows:\n${(await problemsRows(page)).map((r) => `    ${r}`).join("\n")}`,
      );
      await shoot("quick-fix-applied.png");
      return `line ${fix.line} now reads '${fix.lineAfter}'`;
    });
  } finally {
    await browser.close().catch(() => {});
    await stopGroup(server.child);
  }
  return shots;
}

module.exports = { runUiTests };
