// How the server schedules work: the edited document's diagnostics go out before those of other open documents, and
// the workspace folders are read in the background with progress reported to a client that supports it.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { LspClient, SERVER, scratchFolder } from "./lsp-client";

interface PublishDiagnostics {
  uri: string;
  diagnostics: { code?: string | number }[];
}

const clients: LspClient[] = [];
after(() => clients.forEach((c) => c.kill()));

async function startServer(folder?: string, progress = false): Promise<LspClient> {
  const client = new LspClient(process.execPath, [SERVER, "--stdio"]);
  clients.push(client);
  client.onRequest("workspace/configuration", (params) => (params as { items: unknown[] }).items.map(() => ({})));
  const workspaceFolders = folder ? [{ uri: pathToFileURL(folder).toString(), name: "ws" }] : null;
  await client.request("initialize", {
    processId: process.pid,
    rootUri: null,
    workspaceFolders,
    capabilities: { workspace: { configuration: true }, window: { workDoneProgress: progress } },
  });
  client.notify("initialized", {});
  return client;
}

const publishedFor = (uri: string, code?: string) => (p: PublishDiagnostics) =>
  p.uri === uri && (code === undefined || p.diagnostics.some((d) => d.code === code));

test("after an edit, the edited document is published before the other open documents it affects", async () => {
  const { uriOf } = scratchFolder("scheduling");
  const client = await startServer();
  const main = uriOf("extensions.conf");
  const included = uriOf("ext-b.conf");
  const open = (uri: string, text: string) => client.notify("textDocument/didOpen", { textDocument: { uri, languageId: "asterisk", version: 1, text } });
  open(main, "[general]\nstatic=yes\n[globals]\n[default]\nexten => 1,1,Goto(other,s,1)\n#include ext-b.conf\n");
  open(included, "[other]\nexten => s,1,Hangup()\n");
  await client.waitForNotification("textDocument/publishDiagnostics", publishedFor(included));
  await client.waitForNotification("textDocument/publishDiagnostics", publishedFor(main));
  const from = client.notifications.length;
  // Renaming the context breaks the Goto in the main file; the duplicate priority is a finding of the edited file.
  client.notify("textDocument/didChange", {
    textDocument: { uri: included, version: 2 },
    contentChanges: [{ text: "[otherx]\nexten => s,1,Hangup()\nexten => s,1,Hangup()\n" }],
  });
  await client.waitForNotification("textDocument/publishDiagnostics", publishedFor(main, "dialplan/goto-target"), from);
  const order = client.notifications
    .slice(from)
    .filter((m) => m.method === "textDocument/publishDiagnostics")
    .map((m) => (m.params as PublishDiagnostics).uri);
  assert.deepEqual(order, [included, main]);
  const edited = client.notifications.slice(from).find((m) => (m.params as PublishDiagnostics)?.uri === included)!.params as PublishDiagnostics;
  assert.ok(publishedFor(included, "dialplan/duplicate-priority")(edited));
});

test("the workspace folder is read in the background, with progress, before the first diagnostics", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vicidial-scan-"));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const extensions = "[general]\nstatic=yes\n[globals]\n[default]\nexten => 1,1,Dial(SIP/bar)\n";
  fs.writeFileSync(path.join(dir, "extensions.conf"), extensions);
  fs.writeFileSync(path.join(dir, "sip.conf"), "[general]\ncontext=default\n[foo]\ntype=peer\nhost=192.0.2.1\ncontext=default\n");
  // Peer 'bar' is defined only in a file no one opens or includes: only the scan reads it.
  fs.writeFileSync(path.join(dir, "sip-more.conf"), "[bar]\ntype=peer\nhost=192.0.2.2\ncontext=default\n");
  const client = await startServer(dir, true);
  const main = pathToFileURL(path.join(dir, "extensions.conf")).toString();
  client.notify("textDocument/didOpen", { textDocument: { uri: main, languageId: "asterisk", version: 1, text: extensions } });
  const published = await client.waitForNotification<PublishDiagnostics>("textDocument/publishDiagnostics", publishedFor(main));
  assert.deepEqual(published.diagnostics.map((d) => d.code), [], "no globals/undefined-peer: the scan had read sip-more.conf");
  const kinds = client.notifications.filter((m) => m.method === "$/progress").map((m) => (m.params as { value: { kind: string } }).value.kind);
  assert.equal(kinds[0], "begin");
  assert.equal(kinds.at(-1), "end");
});
