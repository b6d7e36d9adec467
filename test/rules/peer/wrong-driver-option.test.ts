// peer/wrong-driver-option: a key of another channel driver. chan_sip and chan_iax2 ignore it (warning); PJSIP and a
// prefixed wizard key make PJSIP refuse the object (error). A known rename is offered as a fix.
import { test } from "node:test";
import { checkFix, checkFixture, checkNoFix } from "../../fixture";

const CODE = "peer/wrong-driver-option";
const ONLY = { only: [CODE] };

test("a PJSIP key and a chan_iax2 key in chan_sip, chan_sip keys in PJSIP and in a wizard, with their renames", () => {
  checkFixture(`
    //- sip.conf
    [general]
    [p]
    type=friend
    dtmf_mode=rfc2833
    ^^^^^^^^^ warning peer/wrong-driver-option: chan_sip calls it 'dtmfmode'
    trunk=yes
    ^^^^^ warning peer/wrong-driver-option: 'trunk' is a chan_iax2 option
    //- pjsip.conf
    [t]
    type=endpoint
    dtmfmode=rfc4733
    ^^^^^^^^ error peer/wrong-driver-option: PJSIP calls it 'dtmf_mode'
    host=10.0.0.1
    ^^^^ error peer/wrong-driver-option: a \`contact=sip:host:port\` on the aor
    //- pjsip_wizard.conf
    [w]
    type=wizard
    endpoint/directmedia=no
    ^^^^^^^^^^^^^^^^^^^^ error peer/wrong-driver-option: the wizard fails for this section. Write 'endpoint/direct_media'
  `, ONLY);
});

test("a chan_sip key in iax.conf is a warning: chan_iax2 ignores it", () => {
  checkFixture(`
    //- iax.conf
    [general]
    [i]
    type=friend
    directmedia=no
    ^^^^^^^^^^^ warning peer/wrong-driver-option: not a chan_iax2 one: chan_iax2 ignores it
  `, ONLY);
});

test("each driver's own spelling is quiet", () => {
  checkFixture(`
    //- sip.conf
    [general]
    [p]
    type=friend
    dtmfmode=rfc2833
    directmedia=no
    //- iax.conf
    [general]
    [i]
    type=friend
    trunk=yes
    //- pjsip.conf
    [t]
    type=endpoint
    dtmf_mode=rfc4733
    direct_media=no
    //- pjsip_wizard.conf
    [w]
    type=wizard
    endpoint/direct_media=no
  `, { ...ONLY, exhaustive: true });
});

test("the fix renames the key to the driver's own name, in chan_sip, PJSIP and the wizard", () => {
  checkFix(`
    [general]
    [p]
    type=friend
    dtmf_mode=rfc2833
    trunk=yes
  `, `
    [general]
    [p]
    type=friend
    dtmfmode=rfc2833
    trunk=yes
  `, { code: CODE, title: "Rename to 'dtmfmode'" });
  checkFix(`
    //- pjsip.conf
    [t]
    type=endpoint
    dtmfmode=rfc4733
  `, `
    //- pjsip.conf
    [t]
    type=endpoint
    dtmf_mode=rfc4733
  `, { code: CODE });
  checkFix(`
    //- pjsip_wizard.conf
    [w]
    type=wizard
    endpoint/directmedia=no
  `, `
    //- pjsip_wizard.conf
    [w]
    type=wizard
    endpoint/direct_media=no
  `, { code: CODE });
});

test("no fix where the other driver has no one-key equivalent (host= in PJSIP)", () => {
  checkNoFix(`
    //- pjsip.conf
    [t]
    type=endpoint
    host=10.0.0.1
  `, { code: CODE });
});

test("no rename when the value as written does not suit the driver's own key (chan_sip's rfc2833 is not a PJSIP dtmf_mode)", () => {
  checkNoFix(`
    //- pjsip.conf
    [t]
    type=endpoint
    dtmfmode=rfc2833
  `, { code: CODE });
});
