// carrier/protocol-mismatch: the account entry holds another driver's objects than the carrier's protocol writes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkFix, checkFixture, checkNoFix } from "../../fixture";
import { carrierFile, PJSIP_OBJECTS, SIP_PEER, type CarrierSpec } from "./structure-fixtures";

const CODE = "carrier/protocol-mismatch";
const ONLY = { only: [CODE] };

test("a SIP carrier holding PJSIP objects is an error; the fix sets PJSIP", () => {
  checkFixture(carrierFile("M1", { account: PJSIP_OBJECTS("m1"), marks: { 2: ";         ^^^ error carrier/protocol-mismatch: sip-vicidial.conf" } }), ONLY);
  const before = carrierFile("M1", { account: PJSIP_OBJECTS("m1") });
  const after = before.replace("protocol: SIP\n", "protocol: PJSIP\n");
  checkFix(before, after, { code: CODE });
  checkFixture(after, ONLY);
});

test("wizard under IAX2, chan_sip peer under PJSIP, PJSIP objects under PJSIP_WIZ, IAX2 peer under SIP", () => {
  const cases: [CarrierSpec, string][] = [
    [{ protocol: "IAX2", account: "[w1]\ntype=wizard\nremote_hosts=192.0.2.5\nendpoint/context=trunkinbound" }, "PJSIP_WIZ"],
    [{ protocol: "PJSIP", account: "[w1]\ntype=friend\nhost=192.0.2.5\nsecret=hunter2\ndtmfmode=rfc2833\ninsecure=invite" }, "SIP"],
    [{ protocol: "PJSIP_WIZ", account: PJSIP_OBJECTS("w1") }, "PJSIP"],
    [{ protocol: "SIP", account: "[w1]\ntype=friend\nhost=192.0.2.5\ntrunk=yes\nrequirecalltoken=no" }, "IAX2"],
  ];
  for (const [spec, expected] of cases) {
    const mark = ";         " + "^".repeat(spec.protocol!.length) + " error carrier/protocol-mismatch";
    const service = checkFixture(carrierFile("W1", { ...spec, marks: { 2: mark } }), ONLY);
    const messages = [...service.allDiagnostics().values()].flat().map((f) => f.message).join("\n");
    assert.ok(!messages.includes("hunter2"));
    const before = carrierFile("W1", spec);
    checkFix(before, before.replace(`protocol: ${spec.protocol}\n`, `protocol: ${expected}\n`), { code: CODE });
  }
});

test("no fix when SIP and IAX2 cannot be told apart; matching entries and single stray keys are fine", () => {
  const vague: CarrierSpec = { protocol: "PJSIP", account: "[v1]\ntype=friend\nhost=192.0.2.5\nsecret=x" };
  checkFixture(carrierFile("V1", { ...vague, marks: { 2: ";         ^^^^^ error carrier/protocol-mismatch: chan_sip or chan_iax2 peer" } }), ONLY);
  checkNoFix(carrierFile("V1", vague), { code: CODE });
  checkFixture(
    carrierFile("OK1", { account: SIP_PEER("ok1") }) +
      carrierFile("OK2", { protocol: "PJSIP", account: PJSIP_OBJECTS("ok2") }) +
      carrierFile("OK3", { protocol: "PJSIP_WIZ", account: "[ok3]\ntype=wizard\nremote_hosts=192.0.2.5\nendpoint/context=trunkinbound" }) +
      carrierFile("OK4", { protocol: "IAX2", account: "[ok4]\ntype=friend\nhost=192.0.2.5\nsecret=x\ncontext=trunkinbound\ntrunk=yes" }) +
      // One chan_iax2 key in a SIP peer is a stray line (peer/wrong-driver-option), not an IAX2 carrier.
      carrierFile("OK5", { account: "[ok5]\ntype=peer\nhost=192.0.2.5\ntrunk=yes" }) +
      carrierFile("OK6", { protocol: "EXTERNAL", account: PJSIP_OBJECTS("ok6") }),
    ONLY,
  );
});
