// auth/mixed-registration-ip-auth: a trunk that registers with a login while its peer looks set up for IP
// authentication (no secret and insecure=invite, or a fixed IP while the registration goes elsewhere).
import assert from "node:assert/strict";
import { test } from "node:test";
import { checkFixture, checkNoFix } from "../../fixture";
import { findingsOf, withCode } from "../../helpers";
import type { LanguageService } from "../../../server/src/service/language-service";

const MIXED = "auth/mixed-registration-ip-auth";
const MISMATCH = "auth/register-peer-mismatch";
const ONLY = { only: [MIXED] };

/** No message of any finding holds one of these texts. */
function assertNoLeak(service: LanguageService, ...secrets: string[]): void {
  for (const f of findingsOf(service)) for (const s of secrets) assert.ok(!f.message.includes(s), `'${s}' leaked: ${f.message}`);
}

test("a carrier that registers while its peer has no secret and insecure=invite", () => {
  const service = checkFixture(`
    //- t.carrier
    carrier_id: TRUNK
    protocol: SIP
    server_ip: 0.0.0.0
    active: Y
    template_id: --NONE--
    registration_string: register => acme:Sup3rPw@192.0.2.10:5060
    ;                                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning auth/mixed-registration-ip-auth: Carrier TRUNK registers to '192.0.2.10'

    [[account_entry]]
    [trunk]
    type=peer
    host=192.0.2.10
    insecure=port,invite
    context=trunkinbound
  `, { only: [MIXED, MISMATCH] });
  const [f] = withCode(findingsOf(service), MIXED);
  assert.match(f.message, /insecure=invite/);
  assert.match(f.message, /401\/403/);
  assert.equal(f.related?.[0].message.includes("[trunk]"), true);
  assertNoLeak(service, "Sup3rPw");
});

test("not when the peer has a secret, nor without a registration", () => {
  checkFixture(`
    //- a.carrier
    carrier_id: TRUNK
    protocol: SIP
    server_ip: 0.0.0.0
    active: Y
    template_id: --NONE--
    registration_string: register => acme:Sup3rPw@192.0.2.10
    [[account_entry]]
    [trunk]
    type=peer
    host=192.0.2.10
    secret=Sup3rPw
    insecure=invite
    context=trunkinbound
    //- b.carrier
    carrier_id: TRUNK2
    protocol: SIP
    server_ip: 0.0.0.0
    active: Y
    template_id: --NONE--
    [[account_entry]]
    [trunk2]
    type=peer
    host=192.0.2.10
    insecure=port,invite
    context=trunkinbound
  `, ONLY);
});

test("a secret from the conf template counts; insecure=invite from the template with no secret anywhere is reported", () => {
  checkFixture(`
    //- t.carrier
    carrier_id: TRUNK
    protocol: SIP
    server_ip: 0.0.0.0
    active: Y
    template_id: CREDS
    registration_string: register => acme:pw1@192.0.2.10
    [[account_entry]]
    [trunk]
    type=peer
    host=192.0.2.10
    insecure=invite
    //- c.conftemplate
    template_id: CREDS
    template_name: CREDS
    [[template_contents]]
    secret=pw1
    context=trunkinbound
  `, ONLY);
  checkFixture(`
    //- t.carrier
    carrier_id: TRUNK
    protocol: SIP
    server_ip: 0.0.0.0
    active: Y
    template_id: IPAUTH
    registration_string: register => acme:pw1@192.0.2.10
    ;                                ^^^^^^^^^^^^^^^^^^^ warning auth/mixed-registration-ip-auth: insecure=invite
    [[account_entry]]
    [trunk]
    type=peer
    host=192.0.2.10
    //- i.conftemplate
    template_id: IPAUTH
    template_name: IPAUTH
    [[template_contents]]
    insecure=port,invite
    context=trunkinbound
  `, ONLY);
});

test("a fixed-IP peer without secret whose registration goes to another address (chan_sip and chan_iax2)", () => {
  for (const protocol of ["SIP", "IAX2"]) {
    const service = checkFixture(`
      //- t.carrier
      carrier_id: TRUNK
      protocol: ${protocol}
      server_ip: 0.0.0.0
      active: Y
      template_id: --NONE--
      registration_string: register => acme:pw2@192.0.2.99:5060
      ;                                         ^^^^^^^^^^ warning auth/mixed-registration-ip-auth: fixed address 192.0.2.10
      [[account_entry]]
      [trunk]
      type=peer
      host=192.0.2.10
      context=trunkinbound
    `, ONLY);
    assertNoLeak(service, "pw2");
  }
});

