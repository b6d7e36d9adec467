// The bundled language server over stdio, driven the way an editor drives it: open, diagnose, hover, fix, close.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import { LspClient, SERVER, scratchFolder, type Position, type Range } from "./lsp-client";

/** Documents live in a folder that does not exist, so closing one never falls back to a copy on disk. */
const { uriOf } = scratchFolder("lsp-test");

interface Diagnostic {
  range: Range;
  severity?: number;
  code?: string | number;
  source?: string;
  message: string;
}
interface PublishDiagnostics {
  uri: string;
  diagnostics: Diagnostic[];
}
interface TextEdit {
  range: Range;
  newText: string;
}
interface CodeAction {
  title: string;
  kind?: string;
  edit?: { changes?: Record<string, TextEdit[]> };
}

const clients: LspClient[] = [];
after(() => clients.forEach((c) => c.kill()));

async function startServer(settings: () => unknown = () => ({})): Promise<LspClient> {
  const client = new LspClient(process.execPath, [SERVER, "--stdio"]);
  clients.push(client);
  client.onRequest("workspace/configuration", (params) => (params as { items: unknown[] }).items.map(() => settings()));
  const init = await client.request<{ capabilities: Record<string, unknown> }>("initialize", {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: null,
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
      textDocument: {
        synchronization: { didSave: false },
        publishDiagnostics: { relatedInformation: true },
        hover: { contentFormat: ["markdown", "plaintext"] },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix"] } } },
      },
    },
  });
  assert.ok(init.capabilities.hoverProvider, "server announces hover");
  assert.ok(init.capabilities.codeActionProvider, "server announces code actions");
  const triggers = (init.capabilities.completionProvider as { triggerCharacters?: string[] } | undefined)?.triggerCharacters ?? [];
  for (const c of ["(", ",", "="]) assert.ok(triggers.includes(c), `completion triggers on '${c}'`);
  client.notify("initialized", {});
  return client;
}

function open(client: LspClient, name: string, text: string, languageId = "asterisk"): string {
  const uri = uriOf(name);
  client.notify("textDocument/didOpen", { textDocument: { uri, languageId, version: 1, text } });
  return uri;
}

const hasCode = (code: string) => (p: PublishDiagnostics) => p.diagnostics.some((d) => d.code === code);

/** Applies LSP text edits to a text (edits of one document, in any order). */
function applyEdits(text: string, edits: TextEdit[]): string {
  const offsetOf = (p: Position) => {
    const lines = text.split("\n");
    return lines.slice(0, p.line).reduce((sum, l) => sum + l.length + 1, 0) + p.character;
  };
  const sorted = [...edits].sort((a, b) => offsetOf(b.range.start) - offsetOf(a.range.start));
  let result = text;
  for (const edit of sorted) result = result.slice(0, offsetOf(edit.range.start)) + edit.newText + result.slice(offsetOf(edit.range.end));
  return result;
}

const BUDGET_KB = 400;
// esbuild.mjs ships the production server brotli-compressed behind a small loader; this keeps it within budget.
test(`the bundled server stays within ${BUDGET_KB} KB`, () => {
  assert.ok(fs.existsSync(SERVER), "dist/server.js is missing: run npm run build");
  const serverKB = Math.round(fs.statSync(SERVER).size / 1024);
  assert.ok(serverKB <= BUDGET_KB, `dist/server.js is ${serverKB} KB`);
});

test("open, diagnose, hover, quick fix, change, close, shut down", async () => {
  const client = await startServer();
  let text = "; SIP trunk to our carrier\n[general]\ncontext=default\n\n[peer1\ntype=peer\nhost=192.0.2.10\n";
  const uri = open(client, "sip.conf", text);

  const published = await client.waitForNotification<PublishDiagnostics>("textDocument/publishDiagnostics", (p) => p.uri === uri && hasCode("syntax/unclosed-header")(p));
  const diagnostic = published.diagnostics.find((d) => d.code === "syntax/unclosed-header")!;
  assert.equal(diagnostic.severity, 1, "an error");
  assert.equal(diagnostic.source, "vicidial");
  assert.equal(diagnostic.range.start.line, 4);
  assert.ok(diagnostic.message.length > 0);
  // Only what an editor shows: no copy of the finding (its data, its fixes) rides along; a code action asks the server.
  assert.deepEqual(Object.keys(diagnostic).sort(), ["code", "message", "range", "severity", "source"]);

  const hover = await client.request<{ contents: { kind: string; value: string } } | null>("textDocument/hover", {
    textDocument: { uri },
    position: { line: 0, character: 3 },
  });
  assert.ok(hover, "hover on the glossary word SIP");
  assert.equal(hover.contents.kind, "markdown");
  assert.ok(hover.contents.value.trim().length > 0);

  const actions = await client.request<CodeAction[]>("textDocument/codeAction", {
    textDocument: { uri },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic], only: ["quickfix"] },
  });
  const fix = actions.find((a) => a.kind === "quickfix" && a.edit?.changes?.[uri]);
  assert.ok(fix, `a quick fix for the unclosed header: ${JSON.stringify(actions)}`);
  const edits = fix.edit!.changes![uri];
  const fixed = applyEdits(text, edits);
  assert.match(fixed, /^\[peer1\]$/m);

  const beforeChange = client.notifications.length;
  client.notify("textDocument/didChange", {
    textDocument: { uri, version: 2 },
    contentChanges: edits.map((e) => ({ range: e.range, text: e.newText })),
  });
  text = fixed;
  await client.waitForNotification<PublishDiagnostics>("textDocument/publishDiagnostics", (p) => p.uri === uri && !hasCode("syntax/unclosed-header")(p), beforeChange);

  const symbols = await client.request<{ name: string }[]>("textDocument/documentSymbol", { textDocument: { uri } });
  assert.deepEqual(symbols.map((s) => s.name), ["general", "peer1"]);

  const beforeClose = client.notifications.length;
  client.notify("textDocument/didClose", { textDocument: { uri } });
  await client.waitForNotification<PublishDiagnostics>("textDocument/publishDiagnostics", (p) => p.uri === uri && p.diagnostics.length === 0, beforeClose);

  assert.equal(await client.request("shutdown", null), null);
  client.notify("exit");
  assert.equal(await client.exited, 0, client.stderr);
});

