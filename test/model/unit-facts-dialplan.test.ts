// The dialplan side of the per-unit fact layer: what the dialplan index and the globals and peer rules work out of
// one unit is kept while only another unit changes, and their findings still follow every edit.
import { test } from "node:test";
import assert from "node:assert/strict";
import { dialplanIndex } from "../../server/src/service/model/dialplan";
import { ownUsesOf, usesIn } from "../../server/src/service/rules/globals/variable-reads";
import { assertLines, findingsOf, WS, workspaceOf } from "../helpers";

const FILES = {
  "sip.conf": "[general]\ncontext=default\n\n[alpha]\ntype=peer\nhost=192.0.2.1\n",
  "iax.conf": "[general]\n\n[beta]\ntype=peer\nhost=192.0.2.2\n",
  "extensions.conf": "[globals]\nTRUNK=SIP/gamma\n\n[out]\nexten => _9X.,1,Dial(SIP/gamma/${EXTEN:1})\nsame => n,Dial(${TRUNK}/${EXTEN:1})\nsame => n,Dial(IAX2/beta/${EXTEN:1})\nsame => n,Hangup()\n",
};

test("an edit to sip.conf keeps the peers of iax.conf and the variable uses of extensions.conf as they were", () => {
  const service = workspaceOf(FILES);
  const before = dialplanIndex(service.workspace);
  const beta = before.peers.find((p) => p.name === "beta");
  const uses = before.dialplans.flatMap((dialplan) => usesIn(dialplan, service.workspace));
  service.setDocument(WS + "sip.conf", FILES["sip.conf"] + "\n[gamma]\ntype=peer\nhost=192.0.2.3\n");
  const after = dialplanIndex(service.workspace);
  assert.notEqual(after, before);
  assert.ok(beta);
  assert.equal(after.peers.find((p) => p.name === "beta"), beta);
  assert.ok(after.peers.some((p) => p.name === "gamma"));
  const usesAfter = after.dialplans.flatMap((dialplan) => usesIn(dialplan, service.workspace));
  assert.ok(uses.length > 0);
  assert.deepEqual(usesAfter, uses);
  assert.ok(usesAfter.every((use, i) => use === uses[i]));
});

test("undefined-peer follows an edit to the peer file while the dialplan's mentions are reused", () => {
  const service = workspaceOf(FILES);
  // SIP/gamma is named by the global TRUNK and by the first Dial (a Dial through ${TRUNK} is left to the global).
  assertLines(findingsOf(service), "globals/undefined-peer", ["extensions.conf:2", "extensions.conf:5"]);
  service.setDocument(WS + "sip.conf", FILES["sip.conf"] + "\n[gamma]\ntype=peer\nhost=192.0.2.3\n");
  assertLines(findingsOf(service), "globals/undefined-peer", []);
  service.setDocument(WS + "iax.conf", "[general]\n");
  assertLines(findingsOf(service), "globals/undefined-peer", []);
  service.setDocument(WS + "sip.conf", FILES["sip.conf"]);
  assertLines(findingsOf(service), "globals/undefined-peer", ["extensions.conf:2", "extensions.conf:5"]);
});

test("duplicate-section follows an edit that adds and removes a second peer of the same name", () => {
  const service = workspaceOf(FILES);
  assertLines(findingsOf(service), "peer/duplicate-section", []);
  service.setDocument(WS + "sip.conf", FILES["sip.conf"] + "\n[alpha]\ntype=peer\nhost=192.0.2.9\n");
  assertLines(findingsOf(service), "peer/duplicate-section", ["sip.conf:8"]);
  service.setDocument(WS + "iax.conf", FILES["iax.conf"] + "\n");
  assertLines(findingsOf(service), "peer/duplicate-section", ["sip.conf:8"]);
  service.setDocument(WS + "sip.conf", FILES["sip.conf"]);
  assertLines(findingsOf(service), "peer/duplicate-section", []);
});

test("the reads undefined-variable looks at leave out channel variables and globals' indirections, in line order", () => {
  const text = FILES["extensions.conf"] + "same => n,Set(X=${EXTEN}${MYVAR}${CALLERID(num)}${TRUNK})\n";
  const service = workspaceOf({ ...FILES, "extensions.conf": text });
  const dialplan = dialplanIndex(service.workspace).dialplans[0];
  // ${EXTEN} is Asterisk's (asked for all the same); ${TRUNK} is read twice, once before ${MYVAR}.
  const own = ownUsesOf(dialplan, service.workspace, new Set(["TRUNK", "MYVAR", "EXTEN"]));
  assert.deepEqual(
    own.map((use) => `${use.name} ${use.span.start}`),
    [`TRUNK ${text.indexOf("TRUNK}")}`, `MYVAR ${text.indexOf("MYVAR}")}`, `TRUNK ${text.lastIndexOf("TRUNK}")}`],
  );
  assert.deepEqual(ownUsesOf(dialplan, service.workspace, new Set()), []);
});

