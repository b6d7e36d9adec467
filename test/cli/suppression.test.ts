// Suppression comments in the CLI and in the language server: `; vicidial-lint-disable-next-line CODE`,
// `; vicidial-lint-disable CODE` (whole file), `#` in carrier records, the "Disable CODE for this line" code action.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { codesOf, folder, lint } from "./cli-helpers";
import { LspClient, SERVER } from "../lsp/lsp-client";

const NO_EQUALS = "[general]\nallowguest=no\ncontext=default\nthis line has no equals sign\n";

test("CLI: a next-line directive silences that code on the next line only", () => {
  const dir = folder({
    "sip.conf": "[general]\nallowguest=no\ncontext=default\n; vicidial-lint-disable-next-line syntax/missing-equals -- kept for the old parser\nno equals one\nno equals two\n",
  });
  const result = lint(["--format", "json", "."], dir);
  const found = (JSON.parse(result.stdout) as { diagnostics: { code: string; line: number }[] }).diagnostics;
  assert.deepEqual(found.map((d) => [d.code, d.line]), [["syntax/missing-equals", 6]]);
});

test("CLI: a file directive silences the code everywhere in that file, not in others", () => {
  const dir = folder({
    "sip.conf": "; vicidial-lint-disable syntax/missing-equals, peer/missing-type\n[general]\nallowguest=no\ncontext=default\nno equals one\nno equals two\n",
    "iax.conf": "[general]\nno equals here\n",
  });
  const result = lint(["."], dir);
  assert.deepEqual(codesOf(result.stdout), ["syntax/missing-equals", "syntax/unused-suppression"]);
  assert.match(result.stdout, /^iax\.conf:2:1 warning syntax\/missing-equals/m);
  assert.match(result.stdout, /^sip\.conf:1:\d+ warning syntax\/unused-suppression 'peer\/missing-type' reports nothing in this file/m);
});

test("CLI: unused and unknown codes are reported; turned-off codes are not", () => {
  const dir = folder({
    "sip.conf": "[general]\nallowguest=no\ncontext=default\n; vicidial-lint-disable-next-line syntax/missing-equals,codec/typo-codec\ncontext=other\n",
    ".vicidial-lint.json": '{"severity": {"syntax/missing-equals": "off"}}',
  });
  const result = lint(["."], dir);
  assert.deepEqual(codesOf(result.stdout), ["syntax/unused-suppression"]);
  assert.match(result.stdout, /'codec\/typo-codec' is not a rule code/);
  const off = folder({ "sip.conf": "[general]\nallowguest=no\n; vicidial-lint-disable syntax/missing-equals\n", ".vicidial-lint.json": '{"severity": {"syntax/unused-suppression": "off"}}' });
  assert.deepEqual(codesOf(lint(["."], off).stdout), []);
});

test("CLI: in a carrier record the directive is a # comment among the one-line fields", () => {
  const carrier = [
    "# vicidial-lint-disable-next-line register/bad-port",
    "registration_string: register => user:pw@192.0.2.1:notaport",
    "carrier_id: SUPP1",
    "protocol: SIP",
    "server_ip: 0.0.0.0",
    "active: Y",
    "[[account_entry]]",
    "[supp1]",
    "type=peer",
    "host=192.0.2.1",
    "context=trunkinbound",
    "",
  ].join("\n");
  const plain = lint(["."], folder({ "a.carrier": carrier.split("\n").slice(1).join("\n") }));
  assert.ok(codesOf(plain.stdout).includes("register/bad-port"), plain.stdout);
  const silenced = lint(["."], folder({ "a.carrier": carrier }));
  assert.ok(!codesOf(silenced.stdout).includes("register/bad-port"), silenced.stdout);
  assert.ok(!codesOf(silenced.stdout).includes("syntax/unused-suppression"), silenced.stdout);
});

// The language server: directives honoured in published diagnostics, the disable action offered, the project's
// .vicidial-lint.json read from the workspace folder.
const clients: LspClient[] = [];
after(() => clients.forEach((c) => c.kill()));

interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  code?: string;
}
interface Published {
  uri: string;
  diagnostics: Diagnostic[];
}
interface CodeAction {
  title: string;
  edit?: { changes?: Record<string, { range: Diagnostic["range"]; newText: string }[]> };
}

async function server(root: string, editorSettings: unknown = {}): Promise<LspClient> {
  const client = new LspClient(process.execPath, [SERVER, "--stdio"]);
  clients.push(client);
  client.onRequest("workspace/configuration", (params) => (params as { items: unknown[] }).items.map(() => editorSettings));
  await client.request("initialize", {
    processId: process.pid,
    rootUri: pathToFileURL(root).toString(),
    workspaceFolders: [{ uri: pathToFileURL(root).toString(), name: "ws" }],
    capabilities: { workspace: { configuration: true }, textDocument: { codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix"] } } } } },
  });
  client.notify("initialized", {});
  return client;
}

test("LSP: the disable action inserts the directive, and the diagnostic goes away once it is there", async () => {
  const dir = folder({});
  const client = await server(dir);
  const uri = pathToFileURL(path.join(dir, "sip.conf")).toString();
  client.notify("textDocument/didOpen", { textDocument: { uri, languageId: "asterisk", version: 1, text: NO_EQUALS } });
  const published = await client.waitForNotification<Published>("textDocument/publishDiagnostics", (p) => p.uri === uri && p.diagnostics.some((d) => d.code === "syntax/missing-equals"));
  const diagnostic = published.diagnostics.find((d) => d.code === "syntax/missing-equals")!;
  const actions = await client.request<CodeAction[]>("textDocument/codeAction", { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
  const disable = actions.find((a) => a.title === "Disable syntax/missing-equals for this line");
  assert.ok(disable, JSON.stringify(actions.map((a) => a.title)));
  assert.deepEqual(disable.edit?.changes?.[uri], [
    { range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, newText: "; vicidial-lint-disable-next-line syntax/missing-equals\n" },
  ]);
  const from = client.notifications.length;
  client.notify("textDocument/didChange", {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: disable.edit!.changes![uri][0].range, text: disable.edit!.changes![uri][0].newText }],
  });
  await client.waitForNotification<Published>("textDocument/publishDiagnostics", (p) => p.uri === uri && p.diagnostics.length === 0, from);
});

test("LSP: .vicidial-lint.json in the workspace folder applies under the editor settings (the editor wins per code)", async () => {
  const dir = folder({ ".vicidial-lint.json": '{"severity": {"syntax/missing-equals": "off", "syntax/unknown-directive": "off"}}' });
  fs.writeFileSync(path.join(dir, "unused.txt"), "");
  const text = "[general]\nallowguest=no\ncontext=default\nno equals here\n#frobnicate x\n";
  const uri = pathToFileURL(path.join(dir, "sip.conf")).toString();
  const projectOnly = await server(dir);
  projectOnly.notify("textDocument/didOpen", { textDocument: { uri, languageId: "asterisk", version: 1, text } });
  const quiet = await projectOnly.waitForNotification<Published>("textDocument/publishDiagnostics", (p) => p.uri === uri);
  assert.deepEqual(quiet.diagnostics.map((d) => d.code), []);
  const editor = await server(dir, { severity: { "syntax/missing-equals": "error" } });
  editor.notify("textDocument/didOpen", { textDocument: { uri, languageId: "asterisk", version: 1, text } });
  const loud = await editor.waitForNotification<Published>("textDocument/publishDiagnostics", (p) => p.uri === uri);
  assert.deepEqual(loud.diagnostics.map((d) => d.code), ["syntax/missing-equals"]);
});
