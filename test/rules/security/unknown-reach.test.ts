// security/unknown-reach: a way in that needs no password leading to contexts the workspace does not show.
import { test } from "node:test";
import { checkFixture } from "../../fixture";
import assert from "node:assert/strict";
import { LanguageService } from "../../../server/src/service/language-service";
import { securityAudit } from "../../../server/src/service/model/security-audit";

const only = { only: ["security/unknown-reach"], exhaustive: true };

test("guests allowed and no extensions.conf in sight: information, not a guess", () => {
  checkFixture(`
    //- sip.conf
    [general]
    context=public
    ^^^^^^^^^^^^^^ information security/unknown-reach: not defined in the workspace
    [carrier-a]
    type=peer
    host=192.0.2.10
    context=trunkinbound
  `, only);
});

test("a main extensions.conf decides: a guest context it does not define reaches nothing", () => {
  checkFixture(`
    //- sip.conf
    [general]
    context=public
    //- extensions.conf
    [trunkinbound]
    exten => _X.,1,Hangup()
  `, only);
});

test("guests refused: nothing to report even without a dialplan", () => {
  checkFixture(`
    //- sip.conf
    [general]
    context=public
    allowguest=no
  `, only);
});

test("a secretless phone (password= is ignored) whose context dials a peer no file defines: information naming it", () => {
  checkFixture(`
    //- sip.conf
    [general]
    allowguest=no
    [201]
    ;^^^ information security/unknown-reach: [trunk] is not defined in the workspace
    type=friend
    host=dynamic
    password=Xq7vLr2pWm9sTz4k
    context=from-internal
    //- extensions.conf
    [from-internal]
    exten => 201,1,Dial(SIP/201)
    exten => _[0-9].,1,Dial(SIP/+\${EXTEN}@trunk)
  `, only);
});

test("a sip.conf over the size limit is not judged as an empty one: no guest-call finding, the audit says it is unknown", () => {
  const service = new LanguageService();
  service.setOversizeDocument("/ws/sip.conf", 9_000_000);
  service.setDocument("/ws/extensions.conf", "[general]\n[globals]\n[default]\nexten => _X.,1,Dial(SIP/trunk/${EXTEN})\n");
  const security = [...service.allDiagnostics().values()].flat().filter((f) => f.code.startsWith("security/"));
  assert.deepEqual(security.map((f) => f.code), []);
  assert.ok(securityAudit(service.workspace).unknowns.some((u) => /over the size limit/.test(u.message)));
});
