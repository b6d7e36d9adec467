// peer/unresolved-reference: PJSIP's [global] default_outbound_endpoint set to its own default is no defect.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkFix, checkFixture, checkNoFix, dedent } from "../../fixture";
import type { LanguageService } from "../../../server/src/service/language-service";

const CODE = "peer/unresolved-reference";
const ONLY = { only: [CODE] };

/** The findings of this rule, in file order. */
const found = (service: LanguageService) => [...service.allDiagnostics().values()].flat().filter((f) => f.code === CODE);

// A transport and a complete trunk (auth, aor, identify, endpoint), as lines of a fixture.
const TRANSPORT = `
    [transport-udp]
    type=transport
    protocol=udp
    bind=0.0.0.0`;
const TRUNK_HEAD = `
    [trunk_auth]
    type=auth
    auth_type=userpass
    username=u
    password=S3cretPw
    [trunk]
    type=aor
    contact=sip:192.0.2.1
    [trunk]
    type=identify
    endpoint=trunk
    match=192.0.2.1
    [trunk]
    type=endpoint
    context=trunkinbound`;
const TRUNK = `${TRUNK_HEAD}
    aors=trunk
    outbound_auth=trunk_auth
    transport=transport-udp`;
const carrierHead = (id: string) => `
    carrier_id: ${id}
    protocol: PJSIP
    server_ip: 0.0.0.0
    active: Y
    template_id: --NONE--

    [[account_entry]]`;

test("default_outbound_endpoint = default_outbound_endpoint (Asterisk's default, which VICIdial writes) is quiet", () => {
  checkFixture(`
    //- pjsip.conf
    [global]
    type=global
    default_outbound_endpoint = default_outbound_endpoint
    [carrier]
    type=endpoint
    context=trunkinbound
  `, { ...ONLY, exhaustive: true });
});

test("another default_outbound_endpoint that names nothing is a warning: only requests to bare URIs use it", () => {
  checkFixture(`
    //- pjsip.conf
    [global]
    type=global
    default_outbound_endpoint=carier
                              ^^^^^^ warning peer/unresolved-reference: Did you mean 'carrier'
    [carrier]
    type=endpoint
    context=trunkinbound
    aors=nosuch
         ^^^^^^ error peer/unresolved-reference: no type=aor object
  `, ONLY);
});

test("a complete pjsip.conf gives nothing", () => {
  checkFixture(`
    //- pjsip.conf${TRANSPORT}${TRUNK}
  `, { ...ONLY, exhaustive: true });
});

test("each missing name of a list on its own span, an error with its consequence ([trunk] still resolves)", () => {
  checkFixture(`
    //- pjsip.conf${TRANSPORT}${TRUNK_HEAD}
    aors=trunk, nowhere,other
    ;           ^^^^^^^ error peer/unresolved-reference: no type=aor object of that name: Asterisk skips this name
    ;                   ^^^^^ error peer/unresolved-reference: aors names 'other'
    outbound_auth=trunk_auth
    transport=transport-udp
  `, ONLY);
});

test("a name that exists with another type says so; a typo gets 'did you mean' and a preferred fix; the secret is not shown", () => {
  const before = `
    //- pjsip.conf${TRANSPORT}
    [trunk]
    type=identify
    endpoint=trunk
    match=192.0.2.1
    [trunk]
    type=endpoint
    aors=trunk
    ;    ^^^^^ error peer/unresolved-reference: [trunk] exists, but only as type=identify/endpoint): endpoint [trunk] has no address: Asterisk does not know where to send calls, so Dial(PJSIP/...@trunk) fails
    outbound_auth=trunk_aut
    ;             ^^^^^^^^^ error peer/unresolved-reference: with a 401/407 challenge, Asterisk has no credentials to answer it and the call fails. Did you mean 'trunk_auth'?
    transport=transport-udp
    [trunk_auth]
    type=auth
    username=u
    password=S3cretPw
  `;
  const service = checkFixture(before, ONLY);
  const [aors, auth] = found(service);
  assert.doesNotMatch(auth.message, /S3cretPw/);
  assert.equal(service.quickFixes([aors]).length, 0, "no aor of a close name: no fix");
  assert.equal(service.quickFixes([auth])[0]?.isPreferred, true);
  checkNoFix(before, { code: CODE });
  checkFix(before.replace(/\n\s*aors=trunk\n[^\n]*\n/, "\n"), before.replace(/\n\s*aors=trunk\n[^\n]*\n/, "\n").replace("outbound_auth=trunk_aut\n", "outbound_auth=trunk_auth\n"), { code: CODE });
});

