// @ts-check
// Extension-host tests: the real extension in code-server's extension host, on a copy of e2e/fixtures/.
// Checks activation, language ids, diagnostics (codes at lines), the glossary hover, completion with the
// contributed snippets, and that applying each quick fix removes its diagnostic.
"use strict";
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const vscode = require("vscode");
const expected = require("../expectations");

const ROOT = path.resolve(__dirname, "..", "..");
const WAIT_MS = 20000;

function workspaceFolder() {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, "no workspace folder is open");
  return folder.uri;
}

/** @param {string} file */
const uriOf = (file) => vscode.Uri.joinPath(workspaceFolder(), file);

/** @param {string} file */
async function open(file) {
  const doc = await vscode.workspace.openTextDocument(uriOf(file));
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

/** @param {vscode.Diagnostic} diagnostic */
function codeOf(diagnostic) {
  const code = diagnostic.code;
  return typeof code === "object" && code !== null ? String(code.value) : String(code ?? "");
}

/** @param {vscode.Uri} uri */
function describeDiagnostics(uri) {
  const list = vscode.languages.getDiagnostics(uri);
  if (list.length === 0) return "    (no diagnostics)";
  return list.map((d) => `    line ${d.range.start.line + 1}: ${codeOf(d) || "(no code)"} — ${d.message}`).join("\n");
}

/**
 * @template T
 * @param {() => T | undefined | Promise<T | undefined>} probe
 * @param {() => string} failure message when the time is up
 * @returns {Promise<T>}
 */
async function until(probe, failure, timeoutMs = WAIT_MS) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) assert.fail(failure());
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * @param {string} file
 * @param {number} line 1-based
 * @param {string} code
 */
function findDiagnostic(file, line, code) {
  return vscode.languages.getDiagnostics(uriOf(file)).find((d) => codeOf(d) === code && d.range.start.line === line - 1);
}

/** @param {vscode.Hover[]} hovers */
function hoverText(hovers) {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === "string" ? content : content.value))
    .join("\n");
}

/** @param {vscode.CompletionItem} item */
const labelOf = (item) => (typeof item.label === "string" ? item.label : item.label.label);

/** The snippet prefixes the extension contributes for a language (read from its own manifest). */
function contributedSnippetPrefixes(/** @type {string} */ language) {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
  /** @type {string[]} */
  const prefixes = [];
  for (const entry of manifest.contributes?.snippets ?? []) {
    if (entry.language !== language) continue;
    const snippets = JSON.parse(fs.readFileSync(path.join(ROOT, entry.path), "utf8"));
    for (const snippet of Object.values(snippets)) {
      for (const prefix of [snippet.prefix].flat()) prefixes.push(prefix);
    }
  }
  return prefixes;
}

suite("VICIdial Carriers in the VS Code extension host", () => {
  test("the extension activates when a .carrier file is opened", async () => {
    const extension = vscode.extensions.getExtension(expected.extensionId);
    assert.ok(extension, `extension ${expected.extensionId} is not loaded in the extension host`);
    const doc = await open("e2e-trunk.carrier");
    assert.equal(doc.languageId, "vicidial-carrier");
    await until(
      () => extension.isActive,
      () => `extension ${expected.extensionId} did not activate within ${WAIT_MS} ms of opening e2e-trunk.carrier`,
    );
  });

  test("sip.conf, sip-peers.conf and extensions.conf open in the asterisk language", async () => {
    for (const [file, language] of Object.entries(expected.languages)) {
      const doc = await open(file);
      assert.equal(doc.languageId, language, `${file} opened as '${doc.languageId}', expected '${language}'`);
    }
  });

  for (const file of [...new Set(expected.diagnostics.map((d) => d.file))]) {
    const wanted = expected.diagnostics.filter((d) => d.file === file);
    test(`diagnostics of ${file}: ${wanted.map((d) => `${d.code} on line ${d.line}`).join(", ")}`, async () => {
      const doc = await open(file);
      await until(
        () => wanted.every((d) => findDiagnostic(file, d.line, d.code)),
        () => {
          const missing = wanted.filter((d) => !findDiagnostic(file, d.line, d.code));
          return (
            `${file}: expected ${missing.map((d) => `${d.code} on line ${d.line}`).join(", ")} within ${WAIT_MS} ms, ` +
            `but the editor shows:\n${describeDiagnostics(doc.uri)}`
          );
        },
      );
    });
  }

  test(`hover on the glossary term '${expected.hover.word}'`, async () => {
    const { file, line, column, contains } = expected.hover;
    const doc = await open(file);
    const position = new vscode.Position(line - 1, column - 1);
    assert.equal(doc.getText(doc.getWordRangeAtPosition(position)), expected.hover.word, "the fixture moved: wrong word under the hover position");
    /** @type {string} */
    let text = "";
    await until(
      async () => {
        const hovers = /** @type {vscode.Hover[]} */ (await vscode.commands.executeCommand("vscode.executeHoverProvider", doc.uri, position));
        text = hoverText(hovers);
        return text.includes(contains);
      },
      () => `hover at ${file}:${line}:${column} does not contain '${contains}'; it reads:\n${text || "(no hover)"}`,
    );
  });

  test("completion offers the contributed snippets in sip.conf", async () => {
    const prefixes = contributedSnippetPrefixes("asterisk");
    assert.ok(prefixes.length > 0, "package.json contributes no snippets for the asterisk language");
    const doc = await open("sip.conf");
    const blank = doc.lineAt(3);
    assert.equal(blank.text, "", "the fixture moved: sip.conf line 4 should be empty");
    /** @type {string[]} */
    let offered = [];
    await until(
      async () => {
        const list = /** @type {vscode.CompletionList} */ (
          await vscode.commands.executeCommand("vscode.executeCompletionItemProvider", doc.uri, blank.range.start)
        );
        offered = list.items.filter((item) => item.kind === vscode.CompletionItemKind.Snippet).map(labelOf);
        return prefixes.every((prefix) => offered.includes(prefix));
      },
      () => `snippets missing from completion: ${prefixes.filter((p) => !offered.includes(p)).join(", ")}; offered: ${offered.join(", ") || "(none)"}`,
    );
  });

  for (const fix of expected.fixes) {
    test(`quick fix "${fix.title}" removes ${fix.code} from ${fix.file}`, async () => {
      const doc = await open(fix.file);
      const diagnostic = await until(
        () => findDiagnostic(fix.file, fix.line, fix.code),
        () => `${fix.file}: no ${fix.code} on line ${fix.line} to fix; the editor shows:\n${describeDiagnostics(doc.uri)}`,
      );
      const actions = /** @type {(vscode.CodeAction | vscode.Command)[]} */ (
        await vscode.commands.executeCommand("vscode.executeCodeActionProvider", doc.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value, 10)
      );
      const action = /** @type {vscode.CodeAction | undefined} */ (actions.find((a) => a.title === fix.title));
      assert.ok(action, `no code action "${fix.title}" on ${fix.file}:${fix.line}; offered: ${actions.map((a) => a.title).join(", ") || "(none)"}`);
      assert.ok(action.edit, `code action "${fix.title}" has no edit`);
      assert.ok(await vscode.workspace.applyEdit(action.edit), `applying "${fix.title}" failed`);
      assert.equal(doc.lineAt(fix.line - 1).text, fix.lineAfter);
      await until(
        () => !findDiagnostic(fix.file, fix.line, fix.code),
        () => `${fix.code} is still shown on ${fix.file}:${fix.line} after "${fix.title}":\n${describeDiagnostics(doc.uri)}`,
      );
      await doc.save();
    });
  }
});
