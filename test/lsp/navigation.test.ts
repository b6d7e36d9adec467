// Dialplan navigation through the bundled server: definition, references and rename of a global and a label across
// a globals file and a dialplan file, hover on patterns / ${EXTEN:n} / Dial, signature help, outline, and the
// vicidial.route command.
import { test, after, before } from "node:test";
import assert from "node:assert/strict";
import { LspClient, SERVER, scratchFolder, type Position, type Range } from "./lsp-client";

const { uriOf } = scratchFolder("nav-test");

interface Location {
  uri: string;
  range: Range;
}

const GLOBALS = ["[globals]", "MAINTRUNK=SIP/carrier_a", "#include extensions-custom.conf", ""].join("\n");
const DIALPLAN = [
  "[outbound]", // 0
  "exten => _91NXXNXXXXXX,1,AGI(agi://127.0.0.1:4577/call_log)", // 1
  "same => n(dial),Dial(${MAINTRUNK}/${EXTEN:1},${CAMPDTO},To)", // 2
  "same => n,GotoIf($[\"${DIALSTATUS}\" = \"CHANUNAVAIL\"]?dial)", // 3
  "same => n,Hangup()", // 4
  "[other]", // 5
  "exten => s,1,Goto(outbound,912025550143,dial)", // 6
  "same => n,NoOp(${GLOBAL(MAINTRUNK)})", // 7
  "",
].join("\n");
const SIP = ["[general]", "[carrier_a]", "type=peer", "host=192.0.2.1", ""].join("\n");

let client: LspClient;
let globalsUri: string;
let dialplanUri: string;

/** Position of the n-th occurrence of `needle` on a line of a text (0-based line). */
function at(text: string, line: number, needle: string, shift = 0): Position {
  const character = text.split("\n")[line].indexOf(needle);
  assert.ok(character >= 0, `'${needle}' not on line ${line}`);
  return { line, character: character + shift };
}

before(async () => {
  client = new LspClient(process.execPath, [SERVER, "--stdio"]);
  client.onRequest("workspace/configuration", (params) => (params as { items: unknown[] }).items.map(() => ({})));
  const init = await client.request<{ capabilities: Record<string, unknown> }>("initialize", {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: null,
    capabilities: { workspace: { configuration: true }, textDocument: { hover: { contentFormat: ["markdown"] }, rename: { prepareSupport: true } } },
  });
  for (const capability of ["definitionProvider", "referencesProvider", "renameProvider", "signatureHelpProvider", "executeCommandProvider"]) {
    assert.ok(init.capabilities[capability], `server announces ${capability}`);
  }
  client.notify("initialized", {});
  globalsUri = uriOf("extensions.conf");
  dialplanUri = uriOf("extensions-custom.conf");
  const from = client.notifications.length;
  client.notify("textDocument/didOpen", { textDocument: { uri: globalsUri, languageId: "asterisk", version: 1, text: GLOBALS } });
  client.notify("textDocument/didOpen", { textDocument: { uri: dialplanUri, languageId: "asterisk", version: 1, text: DIALPLAN } });
  client.notify("textDocument/didOpen", { textDocument: { uri: uriOf("sip.conf"), languageId: "asterisk", version: 1, text: SIP } });
  await client.waitForNotification("textDocument/publishDiagnostics", (p: { uri: string }) => p.uri === dialplanUri, from);
});

after(() => client?.kill());

test("go to definition of a global used in another file", async () => {
  const locations = await client.request<Location[]>("textDocument/definition", { textDocument: { uri: dialplanUri }, position: at(DIALPLAN, 2, "MAINTRUNK", 2) });
  assert.deepEqual(locations, [{ uri: globalsUri, range: { start: { line: 1, character: 0 }, end: { line: 1, character: 9 } } }]);
});

test("find references of the global across both files (declaration included)", async () => {
  const locations = await client.request<Location[]>("textDocument/references", {
    textDocument: { uri: globalsUri },
    position: { line: 1, character: 3 },
    context: { includeDeclaration: true },
  });
  const places = locations.map((l) => `${l.uri === globalsUri ? "globals" : "dialplan"}:${l.range.start.line}`).sort();
  assert.deepEqual(places, ["dialplan:2", "dialplan:7", "globals:1"]);
});