test("findMatch tries extensions in Asterisk's order and follows an edit that adds a better match", async () => {
  const { findMatch } = await import("../../server/src/service/model/dialplan-lookup");
  const text = "[in]\nexten => _X.,1,NoOp(any)\nexten => _5XX,1,NoOp(three)\n\n[in]\nexten => _55X,1,NoOp(fifty)\n";
  const service = workspaceOf({ "extensions.conf": text });
  const match = (dialed: string) => {
    const index = dialplanIndex(service.workspace);
    return findMatch(index, index.dialplans[0], "in", dialed)?.extension.name;
  };
  assert.equal(match("551"), "_55X");
  assert.equal(match("512"), "_5XX");
  assert.equal(match("5123"), "_X.");
  assert.equal(match("551"), "_55X", "asked again: the same answer from the kept order");
  service.setDocument(WS + "extensions.conf", text + "exten => 551,1,NoOp(exact)\n");
  assert.equal(match("551"), "551");
  assert.equal(match("552"), "_55X");
});

test("undefined-peer follows an edit to a global another file defines, while the Dial lines that use it stay as they were", () => {
  const files = {
    "sip.conf": FILES["sip.conf"],
    "extensions.conf": "[out]\nexten => _9X.,1,Dial(SIP/${PEER}/${EXTEN:1})\nsame => n,Hangup()\n",
    "extensions_globals.conf": "[globals]\nPEER=alpha\n",
  };
  const service = workspaceOf(files);
  assertLines(findingsOf(service), "globals/undefined-peer", []);
  service.setDocument(WS + "extensions_globals.conf", "[globals]\nPEER=omega\n");
  assertLines(findingsOf(service), "globals/undefined-peer", ["extensions.conf:2"]);
  assert.match(findingsOf(service).find((f) => f.code === "globals/undefined-peer")!.message, /resolves to 'SIP\/omega\//);
  service.setDocument(WS + "sip.conf", FILES["sip.conf"] + "\n[omega]\ntype=peer\nhost=192.0.2.4\n");
  assertLines(findingsOf(service), "globals/undefined-peer", []);
  service.setDocument(WS + "extensions_globals.conf", "[globals]\nPEER=alpha\n");
  assertLines(findingsOf(service), "globals/undefined-peer", []);
  service.setDocument(WS + "sip.conf", "[general]\n\n[beta]\ntype=peer\nhost=192.0.2.2\n");
  assertLines(findingsOf(service), "globals/undefined-peer", ["extensions.conf:2"]);
});

test("the index's shared answers (contexts by name, peers by technology) follow an edit", () => {
  const service = workspaceOf(FILES);
  const before = dialplanIndex(service.workspace);
  const home = before.dialplans[0];
  assert.equal(before.contexts(home, "in").length, 0);
  assert.equal(before.contexts(home, "in"), before.contexts(home, "in"), "asked twice, one list");
  assert.deepEqual(before.peersOf("SIP").map((p) => p.name), ["alpha"]);
  service.setDocument(WS + "extensions.conf", FILES["extensions.conf"] + "\n[in]\nexten => s,1,Goto(out,91,1)\n");
  service.setDocument(WS + "sip.conf", FILES["sip.conf"] + "\n[gamma]\ntype=peer\nhost=192.0.2.3\n");
  const after = dialplanIndex(service.workspace);
  assert.equal(after.contexts(after.dialplans[0], "in").length, 1);
  assert.deepEqual(after.peersOf("SIP").map((p) => p.name), ["alpha", "gamma"]);
});

test("undefined-peer's 'did you mean' follows an edit that adds a peer of a close name", () => {
  const service = workspaceOf(FILES);
  const hint = () => findingsOf(service).filter((f) => f.code === "globals/undefined-peer").map((f) => /Did you mean '([^']+)'/.exec(f.message)?.[1] ?? "-");
  assert.deepEqual(hint(), ["-", "-"]);
  service.setDocument(WS + "sip.conf", FILES["sip.conf"] + "\n[gamme]\ntype=peer\nhost=192.0.2.3\n");
  assert.deepEqual(hint(), ["gamme", "gamme"]);
  service.setDocument(WS + "sip.conf", FILES["sip.conf"]);
  assert.deepEqual(hint(), ["-", "-"]);
});
