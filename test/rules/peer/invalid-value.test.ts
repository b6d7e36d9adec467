// peer/invalid-value: ToS values as ast_str2tos reads them, in [general] and in PJSIP transports.
import { test } from "node:test";
import { checkFixture } from "../../fixture";

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