test("identify endpoint and a registration's transport; a case-only difference is fixed, two letters apart is not preferred", () => {
  const before = `
    //- pjsip.conf${TRANSPORT}${TRUNK}
    [other]
    type=identify
    endpoint=Trunk
    ;        ^^^^^ error peer/unresolved-reference: are treated as anonymous (normally rejected). Did you mean 'trunk'?
    match=192.0.2.9
    [reg]
    type=registration
    transport=transport-tcp
    ;         ^^^^^^^^^^^^^ error peer/unresolved-reference: so the account is never registered. Did you mean 'transport-udp'?
    server_uri=sip:192.0.2.1
    client_uri=sip:u@192.0.2.1
  `;
  const service = checkFixture(before, ONLY);
  const [identify, transport] = found(service);
  assert.equal(service.quickFixes([identify])[0]?.isPreferred, true);
  // Two letters apart may be another object on purpose: the fix is offered but not preferred.
  assert.equal(service.quickFixes([transport])[0]?.isPreferred, false);
  checkFix(before, before.replace("endpoint=Trunk\n", "endpoint=trunk\n"), { code: CODE });
  const transportOnly = before.replace("endpoint=Trunk\n", "endpoint=trunk\n");
  checkFix(transportOnly, transportOnly.replace("transport=transport-tcp\n", "transport=transport-udp\n"), { code: CODE });
});

test("a (!) template is not an object; two equally close names give no fix", () => {
  const before = `
    //- pjsip.conf${TRANSPORT}
    [tpl](!)
    type=aor
    [ab1]
    type=auth
    [ab2]
    type=auth
    [e]
    type=endpoint
    aors=tpl
    ;    ^^^ error peer/unresolved-reference: [tpl] is only a (!) template
    outbound_auth=ab3
    ;             ^^^ error peer/unresolved-reference: Did you mean 'ab1' or 'ab2'?
  `;
  const service = checkFixture(before, ONLY);
  assert.deepEqual(found(service).map((f) => service.quickFixes([f]).length), [0, 0]);
});

test("inherited references are checked, once, at the template's line", () => {
  checkFixture(`
    //- pjsip.conf${TRANSPORT}
    [ep](!)
    type=endpoint
    aors=missing
    ;    ^^^^^^^ error peer/unresolved-reference: aors names 'missing'
    [a](ep)
    [b](ep)
  `, ONLY);
});

test("a registration's outbound_auth is left to register/pjsip-outbound-auth", () => {
  checkFixture(`
    //- pjsip.conf${TRANSPORT}
    [reg]
    type=registration
    outbound_auth=nope
    ;             ^^^^ error register/pjsip-outbound-auth: No type=auth object named 'nope'
    server_uri=sip:192.0.2.1
    client_uri=sip:u@192.0.2.1
  `, { only: [CODE, "register/pjsip-outbound-auth"], exhaustive: true });
});

