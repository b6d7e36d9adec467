// Auth rules: registration mixed with IP authentication, register line vs peer disagreements, host=dynamic on carriers
// that do not register, and peers/endpoints/wizards without an inbound context (with its quick fix).
import { test } from "node:test";
import assert from "node:assert/strict";
import { applyFix, assertLines, fixesFor, lint, withCode, workspaceOf } from "../helpers";

const MIXED = "auth/mixed-registration-ip-auth";
const MISMATCH = "auth/register-peer-mismatch";
const DYNAMIC = "auth/dynamic-without-register";
const CONTEXT = "auth/missing-context";

/** A carrier record; `registration_string` is line 6 when given, the account entry starts on the line after `[[account_entry]]`. */
function carrier(fields: Record<string, string>, account: string, protocol = "SIP"): string {
  const head: Record<string, string> = { carrier_id: "TRUNK", protocol, server_ip: "0.0.0.0", active: "Y", template_id: "--NONE--", ...fields };
  return Object.entries(head).map(([k, v]) => `${k}: ${v}`).join("\n") + "\n\n[[account_entry]]\n" + account;
}

function template(id: string, contents: string): string {
  return `template_id: ${id}\ntemplate_name: ${id}\n\n[[template_contents]]\n${contents}`;
}

const REG = (value: string) => ({ registration_string: `register => ${value}` });

/** No message of any finding holds one of these texts. */
function assertNoLeak(findings: { message: string }[], ...secrets: string[]): void {
  for (const f of findings) for (const s of secrets) assert.ok(!f.message.includes(s), `'${s}' leaked: ${f.message}`);
}

// --- auth/mixed-registration-ip-auth ---------------------------------------------------------------------------------

test("mixed: a carrier that registers while its peer has no secret and insecure=invite", () => {
  const account = "[trunk]\ntype=peer\nhost=192.0.2.10\ninsecure=port,invite\ncontext=trunkinbound\n";
  const findings = lint({ "t.carrier": carrier(REG("acme:Sup3rPw@192.0.2.10:5060"), account) });
  assertLines(findings, MIXED, [6]);
  const [f] = withCode(findings, MIXED);
  assert.equal(f.severity, "warning");
  assert.match(f.message, /Carrier TRUNK registers to '192\.0\.2\.10'/);
  assert.match(f.message, /insecure=invite/);
  assert.match(f.message, /401\/403/);
  assert.equal(f.related?.[0].message.includes("[trunk]"), true);
  assertNoLeak(findings, "Sup3rPw");
  // Not reported twice as a mismatch.
  assertLines(findings, MISMATCH, []);
});

test("mixed: not when the peer has a secret (own or from the conf template), nor without registration", () => {
  const withSecret = "[trunk]\ntype=peer\nhost=192.0.2.10\nsecret=Sup3rPw\ninsecure=invite\ncontext=trunkinbound\n";
  assertLines(lint({ "t.carrier": carrier(REG("acme:Sup3rPw@192.0.2.10"), withSecret) }), MIXED, []);
  const ipOnly = "[trunk]\ntype=peer\nhost=192.0.2.10\ninsecure=port,invite\ncontext=trunkinbound\n";
  assertLines(lint({ "t.carrier": carrier({}, ipOnly) }), MIXED, []);
  const files = {
    "t.carrier": carrier({ ...REG("acme:pw1@192.0.2.10"), template_id: "CREDS" }, "[trunk]\ntype=peer\nhost=192.0.2.10\ninsecure=invite\n"),
    "c.conftemplate": template("CREDS", "secret=pw1\ncontext=trunkinbound\n"),
  };
  assertLines(lint(files), MIXED, []);
  // insecure=invite brought in by the template, no secret anywhere: reported.
  const viaTemplate = {
    "t.carrier": carrier({ ...REG("acme:pw1@192.0.2.10"), template_id: "IPAUTH" }, "[trunk]\ntype=peer\nhost=192.0.2.10\n"),
    "i.conftemplate": template("IPAUTH", "insecure=port,invite\ncontext=trunkinbound\n"),
  };
  assertLines(lint(viaTemplate), MIXED, ["t.carrier:6"]);
});