test("same address, or a host name that cannot be compared with an address: nothing", () => {
  for (const target of ["192.0.2.10:5060", "sip.example.com"]) {
    checkFixture(`
      //- t.carrier
      carrier_id: TRUNK
      protocol: SIP
      server_ip: 0.0.0.0
      active: Y
      template_id: --NONE--
      registration_string: register => acme:pw2@${target}
      [[account_entry]]
      [trunk]
      type=peer
      host=192.0.2.10
      context=trunkinbound
    `, ONLY);
  }
});

test("plain sip.conf pairs a register line by host, by peer name and by the peer? prefix", () => {
  checkFixture(`
    [general]
    register => acme:pw3@192.0.2.10
    ;           ^^^^^^^^^^^^^^^^^^^ warning auth/mixed-registration-ip-auth: insecure=invite
    [trunk]
    type=peer
    host=192.0.2.10
    insecure=invite
    context=trunkinbound
  `, ONLY);
  checkFixture(`
    [general]
    register => acme:pw3@trunk
    ;           ^^^^^^^^^^^^^^ warning auth/mixed-registration-ip-auth: insecure=invite
    [trunk]
    type=peer
    host=192.0.2.10
    insecure=invite
    context=trunkinbound
  `, ONLY);
  checkFixture(`
    [general]
    register => trunk?acme:pw3@192.0.2.99
    ;                          ^^^^^^^^^^ warning auth/mixed-registration-ip-auth: fixed address 192.0.2.10
    [trunk]
    type=peer
    host=192.0.2.10
    context=trunkinbound
  `, ONLY);
});

test("plain sip.conf: a register line elsewhere, a dynamic phone, or two peers at the registrar's address are not paired", () => {
  checkFixture(`
    [general]
    register => acme:pw3@192.0.2.50
    [trunk]
    type=peer
    host=192.0.2.10
    insecure=invite
    context=trunkinbound
    [1000]
    type=friend
    host=dynamic
    secret=x
  `, ONLY);
  checkFixture(`
    [general]
    register => acme:pw3@192.0.2.10
    [trunk]
    type=peer
    host=192.0.2.10
    insecure=invite
    context=trunkinbound
    [trunk2]
    type=peer
    host=192.0.2.10
    insecure=invite
    context=trunkinbound
  `, ONLY);
});

test("the rule offers no fix: which method the provider wants is not in the config", () => {
  checkNoFix(`
    [general]
    register => acme:pw3@192.0.2.10
    [trunk]
    type=peer
    host=192.0.2.10
    insecure=invite
    context=trunkinbound
  `, { code: MIXED });
});

test("after edits, a peer's credentials are read again where they changed: in the peer, and in the template it inherits", async () => {
  const { workspaceOf, WS } = await import("../../helpers");
  const text = [
    "[general]",
    "register => acme:Pw1@192.0.2.10/100",
    "[tmpl](!)",
    "secret=FromTmpl",
    "[acme](tmpl)",
    "type=peer",
    "host=192.0.2.10",
    "insecure=invite",
    "[other]",
    "type=peer",
    "host=192.0.2.99",
    "",
  ].join("\n");
  const service = workspaceOf({ "sip.conf": text });
  const mixed = () => service.diagnostics(WS + "sip.conf").filter((f) => f.code === MIXED).length;
  assert.equal(mixed(), 0, "the secret comes from the template");
  // The template loses its secret: the peer now has none (its own section is untouched).
  service.setDocument(WS + "sip.conf", text.replace("secret=FromTmpl", "context=x"));
  assert.equal(mixed(), 1);
  // A secret of its own, then an edit elsewhere in the unit: still none to report.
  const own = text.replace("secret=FromTmpl", "context=x").replace("type=peer\nhost=192.0.2.10", "type=peer\nsecret=Own\nhost=192.0.2.10");
  service.setDocument(WS + "sip.conf", own);
  assert.equal(mixed(), 0);
  service.setDocument(WS + "sip.conf", own.replace("host=192.0.2.99", "host=192.0.2.98"));
  assert.equal(mixed(), 0);
  service.setDocument(WS + "sip.conf", text.replace("secret=FromTmpl", "context=x"));
  assert.equal(mixed(), 1);
});
