// "VICIdial: Show generated conf" through the bundled server: the vicidial/generatedConf request lists the servers
// and renders a server's files from the open carrier records (secrets masked); the read-only generated document then
// gets diagnostics and hovers of its own, without the carrier records' findings mixing in.
import { test, after, before } from "node:test";
import assert from "node:assert/strict";
import { LspClient, SERVER, scratchFolder } from "./lsp-client";

const { uriOf } = scratchFolder("generated-test");

const SIP_CARRIER = [
  "carrier_id: ACME",
  "carrier_name: Acme SIP",
  "protocol: SIP",
  "server_ip: 10.0.0.5",
  "active: Y",
  "template_id: --NONE--",
  "registration_string: register => acme:Sup3rSecret@192.0.2.1",
  "globals_string: ACMETRUNK = SIP/acme",
  "",
  "[[account_entry]]",
  "[acme]",
  "type=peer",
  "host=192.0.2.1",
  "secret=Sup3rSecret",
  "secert=typo",
  "context=trunkinbound",
  "",
  "[[dialplan_entry]]",
  "exten => _91NXXNXXXXXX,1,Dial(${ACMETRUNK}/${EXTEN:1},,To)",
  "",
].join("\n");
const OTHER = ["carrier_id: ELSEWHERE", "protocol: IAX2", "server_ip: 10.0.0.6", "active: Y", "", "[[account_entry]]", "[elsewhere]", "type=peer", ""].join("\n");

interface Result {
  servers: string[];
  server?: string;
  files: { name: string; uri: string; text: string }[];
}
interface Diagnostic {
  range: { start: { line: number; character: number } };
  code: string;
  message: string;
}

let client: LspClient;

before(async () => {
  client = new LspClient(process.execPath, [SERVER, "--stdio"]);
  client.onRequest("workspace/configuration", (params) => (params as { items: unknown[] }).items.map(() => ({})));
  await client.request("initialize", { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: { workspace: { configuration: true } } });
  client.notify("initialized", {});
  const from = client.notifications.length;
  client.notify("textDocument/didOpen", { textDocument: { uri: uriOf("acme.carrier"), languageId: "vicidial-carrier", version: 1, text: SIP_CARRIER } });
  client.notify("textDocument/didOpen", { textDocument: { uri: uriOf("elsewhere.carrier"), languageId: "vicidial-carrier", version: 1, text: OTHER } });
  await client.waitForNotification("textDocument/publishDiagnostics", (p: { uri: string }) => p.uri === uriOf("acme.carrier"), from);
});

after(() => client?.kill());

test("without a server the request lists the servers the carriers name", async () => {
  const result = await client.request<Result>("vicidial/generatedConf", {});
  assert.deepEqual(result.servers, ["10.0.0.5", "10.0.0.6"]);
  assert.deepEqual(result.files, []);
});

test("the generated files of one server hold its carriers only, secrets masked; the document gets diagnostics and hovers", async () => {
  const result = await client.request<Result>("vicidial/generatedConf", { server: "10.0.0.5" });
  assert.deepEqual(result.files.map((f) => f.name), ["sip-vicidial.conf", "iax-vicidial.conf", "pjsip-vicidial.conf", "pjsip_wizard-vicidial.conf", "extensions-vicidial.conf"]);
  const sip = result.files[0];
  assert.equal(sip.uri, "vicidial-generated:/10.0.0.5/sip-vicidial.conf");
  assert.match(sip.text, /^register => acme:\*\*\*\*@192\.0\.2\.1$/m);
  assert.match(sip.text, /^; VICIDIAL Carrier: ACME - Acme SIP\n\[acme\]\n/m);
  assert.match(sip.text, /^secret=\*\*\*\*$/m);
  assert.ok(!JSON.stringify(result).includes("Sup3rSecret"));
  assert.ok(!result.files[1].text.includes("elsewhere"), "a carrier of another server is left out");
  assert.match(result.files[4].text, /^ACMETRUNK = SIP\/acme$/m);

  const lines = sip.text.split("\n");
  const typo = lines.indexOf("secert=****");
  assert.ok(typo > 0, "the misspelt secret key is there, its value masked");
  const from = client.notifications.length;
  client.notify("textDocument/didOpen", { textDocument: { uri: sip.uri, languageId: "asterisk", version: 1, text: sip.text } });
  const published = await client.waitForNotification<{ uri: string; diagnostics: Diagnostic[] }>("textDocument/publishDiagnostics", (p: { uri: string }) => p.uri === sip.uri, from);
  const unknown = published.diagnostics.filter((d) => d.code === "peer/unknown-option");
  assert.deepEqual(unknown.map((d) => d.range.start.line), [typo]);
  assert.ok(!published.diagnostics.some((d) => d.code === "syntax/option-before-section"), "the register lines land in [general], as sip.conf includes the file there");

  const hover = await client.request<{ contents: { value: string } } | null>("textDocument/hover", { textDocument: { uri: sip.uri }, position: { line: lines.indexOf("type=peer"), character: 1 } });
  assert.ok(hover && hover.contents.value.length > 0, "hover on type=peer in the generated document");

  const carrier = client.notifications.filter((n) => n.method === "textDocument/publishDiagnostics" && (n.params as { uri: string }).uri === uriOf("acme.carrier")).pop();
  const carrierCodes = ((carrier?.params as { diagnostics: Diagnostic[] }).diagnostics ?? []).map((d) => d.code);
  assert.ok(!carrierCodes.includes("peer/duplicate-section"), "the generated document does not count as a second copy of the carrier");
});
