// The codec, register and auth facts kept per unit: after an edit to another document an unchanged unit keeps the
// very same codec start, evaluations and register/peer pairs, and the findings that join units (phones against
// carriers, register lines against the peers of included files and carrier records) still follow the edit.
import { test } from "node:test";
import assert from "node:assert/strict";
import { WS, findingsOf, withCode, workspaceOf } from "../helpers";
import { evaluateSection, peerStart } from "../../server/src/service/model/codecs";
import { registerPeerPairs } from "../../server/src/service/model/register-peers";
import { effectiveValue } from "../../server/src/service/model/units";
import type { ConfUnit } from "../../server/src/service/model/units";
import type { LanguageService } from "../../server/src/service/language-service";

function unitOf(service: LanguageService, root: string): ConfUnit {
  const unit = service.workspace.units().find((u) => u.root === WS + root || u.id === root);
  assert.ok(unit, `no unit ${root}`);
  return unit;
}

const TRUNKS = "[general]\ndisallow=all\nallow=ulaw\nregister => user1:pw@10.0.0.1\n#include trunks.conf\n";
const TRUNK = (host: string) => `[trunk1]\ntype=peer\nhost=${host}\ninsecure=port,invite\ncontext=from-trunk\ndisallow=all\nallow=ulaw\n`;

test("an unchanged unit keeps its codec start, evaluations and register pairs when another document changes", () => {
  const service = workspaceOf({ "sip.conf": TRUNKS, "trunks.conf": TRUNK("10.0.0.1"), "iax.conf": "[general]\n[p]\ntype=friend\nhost=dynamic\n" });
  const sip = unitOf(service, "sip.conf");
  const trunk = sip.sections.find((s) => s.name === "trunk1")!;
  const start = peerStart(sip, service.workspace);
  const evaluation = evaluateSection(sip, trunk, start);
  const pairs = registerPeerPairs(service.workspace);
  assert.equal(pairs.length, 1);
  assert.equal(pairs[0].peer, trunk);

  service.setDocument(WS + "iax.conf", "[general]\n[p]\ntype=friend\nhost=dynamic\nallow=gsm\n");
  assert.equal(unitOf(service, "sip.conf"), sip, "the sip.conf unit is not rebuilt");
  assert.equal(peerStart(sip, service.workspace), start);
  assert.equal(evaluateSection(sip, trunk, peerStart(sip, service.workspace)), evaluation);
  const after = registerPeerPairs(service.workspace);
  assert.notEqual(after, pairs, "the workspace-wide list is joined anew");
  assert.equal(after[0], pairs[0], "the pair of a lone unit is kept with the unit");
});

test("a register line pairs with the peer of an included file again after that file is edited", () => {
  const service = workspaceOf({ "sip.conf": TRUNKS, "trunks.conf": TRUNK("10.0.0.1") });
  assert.equal(registerPeerPairs(service.workspace)[0]?.kind, "host-match");
  assert.equal(withCode(findingsOf(service), "auth/mixed-registration-ip-auth").length, 1);

  service.setDocument(WS + "trunks.conf", TRUNK("10.0.0.2"));
  assert.deepEqual(registerPeerPairs(service.workspace), [], "the host no longer matches");
  assert.equal(withCode(findingsOf(service), "auth/mixed-registration-ip-auth").length, 0);

  service.setDocument(WS + "trunks.conf", TRUNK("10.0.0.1"));
  const pairs = registerPeerPairs(service.workspace);
  assert.equal(pairs.length, 1);
  assert.equal(pairs[0].peer, unitOf(service, "sip.conf").sections.find((s) => s.name === "trunk1"), "the peer of the rebuilt unit");
  assert.equal(withCode(findingsOf(service), "auth/mixed-registration-ip-auth").length, 1);
});

test("a register line of sip.conf pairs with a carrier's peer, also after the carrier record is edited", () => {
  const carrier = (name: string) => `carrier_id: A1\nprotocol: SIP\n[[account_entry]]\n[${name}]\ntype=peer\nhost=10.0.0.9\ninsecure=invite\ncontext=trunkinbound\n`;
  const service = workspaceOf({
    "sip.conf": "[general]\nregister => user9:pw@a1\n#include sip-vicidial.conf\n",
    "a.carrier": carrier("a1"),
  });
  const sip = unitOf(service, "sip.conf");
  const first = registerPeerPairs(service.workspace);
  assert.equal(first.length, 1);
  assert.equal(first[0].kind, "host-is-name");
  assert.equal(first[0].peerUnit, unitOf(service, "vicidial:sip"));

  service.setDocument(WS + "a.carrier", carrier("b1"));
  assert.equal(unitOf(service, "sip.conf"), sip);
  assert.deepEqual(registerPeerPairs(service.workspace), [], "no peer is named a1 any more");

  service.setDocument(WS + "a.carrier", carrier("a1"));
  const again = registerPeerPairs(service.workspace);
  assert.equal(again.length, 1);
  assert.equal(again[0].peerUnit, unitOf(service, "vicidial:sip"));
  assert.equal(again[0].registerUnit, sip);
});

