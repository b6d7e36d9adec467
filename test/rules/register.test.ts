// Register rules: chan_sip / chan_iax2 register lines, carrier registration strings, PJSIP registration objects,
// their quick fixes, the hover, and that no password ever shows up in a message or a hover.
import { test } from "node:test";
import assert from "node:assert/strict";
import { applyFix, assertLines, cursor, findingsOf, fixesFor, lint, withCode, workspaceOf } from "../helpers";

const sipConf = (...lines: string[]) => ({ "sip.conf": "[general]\n" + lines.join("\n") + "\n" });
const iaxConf = (...lines: string[]) => ({ "iax.conf": "[general]\n" + lines.join("\n") + "\n" });

function carrier(fields: Record<string, string>, account = "[trunk]\ntype=peer\nhost=192.0.2.1\n"): string {
  const head = { carrier_id: "TRUNK", protocol: "SIP", server_ip: "0.0.0.0", active: "Y", ...fields };
  return Object.entries(head).map(([k, v]) => `${k}: ${v}`).join("\n") + "\n\n[[account_entry]]\n" + account;
}

test("missing host: no '@', nothing after it, an empty value, an empty host", () => {
  const findings = lint(sipConf("register => user:pass", "register =>", "register => user:pass@", "register => user:pass@:5060", "register => user:pass@192.0.2.1"));
  assertLines(findings, "register/missing-host", [2, 3, 4, 5]);
  assert.ok(withCode(findings, "register/missing-host").every((f) => f.severity === "error"));
  const iax = lint(iaxConf("register => user:secret", "register => user@", "register => user:secret@192.0.2.1"));
  assertLines(iax, "register/missing-host", [2, 3]);
});

test("empty user: rejected '@host', silent ':pass@host'", () => {
  const findings = lint(sipConf("register => @192.0.2.1", "register => :pass@192.0.2.1", "register => user@192.0.2.1"));
  assertLines(findings, "register/empty-user", [2, 3]);
  assert.match(withCode(findings, "register/empty-user")[1].message, /without a word/);
  assertLines(lint(iaxConf("register => :secret@192.0.2.1")), "register/empty-user", [2]);
});

test("bad port: chan_sip default with a NOTICE, leading digits read silently; chan_iax2 drops the line", () => {
  const findings = lint(sipConf("register => u:p@192.0.2.1:abc", "register => u:p@192.0.2.1:50a60", "register => u:p@192.0.2.1:5060"));
  assertLines(findings, "register/bad-port", [2, 3]);
  const [notice, silent] = withCode(findings, "register/bad-port");
  assert.equal(notice.severity, "warning");
  assert.match(notice.message, /5060/);
  assert.equal(silent.severity, "error");
  assert.match(silent.message, /port 50 /);
  const iax = lint(iaxConf("register => u:s@192.0.2.1:abc", "register => u:s@192.0.2.1:4569"));
  assertLines(iax, "register/bad-port", [2]);
  assert.match(withCode(iax, "register/bad-port")[0].message, /drops/);
});

test("port range: chan_sip falls back to 5060, chan_iax2 wraps 70000 to 4464", () => {
  const sip = lint(sipConf("register => u:p@192.0.2.1:70000", "register => u:p@192.0.2.1:65535"));
  assertLines(sip, "register/port-range", [2]);
  assert.equal(withCode(sip, "register/port-range")[0].severity, "warning");
  const iax = lint(iaxConf("register => u:s@192.0.2.1:70000"));
  assertLines(iax, "register/port-range", [2]);
  const [wrap] = withCode(iax, "register/port-range");
  assert.equal(wrap.severity, "error");
  assert.match(wrap.message, /4464/);
});

test("unknown transport falls back to UDP", () => {
  const findings = lint(sipConf("register => foo://u:p@192.0.2.1", "register => tcp://u:p@192.0.2.1", "register => tls://u:p@192.0.2.1"));
  assertLines(findings, "register/unknown-transport", [2]);
  assert.match(withCode(findings, "register/unknown-transport")[0].message, /'foo'/);
});

