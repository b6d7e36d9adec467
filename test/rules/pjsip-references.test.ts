// PJSIP references (peer/unresolved-reference) and identify match items (peer/identify-match).
import { test } from "node:test";
import assert from "node:assert/strict";
import { applyFix, assertLines, fixesFor, lint, withCode, workspaceOf } from "../helpers";

const lines = (...l: string[]) => l.join("\n") + "\n";
const REF = "peer/unresolved-reference";
const MATCH = "peer/identify-match";

const TRANSPORT = ["[transport-udp]", "type=transport", "protocol=udp", "bind=0.0.0.0"];
const TRUNK = [
  "[trunk_auth]", "type=auth", "auth_type=userpass", "username=u", "password=S3cretPw",
  "[trunk]", "type=aor", "contact=sip:192.0.2.1",
  "[trunk]", "type=identify", "endpoint=trunk", "match=192.0.2.1",
  "[trunk]", "type=endpoint", "context=trunkinbound", "aors=trunk", "outbound_auth=trunk_auth", "transport=transport-udp",
];

function carrier(id: string, account: string[]): string {
  return lines(`carrier_id: ${id}`, "protocol: PJSIP", "server_ip: 0.0.0.0", "active: Y", "template_id: --NONE--", "", "[[account_entry]]", ...account);
}

// ---- peer/unresolved-reference ------------------------------------------------------------------------------------

test("unresolved-reference: a complete pjsip.conf gives nothing", () => {
  assertLines(lint({ "pjsip.conf": lines(...TRANSPORT, ...TRUNK) }), REF, []);
});

test("unresolved-reference: each missing name of a list on its own span, with its consequence", () => {
  const text = lines(...TRANSPORT, ...TRUNK.slice(0, 15), "aors=trunk, nowhere,other", "outbound_auth=trunk_auth", "transport=transport-udp");
  const findings = withCode(lint({ "pjsip.conf": text }), REF);
  assert.equal(findings.length, 2);
  assert.deepEqual(findings.map((f) => text.slice(f.span.start, f.span.end)).sort(), ["nowhere", "other"]);
  assert.equal(findings[0].severity, "error");
  assert.match(findings[0].message, /no type=aor object/);
  assert.match(findings[0].message, /skips this name/); // [trunk] still resolves
});

test("unresolved-reference: a name that exists with another type says so; a typo gets 'did you mean' and a fix", () => {
  const files = {
    "pjsip.conf": lines(...TRANSPORT, "[trunk]", "type=identify", "endpoint=trunk", "match=192.0.2.1", "[trunk]", "type=endpoint", "aors=trunk", "outbound_auth=trunk_aut", "transport=transport-udp", "[trunk_auth]", "type=auth", "username=u", "password=S3cretPw"),
  };
  const findings = lint(files);
  assertLines(findings, REF, [11, 12]);
  const [aors, auth] = withCode(findings, REF);
  assert.match(aors.message, /\[trunk\] exists, but only as type=identify\/endpoint/);
  assert.match(aors.message, /Dial\(PJSIP\/\.\.\.@trunk\) fails/);
  assert.match(auth.message, /401\/407/);
  assert.match(auth.message, /Did you mean 'trunk_auth'\?/);
  assert.doesNotMatch(auth.message, /S3cretPw/);
  const service = workspaceOf(files);
  const fixes = fixesFor(service, REF); // first finding: aors=trunk, no close name of type aor
  assert.equal(fixes.length, 0);
  const [fix] = service.quickFixes([withCode(findings, REF)[1]]);
  assert.equal(fix.isPreferred, true);
  const fixed = applyFix(service, fix)["pjsip.conf"];
  assert.equal(fixed, files["pjsip.conf"].replace("outbound_auth=trunk_aut\n", "outbound_auth=trunk_auth\n"));
});

test("unresolved-reference: identify endpoint, transports and a case-only difference", () => {
  const files = {
    "pjsip.conf": lines(...TRANSPORT, ...TRUNK, "[other]", "type=identify", "endpoint=Trunk", "match=192.0.2.9", "[reg]", "type=registration", "transport=transport-tcp", "server_uri=sip:192.0.2.1", "client_uri=sip:u@192.0.2.1"),
  };
  const findings = lint(files);
  assertLines(findings, REF, [25, 29]);
  const [identify, transport] = withCode(findings, REF);
  assert.match(identify.message, /anonymous/);
  assert.match(identify.message, /Did you mean 'trunk'\?/);
  assert.match(transport.message, /never registered/);
  assert.match(transport.message, /Did you mean 'transport-udp'\?/);
  const service = workspaceOf(files);
  assert.match(applyFix(service, fixesFor(service, REF)[0])["pjsip.conf"], /\nendpoint=trunk\nmatch=192\.0\.2\.9\n/);
  // Two letters apart may be another object on purpose: the fix is offered but not preferred.
  const [other] = service.quickFixes([transport]);
  assert.equal(other.isPreferred, false);
  assert.match(applyFix(service, other)["pjsip.conf"], /\ntransport=transport-udp\nserver_uri/);
});

