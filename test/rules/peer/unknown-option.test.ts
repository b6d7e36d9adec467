// peer/unknown-option: keys a driver does not know, per object type, with "did you mean" and a fix.
import { test } from "node:test";
import { checkFix, checkFixture } from "../../fixture";

test("a typo in a chan_sip peer is a warning with 'did you mean' and a fix", () => {
  const before = `
    [general]
    bindport=5060
    [peer1]
    type=friend
    secert=abc
    ^^^^^^ warning peer/unknown-option: Did you mean 'secret'
    host=dynamic
  `;
  checkFixture(before, { only: ["peer/unknown-option"] });
  checkFix(before, `
    [general]
    bindport=5060
    [peer1]
    type=friend
    secret=abc
    host=dynamic
  `, { code: "peer/unknown-option" });
});

test("a key of another PJSIP object type is an error that names the type it belongs to", () => {
  checkFixture(`
    //- pjsip.conf
    [t]
    type=endpoint
    contact=sip:10.0.0.1
    ^^^^^^^ error peer/unknown-option: type=aor
    dtmf_mod=rfc4733
    ^^^^^^^^ error peer/unknown-option: Did you mean 'dtmf_mode'
    context=trunkinbound
  `, { only: ["peer/unknown-option"] });
});

test("PJSIP's [global] and [system] objects are checked like any other object; their own options stay quiet", () => {
  checkFixture(`
    //- pjsip.conf
    [global]
    type=global
    default_outbound_endpoint=default_outbound_endpoint
    endpoint_identifier_order=ip,username
    user_agnet=VICIdial
    ^^^^^^^^^^ error peer/unknown-option: Did you mean 'user_agent'
    [system]
    type=system
    timer_t1=500
    limitonpeer=yes
    ^^^^^^^^^^^ error peer/unknown-option: Unknown system option 'limitonpeer'
  `, { only: ["peer/unknown-option"] });
});
