// The bundled server over stdio, with workspaces full of distinctive secrets (test/secret-fixtures) open: nothing it
// sends (diagnostics, hovers, completions, outlines, code-action titles, signature help, the route command, the
// generated conf, window/logMessage) and nothing it writes to stderr shows a secret. The protocol library logs a
// malformed message whole, document text included: that log line is masked too.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { LspClient, SERVER, scratchFolder } from "./lsp-client";
import { assertNoSecret, SECRET_FILES } from "../secret-fixtures";

const { uriOf } = scratchFolder("secrets-test");

interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  code: string;
  message: string;
}

const clients: LspClient[] = [];
after(() => clients.forEach((c) => c.kill()));

function languageOf(name: string): string {
  if (name.endsWith(".carrier")) return "vicidial-carrier";
  if (name.endsWith(".conftemplate")) return "vicidial-template";
  return "asterisk";
}

/** Positions to ask about: every column of a line holding a secret, a few of the others. */
function positions(text: string): { line: number; character: number }[] {
  return text.split("\n").flatMap((line, n) => {
    const columns = line.includes("Pw") ? Array.from({ length: line.length + 1 }, (_, c) => c) : [0, 1, line.indexOf("=") + 1, line.length];
    return [...new Set(columns)].filter((c) => c >= 0 && c <= line.length).map((character) => ({ line: n, character }));
  });
}

test("nothing the server sends or logs shows a secret", { timeout: 120_000 }, async () => {
  const client = new LspClient(process.execPath, [SERVER, "--stdio"]);
  clients.push(client);
  client.onRequest("workspace/configuration", (params) => (params as { items: unknown[] }).items.map(() => ({})));
  await client.request("initialize", { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: { workspace: { configuration: true } } });
  client.notify("initialized", {});
  const opened = client.notifications.length;
  for (const [name, text] of Object.entries(SECRET_FILES)) {
    client.notify("textDocument/didOpen", { textDocument: { uri: uriOf(name), languageId: languageOf(name), version: 1, text } });
  }
  const diagnostics = new Map<string, Diagnostic[]>();
  for (const name of Object.keys(SECRET_FILES)) {
    const published = await client.waitForNotification<{ uri: string; diagnostics: Diagnostic[] }>("textDocument/publishDiagnostics", (p) => p.uri === uriOf(name), opened);
    diagnostics.set(name, published.diagnostics);
  }
  assert.ok([...diagnostics.values()].flat().length > 20, "the fixtures are diagnosed");

  const answer = async (what: string, method: string, params: unknown) => assertNoSecret(what, JSON.stringify(await client.request(method, params)));
  for (const [name, text] of Object.entries(SECRET_FILES)) {
    const textDocument = { uri: uriOf(name) };
    await answer(`outline of ${name}`, "textDocument/documentSymbol", { textDocument });
    for (const diagnostic of diagnostics.get(name)!) {
      const actions = await client.request<{ title: string }[]>("textDocument/codeAction", { textDocument, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
      for (const action of actions) assertNoSecret(`code action of ${diagnostic.code} in ${name}`, action.title);
    }
    for (const position of positions(text)) {
      const at = `${name}:${position.line}:${position.character}`;
      await answer(`hover ${at}`, "textDocument/hover", { textDocument, position });
      await answer(`completion ${at}`, "textDocument/completion", { textDocument, position });
      await answer(`signature help ${at}`, "textDocument/signatureHelp", { textDocument, position });
    }
  }
  for (const number of ["915551234567", "825551234567", "SipPeerPwDelta"]) {
    await answer(`route ${number}`, "workspace/executeCommand", { command: "vicidial.route", arguments: [number] });
  }
  await answer("generated conf", "vicidial/generatedConf", { server: "10.10.10.15" });

  // A message that is neither a request, a response nor a notification: the protocol library logs it whole.
  const logged = client.notifications.length;
  client.send({ jsonrpc: "2.0", params: { text: SECRET_FILES["sip.conf"] } } as never);
  const log = await client.waitForNotification<{ message: string }>("window/logMessage", (p) => p.message.includes("neither"), logged);
  assert.match(log.message, /secret=\*\*\*\*/, "the document text in the log line is there, masked");

  await client.request("shutdown", null);
  client.notify("exit");
  await client.exited;
  for (const message of client.notifications) assertNoSecret(`${message.method} notification`, JSON.stringify(message.params));
  assertNoSecret("stderr", client.stderr);
});