test("unresolved-reference: a (!) template is not an object; two close names give no fix", () => {
  const files = {
    "pjsip.conf": lines(...TRANSPORT, "[tpl](!)", "type=aor", "[ab1]", "type=auth", "[ab2]", "type=auth", "[e]", "type=endpoint", "aors=tpl", "outbound_auth=ab3"),
  };
  const findings = lint(files);
  assertLines(findings, REF, [13, 14]);
  const [aors, auth] = withCode(findings, REF);
  assert.match(aors.message, /only a \(!\) template/);
  assert.match(auth.message, /Did you mean 'ab1' or 'ab2'\?/);
  const service = workspaceOf(files);
  assert.equal(service.quickFixes([withCode(findings, REF)[1]]).length, 0);
});

test("unresolved-reference: inherited references are checked, once, at the template's line", () => {
  const text = lines(...TRANSPORT, "[ep](!)", "type=endpoint", "aors=missing", "[a](ep)", "[b](ep)");
  assertLines(lint({ "pjsip.conf": text }), REF, [7]);
});

test("unresolved-reference: a registration's outbound_auth is left to register/pjsip-outbound-auth", () => {
  const findings = lint({ "pjsip.conf": lines(...TRANSPORT, "[reg]", "type=registration", "outbound_auth=nope", "server_uri=sip:192.0.2.1", "client_uri=sip:u@192.0.2.1") });
  assertLines(findings, REF, []);
  assertLines(findings, "register/pjsip-outbound-auth", [7]);
});

test("unresolved-reference: nothing when a file we cannot see is included", () => {
  assertLines(lint({ "pjsip.conf": lines("#include pjsip_trunks.conf", "[e]", "type=endpoint", "aors=elsewhere") }), REF, []);
  assertLines(lint({ "pjsip.conf": lines("[e]", "type=endpoint", "aors=elsewhere", "#tryinclude custom/*.conf") }), REF, []);
  // pjsip.conf including VICIdial's file, with no carrier records here: the carriers may define it.
  assertLines(lint({ "pjsip.conf": lines("[e]", "type=identify", "endpoint=carrier_x", '#include "pjsip-vicidial.conf"') }), REF, []);
  // The included file is in the workspace: checked.
  assertLines(lint({ "pjsip.conf": lines("#include pjsip_trunks.conf", "[e]", "type=endpoint", "aors=elsewhere"), "pjsip_trunks.conf": lines("[x]", "type=aor") }), REF, ["pjsip.conf:4"]);
});

test("unresolved-reference: carrier objects resolve against the main pjsip.conf that includes them", () => {
  const main = lines(...TRANSPORT, '#include "pjsip-vicidial.conf"');
  const account = ["[c1]", "type=aor", "contact=sip:198.51.100.1", "[c1]", "type=endpoint", "aors=c1", "transport=transport-udp", "outbound_auth=c1_auth"];
  const findings = lint({ "pjsip.conf": main, "c1.carrier": carrier("C1", account) });
  assertLines(findings, REF, ["c1.carrier:15"]);
  assert.match(withCode(findings, REF)[0].message, /no type=auth object/);
  // A transport that the main file lacks is reported when the main file is here.
  const typo = account.map((l) => l.replace("transport-udp", "transport-upd"));
  const withTypo = lint({ "pjsip.conf": main, "c1.carrier": carrier("C1", typo) });
  assertLines(withTypo, REF, ["c1.carrier:14", "c1.carrier:15"]);
});

