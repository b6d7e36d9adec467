// Results kept across unit rebuilds: joins (model/kept-joins.ts), worked out again only when what they read changed
// and bound to the units as they are now, and per-line findings (rules/dialplan/kept-per-line.ts), kept while the
// line does not move and the globals it reads keep their values.
import { test } from "node:test";
import assert from "node:assert/strict";
import { registerPeerPairs } from "../../server/src/service/model/register-peers";
import { assertLines, findingsOf, WS, workspaceOf } from "../helpers";

test("register lines are paired again when an edit changes a peer's host, and keep their pairs when it does not", () => {
  const files = {
    "sip.conf": "[general]\nregister => acme:Sup3rPw@10.0.0.9\n#include peers.conf\n#include others.conf\n",
    "peers.conf": "[prov]\ntype=peer\nhost=10.0.0.1\ninsecure=invite\n",
    "others.conf": "[alpha]\ntype=peer\nhost=10.0.0.2\nsecret=Xk9pLm2Qr7\n",
  };
  const service = workspaceOf(files);
  const pairs = () => registerPeerPairs(service.workspace).map((p) => `${p.peer.name}:${p.kind}`);
  assert.deepEqual(pairs(), []);
  service.setDocument(WS + "peers.conf", files["peers.conf"].replace("10.0.0.1", "10.0.0.9"));
  assert.deepEqual(pairs(), ["prov:host-match"]);
  assertLines(findingsOf(service), "auth/mixed-registration-ip-auth", ["sip.conf:2"]);
  const before = registerPeerPairs(service.workspace)[0];
  const { register, peer, peerUnit } = before;
  service.setDocument(WS + "others.conf", files["others.conf"].replace("10.0.0.2", "10.0.0.3"));
  const after = registerPeerPairs(service.workspace)[0];
  assert.equal(after.register, register);
  assert.equal(after.peer, peer);
  assert.notEqual(after.peerUnit, peerUnit, "the pair names the unit as it is now");
  assert.equal(after.peerUnit, service.workspace.units().find((u) => u.root === WS + "sip.conf"));
  // An edit that changes nothing pairing reads: the pair itself comes back, bound in place to this build's unit.
  const { peerUnit: unitThen } = after;
  service.setDocument(WS + "others.conf", files["others.conf"].replace("10.0.0.2", "10.0.0.3").replace("Xk9pLm2Qr7", "Zq8wNn4Tt1"));
  const again = registerPeerPairs(service.workspace)[0];
  assert.equal(again, after);
  assert.notEqual(again.peerUnit, unitThen);
  assert.equal(again.peerUnit, service.workspace.units().find((u) => u.root === WS + "sip.conf"));
  // A line added above the peer: its section is a new object, the pairing is as before and names the new section.
  service.setDocument(WS + "peers.conf", "; provider\n" + files["peers.conf"].replace("10.0.0.1", "10.0.0.9"));
  const moved = registerPeerPairs(service.workspace)[0];
  const unit = service.workspace.units().find((u) => u.root === WS + "sip.conf")!;
  assert.equal(moved.peer, unit.sections.find((s) => s.name === "prov"));
  assert.notEqual(moved.peer, peer);
  assertLines(findingsOf(service), "auth/mixed-registration-ip-auth", ["sip.conf:2"]);
  service.setDocument(WS + "sip.conf", files["sip.conf"].replace("[general]\n", "[general]\n[other]\n"));
  assert.deepEqual(pairs(), [], "a register line outside [general] is not read");
  assertLines(findingsOf(service), "auth/mixed-registration-ip-auth", []);
});

test("channel-string findings kept per line follow an edit to a global another file defines, and the Asterisk version", () => {
  const files = {
    "extensions.conf": "[out]\nexten => _9X.,1,Dial(${TRUNK}/${EXTEN:1})\nsame => n,Hangup()\n",
    "extensions_globals.conf": "[globals]\nTRUNK=SIP/alpha\n",
  };
  const service = workspaceOf(files);
  assertLines(findingsOf(service), "dialplan/channel-string", []);
  service.setDocument(WS + "extensions_globals.conf", "[globals]\nTRUNK=SIPP/alpha\n");
  assertLines(findingsOf(service), "dialplan/channel-string", ["extensions.conf:2"]);
  service.setDocument(WS + "extensions_globals.conf", "[globals]\nTRUNK=SIP/alpha\nOTHER=1\n");
  assertLines(findingsOf(service), "dialplan/channel-string", []);
  service.configure({ asteriskVersion: 22 });
  assertLines(findingsOf(service), "dialplan/channel-string", ["extensions.conf:2"]);
  assert.match(findingsOf(service).find((f) => f.code === "dialplan/channel-string")!.message, /chan_sip, which Asterisk 22 no longer has/);
});