test("bad expiry: ~abc means Expires: 0, ~90s is read as 90", () => {
  const findings = lint(sipConf("register => u:p@192.0.2.1~abc", "register => u:p@192.0.2.1~", "register => u:p@192.0.2.1~90s", "register => u:p@192.0.2.1~300"));
  assertLines(findings, "register/bad-expiry", [2, 3, 4]);
  const [abc, , partial] = withCode(findings, "register/bad-expiry");
  assert.equal(abc.severity, "error");
  assert.match(abc.message, /Expires: 0/);
  assert.equal(partial.severity, "warning");
});

test("blanks inside a part are flagged; blanks around separators are trimmed by chan_sip", () => {
  const findings = lint(sipConf("register => us er:p@192.0.2.1", "register => user:pass @ 192.0.2.1", "register => u:p@my host"));
  assertLines(findings, "register/space-in-part", [2, 4]);
  assert.equal(withCode(findings, "register/space-in-part")[1].severity, "error");
  assertLines(lint(iaxConf("register => user:secret @ 192.0.2.1")), "register/space-in-part", [2, 2]);
});

test("trailing slash: warning and a fix that removes it", () => {
  const files = sipConf("register => u:p@192.0.2.1:5060/", "register => u:p@192.0.2.1:5060/1000");
  assertLines(lint(files), "register/trailing-slash", [2]);
  const service = workspaceOf(files);
  const [fix] = fixesFor(service, "register/trailing-slash");
  assert.equal(applyFix(service, fix)["sip.conf"], "[general]\nregister => u:p@192.0.2.1:5060\nregister => u:p@192.0.2.1:5060/1000\n");
});

test("a single '/' before '@' is rejected; udp:// lets the user contain '/'", () => {
  const findings = lint(sipConf("register => udp:/user:p@192.0.2.1", "register => udp://us/er:p@192.0.2.1"));
  assertLines(findings, "register/slash-in-user", [2]);
});

test("values over 255 characters are cut", () => {
  assertLines(lint(sipConf("register => u:p@" + "a".repeat(260) + ".example.com")), "register/too-long", [2]);
  assertLines(lint(sipConf("register => u:p@192.0.2.1")), "register/too-long", []);
});

test("no arrow: 'register user@host' without '=>', with a fix", () => {
  const files = sipConf("register user:pass@192.0.2.1", "registerfoo bar", "register => user:pass@192.0.2.1");
  assertLines(lint(files), "register/no-arrow", [2]);
  const service = workspaceOf(files);
  const fixed = applyFix(service, fixesFor(service, "register/no-arrow")[0])["sip.conf"];
  assert.equal(fixed.split("\n")[1], "register => user:pass@192.0.2.1");
  // Also in a carrier's registration string.
  const inCarrier = lint({ "a.carrier": carrier({ registration_string: "register: user:pass@192.0.2.1" }) });
  assertLines(inCarrier, "register/no-arrow", [5]);
  assertLines(inCarrier, "register/missing-prefix", []);
});

test("missing prefix: a registration string without 'register =>', with a fix", () => {
  const files = { "a.carrier": carrier({ registration_string: "user:pass@192.0.2.1:5060" }) };
  const findings = lint(files);
  assertLines(findings, "register/missing-prefix", [5]);
  assert.equal(withCode(findings, "register/missing-prefix")[0].severity, "error");
  const service = workspaceOf(files);
  const fixed = applyFix(service, fixesFor(service, "register/missing-prefix")[0])["a.carrier"];
  assert.match(fixed, /^registration_string: register => user:pass@192\.0\.2\.1:5060$/m);
  // After the fix the carrier is clean of register findings.
  assert.deepEqual(lint({ "a.carrier": fixed }).filter((f) => f.code.startsWith("register/")), []);
  // A misspelt keyword is replaced.
  const misspelt = { "b.carrier": carrier({ registration_string: "regsiter => user:pass@192.0.2.1" }) };
  const svc = workspaceOf(misspelt);
  assert.match(applyFix(svc, fixesFor(svc, "register/missing-prefix")[0])["b.carrier"], /^registration_string: register => user:pass/m);
  // IAX2 carriers too; PJSIP carriers get their own rule instead.
  assertLines(lint({ "i.carrier": carrier({ protocol: "IAX2", registration_string: "u:s@192.0.2.1" }) }), "register/missing-prefix", [5]);
  assertLines(lint({ "p.carrier": carrier({ protocol: "PJSIP", registration_string: "u:s@192.0.2.1" }) }), "register/missing-prefix", []);
});

