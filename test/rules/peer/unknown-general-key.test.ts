// peer/unknown-general-key: [general] keys of sip.conf / iax.conf checked against the keys chan_sip and chan_iax2
// read there (P2 of asterisk-behaviour-2.md); everything else is dropped by Asterisk without a word.
import { test } from "node:test";
import { checkFix, checkFixture, checkNoFix } from "../../fixture";

const ONLY = { only: ["peer/unknown-general-key"] };

test("a stray backtick, a misspelling, VICIdial's limitonpeer and an unknown key in chan_sip's [general] warn", () => {
  checkFixture(`
    [general]
    context=trunkinbound
    limitonpeer = yes
    ^^^^^^^^^^^ warning peer/unknown-general-key: It resembles 'limitonpeers', an Asterisk 1.4 option
    tos_text=af41
    \`tos_text=af41
    ^^^^^^^^^ warning peer/unknown-general-key: the stray '\`' makes it another name
    alowguest=no
    ^^^^^^^^^ warning peer/unknown-general-key: Did you mean 'allowguest'
    foo=bar
    ^^^ warning peer/unknown-general-key: checked against the [general] keys of Asterisk 18
    [carrier]
    type=peer
    host=192.0.2.1
  `, ONLY);
});

test("the stray-character and typo fixes change only the key", () => {
  checkFix(`
    [general]
    \`tos_text=af41
  `, `
    [general]
    tos_text=af41
  `, { ...ONLY, code: "peer/unknown-general-key" });
  checkFix(`
    [general]
    alowguest=no
  `, `
    [general]
    allowguest=no
  `, { ...ONLY, code: "peer/unknown-general-key" });
});

test("peer defaults chan_sip reads in [general] (handle_common_options, jb*, dtls*, tls*, t38) stay quiet", () => {
  checkFixture(`
    [general]
    udpbindaddr=0.0.0.0:5060
    nat=force_rport,comedia
    insecure=port,invite
    canreinvite=no
    dtmfmode=rfc2833
    sendrpid=pai
    qualify=yes
    language=en
    defaultexpirey=120
    jbenable=yes
    jbimpl=fixed
    t38pt_udptl=yes,fec
    dtlsenable=no
    sslcert=/etc/asterisk/keys/asterisk.pem
    tcpenable=no
    disallow=all
    allow=ulaw
    register => user:secret@192.0.2.1
  `, { ...ONLY, exhaustive: true });
});

test("peer-only options, another driver's options, retired keys and chan_dahdi leftovers in [general]", () => {
  checkFixture(`
    [general]
    secret=x
    ^^^^^^ warning peer/unknown-general-key: is a peer option that chan_sip does not read in [general]
    transfer=no
    ^^^^^^^^ warning peer/unknown-general-key: is a chan_iax2 option
    limitonpeers=yes
    ^^^^^^^^^^^^ information peer/unknown-general-key: Asterisk 1.4 option
    callevents=yes
    ^^^^^^^^^^ information peer/unknown-general-key: The line can be removed
    threewaycalling=yes
    ^^^^^^^^^^^^^^^ information peer/unknown-general-key: chan_dahdi
    tlsverifyclient=yes
    ^^^^^^^^^^^^^^^ warning peer/unknown-general-key: Ignoring unsupported option
  `, { ...ONLY, exhaustive: true });
  checkFix(`
    [general]
    callevents=yes
    context=x
  `, `
    [general]
    context=x
  `, { ...ONLY, code: "peer/unknown-general-key" });
});

test("chan_iax2's [general] has its own 57 keys", () => {
  checkFixture(`
    //- iax.conf
    [general]
    bindport=4569
    bandwidth=low
    autokill=yes
    jitterbuffer=no
    calltokenoptional=0.0.0.0/0.0.0.0
    maxcallnumbers_nonvalidated=2048
    requirecalltoken=no
    ^^^^^^^^^^^^^^^^ warning peer/unknown-general-key: peer option that chan_iax2 does not read in [general]
    mailboxdetail=yes
    ^^^^^^^^^^^^^ information peer/unknown-general-key: older chan_iax2 releases
    relaxdtmf=yes
    ^^^^^^^^^ warning peer/unknown-general-key: Unknown [general] key 'relaxdtmf': chan_iax2 ignores it
    [peer]
    type=friend
    host=dynamic
    requirecalltoken=no
  `, { ...ONLY, exhaustive: true });
});

test("a FreePBX [general] fragment alone is read as [general]; other fragments and peers are left to the peer rules", () => {
  checkFixture(`
    //- sip_general_custom.conf
    nat=yes
    localnet=192.168.0.0/255.255.0.0
    limitonpeer=yes
    ^^^^^^^^^^^ warning peer/unknown-general-key: Unknown [general] key 'limitonpeer'
    //- sip_custom.conf
    limitonpeer=yes
  `, ONLY);
});

test("with chan_sip gone (Asterisk 22) sip.conf [general] is not checked; iax.conf still is", () => {
  checkFixture(`
    //- sip.conf
    [general]
    foo=bar
    //- iax.conf
    [general]
    foo=bar
    ^^^ warning peer/unknown-general-key: checked against the [general] keys of Asterisk 22
  `, { ...ONLY, settings: { asteriskVersion: 22 } });
});

test("a misspelt disallow=all in [general] is renamed only when a usable allow= follows it", () => {
  checkNoFix(`
    [general]
    disalw=all
    allow=a
  `, { code: "peer/unknown-general-key" });
  checkFix(`
    [general]
    disalw=all
    allow=ulaw
  `, `
    [general]
    disallow=all
    allow=ulaw
  `, { code: "peer/unknown-general-key" });
});

test("a misspelt 'register' is renamed only when the line is a register line Asterisk accepts", () => {
  checkNoFix(`
    [general]
    egistr=
  `, { code: "peer/unknown-general-key" });
  checkFix(`
    [general]
    regster => user:pw@sip.example.com
  `, `
    [general]
    register => user:pw@sip.example.com
  `, { code: "peer/unknown-general-key" });
});

test("no rename to 'register' in a second [general], where chan_sip does not read register lines", () => {
  checkNoFix(`
    [general]
    [general]
    regster => user:pw@sip.example.com
  `, { code: "peer/unknown-general-key" });
});

test("below a header without its ']' Asterisk rejects the file: the lines there are not checked as [general] keys", () => {
  checkFixture(`
    [general]
    foo=bar
    ^^^ warning peer/unknown-general-key: checked against the [general] keys of Asterisk 18
    [carrier
    qux=1
    host=192.0.2.1
  `, { ...ONLY, exhaustive: true });
});