test("a carrier is compared with the phones of another file, also after only the phones' file is edited", () => {
  const phones = (allow: string) => `[general]\n[phone1]\ntype=friend\nhost=dynamic\ncontext=phones\ndisallow=all\nallow=${allow}\n`;
  const service = workspaceOf({
    "sip.conf": "[general]\n[trunk1]\ntype=peer\nhost=10.0.0.1\ncontext=trunkinbound\ndisallow=all\nallow=g729\n",
    "sip-phones.conf": phones("gsm"),
  });
  const sip = unitOf(service, "sip.conf");
  assert.deepEqual(withCode(findingsOf(service), "codec/no-common-codec").map((f) => f.file), ["sip.conf"]);

  service.setDocument(WS + "sip-phones.conf", phones("g729"));
  assert.equal(unitOf(service, "sip.conf"), sip);
  assert.deepEqual(withCode(findingsOf(service), "codec/no-common-codec"), []);

  service.setDocument(WS + "sip-phones.conf", phones("alaw"));
  assert.deepEqual(withCode(findingsOf(service), "codec/no-common-codec").map((f) => f.file), ["sip.conf"]);
});

test("a hand-written trunk without context is found by its register pair, and not once the pair is gone", () => {
  const trunk = "[trunk1]\ntype=peer\nhost=10.0.0.1\nsecret=x\n";
  const service = workspaceOf({ "sip.conf": "[general]\nregister => user1:pw@10.0.0.1\n#include trunks.conf\n", "trunks.conf": trunk, "iax.conf": "[general]\n" });
  assert.deepEqual(withCode(findingsOf(service), "auth/missing-context").map((f) => `${f.file}:${f.line}`), ["trunks.conf:1"]);

  service.setDocument(WS + "iax.conf", "[general]\nbindport=4569\n");
  assert.deepEqual(withCode(findingsOf(service), "auth/missing-context").map((f) => `${f.file}:${f.line}`), ["trunks.conf:1"]);

  service.setDocument(WS + "sip.conf", "[general]\n#include trunks.conf\n");
  assert.deepEqual(withCode(findingsOf(service), "auth/missing-context"), []);
});

test("an unchanged carrier is compared with phones once another file gains its first phone, and not once it is gone", () => {
  const service = workspaceOf({
    "sip.conf": "[general]\n[trunk1]\ntype=peer\nhost=10.0.0.1\ncontext=trunkinbound\ndisallow=all\nallow=g729\n",
    "sip-phones.conf": "[general]\n",
  });
  const sip = unitOf(service, "sip.conf");
  assert.deepEqual(withCode(findingsOf(service), "codec/no-common-codec"), [], "no phone: nothing to compare with");
  service.setDocument(WS + "sip-phones.conf", "[general]\n[phone1]\ntype=friend\nhost=dynamic\ndisallow=all\nallow=alaw\n");
  assert.equal(unitOf(service, "sip.conf"), sip);
  assert.deepEqual(withCode(findingsOf(service), "codec/no-common-codec").map((f) => `${f.file}:${f.line}`), ["sip.conf:2"]);
  service.setDocument(WS + "sip-phones.conf", "[general]\n[phone1]\ntype=friend\nhost=10.0.0.7\ndisallow=all\nallow=alaw\n");
  assert.deepEqual(withCode(findingsOf(service), "codec/no-common-codec"), [], "a fixed host: a carrier, not a phone");
});

test("a section's last line of a key is the same read line by line (short, no bases) or through the map (long)", () => {
  const long = Array.from({ length: 30 }, (_, i) => `setvar=V${i}=1`).join("\n");
  const lines = "Host=10.0.0.1\nhost=10.0.0.2\n  hOSt =10.0.0.3\nsecret=x\n";
  const service = workspaceOf({ "sip.conf": `[general]\n[short]\n${lines}[long]\n${long}\n${lines}` });
  const sip = unitOf(service, "sip.conf");
  const valueOf = (name: string, key: string) => effectiveValue(sip, sip.sections.find((s) => s.name === name)!, key);
  assert.equal(valueOf("short", "HOST"), "10.0.0.3");
  assert.equal(valueOf("long", "HOST"), "10.0.0.3");
  assert.equal(valueOf("short", "context"), undefined);
  assert.equal(valueOf("long", "context"), undefined);
});
