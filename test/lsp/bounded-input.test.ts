// The server under a huge document: it refuses to analyse a text over the size limit (one warning says so) and
// still answers requests, shutdown included, within a few seconds.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { LspClient, SERVER, scratchFolder } from "./lsp-client";

const { uriOf } = scratchFolder("lsp-bounded");
const clients: LspClient[] = [];
after(() => clients.forEach((c) => c.kill()));

interface PublishDiagnostics {
  uri: string;
  diagnostics: { code?: string | number; message: string; range: { start: { line: number } } }[];
}

test("a 20 MB document gets one syntax/file-too-large warning, and shutdown is answered right after it", { timeout: 120_000 }, async () => {
  const client = new LspClient(process.execPath, [SERVER, "--stdio"]);
  clients.push(client);
  await client.request("initialize", { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} });
  client.notify("initialized", {});
  const line = "[peer]\ntype=peer\nhost=192.0.2.1\nallow=ulaw\n";
  const huge = line.repeat(Math.ceil((20 * 1024 * 1024) / line.length));
  const uri = uriOf("sip.conf");
  client.notify("textDocument/didOpen", { textDocument: { uri, languageId: "asterisk", version: 1, text: huge } });
  const published = await client.waitForNotification<PublishDiagnostics>("textDocument/publishDiagnostics", (p) => p.uri === uri);
  const tooLarge = published.diagnostics.filter((d) => d.code === "syntax/file-too-large");
  assert.equal(tooLarge.length, 1, JSON.stringify(published.diagnostics));
  assert.deepEqual(published.diagnostics.filter((d) => String(d.code).startsWith("peer/") || String(d.code).startsWith("syntax/")).length, 1, "nothing of the text was analysed");
  assert.match(tooLarge[0].message, /20 MB, over the 5 MB limit/);
  const hover = await client.request("textDocument/hover", { textDocument: { uri }, position: { line: 1, character: 1 } }, 5_000);
  assert.equal(hover, null);
  // A second huge change, then shutdown at once: the reply must come while the server is still busy with it.
  client.notify("textDocument/didChange", { textDocument: { uri, version: 2 }, contentChanges: [{ text: huge + line }] });
  await client.request("shutdown", null, 5_000);
  client.notify("exit");
  assert.equal(await client.exited, 0, client.stderr);
});
