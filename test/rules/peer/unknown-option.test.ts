// peer/unknown-option: keys a driver does not know, per object type, with "did you mean" and a fix.
import { test } from "node:test";
import { checkFix, checkFixture, checkNoFix } from "../../fixture";

const ONLY = { only: ["peer/unknown-option"] };

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
    @custom=1
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

test("known options, other drivers' [general] keys and non-peer sections are left alone", () => {
  checkFixture(`
    //- sip.conf
    [general]
    bindport=5061
    websocket_enabled=false
    [p](!)
    type=friend
    register => x@y
    allow=ulaw
    disallow=all
    dtmfmode=rfc2833
    qualify=yes
    insecure=port,invite
    //- iax.conf
    [general]
    bandwidth=high
    [callnumberlimits]
    10.0.0.0/255.0.0.0 = 20
    [i]
    type=friend
    trunk=yes
    auth=md5
    //- extensions.conf
    [globals]
    FOO=bar
    [default]
    exten => 1,1,NoOp()
  `, { ...ONLY, exhaustive: true });
});

test("a [general]-only key and a realtime-only key in a chan_sip peer say why they are ignored", () => {
  checkFixture(`
    [general]
    [peer1]
    type=peer
    externip=1.2.3.4
    ^^^^^^^^ warning peer/unknown-option: only works in [general]
    ipaddr=1.2.3.4
    ^^^^^^ warning peer/unknown-option: only read from a realtime database
  `, ONLY);
});

test("a PJSIP template without type is checked against every object type", () => {
  checkFixture(`
    //- pjsip.conf
    [tmpl](!)
    context=trunkinbound
    contact=sip:x
    bogus_key=1
    ^^^^^^^^^ error peer/unknown-option: Unknown PJSIP option 'bogus_key'
    [t](tmpl)
    type=endpoint
  `, ONLY);
});

test("wizard keys need their prefix (warning, with a fix); a prefixed key of the wrong object is an error", () => {
  const before = `
    //- pjsip_wizard.conf
    [w]
    type=wizard
    context=trunkinbound
    ^^^^^^^ warning peer/unknown-option: Did you mean 'endpoint/context'
    endpoint/contact=sip:x
    ^^^^^^^^^^^^^^^^ error peer/unknown-option: Did you mean 'aor/contact'
    endpoint/context=trunkinbound
    aor/qualify_frequency=30
    phoneprov/MAC=001122334455
    remote_hosts=10.0.0.1
  `;
  checkFixture(before, ONLY);
  checkFix(before, `
    //- pjsip_wizard.conf
    [w]
    type=wizard
    endpoint/context=trunkinbound
    endpoint/contact=sip:x
    endpoint/context=trunkinbound
    aor/qualify_frequency=30
    phoneprov/MAC=001122334455
    remote_hosts=10.0.0.1
  `, { code: "peer/unknown-option" });
});

test("sip_notify.conf is not a peer file", () => {
  checkFixture(`
    //- sip_notify.conf
    [reboot]
    Event=>check-sync
    Content-Length=>0
  `, { ...ONLY, exhaustive: true });
});

const PEER_CODES = [
  "peer/unknown-option", "peer/unknown-general-key", "peer/wrong-driver-option", "peer/deprecated", "peer/invalid-value",
  "peer/missing-type", "peer/unknown-type", "peer/duplicate-key", "peer/duplicate-section", "peer/header-space",
  "peer/nat-differs", "peer/unresolved-reference", "peer/identify-match",
];

test("VICIdial's seeded example carriers: only the known quirks (username, dtmf_mode twice, usecallerid) are reported", () => {
  // usecallerid is a chan_dahdi option VICIdial's seed data still carries: harmless, reported as information.
  checkFixture(`
    //- old.carrier
    carrier_id: OLD_SIPEXAMPLE
    protocol: SIP
    registration_string: register => testcarrier:test@10.10.10.15:5060
    [[account_entry]]
    [testcarrier]
    disallow=all
    allow=ulaw
    type=friend
    username=testcarrier
    ^^^^^^^^ information peer/deprecated: Use 'defaultuser' instead
    secret=test
    host=dynamic
    dtmfmode=rfc2833
    context=trunkinbound
    //- sip.carrier
    carrier_id: SIPExample
    protocol: SIP
    [[account_entry]]
    [ExampleSIP]
    type=peer
    context=trunkinbound
    usecallerid=yes
    ^^^^^^^^^^^ information peer/unknown-option: chan_dahdi
    trustrpid=no
    sendrpid=yes
    host=10.10.10.15
    qualify=yes
    insecure=port,invite
    disallow=all
    allow=ulaw
    dtmfmode=auto
    //- pj.carrier
    carrier_id: PJSIPExample
    protocol: PJSIP
    [[account_entry]]
    [ExamplePJSIP]
    type=aor
    contact=sip:10.10.10.15
    qualify_frequency=15
    max_contacts=1
    maximum_expiration=3600
    minimum_expiration=60
    default_expiration=120

    [ExamplePJSIP]
    type=identify
    endpoint=ExamplePJSIP
    match=10.10.10.15

    [ExamplePJSIP]
    type=endpoint
    context=trunkinbound
    dtmf_mode=rfc4733
    ^^^^^^^^^ warning peer/duplicate-key: set again at line 36
    disallow=all
    allow=ulaw
    rtp_symmetric=yes
    rewrite_contact=yes
    rtp_timeout=60
    use_ptime=yes
    moh_suggest=default
    direct_media=no
    trust_id_inbound=yes
    send_rpid=yes
    inband_progress=no
    tos_audio=ef
    language=en
    aors=ExamplePJSIP
    dtmf_mode=auto
    //- wiz.carrier
    carrier_id: PJSIPWIZExample
    protocol: PJSIP_WIZ
    [[account_entry]]
    [ExamplePJSIPWIZ]
    type=wizard
    remote_hosts=10.10.10.15:5060
    sends_registrations=no
    accepts_registrations=no
    sends_auth=no
    accepts_auth=no
    aor/qualify_frequency=15
    endpoint/context=trunkinbound
    endpoint/dtmf_mode=rfc4733
    endpoint/disallow=all
    endpoint/allow=ulaw
    endpoint/rtp_symmetric=yes
    endpoint/direct_media=no
  `, { only: PEER_CODES, exhaustive: true });
});

