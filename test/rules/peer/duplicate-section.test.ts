// peer/duplicate-section: the same section twice where Asterisk loads both; carriers collide only when both are
// active and can land on the same server.
import { test } from "node:test";
import { checkFixture } from "../../fixture";
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