test("only a note when an #include we cannot see may define the name; an error when the included file is here", () => {
  checkFixture(`
    //- pjsip.conf
    #include pjsip_trunks.conf
    [e]
    type=endpoint
    aors=elsewhere
    ;    ^^^^^^^^^ information peer/unresolved-reference: none of the files checked defines a type=aor object of that name; 1 #include of this configuration is not among the files checked
  `, { ...ONLY, exhaustive: true });
  checkFixture(`
    //- pjsip.conf
    [e]
    type=endpoint
    aors=elsewhere
    ;    ^^^^^^^^^ information peer/unresolved-reference: may define it
    #tryinclude custom/*.conf
  `, { ...ONLY, exhaustive: true });
  // pjsip.conf including VICIdial's file, with no carrier records here: the carriers may define it.
  checkFixture(`
    //- pjsip.conf
    [e]
    type=identify
    endpoint=carrier_x
    #include "pjsip-vicidial.conf"
  `, { ...ONLY, exhaustive: true });
  checkFixture(`
    //- pjsip.conf
    #include pjsip_trunks.conf
    [e]
    type=endpoint
    aors=elsewhere
    ;    ^^^^^^^^^ error peer/unresolved-reference: no type=aor object of that name
    //- pjsip_trunks.conf
    [x]
    type=aor
  `, { ...ONLY, exhaustive: true });
});

test("carrier objects resolve against the main pjsip.conf that includes them, transports included", () => {
  const fixture = (transport: string, transportMark = "") => `
    //- pjsip.conf${TRANSPORT}
    #include "pjsip-vicidial.conf"
    //- c1.carrier${carrierHead("C1")}
    [c1]
    type=aor
    contact=sip:198.51.100.1
    [c1]
    type=endpoint
    aors=c1
    transport=${transport}${transportMark}
    outbound_auth=c1_auth
    ;             ^^^^^^^ error peer/unresolved-reference: no type=auth object
  `;
  checkFixture(fixture("transport-udp"), { ...ONLY, exhaustive: true });
  // A transport that the main file lacks is reported when the main file is here.
  checkFixture(fixture("transport-upd", "\n    ;         ^^^^^^^^^^^^^ error peer/unresolved-reference: Did you mean 'transport-udp'?"), { ...ONLY, exhaustive: true });
});

test("a carrier alone is checked, but not its transports (they live in pjsip.conf); another carrier's objects count", () => {
  const c1 = `
    //- c1.carrier${carrierHead("C1")}
    [c1]
    type=identify
    endpoint=c2
    ;        ^^ error peer/unresolved-reference: endpoint names 'c2'
    match=198.51.100.1
    [c1]
    type=endpoint
    aors=c1
    ;    ^^ error peer/unresolved-reference: no type=aor object of that name
    transport=transport-udp
  `;
  checkFixture(c1, { ...ONLY, exhaustive: true });
  // Objects of another carrier count: VICIdial writes both into pjsip-vicidial.conf.
  const withoutMarks = dedent(c1).split("\n").filter((l) => !l.startsWith(";")).join("\n");
  checkFixture(withoutMarks + dedent(`
    //- c2.carrier${carrierHead("C2")}
    [c2]
    type=endpoint
    aors=c1
    [c1]
    type=aor
    contact=sip:198.51.100.1
  `), { ...ONLY, exhaustive: true });
});

test("objects a wizard creates count; wizard units are not checked", () => {
  checkFixture(`
    //- pjsip.conf${TRANSPORT}
    [e]
    type=endpoint
    aors=w1
    outbound_auth=w1-oauth
    //- pjsip_wizard.conf
    [w1]
    type=wizard
    sends_auth=yes
    remote_hosts=192.0.2.5
    transport=no-such-transport
    outbound_auth/username=u
  `, { ...ONLY, exhaustive: true });
});

test("no rename to a name the list cannot hold as written (a ',' splits it, a BOM is trimmed away)", () => {
  checkNoFix(`
    //- pjsip.conf
    [ep]
    type=endpoint
    aors=tru_from_teams
    [tr,_from_teams]
    type=aor
  `, { code: "peer/unresolved-reference" });
  checkNoFix(`
    //- pjsip.conf
    [ep]
    type=endpoint
    aors=Phone
    [kPhone\uFEFF]
    type=aor
  `, { code: "peer/unresolved-reference" });
});
