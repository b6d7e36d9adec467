// carrier/template-joins-last-section: VICIdial appends the template after the account entry, so it reaches only
// the entry's last section.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkFixture } from "../../fixture";
import { carrierFile, PJSIP_OBJECTS, SIP_PEER, templateFile } from "./structure-fixtures";

const CODE = "carrier/template-joins-last-section";
const ONLY = { only: [CODE] };

test("a SIP entry with two peers and a template is a warning on template_id, pointing at the last section", () => {
  const s1 = carrierFile("S1", { template: "TRUNKT", account: `${SIP_PEER("s1a")}\n${SIP_PEER("s1b")}`, marks: { 5: ";            ^^^^^^ warning carrier/template-joins-last-section: only the last section, [s1b]" } });
  const service = checkFixture(templateFile("TRUNKT", "disallow=all\nallow=ulaw") + s1, ONLY);
  const [finding] = [...service.allDiagnostics().values()].flat().filter((f) => f.code === CODE);
  assert.match(finding.message, /\[s1a\]/);
  const text = service.workspace.document(finding.uri)!.text;
  assert.equal(finding.related?.[0].span.start, text.indexOf("[s1b]") + 1);
});

test("one section, a template with its own header, no template or an unknown template: nothing", () => {
  checkFixture(
    templateFile("TRUNKT", "disallow=all\nallow=ulaw") +
      templateFile("HEADED", "[shared]\ntype=peer") +
      carrierFile("S1", { template: "TRUNKT", account: SIP_PEER("s1") }) +
      carrierFile("S2", { template: "HEADED", account: `${SIP_PEER("s2a")}\n${SIP_PEER("s2b")}` }) +
      carrierFile("S3", { template: "--NONE--", account: `${SIP_PEER("s3a")}\n${SIP_PEER("s3b")}` }) +
      carrierFile("S4", { template: "MISSING", account: `${SIP_PEER("s4a")}\n${SIP_PEER("s4b")}` }),
    ONLY,
  );
});

test("PJSIP template keys that fit the last object are the usual layout; others are an error naming both types", () => {
  const endpointKeys = templateFile("PJT", "disallow=all\nallow=ulaw\ndtmf_mode=rfc4733\ndirect_media=no");
  checkFixture(endpointKeys + carrierFile("P1", { protocol: "PJSIP", template: "PJT", account: PJSIP_OBJECTS("p1") }), ONLY);
  const aorLast = `[p2]\ntype=endpoint\ncontext=trunkinbound\naors=p2\n[p2]\ntype=aor\ncontact=sip:192.0.2.9`;
  for (const part of ["'dtmf_mode' and 'direct_media'", "type=aor", "type=endpoint"]) {
    const p2 = carrierFile("P2", { protocol: "PJSIP", template: "PJT", account: aorLast, marks: { 5: `;            ^^^ error carrier/template-joins-last-section: ${part}` } });
    checkFixture(endpointKeys + p2, ONLY);
  }
});
