// auth/register-peer-mismatch: a register line whose user or host disagrees with the peer it clearly belongs to.
import assert from "node:assert/strict";
import { test } from "node:test";
import { checkFixture, checkNoFix } from "../../fixture";
import { findingsOf, withCode } from "../../helpers";
import type { LanguageService } from "../../../server/src/service/language-service";

const MIXED = "auth/mixed-registration-ip-auth";
const MISMATCH = "auth/register-peer-mismatch";
const ONLY = { only: [MISMATCH] };

/** No message of any finding holds one of these texts. */
function assertNoLeak(service: LanguageService, ...secrets: string[]): void {
  for (const f of findingsOf(service)) for (const s of secrets) assert.ok(!f.message.includes(s), `'${s}' leaked: ${f.message}`);
}

/** A chan_sip (or chan_iax2) carrier registering with `registration`, its peer at 192.0.2.10 with `extra` lines. */
function carrier(registration: string, extra: string, protocol = "SIP", note = ""): string {
  return [
    "//- t.carrier",
    "carrier_id: TRUNK",
    `protocol: ${protocol}`,
    "server_ip: 0.0.0.0",
    "active: Y",
    "template_id: --NONE--",
    `registration_string: register => ${registration}`,
    ...(note ? [note] : []),
    "[[account_entry]]",
    "[trunk]",
    "type=peer",
    "host=192.0.2.10",
    "context=trunkinbound",
    ...extra.split("\n").filter((l) => l !== ""),
  ].join("\n") + "\n";
}

test("the register user differs from defaultuser and fromuser: reported on the user part", () => {
  const service = checkFixture(`
    //- t.carrier
    carrier_id: TRUNK
    protocol: SIP
    server_ip: 0.0.0.0
    active: Y
    template_id: --NONE--
    registration_string: register => acme:pw4@192.0.2.10
    ;                                ^^^^ warning auth/register-peer-mismatch: defaultuser=other and fromuser=third
    [[account_entry]]
    [trunk]
    type=peer
    host=192.0.2.10
    secret=pw4
    context=trunkinbound
    defaultuser=other
    fromuser=third
  `, ONLY);
  assertNoLeak(service, "pw4");
});

test("matching names, the deprecated username alias, and an auth user matching defaultuser are fine", () => {
  checkFixture(carrier("acme:pw4@192.0.2.10", "secret=pw4\ndefaultuser=acme\nfromuser=acme"), ONLY);
  checkFixture(carrier("acme:pw4@192.0.2.10", "secret=pw4\nusername=acme"), ONLY);
  checkFixture(carrier("1234@example.com:pw4:authname@192.0.2.10", "secret=pw4\ndefaultuser=authname\nfromuser=1234"), ONLY);
});

test("chan_iax2: the register user differs from username=", () => {
  checkFixture(
    carrier("acme:pw4@192.0.2.10", "secret=pw4\nusername=other", "IAX2", ";                                ^^^^ warning auth/register-peer-mismatch: username=other"),
    ONLY,
  );
});

test("the register host differs from the host of a peer with credentials: reported on the host part", () => {
  const service = checkFixture(`
    //- t.carrier
    carrier_id: TRUNK
    protocol: SIP
    server_ip: 0.0.0.0
    active: Y
    template_id: --NONE--
    registration_string: register => acme:pw5@192.0.2.11:5060
    ;                                         ^^^^^^^^^^ warning auth/register-peer-mismatch: host=192.0.2.10
    [[account_entry]]
    [trunk]
    type=peer
    host=192.0.2.10
    secret=pw5
    defaultuser=acme
    context=trunkinbound
  `, { only: [MISMATCH, MIXED] });
  assertNoLeak(service, "pw5");
});

test("fromdomain explains a different host; a host name cannot be compared with an address; same provider domain", () => {
  checkFixture(carrier("acme:pw5@192.0.2.11", "secret=pw5\ndefaultuser=acme\nfromdomain=192.0.2.11"), ONLY);
  checkFixture(carrier("acme:pw5@sip.example.com", "secret=pw5\ndefaultuser=acme"), ONLY);
  const named = (host: string, note = "") =>
    carrier("acme:pw5@reg.example.com", "secret=pw5\ndefaultuser=acme", "SIP", note).replace("host=192.0.2.10", `host=${host}`);
  checkFixture(named("proxy.example.com"), ONLY);
  checkFixture(named("sip.example.net", ";                                         ^^^^^^^^^^^^^^^ warning auth/register-peer-mismatch: host=sip.example.net"), ONLY);
});

test("plain sip.conf: only pairs that clearly belong together (peer name or peer? prefix yes, mere host no)", () => {
  checkFixture(`
    [general]
    register => acme:pw6@trunk
    ;           ^^^^ warning auth/register-peer-mismatch: defaultuser=other
    [trunk]
    type=peer
    host=192.0.2.10
    secret=pw6
    defaultuser=other
    context=trunkinbound
  `, ONLY);
  checkFixture(`
    [general]
    register => trunk?acme:pw6@192.0.2.10
    ;                 ^^^^ warning auth/register-peer-mismatch: defaultuser=other
    [trunk]
    type=peer
    host=192.0.2.10
    secret=pw6
    defaultuser=other
    context=trunkinbound
  `, ONLY);
  checkFixture(`
    [general]
    register => acme:pw6@192.0.2.10
    [trunk]
    type=peer
    host=192.0.2.10
    secret=pw6
    defaultuser=other
    context=trunkinbound
  `, ONLY);
  // A register line in a peer section does not count (register/outside-general reports it).
  checkFixture(`
    [general]
    [trunk]
    type=peer
    host=192.0.2.10
    secret=pw6
    defaultuser=other
    context=trunkinbound
    register => acme:pw6@trunk
  `, ONLY);
});

test("the register password never shows, even when it equals a user name", () => {
  const service = checkFixture(`
    //- t.carrier
    carrier_id: TRUNK
    protocol: SIP
    server_ip: 0.0.0.0
    active: Y
    template_id: --NONE--
    registration_string: register => acme:other@192.0.2.10
    ;                                ^^^^ warning auth/register-peer-mismatch: as user 'acme'
    [[account_entry]]
    [trunk]
    type=peer
    host=192.0.2.10
    secret=other
    defaultuser=other
    context=trunkinbound
  `, ONLY);
  assert.ok(!/\bother\b/.test(withCode(findingsOf(service), MISMATCH)[0].message));
});

test("the rule offers no fix: which side is right is not in the config", () => {
  checkNoFix(carrier("acme:pw4@192.0.2.10", "secret=pw4\ndefaultuser=other"), { code: MISMATCH });
});
