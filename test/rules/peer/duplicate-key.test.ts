// peer/duplicate-key: a single-value key set twice; chan_iax2 users keep every context= (the first is the default).
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkFix, checkFixture } from "../../fixture";

test("several context= lines in an IAX2 user each allow a context (P5)", () => {
  checkFixture(`
    //- iax.conf
    [general]
    bindport=4569
    [phreaknet]
    type=user
    context=from-phreaknet
    context=from-phreaknet-operator
    [friend1]
    type=friend
    host=dynamic
    context=a
    context=b
  `, { only: ["peer/duplicate-key"] });
});

test("in an IAX2 peer and in chan_sip, the earlier context= line has no effect", () => {
  checkFixture(`
    //- iax.conf
    [out]
    type=peer
    host=192.0.2.1
    context=a
    ^^^^^^^ warning peer/duplicate-key: Asterisk keeps the last value
    context=b
    //- sip.conf
    [p]
    type=friend
    host=dynamic
    context=a
    ^^^^^^^ warning peer/duplicate-key: Asterisk keeps the last value
    context=b
  `, { only: ["peer/duplicate-key"] });
});

test("a key the conf template sets again says so in plain words", () => {
  checkFixture(`
    //- t.conftemplate
    template_id: TMPL
    [[template_contents]]
    dtmfmode=inband
    //- c.carrier
    carrier_id: C1
    protocol: SIP
    server_ip: 10.0.0.5
    template_id: TMPL
    [[account_entry]]
    [c1]
    type=peer
    host=192.0.2.1
    dtmfmode=rfc2833
    ^^^^^^^^ warning peer/duplicate-key: is set again at t.conftemplate line 3 in the conf template (VICIdial appends
  `, { only: ["peer/duplicate-key"] });
});

test("last one wins: a warning with the later line as related location; the fix removes the dead line; multi-value keys are fine", () => {
  const before = `
    //- pjsip.conf
    [t]
    type=endpoint
    dtmf_mode=rfc4733
    ^^^^^^^^^ warning peer/duplicate-key: 'dtmf_mode' is set again at line 8
    allow=ulaw
    allow=alaw
    set_var=A=1
    set_var=B=2
    dtmf_mode=auto
    [t]
    type=aor
    contact=sip:a
    contact=sip:b
  `;
  const service = checkFixture(before, { only: ["peer/duplicate-key"] });
  const [finding] = [...service.allDiagnostics().values()].flat().filter((f) => f.code === "peer/duplicate-key");
  assert.equal(finding.related?.length, 1);
  checkFix(before, `
    //- pjsip.conf
    [t]
    type=endpoint
    allow=ulaw
    allow=alaw
    set_var=A=1
    set_var=B=2
    dtmf_mode=auto
    [t]
    type=aor
    contact=sip:a
    contact=sip:b
  `, { code: "peer/duplicate-key" });
});

test("the same value twice is information; the secret is never shown; a template override is not a duplicate", () => {
  const service = checkFixture(`
    [general]
    [t](!)
    context=a
    [p](t)
    type=peer
    context=b
    secret=hunter2
    ^^^^^^ warning peer/duplicate-key: 'secret' is set again at line 8
    secret=hunter3
    host=dynamic
    ^^^^ information peer/duplicate-key: set again to the same value at line 10
    host=dynamic
  `, { only: ["peer/duplicate-key"], exhaustive: true });
  for (const f of [...service.allDiagnostics().values()].flat()) assert.ok(!f.message.includes("hunter"), f.message);
});

test("a conf template overriding the carrier's account entry is explained", () => {
  checkFixture(`
    //- a.carrier
    carrier_id: A
    protocol: SIP
    template_id: T1
    [[account_entry]]
    [carrier_a]
    type=peer
    context=from-carrier
    ^^^^^^^ warning peer/duplicate-key: in the conf template
    //- t.conftemplate
    template_id: T1
    [[template_contents]]
    context=trunkinbound
  `, { only: ["peer/duplicate-key"] });
});