test("mixed: a fixed-IP peer without secret whose registration goes to another address", () => {
  const account = (host: string) => `[trunk]\ntype=peer\nhost=${host}\ncontext=trunkinbound\n`;
  const findings = lint({ "t.carrier": carrier(REG("acme:pw2@192.0.2.99:5060"), account("192.0.2.10")) });
  assertLines(findings, MIXED, [6]);
  const [f] = withCode(findings, MIXED);
  assert.equal(f.span.end - f.span.start, "192.0.2.99".length, "reported on the host part");
  assert.match(f.message, /192\.0\.2\.10/);
  assertNoLeak(findings, "pw2");
  // Same address, or a name we cannot compare with an address: nothing.
  assertLines(lint({ "t.carrier": carrier(REG("acme:pw2@192.0.2.10:5060"), account("192.0.2.10")) }), MIXED, []);
  assertLines(lint({ "t.carrier": carrier(REG("acme:pw2@sip.example.com"), account("192.0.2.10")) }), MIXED, []);
  // chan_iax2 carriers too.
  const iax = lint({ "t.carrier": carrier(REG("acme:pw2@192.0.2.99"), account("192.0.2.10"), "IAX2") });
  assertLines(iax, MIXED, [6]);
});

test("mixed: plain sip.conf pairs a register line by host, by peer name and by the peer? prefix", () => {
  const byHost = "[general]\nregister => acme:pw3@192.0.2.10\n[trunk]\ntype=peer\nhost=192.0.2.10\ninsecure=invite\ncontext=trunkinbound\n";
  assertLines(lint({ "sip.conf": byHost }), MIXED, [2]);
  const byName = "[general]\nregister => acme:pw3@trunk\n[trunk]\ntype=peer\nhost=192.0.2.10\ninsecure=invite\ncontext=trunkinbound\n";
  assertLines(lint({ "sip.conf": byName }), MIXED, [2]);
  const byPrefix = "[general]\nregister => trunk?acme:pw3@192.0.2.99\n[trunk]\ntype=peer\nhost=192.0.2.10\ncontext=trunkinbound\n";
  assertLines(lint({ "sip.conf": byPrefix }), MIXED, [2]);
  // A register line to some other place, and a phone with host=dynamic: nothing belongs together.
  const unrelated = "[general]\nregister => acme:pw3@192.0.2.50\n[trunk]\ntype=peer\nhost=192.0.2.10\ninsecure=invite\ncontext=trunkinbound\n[1000]\ntype=friend\nhost=dynamic\nsecret=x\n";
  assertLines(lint({ "sip.conf": unrelated }), MIXED, []);
  // Two peers at the registrar's address: ambiguous, not paired.
  const two = byHost + "[trunk2]\ntype=peer\nhost=192.0.2.10\ninsecure=invite\ncontext=trunkinbound\n";
  assertLines(lint({ "sip.conf": two }), MIXED, []);
});

// --- auth/register-peer-mismatch -------------------------------------------------------------------------------------

test("mismatch: the register user differs from defaultuser / fromuser, reported on the user part", () => {
  const account = (extra: string) => `[trunk]\ntype=peer\nhost=192.0.2.10\nsecret=pw4\ncontext=trunkinbound\n${extra}`;
  const files = { "t.carrier": carrier(REG("acme:pw4@192.0.2.10"), account("defaultuser=other\nfromuser=third\n")) };
  const findings = lint(files);
  assertLines(findings, MISMATCH, [6]);
  const [f] = withCode(findings, MISMATCH);
  assert.equal(f.severity, "warning");
  assert.equal(files["t.carrier"].slice(f.span.start, f.span.end), "acme");
  assert.match(f.message, /defaultuser=other and fromuser=third/);
  assertNoLeak(findings, "pw4");
  // Matching names, the deprecated username alias, and an auth user that matches defaultuser: fine.
  assertLines(lint({ "t.carrier": carrier(REG("acme:pw4@192.0.2.10"), account("defaultuser=acme\nfromuser=acme\n")) }), MISMATCH, []);
  assertLines(lint({ "t.carrier": carrier(REG("acme:pw4@192.0.2.10"), account("username=acme\n")) }), MISMATCH, []);
  assertLines(lint({ "t.carrier": carrier(REG("1234@example.com:pw4:authname@192.0.2.10"), account("defaultuser=authname\nfromuser=1234\n")) }), MISMATCH, []);
  const iax = lint({ "t.carrier": carrier(REG("acme:pw4@192.0.2.10"), account("username=other\n"), "IAX2") });
  assertLines(iax, MISMATCH, [6]);
  assert.match(withCode(iax, MISMATCH)[0].message, /username=other/);
});