test("outside [general]: peer section, second [general], carrier account entry; [general](+) counts", () => {
  const findings = lint({
    "sip.conf": "[general]\nregister => a:p@192.0.2.1\n[peer1]\ntype=peer\nregister => b:p@192.0.2.1\n[general]\nregister => c:p@192.0.2.1\n[general](+)\nregister => d:p@192.0.2.1\n",
  });
  assertLines(findings, "register/outside-general", [5, 7]);
  assert.match(withCode(findings, "register/outside-general")[1].message, /second \[general\]/);
  const iax = lint({ "iax.conf": "[general]\n[ipeer]\ntype=friend\nregister => u:s@192.0.2.1\n" });
  assertLines(iax, "register/outside-general", [4]);
  const account = lint({ "a.carrier": carrier({ registration_string: "register => u:p@192.0.2.1" }, "[trunk]\ntype=peer\nregister => u:p@192.0.2.2\n") });
  assertLines(account, "register/outside-general", [10]);
  assert.match(withCode(account, "register/outside-general")[0].message, /Registration String/);
});

test("outside [general]: the fix moves the line into [general]", () => {
  const service = workspaceOf({ "sip.conf": "[general]\ncontext=default\n\n[peer1]\ntype=peer\nregister => b:p@192.0.2.1\nhost=192.0.2.1\n" });
  const fixed = applyFix(service, fixesFor(service, "register/outside-general")[0])["sip.conf"];
  assert.equal(fixed, "[general]\ncontext=default\nregister => b:p@192.0.2.1\n\n[peer1]\ntype=peer\nhost=192.0.2.1\n");
});

test("SIP syntax on an IAX2 line, with a fix for the suffix", () => {
  const files = iaxConf("register => u:s@192.0.2.1/1000~120", "register => u@example.com:s@192.0.2.1", "register => tcp://u:s@192.0.2.1", "register => u:s@192.0.2.1:4569");
  assertLines(lint(files), "register/sip-syntax-on-iax", [2, 3, 4]);
  const service = workspaceOf(files);
  const fixed = applyFix(service, fixesFor(service, "register/sip-syntax-on-iax")[0])["iax.conf"];
  assert.equal(fixed.split("\n")[1], "register => u:s@192.0.2.1");
  // The same suffix is fine on a SIP line.
  assertLines(lint(sipConf("register => u:s@192.0.2.1/1000~120")), "register/sip-syntax-on-iax", []);
});

test("duplicate register lines: information with a fix; also across carriers and the including sip.conf", () => {
  const files = sipConf("register => u:p@192.0.2.1", "register => u:p@192.0.2.1", "register => v:p@192.0.2.1");
  const findings = lint(files);
  assertLines(findings, "register/duplicate", [3]);
  assert.equal(withCode(findings, "register/duplicate")[0].severity, "information");
  const service = workspaceOf(files);
  assert.equal(applyFix(service, fixesFor(service, "register/duplicate")[0])["sip.conf"], "[general]\nregister => u:p@192.0.2.1\nregister => v:p@192.0.2.1\n");

  const across = lint({
    "sip.conf": "[general]\nregister => u:p@192.0.2.1\n#include sip-vicidial.conf\n",
    "a.carrier": carrier({ registration_string: "register => u:p@192.0.2.1" }),
  });
  assertLines(across, "register/duplicate", ["a.carrier:5"]);
  // Without the include the carrier's line is in a separate file Asterisk may never read together with it.
  const apart = lint({ "sip.conf": "[general]\nregister => u:p@192.0.2.1\n", "a.carrier": carrier({ registration_string: "register => u:p@192.0.2.1" }) });
  assertLines(apart, "register/duplicate", []);
});

