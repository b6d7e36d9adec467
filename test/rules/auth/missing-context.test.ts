// auth/missing-context: VICIdial's [trunkinbound] advice only on a VICIdial server; a [general] context= met through
// an #include, or in a FreePBX-style [general] fragment, counts.
import assert from "node:assert/strict";
import { test } from "node:test";
import { checkFixture } from "../../fixture";
import { fixesFor, workspaceOf } from "../../helpers";

test("on a plain Asterisk server the message does not speak of VICIdial, and no context is guessed", () => {
  const service = checkFixture(`
    [general]
    context=default
    [trunk]
     ^^^^^ warning auth/missing-context: Add context= naming the context
    type=peer
    host=192.0.2.10
    insecure=port,invite
  `, { only: ["auth/missing-context"] });
  const [finding] = service.diagnostics("/ws/sip.conf").filter((f) => f.code === "auth/missing-context");
  assert.doesNotMatch(finding.message, /VICIdial|trunkinbound/);
  assert.deepEqual(fixesFor(service, "auth/missing-context"), []);
});

test("on a VICIdial server (it includes sip-vicidial.conf) the advice is [trunkinbound]", () => {
  checkFixture(`
    [general]
    #include sip-vicidial.conf
    [trunk]
     ^^^^^ warning auth/missing-context: VICIdial's DID handling in [trunkinbound]
    type=peer
    host=192.0.2.10
    insecure=port,invite
  `, { only: ["auth/missing-context"] });
});

test("a [general] context= that sits in an included file counts", () => {
  checkFixture(`
    //- sip.conf
    [general]
    #include sip_general_additional.conf
    #include sip_trunks.conf
    //- sip_general_additional.conf
    context=from-sip-external
    //- sip_trunks.conf
    [trunk]
    type=peer
    host=192.0.2.10
    insecure=port,invite
  `, { only: ["auth/missing-context"] });
});

test("without sip.conf, a FreePBX-style [general] fragment's context= counts, and an unseen [general] is not guessed", () => {
  checkFixture(`
    //- sip_general_additional.conf
    context=from-sip-external
    allowguest=no
    //- sip_trunks.conf
    [trunk]
    type=peer
    host=192.0.2.10
    insecure=port,invite
  `, { only: ["auth/missing-context"] });
  const service = workspaceOf({ "sip_trunks.conf": "[trunk]\ntype=peer\nhost=192.0.2.10\ninsecure=port,invite\n" });
  assert.deepEqual(service.diagnostics("/ws/sip_trunks.conf").filter((f) => f.code === "auth/missing-context"), []);
});