test("mismatch: the register host differs from the host of a peer with credentials", () => {
  const account = (extra = "") => `[trunk]\ntype=peer\nhost=192.0.2.10\nsecret=pw5\ndefaultuser=acme\ncontext=trunkinbound\n${extra}`;
  const files = { "t.carrier": carrier(REG("acme:pw5@192.0.2.11:5060"), account()) };
  const findings = lint(files);
  assertLines(findings, MISMATCH, [6]);
  const [f] = withCode(findings, MISMATCH);
  assert.equal(files["t.carrier"].slice(f.span.start, f.span.end), "192.0.2.11");
  assert.match(f.message, /host=192\.0\.2\.10/);
  assertNoLeak(findings, "pw5");
  assertLines(findings, MIXED, []);
  // fromdomain explains it; a host name against an address cannot be compared; same provider domain.
  assertLines(lint({ "t.carrier": carrier(REG("acme:pw5@192.0.2.11"), account("fromdomain=192.0.2.11\n")) }), MISMATCH, []);
  assertLines(lint({ "t.carrier": carrier(REG("acme:pw5@sip.example.com"), account()) }), MISMATCH, []);
  const sameDomain = account().replace("host=192.0.2.10", "host=proxy.example.com");
  assertLines(lint({ "t.carrier": carrier(REG("acme:pw5@reg.example.com"), sameDomain) }), MISMATCH, []);
  const otherDomain = account().replace("host=192.0.2.10", "host=sip.example.net");
  assertLines(lint({ "t.carrier": carrier(REG("acme:pw5@reg.example.com"), otherDomain) }), MISMATCH, [6]);
});

test("mismatch: only pairs that clearly belong together (name match yes, mere host match no)", () => {
  const peer = "[trunk]\ntype=peer\nhost=192.0.2.10\nsecret=pw6\ndefaultuser=other\ncontext=trunkinbound\n";
  assertLines(lint({ "sip.conf": "[general]\nregister => acme:pw6@trunk\n" + peer }), MISMATCH, [2]);
  assertLines(lint({ "sip.conf": "[general]\nregister => trunk?acme:pw6@192.0.2.10\n" + peer }), MISMATCH, [2]);
  assertLines(lint({ "sip.conf": "[general]\nregister => acme:pw6@192.0.2.10\n" + peer }), MISMATCH, []);
  // A register line in a peer section does not count (register/outside-general reports it).
  assertLines(lint({ "sip.conf": "[general]\n" + peer + "register => acme:pw6@trunk\n" }), MISMATCH, []);
});

test("mismatch: the register password never shows, even when it equals a user name", () => {
  const account = "[trunk]\ntype=peer\nhost=192.0.2.10\nsecret=other\ndefaultuser=other\ncontext=trunkinbound\n";
  const findings = lint({ "t.carrier": carrier(REG("acme:other@192.0.2.10"), account) });
  assertLines(findings, MISMATCH, [6]);
  assert.ok(!/\bother\b/.test(withCode(findings, MISMATCH)[0].message));
});

// --- auth/dynamic-without-register -----------------------------------------------------------------------------------

test("dynamic: a carrier's peer with host=dynamic and no registration string", () => {
  const account = "[trunk]\ntype=friend\nhost=dynamic\nsecret=pw7\ncontext=trunkinbound\n";
  const text = carrier({}, account);
  const findings = lint({ "t.carrier": text });
  assertLines(findings, DYNAMIC, [10]);
  const [f] = withCode(findings, DYNAMIC);
  assert.equal(f.severity, "warning");
  assert.equal(text.slice(f.span.start, f.span.end), "dynamic");
  assert.match(f.message, /no registration string/);
  // VICIdial's stock example registers: fine. A malformed registration string is the register rules' business.
  assertLines(lint({ "t.carrier": carrier(REG("trunk:pw7@192.0.2.10:5060"), account) }), DYNAMIC, []);
  assertLines(lint({ "t.carrier": carrier({ registration_string: "trunk:pw7@192.0.2.10" }, account) }), DYNAMIC, []);
  // A fixed host: fine. type=user takes no calls out: fine.
  assertLines(lint({ "t.carrier": carrier({}, account.replace("dynamic", "192.0.2.10")) }), DYNAMIC, []);
  assertLines(lint({ "t.carrier": carrier({}, account.replace("friend", "user")) }), DYNAMIC, []);
});

