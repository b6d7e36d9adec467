// The security audit on per-unit facts: after an edit to one document, the carriers and logins of the units it did
// not touch are the very objects worked out before, and the audit and its findings still follow the edit (an entry
// point in an unchanged unit reaches, or no longer reaches, a carrier the edit changed).
import { test } from "node:test";
import assert from "node:assert/strict";
import { Workspace } from "../../server/src/service/model/workspace";
import { securityAudit } from "../../server/src/service/model/security-audit";
import { carrierSections } from "../../server/src/service/model/security-carriers";
import { loginsOf } from "../../server/src/service/rules/security/common";
import { WS, findingsOf, withCode, workspaceOf } from "../helpers";

const MAIN = `[general]
allowguest=no

[trunk-a]
type=peer
host=192.0.2.10
context=trunkinbound

[phone-a]
type=friend
host=dynamic
secret=Zq8vN3kP5wR7tY2u
`;

const branch = (trunkHost: string) => `[trunk-b]
type=peer
host=${trunkHost}
context=trunkinbound

[phone-b]
type=friend
host=dynamic
secret=Mx4cV9bN2kL6jH8g
`;

function workspaceWithBranch(trunkHost: string): Workspace {
  const ws = new Workspace();
  ws.setDocument(WS + "sip.conf", MAIN);
  ws.setDocument(WS + "sip-branch.conf", branch(trunkHost));
  return ws;
}

const named = (ws: Workspace, name: string) => carrierSections(ws).flatMap((u) => u.carriers).find((c) => c.section.name === name);

test("an edit to one sip file leaves the other file's carriers and logins the same objects", () => {
  const ws = workspaceWithBranch("198.51.100.7");
  const trunkA = named(ws, "trunk-a");
  const loginA = loginsOf(ws).find((l) => l.section.name === "phone-a");
  assert.ok(trunkA && loginA);
  assert.equal(named(ws, "trunk-b")?.ref.why, "sends calls to the fixed host 198.51.100.7");

  ws.setDocument(WS + "sip-branch.conf", branch("203.0.113.9"));
  assert.equal(named(ws, "trunk-a"), trunkA);
  assert.equal(loginsOf(ws).find((l) => l.section.name === "phone-a"), loginA);
  assert.equal(named(ws, "trunk-b")?.ref.why, "sends calls to the fixed host 203.0.113.9");
  assert.deepEqual(securityAudit(ws).carriers.map((c) => c.name), ["trunk-a", "trunk-b"]);
  assert.deepEqual(loginsOf(ws).map((l) => l.section.name), ["phone-a", "phone-b"]);
});

test("a register line added to one file makes its peer a registering carrier; the other file's carriers stay as they were", () => {
  const ws = workspaceWithBranch("dynamic");
  const trunkA = named(ws, "trunk-a");
  assert.equal(named(ws, "trunk-b"), undefined);
  ws.setDocument(WS + "sip-branch.conf", "[general]\nregister => user:Mx4cV9bN2kL6jH8g@trunk-b\n\n" + branch("dynamic"));
  assert.equal(named(ws, "trunk-b")?.ref.why, "registers to its provider");
  assert.equal(named(ws, "trunk-a"), trunkA);
});

const DOOR = `[door]
type=friend
host=dynamic
context=from-door
`;

const DIALPLAN = `[from-door]
exten => _X.,1,Dial(SIP/trunk-a/\${EXTEN})
`;

test("an entry point in an unchanged unit follows edits to the carrier it dials", () => {
  const CODE = "security/unauthenticated-carrier-path";
  const service = workspaceOf({ "sip.conf": MAIN, "sip-door.conf": DOOR, "extensions.conf": DIALPLAN });
  const pathFindings = () => withCode(findingsOf(service), CODE).map((f) => `${f.file}:${f.line}`);
  assert.deepEqual(pathFindings(), ["sip-door.conf:1"]);

  service.setDocument(WS + "sip.conf", MAIN.replace("host=192.0.2.10", "host=127.0.0.1"));
  assert.deepEqual(pathFindings(), []);
  assert.deepEqual(securityAudit(service.workspace).entries.map((e) => e.label), ["chan_sip peer [door] (host=dynamic, no secret)"]);

  service.setDocument(WS + "sip.conf", MAIN);
  assert.deepEqual(pathFindings(), ["sip-door.conf:1"]);
});

