// Walks kept across audits: the reach from a carrier's inbound context is the same object after an edit of a
// dialplan file the walk never looked into, and walked again (with the findings following) when the edit touches a
// context it reached, a global a Dial on its way reads, or the carrier its Dial goes to.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Workspace } from "../../server/src/service/model/workspace";
import { securityAudit } from "../../server/src/service/model/security-audit";
import { reachFrom, keptReachFrom, serverContextSource } from "../../server/src/service/model/reachability";
import { dialplanIndex } from "../../server/src/service/model/dialplan";
import { WS } from "../helpers";

const SIP = `[general]
allowguest=no

[trunk-a]
type=peer
host=192.0.2.10
context=from-trunk
`;

const MAIN = `[globals]
OUT=SIP/trunk-a

[from-trunk]
exten => _X.,1,Goto(routes,\${EXTEN},1)

[routes]
exten => _X.,1,Dial(\${OUT}/\${EXTEN})
`;

const CUSTOM = (extra: string) => `[custom-tools]
exten => 5678,1,Wait(2)
${extra}`;

function workspace(): Workspace {
  const ws = new Workspace();
  ws.setDocument(WS + "sip.conf", SIP);
  ws.setDocument(WS + "extensions.conf", MAIN);
  ws.setDocument(WS + "extensions_custom.conf", CUSTOM(""));
  return ws;
}

const inboundReach = (ws: Workspace) => securityAudit(ws).inbound.find((entry) => entry.carrier.name === "trunk-a")?.reach;

test("an edit of a dialplan file the walk never looked into keeps the walk", () => {
  const ws = workspace();
  const before = inboundReach(ws);
  assert.ok(before);
  assert.deepEqual(before.contexts, ["from-trunk", "routes"]);
  ws.setDocument(WS + "extensions_custom.conf", CUSTOM("exten => 5678,2,Hangup()\n"));
  assert.equal(inboundReach(ws), before);
});

test("an edit that adds an include to a reached context walks again", () => {
  const ws = workspace();
  const before = inboundReach(ws);
  ws.setDocument(WS + "extensions.conf", MAIN + "include => custom-tools\n");
  const after = inboundReach(ws);
  assert.notEqual(after, before);
  // extensions_custom.conf is not included by extensions.conf: the server does not load it.
  assert.deepEqual(after?.missing, ["custom-tools"]);
  ws.setDocument(WS + "extensions.conf", "#include extensions_custom.conf\n" + MAIN + "include => custom-tools\n");
  assert.deepEqual(inboundReach(ws)?.contexts, ["from-trunk", "routes", "custom-tools"]);
});

test("without a main extensions.conf, a new context of a reached name in another file is seen", () => {
  const ws = workspace();
  ws.removeDocument(WS + "extensions.conf");
  ws.setDocument(WS + "extensions_trunk.conf", MAIN);
  const before = inboundReach(ws);
  assert.deepEqual(before?.contexts, ["from-trunk", "routes"]);
  ws.setDocument(WS + "extensions_custom.conf", CUSTOM("\n[routes]\nexten => 1234,1,Hangup()\n"));
  const after = inboundReach(ws);
  assert.notEqual(after, before);
  assert.deepEqual(after?.contexts, ["from-trunk", "routes"]);
  ws.setDocument(WS + "extensions_custom.conf", CUSTOM("\n[routes]\nexten => 1234,1,Goto(custom-tools,5678,1)\n"));
  assert.deepEqual(inboundReach(ws)?.contexts, ["from-trunk", "routes", "custom-tools"]);
});

test("a changed global read by a Dial on the way walks again", () => {
  const ws = workspace();
  const before = inboundReach(ws);
  assert.equal(before?.dials[0].destinations[0].carrier?.name, "trunk-a");
  ws.setDocument(WS + "extensions.conf", MAIN.replace("OUT=SIP/trunk-a", "OUT=SIP/elsewhere"));
  const after = inboundReach(ws);
  assert.notEqual(after, before);
  assert.equal(after?.dials[0].destinations[0].carrier, undefined);
  assert.equal(after?.dials[0].destinations[0].undefinedPeer, true);
});

test("the carrier a Dial goes to is asked again: a trunk that stops being one walks again", () => {
  const ws = workspace();
  ws.setDocument(WS + "sip-more.conf", "[trunk-b]\ntype=peer\nhost=192.0.2.20\ncontext=from-trunk\n");
  const before = inboundReach(ws);
  ws.setDocument(WS + "sip.conf", SIP.replace("host=192.0.2.10", "host=dynamic"));
  // trunk-a is no longer a carrier: the walk from trunk-b's context (the same context) is redone.
  const after = securityAudit(ws).inbound.find((entry) => entry.carrier.name === "trunk-b")?.reach;
  assert.ok(after && before);
  assert.notEqual(after, before);
  assert.equal(after.dials[0].destinations[0].carrier, undefined);
});

test("a kept walk equals a fresh one from the same source", () => {
  const ws = workspace();
  const source = serverContextSource(dialplanIndex(ws), (uri) => ws.document(uri)?.text);
  const kept = keptReachFrom(source, "from-trunk", undefined);
  assert.deepEqual(kept.reach, reachFrom(source, "from-trunk"));
  assert.equal(keptReachFrom(source, "from-trunk", kept), kept);
  assert.notEqual(keptReachFrom(source, "routes", kept), kept);
});

test("a newer source with the same peer basis is not asked again about the carriers a kept walk read", () => {
  const ws = workspace();
  const index = dialplanIndex(ws);
  const textOf = (uri: string) => ws.document(uri)?.text;
  let asked = 0;
  const trunk = { name: "trunk-a", tech: "SIP", why: "sends calls to a fixed host", uri: WS + "sip.conf", span: { start: 0, end: 1 } };
  const carrierOf = (tech: string, peer: string) => (asked++, peer === "trunk-a" ? trunk : undefined);
  const basis = [{}, {}];
  const kept = keptReachFrom(serverContextSource(index, textOf, carrierOf, undefined, basis), "from-trunk", undefined);
  assert.equal(kept.reach.dials[0].destinations[0].carrier, trunk);
  asked = 0;
  assert.equal(keptReachFrom(serverContextSource(index, textOf, carrierOf, undefined, [...basis]), "from-trunk", kept), kept);
  assert.equal(asked, 0, "the same objects in a new list: nothing asked");
  assert.equal(keptReachFrom(serverContextSource(index, textOf, carrierOf, undefined, [basis[0], {}]), "from-trunk", kept), kept);
  assert.ok(asked > 0, "another basis: the carriers are asked again (and answer alike here)");
  const walkedAgain = keptReachFrom(serverContextSource(index, textOf, () => undefined, undefined, [basis[0], {}]), "from-trunk", kept);
  assert.notEqual(walkedAgain, kept, "another basis whose answer differs walks again");
  assert.equal(walkedAgain.reach.dials[0].destinations[0].carrier, undefined);
});
