// One system per folder: folders that each hold their own sip.conf / extensions.conf are separate servers, so no
// include, duplicate, definition or reference crosses from one to another.
import assert from "node:assert/strict";
import { test } from "node:test";
import { checkFixture } from "../fixture";
import { lint, workspaceOf } from "../helpers";

test("two folders with their own sip.conf: each [general] is the first of its own system", () => {
  checkFixture(`
    //- a/sip.conf
    [general]
    context=from-a
    //- b/sip.conf
    [general]
    context=from-b
  `, { only: ["peer/duplicate-section"], exhaustive: true });
});

test("a second [general] in one system is still reported", () => {
  checkFixture(`
    //- a/sip.conf
    [general]
    context=from-a
    #include more.conf
    //- a/more.conf
    [general]
     ^^^^^^^ warning peer/duplicate-section
    context=x
  `, { only: ["peer/duplicate-section"] });
});

test("an include is resolved only by a file of the including file's own system", () => {
  const service = workspaceOf({
    "a/sip.conf": "[general]\n#include trunks.conf\n",
    "b/sip.conf": "[general]\n#include trunks.conf\n",
    "b/trunks.conf": "[t]\ntype=peer\nhost=10.0.0.1\n",
    "b/sub/peers.conf": "[p]\ntype=peer\nhost=10.0.0.2\n",
  });
  const ws = service.workspace;
  assert.equal(ws.resolveInclude("/ws/a/sip.conf", "trunks.conf"), undefined);
  assert.equal(ws.resolveInclude("/ws/b/sip.conf", "trunks.conf"), "/ws/b/trunks.conf");
  // A file in a folder below a system's main files belongs to that system.
  assert.equal(ws.resolveInclude("/ws/b/sip.conf", "peers.conf"), "/ws/b/sub/peers.conf");
  assert.equal(ws.resolveInclude("/ws/a/sip.conf", "peers.conf"), undefined);
  assert.equal(ws.systems().length, 2);
  const unitA = ws.systemFor("/ws/a/sip.conf").units().find((u) => u.root === "/ws/a/sip.conf")!;
  assert.deepEqual([...unitA.uris], ["/ws/a/sip.conf"]);
});

test("a dialplan does not reach another system's contexts", () => {
  const findings = lint({
    "a/extensions.conf": "[ctx-a]\nexten => s,1,NoOp()\n",
    "b/extensions.conf": "[ctx-b]\nexten => s,1,Goto(ctx-a,s,1)\n",
  }).filter((f) => f.code === "dialplan/goto-target");
  assert.deepEqual(
    findings.map((f) => `${f.file}:${f.line}`),
    ["b/extensions.conf:2"],
  );
});

test("navigation stays inside the system of the document", () => {
  const service = workspaceOf({
    "a/extensions.conf": "[shared]\nexten => s,1,NoOp()\n",
    "b/extensions.conf": "[shared]\nexten => s,1,NoOp()\n[x]\nexten => s,1,Goto(shared,s,1)\n",
  });
  const text = service.workspace.document("/ws/b/extensions.conf")!.text;
  const found = service.definition("/ws/b/extensions.conf", text.indexOf("Goto(shared") + 6);
  assert.ok(found.length > 0);
  assert.ok(found.every((loc) => loc.uri === "/ws/b/extensions.conf"), JSON.stringify(found));
});

test("fragments with no main file above them join the only system there is", () => {
  const service = workspaceOf({
    "conf/sip.conf": "[general]\n#include sip-peers.conf\n",
    "more/sip-peers.conf": "[p]\ntype=peer\nhost=10.0.0.2\n",
  });
  assert.equal(service.workspace.resolveInclude("/ws/conf/sip.conf", "sip-peers.conf"), "/ws/more/sip-peers.conf");
  assert.equal(service.workspace.systems().length, 1);
});

test("named system roots keep carrier folders apart: the same peer in two systems is no duplicate", () => {
  const car = (id: string) => `carrier_id: ${id}\nprotocol: SIP\nserver_ip: 0.0.0.0\n[[account_entry]]\n[trunk1]\ntype=peer\nhost=192.0.2.30\ncontext=trunkinbound\n`;
  const service = workspaceOf({ "a/c.carrier": car("CA"), "b/c.carrier": car("CB") });
  const duplicates = () => [...service.allDiagnostics().values()].flat().filter((f) => f.code === "peer/duplicate-section");
  assert.equal(duplicates().length, 1);
  service.setSystemRoots(["/ws/a", "/ws/b"]);
  assert.equal(duplicates().length, 0);
});

test("named system roots keep folders without main files apart", () => {
  const service = workspaceOf({
    "one/sip_additional.conf": "[p1]\ntype=peer\nhost=10.0.0.1\n",
    "two/sip_additional.conf": "[p1]\ntype=peer\nhost=10.0.0.2\n",
  });
  service.workspace.setSystemRoots(["/ws/one", "/ws/two/"]);
  assert.equal(service.workspace.systems().length, 2);
  assert.equal(service.workspace.systemOf("/ws/two/sip_additional.conf"), "/ws/two");
});

test("conf fragments in a folder named as a root of their own do not join another root's system; records do", () => {
  const service = workspaceOf({
    "pbx/sip.conf": "[general]\n[kam]\ntype=peer\nhost=198.51.100.7\ncontext=default\n",
    "pbx/extensions.conf": "[default]\nexten => _9999.,1,Dial(SIP/${EXTEN}@kam)\n",
    "issabel/sip_additional.conf": "[trunk9]\ntype=peer\nhost=203.0.113.9\n",
    "issabel/extensions_custom.conf": "#include globals_custom.conf\n[from-trunk]\nexten => s,1,NoOp()\n",
    "issabel/globals_custom.conf": "[globals]\nX=1\n",
    "carriers/c.carrier": "carrier_id: C1\nprotocol: SIP\nserver_ip: 0.0.0.0\n",
  });
  service.setSystemRoots(["/ws/pbx", "/ws/issabel", "/ws/carriers"]);
  const ws = service.workspace;
  assert.notEqual(ws.systemOf("/ws/issabel/sip_additional.conf"), ws.systemOf("/ws/pbx/sip.conf"));
  // Included by a file of its own folder, not by the other server: it stays with its folder.
  assert.equal(ws.systemOf("/ws/issabel/globals_custom.conf"), ws.systemOf("/ws/issabel/sip_additional.conf"));
  assert.equal(ws.systemOf("/ws/carriers/c.carrier"), ws.systemOf("/ws/pbx/sip.conf"));
});