test("unknown peer in 'peer?' and TCP without tcpenable", () => {
  const findings = lint(sipConf("register => nosuch?u:p@192.0.2.1", "register => peer1?u:p@192.0.2.1", "register => tcp://u:p@192.0.2.1", "[peer1]", "type=peer"));
  assertLines(findings, "register/unknown-peer", [2]);
  assertLines(findings, "register/transport-disabled", [4]);
  assertLines(lint(sipConf("tcpenable=yes", "register => tcp://u:p@192.0.2.1")), "register/transport-disabled", []);
});

test("PJSIP carriers: the registration string is ignored", () => {
  const bare = lint({ "p.carrier": carrier({ protocol: "PJSIP", registration_string: "register => u:p@192.0.2.1" }, "[p]\ntype=endpoint\n") });
  assertLines(bare, "register/pjsip-registration-string", [5]);
  assert.equal(withCode(bare, "register/pjsip-registration-string")[0].severity, "error");
  const account = "[p_auth]\ntype=auth\nusername=u\npassword=CHANGE_ME\n[p]\ntype=registration\nserver_uri=sip:192.0.2.1\nclient_uri=sip:u@192.0.2.1\noutbound_auth=p_auth\n";
  const files = { "p.carrier": carrier({ protocol: "PJSIP", registration_string: "register => u:p@192.0.2.1" }, account) };
  const redundant = lint(files);
  assertLines(redundant, "register/pjsip-registration-string", [5]);
  assert.equal(withCode(redundant, "register/pjsip-registration-string")[0].severity, "information");
  const service = workspaceOf(files);
  assert.match(applyFix(service, fixesFor(service, "register/pjsip-registration-string")[0])["p.carrier"], /^registration_string: $/m);
  // A register line in pjsip.conf.
  assertLines(lint({ "pjsip.conf": "[global]\ntype=global\nregister => u:p@192.0.2.1\n" }), "register/pjsip-registration-string", [3]);
  // SIP carriers are not concerned.
  assertLines(lint({ "s.carrier": carrier({ registration_string: "register => u:p@192.0.2.1" }) }), "register/pjsip-registration-string", []);
});

test("PJSIP registration objects: URIs, line/endpoint, outbound_auth", () => {
  const pjsip = [
    "[auth1]\ntype=auth\nusername=u\npassword=CHANGE_ME",
    "[ep1]\ntype=endpoint",
    "[good]\ntype=registration\nserver_uri=sip:192.0.2.1\nclient_uri=sip:u@192.0.2.1\noutbound_auth=auth1",
    "[nouri]\ntype=registration\nclient_uri=sip:u@192.0.2.1",
    "[baduri]\ntype=registration\nserver_uri=192.0.2.1\nclient_uri=sip://u@192.0.2.1",
    "[line1]\ntype=registration\nserver_uri=sip:192.0.2.1\nclient_uri=sip:u@192.0.2.1\nline=yes",
    "[ep2]\ntype=registration\nserver_uri=sip:192.0.2.1\nclient_uri=sip:u@192.0.2.1\nendpoint=ep1",
    "[auth2]\ntype=registration\nserver_uri=sip:192.0.2.1\nclient_uri=sip:u@192.0.2.1\noutbound_auth=nosuch, ep1",
  ].join("\n\n") + "\n";
  const findings = lint({ "pjsip.conf": pjsip });
  // Line numbers: see the layout above.
  const line = (needle: string) => pjsip.split("\n").findIndex((l) => l === needle) + 1;
  assertLines(findings, "register/pjsip-missing-uri", [line("[nouri]")]);
  assertLines(findings, "register/pjsip-bad-uri", [line("server_uri=192.0.2.1"), line("client_uri=sip://u@192.0.2.1")]);
  assertLines(findings, "register/pjsip-line-endpoint", [line("line=yes"), line("endpoint=ep1")]);
  assertLines(findings, "register/pjsip-outbound-auth", [line("outbound_auth=nosuch, ep1"), line("outbound_auth=nosuch, ep1")]);
  const auth = withCode(findings, "register/pjsip-outbound-auth");
  assert.match(auth[1].message, /type=endpoint/);

  const service = workspaceOf({ "pjsip.conf": pjsip });
  const all = findingsOf(service).filter((f) => f.code === "register/pjsip-bad-uri");
  const texts = all.map((f) => applyFix(service, service.quickFixes([f])[0])["pjsip.conf"]);
  assert.ok(texts[0].includes("server_uri=sip:192.0.2.1\nclient_uri=sip://u@192.0.2.1"));
  assert.ok(texts[1].includes("server_uri=192.0.2.1\nclient_uri=sip:u@192.0.2.1"));
});