test("dynamic: from the conf template (reported on the carrier's header); plain sip.conf phones are left alone", () => {
  const files = {
    "t.carrier": carrier({ template_id: "SIP_generic" }, "[trunk]\nsecret=pw8\n"),
    "g.conftemplate": template("SIP_generic", "type=friend\nhost=dynamic\ncanreinvite=no\ncontext=default\n"),
  };
  const findings = lint(files);
  assertLines(findings, DYNAMIC, ["t.carrier:8"]);
  assert.match(withCode(findings, DYNAMIC)[0].message, /from conf template SIP_generic/);
  const phones = "[general]\ncontext=default\n[1000]\ntype=friend\nhost=dynamic\nsecret=pw8\ncontext=phones\n";
  assertLines(lint({ "sip.conf": phones }), DYNAMIC, []);
  assertLines(lint({ "iax.conf": phones }), DYNAMIC, []);
});

// --- auth/missing-context --------------------------------------------------------------------------------------------

test("missing context: a carrier's peer without context=, with a fix right after the header", () => {
  const text = carrier({}, "[trunk]\ntype=peer\nhost=192.0.2.10\ninsecure=port,invite\n");
  const findings = lint({ "t.carrier": text });
  assertLines(findings, CONTEXT, [8]);
  const [f] = withCode(findings, CONTEXT);
  assert.equal(f.severity, "warning");
  assert.match(f.message, /'default' context/);
  assert.match(f.message, /trunkinbound/);
  const service = workspaceOf({ "t.carrier": text });
  const [fix] = fixesFor(service, CONTEXT);
  assert.equal(fix.title, "Add 'context=trunkinbound'");
  assert.equal(applyFix(service, fix)["t.carrier"], text.replace("[trunk]\n", "[trunk]\ncontext=trunkinbound\n"));
  assertLines(lint(applyFix(service, fix)), CONTEXT, []);
});

test("missing context: the fix keeps CRLF line endings", () => {
  const text = carrier({}, "[trunk]\ntype=peer\nhost=192.0.2.10\n").replace(/\n/g, "\r\n");
  const service = workspaceOf({ "t.carrier": text });
  const [fix] = fixesFor(service, CONTEXT);
  assert.equal(applyFix(service, fix)["t.carrier"], text.replace("[trunk]\r\n", "[trunk]\r\ncontext=trunkinbound\r\n"));
});

test("missing context: a context from the conf template, or from the including sip.conf [general], is enough", () => {
  const files = {
    "t.carrier": carrier({ template_id: "ULAW" }, "[trunk]\ntype=peer\nhost=192.0.2.10\n"),
    "u.conftemplate": template("ULAW", "context=trunkinbound\ndisallow=all\nallow=ulaw\n"),
  };
  assertLines(lint(files), CONTEXT, []);
  const account = carrier({}, "[trunk]\ntype=peer\nhost=192.0.2.10\n");
  const main = (ctx: string) => `[general]\ncontext=${ctx}\n#include sip-vicidial.conf\n`;
  assertLines(lint({ "t.carrier": account, "sip.conf": main("trunkinbound") }), CONTEXT, []);
  const stillDefault = lint({ "t.carrier": account, "sip.conf": main("default") });
  assertLines(stillDefault, CONTEXT, ["t.carrier:8"]);
  assert.match(withCode(stillDefault, CONTEXT)[0].message, /\[general\] context=default applies/);
  // type=user only: not a peer.
  assertLines(lint({ "t.carrier": carrier({}, "[trunk]\ntype=user\nsecret=pw9\n") }), CONTEXT, []);
});