test("undefined-peer and channel-string findings kept with an untouched line follow a global edited in the same file", () => {
  const text = (peer: string, tech: string) =>
    `[globals]\nPEER=${peer}\nTECH=${tech}\n[out]\nexten => _9X.,1,Dial(SIP/\${PEER}/\${EXTEN:1})\nsame => n,Dial(\${TECH}/alpha/\${EXTEN:1})\n[last]\nexten => 9,1,Hangup()\n`;
  const files = { "extensions.conf": text("alpha", "SIP"), "sip.conf": "[general]\n[alpha]\ntype=peer\nhost=192.0.2.1\n[bravo]\ntype=peer\nhost=192.0.2.2\n" };
  const service = workspaceOf(files);
  const onSteps = () => findingsOf(service).filter((f) => f.file === "extensions.conf" && f.line >= 5 && f.line <= 6).map((f) => `${f.line} ${f.code}`).sort();
  assert.deepEqual(onSteps(), []);
  // Same length: [out] and its Dial steps are kept as they were; only the values they read changed.
  service.setDocument(WS + "extensions.conf", text("gamma", "SIP"));
  assert.deepEqual(onSteps(), ["5 globals/undefined-peer"]);
  service.setDocument(WS + "extensions.conf", text("bravo", "SIP"));
  assert.deepEqual(onSteps(), []);
  service.setDocument(WS + "extensions.conf", text("bravo", "SIX"));
  assert.deepEqual(onSteps(), ["6 dialplan/channel-string"]);
});

test("the index's globals stamp stays while every global answers the same, across a rebuilt dialplan too", async () => {
  const { dialplanIndex } = await import("../../server/src/service/model/dialplan");
  const text = "[globals]\nTRUNK=SIP/alpha\n[out]\nexten => _9X.,1,Dial(${TRUNK}/${EXTEN:1})\nsame => n,Hangup()\n";
  const service = workspaceOf({ "extensions.conf": text });
  const stamp = () => dialplanIndex(service.workspace).globalsStamp;
  const first = stamp();
  // A step edited: the dialplan and its globals are new objects, the answers the same.
  service.setDocument(WS + "extensions.conf", text.replace("Hangup()", "Hangup(16)"));
  assert.equal(stamp(), first);
  service.setDocument(WS + "extensions.conf", text.replace("SIP/alpha", "SIP/beta"));
  const changed = stamp();
  assert.notEqual(changed, first, "a global's value changed");
  service.setDocument(WS + "extensions.conf", text.replace("SIP/alpha", "SIP/beta").replace("[out]", "[globals]\nOTHER=1\n[out]"));
  assert.notEqual(stamp(), changed, "a global added");
  const twice = stamp();
  // A peer file edited: the same dialplans, the same stamp.
  service.setDocument(WS + "sip.conf", "[general]\n[alpha]\ntype=peer\n");
  assert.equal(stamp(), twice);
  service.setDocument(WS + "extensions_more.conf", "[more]\nexten => 1,1,NoOp()\n");
  assert.notEqual(stamp(), twice, "another dialplan: other groups");
});

test("undefined-peer's mentions kept on a [globals] line follow a change of a global that line reads, in another file", () => {
  const files = {
    "extensions.conf": "[globals]\n#include more-globals.conf\nTRUNK=SIP/${PEERNAME}\n[out]\nexten => _9X.,1,Dial(${TRUNK}/${EXTEN:1})\n",
    "more-globals.conf": "PEERNAME=alpha\n",
    "sip.conf": "[general]\n[alpha]\ntype=peer\nhost=192.0.2.1\n",
  };
  const service = workspaceOf(files);
  assertLines(findingsOf(service), "globals/undefined-peer", []);
  // The [globals] line's text and place stay; the value it reads does not.
  service.setDocument(WS + "more-globals.conf", "PEERNAME=beta\n");
  assertLines(findingsOf(service), "globals/undefined-peer", ["extensions.conf:3"]);
  service.setDocument(WS + "more-globals.conf", "PEERNAME=alpha\n");
  assertLines(findingsOf(service), "globals/undefined-peer", []);
});