test("PJSIP outbound_auth may name an auth object of another carrier or a wizard's generated one", () => {
  const findings = lint({
    "a.carrier": carrier({ carrier_id: "A", protocol: "PJSIP" }, "[a]\ntype=registration\nserver_uri=sip:192.0.2.1\nclient_uri=sip:u@192.0.2.1\noutbound_auth=b_auth\n"),
    "b.carrier": carrier({ carrier_id: "B", protocol: "PJSIP" }, "[b_auth]\ntype=auth\nusername=u\npassword=CHANGE_ME\n"),
    "pjsip.conf": "[r]\ntype=registration\nserver_uri=sip:192.0.2.2\nclient_uri=sip:u@192.0.2.2\noutbound_auth=wiz-oauth\n",
    "pjsip_wizard.conf": "[wiz]\ntype=wizard\nsends_auth=yes\noutbound_auth/username=u\noutbound_auth/password=CHANGE_ME\n",
  });
  assertLines(findings, "register/pjsip-outbound-auth", []);
});

test("valid registrations give no register findings", () => {
  const findings = lint({
    "sip.conf":
      "[general]\ntcpenable=yes\nregister => user:pass@192.0.2.1:5060\nregister = other:pass@192.0.2.1\nregister => peer1?tcp://u@example.com:p:auth@192.0.2.1:5061/1000~300\nregister => 3456@example.com:5082::@192.0.2.2\n[peer1]\ntype=peer\nhost=192.0.2.1\n",
    "iax.conf": "[general]\nregister => user:secret@192.0.2.3\nregister => marko:[torkey]@192.0.2.4:4569\n",
  });
  assert.deepEqual(findings.filter((f) => f.code.startsWith("register/")).map((f) => `${f.file}:${f.line} ${f.code}`), []);
});

// --- Secrets ---------------------------------------------------------------------------------------------------

const PW = "S3cr3tPw";

/** Every failing form, each with the distinctive password. */
const SIP_FORMS = [
  `register => u:${PW}`,
  `register => u:${PW}@`,
  `register => :${PW}@192.0.2.1`,
  `register => u:${PW}@192.0.2.1:abc`,
  `register => u:${PW}@192.0.2.1:50a60`,
  `register => u:${PW}@192.0.2.1:70000`,
  `register => foo://u:${PW}@192.0.2.1`,
  `register => u:${PW}@192.0.2.1~abc`,
  `register => u:${PW}@192.0.2.1~90s`,
  `register => us er:${PW}@192.0.2.1`,
  `register => u:S3cr 3tPw@192.0.2.1`,
  `register => u:${PW}@my host`,
  `register => u:${PW}@192.0.2.1/`,
  `register => udp:/u:${PW}@192.0.2.1`,
  `register => nosuch?u:${PW}@192.0.2.1`,
  `register => tcp://u:${PW}@192.0.2.1`,
  `register => u:${PW}:auth:x@192.0.2.1`,
  `register => u:${PW}:auth:@192.0.2.1`,
  `register => u:${PW}@192.0.2.1:5060`,
  `register => u:${PW}@192.0.2.1:5060`,
  `register => u:${PW}@${"h".repeat(260)}`,
];
const IAX_FORMS = [
  `register => u:${PW}`,
  `register => u:${PW}@`,
  `register => :${PW}@192.0.2.1`,
  `register => u:${PW}@192.0.2.1:abc`,
  `register => u:${PW}@192.0.2.1:70000`,
  `register => u:${PW}@192.0.2.1/1000~120`,
  `register => u@example.com:${PW}@192.0.2.1`,
  `register => u:S3cr@3tPw@192.0.2.1`,
  `register => tcp://u:${PW}@192.0.2.1`,
  `register => u:${PW}:auth@192.0.2.1`,
  `register => u:${PW} @ 192.0.2.1`,
];

