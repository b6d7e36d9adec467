// peer/invalid-value: ToS values as ast_str2tos reads them, in [general] and in PJSIP transports.
import { test } from "node:test";
import { checkFix, checkFixture, checkNoFix } from "../../fixture";

const ONLY = { only: ["peer/invalid-value"] };

test("iax.conf tos=lowdelay (an Asterisk 1.4 word) warns like Asterisk's 'Invalid tos value'; DSCP names and numbers pass", () => {
  checkFixture(`
    //- iax.conf
    [general]
    tos=lowdelay
        ^^^^^^^^ warning peer/invalid-value: Invalid tos value
    cos=3
    [peer]
    type=friend
    host=dynamic
  `, ONLY);
  checkFixture(`
    //- iax.conf
    [general]
    tos=EF
  `, ONLY);
});

test("chan_sip's tos_* keys in [general] are checked too", () => {
  checkFixture(`
    [general]
    tos_sip=cs3
    tos_audio=0xb8
    tos_video=af41
    tos_text=throughput
             ^^^^^^^^^^ warning peer/invalid-value: 'throughput' is not a ToS value
  `, ONLY);
});

test("a bad tos on a PJSIP transport is an error: PJSIP refuses the transport", () => {
  checkFixture(`
    //- pjsip.conf
    [transport-udp]
    type=transport
    protocol=udp
    bind=0.0.0.0
    tos=lowdelay
        ^^^^^^^^ error peer/invalid-value: PJSIP fails to create this object
  `, ONLY);
});

test("chan_sip values say what Asterisk falls back to; a valid nat= and qualify=2000 are fine", () => {
  checkFixture(`
    [general]
    [p]
    type=friend
    qualify=maybe
    ;       ^^^^^ warning peer/invalid-value: Asterisk uses 0 (no pings) instead
    dtmfmode=foo
    ;        ^^^ warning peer/invalid-value: Asterisk uses rfc2833 instead
    insecure=very
    ;        ^^^^ warning peer/invalid-value: 'very' is not a valid word here
    port=70000
    ;    ^^^^^ warning peer/invalid-value: Expected 1–65535
    trustrpid=maybe
    ;         ^^^^^ warning peer/invalid-value: Asterisk reads it as 'no'
    nat=force_rport,comedia
    qualify=2000
  `, ONLY);
});

test("host with a port: chan_sip refuses it; the fix moves the port to port= (a new line, or the existing port=)", () => {
  const before = `
    [general]
    [p]
    type=peer
      host=10.0.0.1:5070
    ;              ^^^^^ warning peer/invalid-value: ("Port disallowed")
    context=trunkinbound
  `;
  checkFixture(before, ONLY);
  checkFix(before, `
    [general]
    [p]
    type=peer
      host=10.0.0.1
      port=5070
    context=trunkinbound
  `, { code: "peer/invalid-value" });
  checkFix(`
    [general]
    [p]
    type=peer
    port=5060
    host=10.0.0.1:5070
  `, `
    [general]
    [p]
    type=peer
    port=5070
    host=10.0.0.1
  `, { code: "peer/invalid-value" });
});

test("a blank after a comma in a chan_sip list makes Asterisk skip the word; the fix closes the list", () => {
  const before = `
    [general]
    [p]
    type=peer
    insecure=port, invite
    ;             ^^^^^^^ warning peer/invalid-value: 'invite' is not applied
  `;
  checkFixture(before, ONLY);
  checkFix(before, `
    [general]
    [p]
    type=peer
    insecure=port,invite
  `, { code: "peer/invalid-value" });
});

test("PJSIP refuses the object for a bad enum or number (error); the fix turns rfc2833 into rfc4733", () => {
  const before = `
    //- pjsip.conf
    [t]
    type=endpoint
    dtmf_mode=rfc2833
    ;         ^^^^^^^ error peer/invalid-value: PJSIP fails to create this object
    direct_media=no
    rtp_timeout=60
    timers=always
    [t]
    type=aor
    qualify_frequency=abc
    ;                 ^^^ error peer/invalid-value: 'abc' is not a number
  `;
  checkFixture(before, ONLY);
  checkFix(before, `
    //- pjsip.conf
    [t]
    type=endpoint
    dtmf_mode=rfc4733
    direct_media=no
    rtp_timeout=60
    timers=always
    [t]
    type=aor
    qualify_frequency=abc
  `, { code: "peer/invalid-value" });
});

test("no port move after a host line that opens a ';--' block comment, unless an own port= takes the port", () => {
  checkNoFix(`
    [general]
    [p]
    type=peer
    host=10.0.0.1:5070 ;-- a note
    --;
  `, { code: "peer/invalid-value" });
  checkFix(`
    [general]
    [p]
    type=peer
    port=5060
    host=10.0.0.1:5070 ;-- a note
    --;
  `, `
    [general]
    [p]
    type=peer
    port=5070
    host=10.0.0.1 ;-- a note
    --;
  `, { code: "peer/invalid-value" });
});