// ---- Caches kept per section: each follows an edit to what it read ------------------------------------------------

const TRUNKS = (templateContext: string, ownContext = "") => `[trunk-tpl](!)
type=peer
${templateContext}

[trunk-a](trunk-tpl)
host=192.0.2.10
${ownContext}

[trunk-b](trunk-tpl)
host=198.51.100.7
`;

const SIP_MAIN = (general: string) => `[general]
${general}
#include sip-trunks.conf
`;

const OUTBOUND = `[trunkinbound]
exten => _X.,1,Hangup()

[from-trunk]
exten => _1NXXNXXXXXX,1,Dial(SIP/trunk-b/\${EXTEN})
`;

function trunkService(general: string, templateContext: string) {
  return workspaceOf({ "sip.conf": SIP_MAIN(general), "sip-trunks.conf": TRUNKS(templateContext), "extensions.conf": OUTBOUND });
}

const linesOf = (service: ReturnType<typeof workspaceOf>, code: string) => withCode(findingsOf(service), code).map((f) => `${f.file}:${f.line}`);

test("a carrier's context= kept with its section follows edits to the section, its template and the [general] it falls back to", () => {
  const service = trunkService("allowguest=no", "context=trunkinbound");
  const dialThrough = () => linesOf(service, "security/dial-through");
  assert.deepEqual(dialThrough(), []);

  service.setDocument(WS + "sip-trunks.conf", TRUNKS("context=from-trunk"));
  assert.deepEqual(dialThrough(), ["sip-trunks.conf:5", "sip-trunks.conf:9"]);

  service.setDocument(WS + "sip-trunks.conf", TRUNKS("context=from-trunk", "context=trunkinbound"));
  assert.deepEqual(dialThrough(), ["sip-trunks.conf:9"]);
  assert.deepEqual(securityAudit(service.workspace).inbound.map((i) => `${i.carrier.name}:${i.context}`), ["trunk-a:trunkinbound", "trunk-b:from-trunk"]);

  service.setDocument(WS + "sip-trunks.conf", TRUNKS(""));
  service.setDocument(WS + "sip.conf", SIP_MAIN("allowguest=no\ncontext=from-trunk"));
  assert.deepEqual(dialThrough(), ["sip-trunks.conf:5", "sip-trunks.conf:9"]);
  service.setDocument(WS + "sip.conf", SIP_MAIN("allowguest=no\ncontext=trunkinbound"));
  assert.deepEqual(dialThrough(), []);
});

test("chan_sip guests follow edits to [general] allowguest= and context= while the peers' file stays the same", () => {
  const service = trunkService("allowguest=no\ncontext=from-trunk", "context=trunkinbound");
  const carrierPath = () => linesOf(service, "security/unauthenticated-carrier-path");
  assert.deepEqual(carrierPath(), []);

  service.setDocument(WS + "sip.conf", SIP_MAIN("allowguest=yes\ncontext=from-trunk"));
  assert.deepEqual(carrierPath(), ["sip.conf:3"]);
  service.setDocument(WS + "sip.conf", SIP_MAIN("allowguest=yes\ncontext=trunkinbound"));
  assert.deepEqual(carrierPath(), []);
  assert.deepEqual(securityAudit(service.workspace).entries.map((e) => e.contexts), [["trunkinbound"]]);
});

test("register/unknown-peer follows the peer's section being added to and removed from an included file", () => {
  const main = SIP_MAIN("register => trunk-c?user:Mx4cV9bN2kL6jH8g@192.0.2.30");
  const service = workspaceOf({ "sip.conf": main, "sip-trunks.conf": TRUNKS("context=trunkinbound") });
  const unknownPeer = () => linesOf(service, "register/unknown-peer");
  assert.deepEqual(unknownPeer(), ["sip.conf:2"]);
  service.setDocument(WS + "sip-trunks.conf", TRUNKS("context=trunkinbound") + "\n[trunk-C]\ntype=peer\nhost=192.0.2.30\n");
  assert.deepEqual(unknownPeer(), []);
  service.setDocument(WS + "sip-trunks.conf", TRUNKS("context=trunkinbound"));
  assert.deepEqual(unknownPeer(), ["sip.conf:2"]);
});
