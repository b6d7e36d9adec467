// carrier/account-entry-no-section: an account entry without its own [section] joins whatever VICIdial wrote before it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkFix, checkFixture, checkNoFix } from "../../fixture";
import { carrierFile, SIP_PEER } from "./structure-fixtures";

const CODE = "carrier/account-entry-no-section";
const ONLY = { only: [CODE, "syntax/option-before-section"] };

test("the first SIP carrier's lines land in [general]; a later one's in the previous carrier's last section", () => {
  const service = checkFixture(
    carrierFile("A1", { server: "10.0.0.1", account: SIP_PEER("a1") }) +
      carrierFile("B1", { server: "10.0.0.1", account: "type=peer\nsecret=hunter2\nhost=192.0.2.2", marks: { 6: "^^^^ error carrier/account-entry-no-section: [a1], the last section of carrier A1" } }) +
      carrierFile("Z0", { server: "10.0.0.9", account: "host=192.0.2.3", marks: { 6: "^^^^ error carrier/account-entry-no-section: sip.conf's [general]" } }),
    ONLY,
  );
  const findings = [...service.allDiagnostics().values()].flat().filter((f) => f.code === CODE);
  assert.ok(findings.some((f) => f.message.includes("'type'")));
  assert.ok(!JSON.stringify(findings).includes("hunter2"));
});

test("headers after blank lines are fine; inactive and other-server carriers are not written before it; PJSIP too", () => {
  checkFixture(carrierFile("A1", { account: `\n\n${SIP_PEER("a1")}` }), ONLY);
  // A1 is inactive and AA sits on another server: neither is written before B1, so B1's lines go to [general].
  checkFixture(
    carrierFile("A1", { active: "N", account: SIP_PEER("a1") }) +
      carrierFile("AA", { server: "10.0.0.1", account: SIP_PEER("aa") }) +
      carrierFile("B1", { server: "10.0.0.2", account: "host=192.0.2.2", marks: { 6: "^^^^ error carrier/account-entry-no-section: [general]" } }) +
      carrierFile("P1", { protocol: "PJSIP", account: "type=endpoint\ncontext=trunkinbound", marks: { 6: "^^^^ error carrier/account-entry-no-section: pjsip-vicidial.conf" } }),
    ONLY,
  );
});

test("a header without its ']' is the syntax rule's finding only; Zap carriers are never written", () => {
  const service = checkFixture(carrierFile("U1", { account: "[u1\ntype=peer" }), { only: [CODE] });
  assert.ok([...service.allDiagnostics().values()].flat().some((f) => f.code.startsWith("syntax/")));
  checkFixture(carrierFile("X1", { protocol: "Zap", account: "host=192.0.2.2" }), { only: [CODE] });
});

test("the fix starts the entry with [carrier_id]; no fix for an unusable id, a one-line field or a name clash", () => {
  const before = carrierFile("B1", { account: "type=peer\nhost=192.0.2.2" });
  const after = before.replace("[[account_entry]]\n", "[[account_entry]]\n[B1]\n");
  checkFix(before, after, { code: CODE, title: "Start the account entry with [B1]" });
  checkFixture(after, { only: [CODE] });
  checkNoFix(carrierFile("B", { account: "host=192.0.2.2" }), { code: CODE });
  checkNoFix("//- C1.carrier\ncarrier_id: C1\nprotocol: SIP\nserver_ip: 0.0.0.0\naccount_entry: host=192.0.2.2\n", { code: CODE });
  // A later section already named like the carrier: a second [C2] peer would clash.
  checkNoFix(carrierFile("C2", { account: "host=192.0.2.2\n[C2]\ntype=peer" }), { code: CODE });
});