function secretFiles(): Record<string, string> {
  return {
    "sip.conf": "[general]\n" + SIP_FORMS.join("\n") + `\nregister u:${PW}@192.0.2.1\n[peer1]\ntype=peer\nregister => u:${PW}@192.0.2.9\n[general]\nregister => u:${PW}@192.0.2.8\n`,
    "iax.conf": "[general]\n" + IAX_FORMS.join("\n") + `\n[ipeer]\ntype=friend\nregister => u:${PW}@192.0.2.7\n`,
    "a.carrier": carrier({ carrier_id: "A", registration_string: `u:${PW}@192.0.2.1` }, `[a]\ntype=peer\nregister => u:${PW}@192.0.2.6\n`),
    "b.carrier": carrier({ carrier_id: "B", registration_string: `regsiter => u:${PW}@192.0.2.1` }),
    "c.carrier": carrier({ carrier_id: "C", registration_string: `register u:${PW}@192.0.2.1` }),
    "d.carrier": carrier({ carrier_id: "D", protocol: "PJSIP", registration_string: `register => u:${PW}@192.0.2.1` }, "[d]\ntype=endpoint\n"),
    "e.carrier": carrier({ carrier_id: "E", protocol: "IAX2", registration_string: `u:${PW}` }),
  };
}

test("no register finding's message or data contains the password", () => {
  const findings = lint(secretFiles());
  const register = findings.filter((f) => f.code.startsWith("register/"));
  const codes = new Set(register.map((f) => f.code));
  for (const code of [
    "register/missing-host",
    "register/empty-user",
    "register/bad-port",
    "register/port-range",
    "register/unknown-transport",
    "register/bad-expiry",
    "register/space-in-part",
    "register/trailing-slash",
    "register/slash-in-user",
    "register/too-long",
    "register/no-arrow",
    "register/missing-prefix",
    "register/outside-general",
    "register/sip-syntax-on-iax",
    "register/duplicate",
    "register/unknown-peer",
    "register/transport-disabled",
    "register/pjsip-registration-string",
  ]) {
    assert.ok(codes.has(code), `the secret test lacks a case for ${code}`);
  }
  // syntax/missing-equals quotes the whole line (a known issue outside this area), so it is left out here.
  for (const f of findings.filter((f) => f.code !== "syntax/missing-equals")) {
    for (const text of [f.message, JSON.stringify(f.data ?? {}), JSON.stringify(f.related ?? [])]) {
      assert.ok(!text.includes(PW) && !text.includes("3tPw") && !text.includes("S3cr"), `${f.code} at ${f.file}:${f.line} leaks the password: ${text}`);
    }
  }
});

test("no hover on a register line shows the password", () => {
  const files = secretFiles();
  const service = workspaceOf(files);
  let hovers = 0;
  for (const [name, text] of Object.entries(files)) {
    for (let offset = 0; offset < text.length; offset++) {
      const result = service.hover("/ws/" + name, offset);
      if (!result) continue;
      hovers++;
      assert.ok(!result.markdown.includes(PW) && !result.markdown.includes("3tPw") && !result.markdown.includes("S3cr"), `hover at ${name}:${offset} leaks the password:\n${result.markdown}`);
    }
  }
  assert.ok(hovers > 100);
});

// --- Hover -----------------------------------------------------------------------------------------------------

function hoverAt(name: string, textWithCursor: string, extra: Record<string, string> = {}): string {
  const { text, offset } = cursor(textWithCursor);
  const service = workspaceOf({ [name]: text, ...extra });
  const result = service.hover("/ws/" + name, offset);
  assert.ok(result, "no hover");
  return result.markdown;
}