/** Deterministic garbage: control characters, Latin-1, CJK and lone surrogates, with some brackets and `=`. */
function garbage(length: number, seed: number): string {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31);
  let text = "";
  for (let i = 0; i < length; i++) {
    const r = next() % 100;
    if (r < 50) text += String.fromCharCode(next() % 256);
    else if (r < 60) text += "[]()=>;#:-\n\r\\"[next() % 13];
    else if (r < 75) text += String.fromCharCode(0x4e00 + (next() % 500));
    else if (r < 80) text += String.fromCharCode(0xd800 + (next() % 0x800));
    else text += String.fromCharCode(32 + (next() % 95));
  }
  return text;
}

test("survives documents of random bytes and keeps answering", async () => {
  const client = await startServer();
  const names: [string, string][] = [
    ["garbage-sip.conf", "asterisk"],
    ["extensions.conf", "asterisk"],
    ["garbage.carrier", "vicidial-carrier"],
    ["garbage.conftemplate", "vicidial-template"],
  ];
  const uris = names.map(([name, languageId], i) => open(client, name, garbage(20_000, 7 + i), languageId));
  for (const uri of uris) {
    await client.waitForNotification<PublishDiagnostics>("textDocument/publishDiagnostics", (p) => p.uri === uri);
  }
  for (const uri of uris) {
    for (const position of [{ line: 0, character: 0 }, { line: 3, character: 5 }, { line: 9999, character: 9999 }]) {
      await client.request("textDocument/hover", { textDocument: { uri }, position });
      await client.request("textDocument/completion", { textDocument: { uri }, position });
    }
    await client.request("textDocument/documentSymbol", { textDocument: { uri } });
    await client.request("textDocument/codeAction", {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 50, character: 0 } },
      context: { diagnostics: [] },
    });
  }
  // Requests about documents the server never saw are answered too.
  await client.request("textDocument/hover", { textDocument: { uri: uriOf("never-opened.conf") }, position: { line: 0, character: 0 } });
  assert.equal(client.process.exitCode, null, `server died: ${client.stderr}`);
  const uri = open(client, "sip.conf", "[general]\n[still_alive\n");
  await client.waitForNotification<PublishDiagnostics>("textDocument/publishDiagnostics", (p) => p.uri === uri && hasCode("syntax/unclosed-header")(p));
  await client.request("shutdown", null);
  client.notify("exit");
  assert.equal(await client.exited, 0, client.stderr);
});

test("severity settings pulled from the editor apply, and a change of settings re-publishes", async () => {
  let severity: Record<string, string> = { "syntax/unclosed-header": "warning" };
  const client = await startServer(() => ({ severity, fileAssociations: {}, asteriskVersion: 18 }));
  const uri = open(client, "sip.conf", "[general]\n[peer1\n");
  const first = await client.waitForNotification<PublishDiagnostics>("textDocument/publishDiagnostics", (p) => p.uri === uri && hasCode("syntax/unclosed-header")(p));
  assert.equal(first.diagnostics.find((d) => d.code === "syntax/unclosed-header")?.severity, 2, "overridden to a warning");

  severity = { "syntax/unclosed-header": "off" };
  const before = client.notifications.length;
  client.notify("workspace/didChangeConfiguration", { settings: null });
  await client.waitForNotification<PublishDiagnostics>("textDocument/publishDiagnostics", (p) => p.uri === uri && !hasCode("syntax/unclosed-header")(p), before);
  await client.request("shutdown", null);
  client.notify("exit");
  await client.exited;
});

test("each folder of a multi-root workspace is a system of its own", async () => {
  const root = fs.mkdtempSync(require("node:path").join(require("node:os").tmpdir(), "vicidial-roots-"));
  const path = require("node:path") as typeof import("node:path");
  const { pathToFileURL } = require("node:url") as typeof import("node:url");
  const car = (id: string) => `carrier_id: ${id}\nprotocol: SIP\nserver_ip: 0.0.0.0\n[[account_entry]]\n[trunk1]\ntype=peer\nhost=192.0.2.30\ncontext=trunkinbound\n`;
  for (const name of ["a", "b"]) {
    fs.mkdirSync(path.join(root, name));
    fs.writeFileSync(path.join(root, name, "c.carrier"), car(name.toUpperCase()));
  }
  try {
    const client = new LspClient(process.execPath, [SERVER, "--stdio"]);
    clients.push(client);
    const folders = ["a", "b"].map((name) => ({ uri: pathToFileURL(path.join(root, name)).toString(), name }));
    await client.request("initialize", { processId: process.pid, rootUri: null, workspaceFolders: folders, capabilities: {} });
    client.notify("initialized", {});
    const uri = pathToFileURL(path.join(root, "b", "c.carrier")).toString();
    client.notify("textDocument/didOpen", { textDocument: { uri, languageId: "vicidial-carrier", version: 1, text: car("B") } });
    const published = await client.waitForNotification<PublishDiagnostics>("textDocument/publishDiagnostics", (p) => p.uri === uri);
    assert.ok(!hasCode("peer/duplicate-section")(published), JSON.stringify(published.diagnostics));
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