test("unresolved-reference: a carrier alone is checked, but its transports are not (they live in pjsip.conf)", () => {
  const account = ["[c1]", "type=identify", "endpoint=c2", "match=198.51.100.1", "[c1]", "type=endpoint", "aors=c1", "transport=transport-udp"];
  const findings = lint({ "c1.carrier": carrier("C1", account) });
  assertLines(findings, REF, ["c1.carrier:10", "c1.carrier:14"]);
  assert.match(withCode(findings, REF)[0].message, /endpoint names 'c2'/);
  // Objects of another carrier count: VICIdial writes both into pjsip-vicidial.conf.
  const other = carrier("C2", ["[c2]", "type=endpoint", "aors=c1", "[c1]", "type=aor", "contact=sip:198.51.100.1"]);
  assertLines(lint({ "c1.carrier": carrier("C1", account), "c2.carrier": other }), REF, []);
});

test("unresolved-reference: objects a wizard creates count; wizard units are not checked", () => {
  const files = {
    "pjsip.conf": lines(...TRANSPORT, "[e]", "type=endpoint", "aors=w1", "outbound_auth=w1-oauth"),
    "pjsip_wizard.conf": lines("[w1]", "type=wizard", "sends_auth=yes", "remote_hosts=192.0.2.5", "transport=no-such-transport", "outbound_auth/username=u"),
  };
  assertLines(lint(files), REF, []);
});

// ---- peer/identify-match ------------------------------------------------------------------------------------------

test("identify-match: addresses, networks, host names and ports are fine", () => {
  const findings = lint({
    "pjsip.conf": lines(
      "[trunk]", "type=identify", "endpoint=trunk",
      "match=192.0.2.1, 198.51.100.0/24,203.0.113.0/255.255.255.0",
      "match=sip.carrier.example, sip2.carrier.example:5060, 192.0.2.7:5080",
      "match=2001:db8::1,2001:db8::/32,[2001:db8::2]:5060",
      "[trunk]", "type=endpoint", "aors=trunk", "[trunk]", "type=aor",
    ),
  });
  assertLines(findings, MATCH, []);
});

test("identify-match: bad octets, prefixes, URIs and blanks are errors on the item (PJSIP does not create the identify)", () => {
  const text = lines(
    "[t]", "type=identify", "endpoint=t",
    "match=192.0.2.256",
    "match=192.0.2",
    "match=10.0.0.0/33,2001:db8::/129",
    "match=sip:192.0.2.1",
    "match=192.0.2.1 192.0.2.2",
    "match=10.0.0.0/255.255.0",
    "match=192.0.2.1:70000",
    "[t]", "type=endpoint", "aors=t", "[t]", "type=aor",
  );
  const findings = lint({ "pjsip.conf": text });
  assertLines(findings, MATCH, [4, 5, 6, 6, 7, 8, 9, 10]);
  const found = withCode(findings, MATCH);
  assert.ok(found.every((f) => f.severity === "error"));
  assert.deepEqual(found.map((f) => text.slice(f.span.start, f.span.end)), ["192.0.2.256", "192.0.2", "10.0.0.0/33", "2001:db8::/129", "sip:192.0.2.1", "192.0.2.1 192.0.2.2", "10.0.0.0/255.255.0", "192.0.2.1:70000"]);
  assert.match(found[0].message, /0-255/);
  assert.match(found[2].message, /32 bits/);
  assert.match(found[3].message, /128 bits/);
  assert.match(found[4].message, /URI/);
  assert.match(found[5].message, /blank inside/);
});

test("identify-match: only identify objects; match elsewhere is not this rule's", () => {
  const findings = lint({ "pjsip.conf": lines("[a]", "type=aor", "contact=sip:192.0.2.1", "match=999.9.9.9", "[id](!)", "type=identify", "match=999.1.1.1", "[x](id)", "endpoint=a") });
  assertLines(findings, MATCH, [7]);
});

test("identify-match: a stray comma is reported once and the fix removes only it", () => {
  const files = { "pjsip.conf": lines("[t]", "type=identify", "endpoint=t", "match=192.0.2.1,", "match=192.0.2.2,,192.0.2.3", "[t]", "type=endpoint", "aors=t", "[t]", "type=aor") };
  const findings = lint(files);
  assertLines(findings, MATCH, [4, 5]);
  assert.match(withCode(findings, MATCH)[0].message, /stray comma/);
  const service = workspaceOf(files);
  assert.equal(applyFix(service, fixesFor(service, MATCH)[0])["pjsip.conf"], files["pjsip.conf"].replace("match=192.0.2.1,\n", "match=192.0.2.1\n"));
  const second = withCode(findings, MATCH)[1];
  assert.equal(applyFix(service, service.quickFixes([second])[0])["pjsip.conf"], files["pjsip.conf"].replace(",,", ","));
});