test("hover on a SIP register line shows its parts, defaults and what Asterisk does", () => {
  const md = hoverAt("sip.conf", "[general]\nreg|ister => user:S3cr3tPw@192.0.2.1\n");
  assert.match(md, /chan_sip/);
  assert.match(md, /\| user \| `user` \|/);
  assert.match(md, /\| secret \| `\*\*\*\*` \|/);
  assert.match(md, /\| host \| `192\.0\.2\.1` \|/);
  assert.match(md, /\| port \| `5060` \(default\) \|/);
  assert.match(md, /\| extension \| `s` \(default\) \|/);
  assert.match(md, /\| expiry \| `120` s \(default\) \|/);
  assert.match(md, /REGISTER goes to `192\.0\.2\.1:5060` over UDP every ~105 s/);
  assert.match(md, /extension `s`/);
  assert.ok(!md.includes("S3cr3tPw"));

  const full = hoverAt("sip.conf", "[general]\ndefaultexpiry=600\nregister => peer1?tls://user@example.com:pw:auth@192.0.2.1/1000~|300\n[peer1]\ntype=peer\n");
  assert.match(full, /\| peer \| `peer1` \|/);
  assert.match(full, /\| transport \| `TLS` \|/);
  assert.match(full, /\| domain \| `example\.com` \|/);
  assert.match(full, /\| auth user \| `auth` \|/);
  assert.match(full, /\| port \| `5061` \(default\) \|/);
  assert.match(full, /\| extension \| `1000` \|/);
  assert.match(full, /every ~285 s/);

  const defaults = hoverAt("sip.conf", "[general]\ndefaultexpiry=600\nregister => u:p@192.0.2.1|\n");
  assert.match(defaults, /\| expiry \| `600` s \(default\) \|/);
});

test("hover explains rejected, ignored and zero-expiry lines", () => {
  assert.match(hoverAt("sip.conf", "[general]\nregister => user:pa|ss\n"), /rejects this line/);
  assert.match(hoverAt("sip.conf", "[general]\n[peer1]\ntype=peer\nregister => u:p@19|2.0.2.1\n"), /Ignored/);
  assert.match(hoverAt("sip.conf", "[general]\nregister => u:p@192.0.2.1~ab|c\n"), /Expires: 0/);
});

test("hover on an IAX2 register line and on registration strings", () => {
  const md = hoverAt("iax.conf", "[general]\nregister => user:secret@192.0.2.1:|70000\n");
  assert.match(md, /chan_iax2/);
  assert.match(md, /\| port \| `4464` \(written `70000`\) \|/);
  assert.match(md, /every 60 s/);
  assert.ok(!md.includes("| secret | `secret`"));

  const sipCarrier = hoverAt("a.carrier", carrier({ registration_string: "register => user:pw@192.0.2.1:50|60" }));
  assert.match(sipCarrier, /REGISTER goes to `192\.0\.2\.1:5060`/);
  const iaxCarrier = hoverAt("a.carrier", carrier({ protocol: "IAX2", registration_string: "user:pw@19|2.0.2.1" }));
  assert.match(iaxCarrier, /Missing `register =>`/);
  assert.match(iaxCarrier, /chan_iax2/);
  const pjsipCarrier = hoverAt("a.carrier", carrier({ protocol: "PJSIP", registration_string: "register => user:pw@19|2.0.2.1" }));
  assert.match(pjsipCarrier, /type=registration/);
});

test("a register line without '=>' is reported once, by register/no-arrow, not also by syntax/missing-equals", () => {
  const findings = lint({
    "sip.conf": "[general]\nregister user:pw@sip.example.com\n[peer]\ntype=peer\nhost=10.0.0.1\njunk line\n",
    "a.carrier": "carrier_id: abc\nprotocol: SIP\nregistration_string: register user:pw@sip.example.com\n",
  });
  assertLines(findings, "register/no-arrow", ["a.carrier:3", "sip.conf:2"]);
  assertLines(findings, "syntax/missing-equals", ["sip.conf:6"]);
});

test("a Registration String without 'register =>' is reported by register/missing-prefix only", () => {
  const findings = lint({ "a.carrier": "carrier_id: abc\nprotocol: IAX2\nregistration_string: user:pw@iax.example.com\n" });
  assertLines(findings, "register/missing-prefix", [3]);
  assertLines(findings, "syntax/missing-equals", []);
});

test("a register password of 100,000 characters is masked without failing the rule", () => {
  const secret = "p".repeat(100_000);
  const findings = lint({ "sip.conf": `[general]\nregister => user:${secret}@sip.example.com:99999\n` });
  assert.ok(findings.every((f) => !f.message.startsWith("Internal error")), "no rule failed");
  assertLines(findings, "register/too-long", [2]);
  assert.ok(findings.every((f) => !f.message.includes("pppppppp")));
});