test("rename the global everywhere", async () => {
  const prepared = await client.request<{ range: Range; placeholder: string }>("textDocument/prepareRename", { textDocument: { uri: dialplanUri }, position: at(DIALPLAN, 7, "MAINTRUNK", 1) });
  assert.equal(prepared.placeholder, "MAINTRUNK");
  const edit = await client.request<{ changes: Record<string, { range: Range; newText: string }[]> }>("textDocument/rename", {
    textDocument: { uri: dialplanUri },
    position: at(DIALPLAN, 7, "MAINTRUNK", 1),
    newName: "PRIMARY",
  });
  assert.equal(edit.changes[globalsUri].length, 1);
  assert.equal(edit.changes[dialplanUri].length, 2);
  assert.ok([...edit.changes[globalsUri], ...edit.changes[dialplanUri]].every((e) => e.newText === "PRIMARY"));
  await assert.rejects(
    client.request("textDocument/rename", { textDocument: { uri: dialplanUri }, position: at(DIALPLAN, 7, "MAINTRUNK", 1), newName: "not valid" }),
    /not a valid/,
  );
});

test("labels: definition from a Goto in another context, references include GotoIf", async () => {
  const definition = await client.request<Location[]>("textDocument/definition", { textDocument: { uri: dialplanUri }, position: at(DIALPLAN, 6, "dial", 1) });
  assert.deepEqual(definition.map((l) => l.range.start), [at(DIALPLAN, 2, "dial")]);
  const refs = await client.request<Location[]>("textDocument/references", { textDocument: { uri: dialplanUri }, position: at(DIALPLAN, 2, "dial", 1), context: { includeDeclaration: false } });
  assert.deepEqual(refs.map((l) => l.range.start.line).sort(), [3, 6]);
});

test("peers and contexts: definition of SIP/carrier_a in sip.conf", async () => {
  const peer = await client.request<Location[]>("textDocument/definition", { textDocument: { uri: globalsUri }, position: at(GLOBALS, 1, "carrier_a", 2) });
  assert.deepEqual(peer, [{ uri: uriOf("sip.conf"), range: { start: { line: 1, character: 1 }, end: { line: 1, character: 10 } } }]);
  const context = await client.request<Location[]>("textDocument/definition", { textDocument: { uri: dialplanUri }, position: at(DIALPLAN, 6, "outbound", 2) });
  assert.deepEqual(context.map((l) => l.range.start), [{ line: 0, character: 1 }]);
});

test("hover explains patterns, ${EXTEN:1} and Dial", async () => {
  const hover = async (position: Position) =>
    (await client.request<{ contents: { value: string } } | null>("textDocument/hover", { textDocument: { uri: dialplanUri }, position }))?.contents.value ?? "";
  const pattern = await hover(at(DIALPLAN, 1, "_91NXX", 3));
  assert.match(pattern, /Example: `912025550143` — 12 digits/);
  assert.match(await hover(at(DIALPLAN, 2, "EXTEN:1", 2)), /yields `12025550143` — 11 digit/);
  assert.match(await hover(at(DIALPLAN, 2, "Dial", 1)), /Dial\(Tech\/Resource/);
  assert.match(await hover(at(DIALPLAN, 2, "To)", 1)), /original caller ID/);
  assert.match(await hover(at(DIALPLAN, 2, "${MAINTRUNK}", 0)), /MAINTRUNK = SIP\/carrier_a/);
});

test("signature help for Dial and GotoIf", async () => {
  const dial = await client.request<{ signatures: { label: string }[]; activeParameter: number }>("textDocument/signatureHelp", {
    textDocument: { uri: dialplanUri },
    position: at(DIALPLAN, 2, "${CAMPDTO}", 3),
  });
  assert.match(dial.signatures[0].label, /^Dial\(destinations, \[timeout\], \[options\], \[URL\]\)$/);
  assert.equal(dial.activeParameter, 1);
  const gotoif = await client.request<{ activeParameter: number }>("textDocument/signatureHelp", { textDocument: { uri: dialplanUri }, position: at(DIALPLAN, 3, "?dial", 2) });
  assert.equal(gotoif.activeParameter, 1);
});

test("outline: contexts, extensions, priorities with labels", async () => {
  const symbols = await client.request<{ name: string; children?: { name: string; children?: { name: string; detail?: string }[] }[] }[]>("textDocument/documentSymbol", {
    textDocument: { uri: dialplanUri },
  });
  assert.deepEqual(symbols.map((s) => s.name), ["outbound", "other"]);
  const ext = symbols[0].children?.[0];
  assert.equal(ext?.name, "_91NXXNXXXXXX");
  assert.deepEqual(ext?.children?.map((c) => c.name), ["1", "2 (dial)", "3", "4"]);
});

test("workspace/executeCommand vicidial.route answers with the channels", async () => {
  const answer = await client.request<{ text: string; result: { dials: { channels: string[] }[] } }>("workspace/executeCommand", {
    command: "vicidial.route",
    arguments: ["912025550143", "outbound"],
  });
  assert.deepEqual(answer.result.dials.map((d) => d.channels[0]), ["SIP/carrier_a/12025550143"]);
  assert.match(answer.text, /primary\s+SIP\/carrier_a\/12025550143/);
});
