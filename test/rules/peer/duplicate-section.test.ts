// peer/duplicate-section: the same section twice where Asterisk loads both; carriers collide only when both are
// active and can land on the same server.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkFixture, checkNoFix } from "../../fixture";
import { workspaceOf, WS } from "../../helpers";
import { carrierFile, PJSIP_OBJECTS, SIP_PEER, type CarrierSpec } from "../carrier/structure-fixtures";

const ONLY = { only: ["peer/duplicate-section"] };
const pair = (a: CarrierSpec, b: CarrierSpec, mark?: string) =>
  carrierFile("CA", { ...a, account: SIP_PEER("trunk") }) + carrierFile("CB", { ...b, account: SIP_PEER("trunk"), marks: mark ? { 6: mark } : undefined });

test("carriers on the same server, or one on 0.0.0.0, clash; other servers and inactive carriers do not", () => {
  checkFixture(pair({ server: "10.0.0.5" }, { server: "10.0.0.5" }, ";^^^^^ warning peer/duplicate-section: Carriers CB and CA are both written to server 10.0.0.5"), ONLY);
  checkFixture(pair({ server: "0.0.0.0" }, { server: "10.0.0.5" }, ";^^^^^ warning peer/duplicate-section: server 10.0.0.5"), ONLY);
  checkFixture(pair({ server: "10.0.0.5" }, { server: "10.0.0.6" }), ONLY);
  checkFixture(pair({ server: "10.0.0.5", active: "N" }, { server: "10.0.0.5" }), ONLY);
  checkFixture(pair({ server: "10.0.0.5" }, { server: "10.0.0.5", active: "N" }), ONLY);
});

test("PJSIP objects of carriers on different servers do not clash; an inactive carrier's own duplicate still does", () => {
  const a = carrierFile("PA", { protocol: "PJSIP", server: "10.0.0.1", account: PJSIP_OBJECTS("trunk") });
  checkFixture(a + carrierFile("PB", { protocol: "PJSIP", server: "10.0.0.2", account: PJSIP_OBJECTS("trunk") }), ONLY);
  const clash = ";^^^^^ error peer/duplicate-section: Carriers PB and PA";
  checkFixture(a + carrierFile("PB", { protocol: "PJSIP", server: "0.0.0.0", account: PJSIP_OBJECTS("trunk"), marks: { 6: clash, 9: clash, 13: clash } }), ONLY);
  checkFixture(carrierFile("PC", { protocol: "PJSIP", active: "N", account: `${PJSIP_OBJECTS("x")}\n[x]\ntype=endpoint`, marks: { 17: ";^ error peer/duplicate-section" } }), ONLY);
});

test("a [general] in the account entries of carriers on different servers is not a second [general]", () => {
  const general = "[general]\ncontext=trunkinbound";
  checkFixture(carrierFile("AAA", { server: "10.0.0.1", account: general }) + carrierFile("BBB", { server: "10.0.0.2", account: general }), ONLY);
  checkFixture(carrierFile("AAA", { server: "10.0.0.1", account: general }) + carrierFile("BBB", { server: "0.0.0.0", account: general, marks: { 6: ";^^^^^^^ warning peer/duplicate-section" } }), ONLY);
});

test("chan_sip: a peer twice (not user + peer) overrides, with the first as related location; a second [general] is ignored", () => {
  const service = checkFixture(`
    [general]
    [p]
    type=friend
    [p]
    ;^ warning peer/duplicate-section: [p] is defined again (first at line 2)
    type=peer
    [bob]
    type=user
    [bob]
    type=peer
    [general]
    ;^^^^^^^ warning peer/duplicate-section: chan_sip reads only the first one
    context=x
  `, ONLY);
  const [peer] = [...service.allDiagnostics().values()].flat().filter((f) => f.code === "peer/duplicate-section");
  assert.equal(peer.related?.[0].span.start, "[general]\n[".length, "related: the name of the first [p]");
});

test("PJSIP: the same id and type twice is an error; the same id with other types is the usual layout", () => {
  checkFixture(`
    //- pjsip.conf
    [c]
    type=aor
    [c]
    type=identify
    [c]
    type=endpoint
    [c]
    ;^ error peer/duplicate-section: rejects the whole pjsip.conf for type 'endpoint'
    type=endpoint
  `, ONLY);
});

test("two PJSIP carriers with the same object, and a carrier clashing with the pjsip.conf that includes it", () => {
  checkFixture(`
    //- a.carrier
    carrier_id: A
    protocol: PJSIP
    [[account_entry]]
    [trunk]
    type=endpoint
    context=trunkinbound
    //- b.carrier
    carrier_id: B
    protocol: PJSIP
    [[account_entry]]
    [trunk]
    ;^^^^^ error peer/duplicate-section: also at a.carrier line 4
    type=endpoint
    context=trunkinbound
  `, ONLY);
  checkFixture(`
    //- pjsip.conf
    [trunk]
    type=aor
    contact=sip:x
    #include pjsip-vicidial.conf
    //- a.carrier
    carrier_id: A
    protocol: PJSIP
    [[account_entry]]
    [trunk]
    ;^^^^^ error peer/duplicate-section: also at pjsip.conf line 1
    type=aor
    contact=sip:y
  `, ONLY);
});

test("no fix is offered: which of the two sections is meant is the user's call", () => {
  checkNoFix(`
    [general]
    [p]
    type=friend
    [p]
    type=peer
  `, { code: "peer/duplicate-section" });
});

test("a second [General] in another case is still a second [general]; an edit elsewhere keeps the findings, a rename drops them", () => {
  checkFixture(`
    [general]
    context=a
    [p]
    type=peer
    [GENERAL]
    ;^^^^^^^ warning peer/duplicate-section: chan_sip reads only the first one
    context=b
  `, ONLY);
  const text = "[general]\ncontext=a\n[p]\ntype=peer\nhost=10.0.0.1\n[p]\ntype=peer\n";
  const service = workspaceOf({ "sip.conf": text });
  const codes = () => [...service.allDiagnostics().values()].flat().filter((f) => f.code === "peer/duplicate-section").map((f) => f.span.start);
  assert.deepEqual(codes(), [text.lastIndexOf("[p]") + 1]);
  service.setDocument(WS + "sip.conf", text.replace("10.0.0.1", "10.0.0.11"));
  assert.deepEqual(codes(), [text.lastIndexOf("[p]") + 2], "the finding moved with its line");
  service.setDocument(WS + "sip.conf", text.replace("10.0.0.1", "10.0.0.11").replace(/\[p\]\ntype=peer\n$/, "[q]\ntype=peer\n"));
  assert.deepEqual(codes(), [], "no name repeats any more");
});
