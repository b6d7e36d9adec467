// Files changed on disk while the server runs: the server registers watchers with a client that allows it, reloads
// a conf file edited outside the editor, drops a deleted one, re-applies a changed .vicidial-lint.json, and scans a
// workspace folder the editor adds.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { LspClient, SERVER, scratchFolder } from "./lsp-client";

interface PublishDiagnostics {
  uri: string;
  diagnostics: { code?: string | number }[];
}

const clients: LspClient[] = [];
after(() => clients.forEach((c) => c.kill()));

const CHANGED = 2;
const DELETED = 3;
const hasCode = (uri: string, code: string, present: boolean) => (p: PublishDiagnostics) =>
  p.uri === uri && p.diagnostics.some((d) => d.code === code) === present;

async function serverOn(dir: string, registrations: unknown[]): Promise<LspClient> {
  const client = new LspClient(process.execPath, [SERVER, "--stdio"]);
  clients.push(client);
  client.onRequest("workspace/configuration", (params) => (params as { items: unknown[] }).items.map(() => ({})));
  client.onRequest("client/registerCapability", (params) => (registrations.push(params), null));
  await client.request("initialize", {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: "ws" }],
    capabilities: { workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } } },
  });
  client.notify("initialized", {});
  return client;
}

test("a conf file edited, deleted or a settings file changed on disk is picked up without reopening anything", async () => {
  const { dir, uriOf } = scratchFolder("file-watch");
  fs.mkdirSync(dir, { recursive: true });
  const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
  write("extensions.conf", "[general]\nstatic=yes\n[globals]\n[default]\nexten => 1,1,Goto(other,s,1)\n#include ext-b.conf\n");
  write("ext-b.conf", "[other]\nexten => s,1,Hangup()\n");
  const registrations: unknown[] = [];
  const client = await serverOn(dir, registrations);
  const main = uriOf("extensions.conf");
  client.notify("textDocument/didOpen", { textDocument: { uri: main, languageId: "asterisk", version: 1, text: fs.readFileSync(path.join(dir, "extensions.conf"), "utf8") } });
  await client.waitForNotification("textDocument/publishDiagnostics", hasCode(main, "dialplan/goto-target", false));
  assert.match(JSON.stringify(registrations), /workspace\/didChangeWatchedFiles.*vicidial-lint\.json/);

  // Another tool renames the context in the included file: the Goto in the open file now misses.
  write("ext-b.conf", "[otherx]\nexten => s,1,Hangup()\n");
  let from = client.notifications.length;
  client.notify("workspace/didChangeWatchedFiles", { changes: [{ uri: uriOf("ext-b.conf"), type: CHANGED }] });
  await client.waitForNotification("textDocument/publishDiagnostics", hasCode(main, "dialplan/goto-target", true), from);

  // The project turns the rule off in .vicidial-lint.json.
  write(".vicidial-lint.json", JSON.stringify({ severity: { "dialplan/goto-target": "off" } }));
  from = client.notifications.length;
  client.notify("workspace/didChangeWatchedFiles", { changes: [{ uri: uriOf(".vicidial-lint.json"), type: CHANGED }] });
  await client.waitForNotification("textDocument/publishDiagnostics", hasCode(main, "dialplan/goto-target", false), from);

  // The settings file goes, then the included file too: the include is now missing.
  fs.rmSync(path.join(dir, ".vicidial-lint.json"));
  fs.rmSync(path.join(dir, "ext-b.conf"));
  from = client.notifications.length;
  client.notify("workspace/didChangeWatchedFiles", { changes: [{ uri: uriOf(".vicidial-lint.json"), type: DELETED }, { uri: uriOf("ext-b.conf"), type: DELETED }] });
  await client.waitForNotification("textDocument/publishDiagnostics", hasCode(main, "syntax/missing-include", true), from);
});

test("a workspace folder added while the server runs is read; its files resolve the open document's includes", async () => {
  const first = scratchFolder("folders-a");
  const second = scratchFolder("folders-b");
  for (const folder of [first, second]) fs.mkdirSync(folder.dir, { recursive: true });
  fs.writeFileSync(path.join(first.dir, "sip.conf"), "[general]\n[peer1]\ntype=peer\nhost=192.0.2.1\ncontext=from-trunk\n");
  fs.writeFileSync(path.join(second.dir, "extensions.conf"), "[general]\n[globals]\n[from-trunk]\nexten => _X.,1,Hangup()\n");
  const client = await serverOn(first.dir, []);
  const sip = first.uriOf("sip.conf");
  client.notify("textDocument/didOpen", { textDocument: { uri: sip, languageId: "asterisk", version: 1, text: fs.readFileSync(path.join(first.dir, "sip.conf"), "utf8") } });
  await client.waitForNotification("textDocument/publishDiagnostics", (p: PublishDiagnostics) => p.uri === sip);
  const ext = second.uriOf("extensions.conf");
  const outline = async () => ((await client.request("textDocument/documentSymbol", { textDocument: { uri: ext } })) ?? []) as { name: string }[];
  assert.deepEqual(await outline(), [], "a file outside the folders is unknown");
  client.notify("workspace/didChangeWorkspaceFolders", { event: { added: [{ uri: pathToFileURL(second.dir).toString(), name: "b" }], removed: [] } });
  // The folder is read in the background: ask until its file is there (or give up after a few seconds).
  let symbols: { name: string }[] = [];
  for (let attempt = 0; attempt < 50 && symbols.length === 0; attempt++) {
    symbols = await outline();
    if (symbols.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.ok(symbols.some((s) => s.name.includes("from-trunk")), JSON.stringify(symbols));
});
