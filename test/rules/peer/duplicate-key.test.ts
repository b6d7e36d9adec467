// peer/duplicate-key: a single-value key set twice; chan_iax2 users keep every context= (the first is the default).
import { test } from "node:test";
import { checkFixture } from "../../fixture";

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