test("missing context: PJSIP carrier endpoints only (not aor/identify/auth), wizard endpoint/context", () => {
  const pjsip = carrier({}, "[pj]\ntype=aor\ncontact=sip:192.0.2.40\n\n[pj]\ntype=identify\nendpoint=pj\nmatch=192.0.2.40\n\n[pj]\ntype=endpoint\naors=pj\n", "PJSIP");
  const findings = lint({ "p.carrier": pjsip });
  assertLines(findings, CONTEXT, [17]);
  const service = workspaceOf({ "p.carrier": pjsip });
  const [fix] = fixesFor(service, CONTEXT);
  assert.equal(applyFix(service, fix)["p.carrier"], pjsip.replace("[pj]\ntype=endpoint\n", "[pj]\ncontext=trunkinbound\ntype=endpoint\n"));
  const wizard = carrier({}, "[wiz]\ntype=wizard\nremote_hosts=198.51.100.50\nendpoint/allow=ulaw\n", "PJSIP_WIZ");
  const wf = lint({ "w.carrier": wizard });
  assertLines(wf, CONTEXT, [8]);
  assert.match(withCode(wf, CONTEXT)[0].message, /endpoint\/context=/);
  const wservice = workspaceOf({ "w.carrier": wizard });
  const [wfix] = fixesFor(wservice, CONTEXT);
  assert.equal(wfix.title, "Add 'endpoint/context=trunkinbound'");
  assert.equal(applyFix(wservice, wfix)["w.carrier"], wizard.replace("[wiz]\n", "[wiz]\nendpoint/context=trunkinbound\n"));
  assertLines(lint({ "w.carrier": wizard.replace("endpoint/allow", "endpoint/context=trunkinbound\nendpoint/allow") }), CONTEXT, []);
});

test("missing context: hand-written files only for clear trunks, and only when [general] sets none other than default", () => {
  const trunk = "[trunk]\ntype=peer\nhost=192.0.2.10\ninsecure=port,invite\n";
  const phone = "[1000]\ntype=friend\nhost=dynamic\nsecret=pwA\n";
  assertLines(lint({ "sip.conf": "[general]\ncontext=default\n" + trunk + phone }), CONTEXT, [3]);
  assertLines(lint({ "sip.conf": "[general]\n" + trunk }), CONTEXT, [2]);
  assertLines(lint({ "sip.conf": "[general]\ncontext=public\n" + trunk }), CONTEXT, []);
  // A fixed host with a registration of its own is a trunk too; one without either is not judged.
  assertLines(lint({ "iax.conf": "[general]\nregister => acme:pwA@trunk\n[trunk]\ntype=friend\nhost=192.0.2.10\nsecret=pwA\n" }), CONTEXT, [3]);
  assertLines(lint({ "sip.conf": "[general]\n[office]\ntype=peer\nhost=192.0.2.10\n" }), CONTEXT, []);
  // The fix in a plain file of a VICIdial server keeps the section's indentation.
  const service = workspaceOf({ "sip.conf": "[general]\n#include sip-vicidial.conf\n[trunk]\n  type=peer\n  host=192.0.2.10\n  insecure=invite\n" });
  const [fix] = fixesFor(service, CONTEXT);
  assert.equal(applyFix(service, fix)["sip.conf"], "[general]\n#include sip-vicidial.conf\n[trunk]\n  context=trunkinbound\n  type=peer\n  host=192.0.2.10\n  insecure=invite\n");
  // PJSIP: an endpoint named by an identify object is a trunk; a lone endpoint (a phone) is not judged.
  const pjsip = "[c]\ntype=identify\nendpoint=c\nmatch=192.0.2.45\n[c]\ntype=endpoint\nallow=ulaw\n[phone]\ntype=endpoint\nallow=ulaw\n";
  assertLines(lint({ "pjsip.conf": pjsip }), CONTEXT, [5]);
  const wizard = "[w]\ntype=wizard\nremote_hosts=192.0.2.50\n[ph]\ntype=wizard\naccepts_registrations=yes\nremote_hosts=192.0.2.51\n";
  assertLines(lint({ "pjsip_wizard.conf": wizard }), CONTEXT, [1]);
});