test("a typo is not renamed to a realtime-only key, which a conf file cannot use either", () => {
  // 'ame' is one letter from 'name', but chan_sip reads 'name' only from a realtime table.
  checkFixture(`
    [general]
    [peer1]
    type=peer
    ame=x
    ^^^ warning peer/unknown-option: Unknown option 'ame': chan_sip ignores it without a word.
  `, ONLY);
  checkNoFix(`
    [general]
    [peer1]
    type=peer
    ame=x
  `, { ...ONLY, code: "peer/unknown-option" });
});

test("no rename when the value does not suit the corrected key: an empty dtmf_mode= is refused too", () => {
  const empty = `
    //- pjsip.conf
    [trunk]
    type=endpoint
    dtmf_mo=
    ^^^^^^^ error peer/unknown-option: Did you mean 'dtmf_mode'?
  `;
  checkFixture(empty, ONLY);
  checkNoFix(empty, { ...ONLY, code: "peer/unknown-option" });
  checkFix(`
    //- pjsip.conf
    [trunk]
    type=endpoint
    dtmf_mo=rfc4733
  `, `
    [trunk]
    type=endpoint
    dtmf_mode=rfc4733
  `, { ...ONLY, code: "peer/unknown-option" });
});

test("a misspelt disallow=all is renamed only when an allow= with a codec follows it (else the peer has no codec)", () => {
  // Asterisk ignores 'disalw=all' today, so the peer keeps its default codecs; the rename alone would leave none.
  checkNoFix(`
    [general]
    [peer1]
    type=peer
    disalw=all
  `, { ...ONLY, code: "peer/unknown-option" });
  checkNoFix(`
    [general]
    [peer1]
    type=peer
    disalw=all
    allow=a
  `, { ...ONLY, code: "peer/unknown-option" });
  checkNoFix(`
    //- c.carrier
    carrier_id: TRUNK
    protocol: SIP
    server_ip: 0.0.0.0
    [[account_entry]]
    [trunk]
    type=peer
    disalw=all
  `, { ...ONLY, code: "peer/unknown-option" });
  checkFix(`
    //- c.carrier
    carrier_id: TRUNK
    protocol: SIP
    server_ip: 0.0.0.0
    [[account_entry]]
    [trunk]
    type=peer
    disalw=all
    allow=ulaw
  `, `
    carrier_id: TRUNK
    protocol: SIP
    server_ip: 0.0.0.0
    [[account_entry]]
    [trunk]
    type=peer
    disallow=all
    allow=ulaw
  `, { ...ONLY, code: "peer/unknown-option" });
});

test("a misspelt disallow=all in a template is not renamed when a peer using the template would be left with no codec", () => {
  checkNoFix(`
    [general]
    [tmpl](!)
    disalw=all
    [peer1](tmpl)
    type=peer
  `, { ...ONLY, code: "peer/unknown-option" });
});

test("a misspelt 'type' is renamed only when its value is a type the driver knows", () => {
  checkNoFix(`
    [general]
    [peer1]
    tye=
    host=10.0.0.1
  `, { ...ONLY, code: "peer/unknown-option" });
  checkFix(`
    [general]
    [peer1]
    tye=peer
    host=10.0.0.1
  `, `
    [general]
    [peer1]
    type=peer
    host=10.0.0.1
  `, { ...ONLY, code: "peer/unknown-option" });
});

test("a misspelt 'type' is not renamed to type=registration when the section lacks the URIs PJSIP needs", () => {
  checkNoFix(`
    //- pjsip.conf
    [reg]
    tpe=registration
  `, { ...ONLY, code: "peer/unknown-option" });
});

test("a registration's misspelt endpoint= is renamed only beside line=yes (PJSIP refuses an endpoint without it)", () => {
  checkNoFix(`
    //- pjsip.conf
    [reg]
    type=registration
    server_uri=sip:192.0.2.1
    client_uri=sip:u@192.0.2.1
    dpoint=trunk
  `, { ...ONLY, code: "peer/unknown-option" });
  checkFix(`
    //- pjsip.conf
    [reg]
    type=registration
    server_uri=sip:192.0.2.1
    client_uri=sip:u@192.0.2.1
    line=yes
    endpint=trunk
  `, `
    [reg]
    type=registration
    server_uri=sip:192.0.2.1
    client_uri=sip:u@192.0.2.1
    line=yes
    endpoint=trunk
  `, { ...ONLY, code: "peer/unknown-option" });
});
