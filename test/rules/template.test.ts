// Template rules: per-account keys in Asterisk and VICIdial templates (with the move fix), headers, missing templates.
import { test } from "node:test";
import assert from "node:assert/strict";
import { applyFix, assertLines, fixesFor, lint, withCode, workspaceOf } from "../helpers";

const SIP_TEMPLATE = [
  "[general]",
  "[tmpl](!)",
  "type=friend",
  "secret=hunter2",
  "context=trunkinbound",
  "[peer1](tmpl)",
  "host=10.0.0.1",
  "[peer2](tmpl)",
  "host=10.0.0.2",
  "",
].join("\n");

test("per-account key in an Asterisk template is a warning that never shows the secret", () => {
  const findings = lint({ "sip.conf": SIP_TEMPLATE });
  assertLines(findings, "template/per-account-key", [4]);
  const [finding] = withCode(findings, "template/per-account-key");
  assert.equal(finding.severity, "warning");
  assert.match(finding.message, /'secret'/);
  assert.match(finding.message, /\[tmpl\]/);
  assert.ok(!finding.message.includes("hunter2"));
  assert.ok(!JSON.stringify(finding.data).includes("hunter2"));
});

test("per-account keys outside templates, and harmless template keys, are not reported", () => {
  const findings = lint({
    "sip.conf": "[general]\n[tmpl](!)\ntype=friend\ndisallow=all\nallow=ulaw\n[peer1](tmpl)\nsecret=x\nusername=u\naccountcode=a\n",
    "asterisk/manager.conf": "[general]\n[tmpl](!)\nsecret=x\n[admin](tmpl)\n",
  });
  assertLines(findings, "template/per-account-key", []);
});

test("all per-account keys are covered, also via a (+) addition to a template", () => {
  const findings = lint({
    "iax.conf": "[t](!)\nmd5secret=a\nremotesecret=b\nusername=c\ndefaultuser=d\naccountcode=e\naccount=f\nmailbox=1@d\n[t](+)\nsecret=z\n",
  });
  assertLines(findings, "template/per-account-key", [2, 3, 4, 5, 6, 7, 8, 10]);
});

test("PJSIP: password and username only count in type=auth templates; wizard auth keys always", () => {
  const findings = lint({
    "pjsip.conf": [
      "[auth-tmpl](!)",
      "type=auth",
      "auth_type=userpass",
      "password=pw",
      "[ep-tmpl](!)",
      "type=endpoint",
      "password=notreallyakey",
      "[inherits-auth](!,auth-tmpl)",
      "password=pw2",
      "",
    ].join("\n"),
    "pjsip_wizard.conf": "[wiz](!)\ntype=wizard\noutbound_auth/password=pw\noutbound_auth/username=u\nendpoint/context=trunkinbound\n",
  });
  assertLines(findings, "template/per-account-key", ["pjsip.conf:4", "pjsip.conf:9", "pjsip_wizard.conf:3", "pjsip_wizard.conf:4"]);
});

test("fix moves the line from an Asterisk template into every inheriting section", () => {
  const service = workspaceOf({ "sip.conf": SIP_TEMPLATE });
  const [fix] = fixesFor(service, "template/per-account-key");
  assert.match(fix.title, /every user/);
  assert.equal(
    applyFix(service, fix)["sip.conf"],
    [
      "[general]",
      "[tmpl](!)",
      "type=friend",
      "context=trunkinbound",
      "[peer1](tmpl)",
      "secret=hunter2",
      "host=10.0.0.1",
      "[peer2](tmpl)",
      "secret=hunter2",
      "host=10.0.0.2",
      "",
    ].join("\n"),
  );
});

test("fix follows template chains, skips sections that set their own value, keeps CRLF line ends", () => {
  const text = "[base](!)\r\nsecret=a\r\n[mid](!,base)\r\ntype=friend\r\n[p1](mid)\r\n[p2](mid)\r\nsecret=own\r\n[p3](base)";
  const service = workspaceOf({ "sip.conf": text });
  const [fix] = fixesFor(service, "template/per-account-key");
  assert.equal(
    applyFix(service, fix)["sip.conf"],
    "[base](!)\r\n[mid](!,base)\r\ntype=friend\r\n[p1](mid)\r\nsecret=a\r\n[p2](mid)\r\nsecret=own\r\n[p3](base)\r\nsecret=a",
  );
});

test("fix moves into sections in included files; no fix when nothing uses the template", () => {
  const service = workspaceOf({ "sip.conf": "[general]\n[t](!)\nusername=u\n#include sip-peers.conf\n", "sip-peers.conf": "[p](t)\nhost=h\n" });
  const [fix] = fixesFor(service, "template/per-account-key");
  assert.deepEqual(applyFix(service, fix), { "sip.conf": "[general]\n[t](!)\n#include sip-peers.conf\n", "sip-peers.conf": "[p](t)\nusername=u\nhost=h\n" });

  const unused = workspaceOf({ "sip.conf": "[general]\n[t](!)\nsecret=x\n" });
  assert.deepEqual(fixesFor(unused, "template/per-account-key"), []);
});

const TEMPLATE_RECORD = [
  "template_id: SIPTMPL",
  "template_name: Shared SIP settings",
  "[[template_contents]]",
  "type=friend",
  "secret=s3cr3t",
  "disallow=all",
  "allow=ulaw",
  "",
].join("\n");

const CARRIER_A = [
  "carrier_id: CARA",
  "protocol: SIP",
  "server_ip: 10.0.0.5",
  "template_id: SIPTMPL",
  "[[account_entry]]",
  "[cara]",
  "host=10.1.1.1",
  "",
  "[[dialplan_entry]]",
  "exten => _91NXXNXXXXXX,1,Dial(SIP/${EXTEN:1}@cara,,To)",
  "",
].join("\n");

const CARRIER_B = ["carrier_id: CARB", "protocol: SIP", "server_ip: 10.0.0.5", "template_id: SIPTMPL", "[[account_entry]]", "[carb]", "host=10.2.2.2"].join("\n");

test("per-account key in a VICIdial conf template: reported once, on the template, without the value", () => {
  const findings = lint({ "t.conftemplate": TEMPLATE_RECORD, "a.carrier": CARRIER_A, "b.carrier": CARRIER_B });
  assertLines(findings, "template/per-account-key", ["t.conftemplate:5"]);
  const [finding] = withCode(findings, "template/per-account-key");
  assert.match(finding.message, /SIPTMPL/);
  assert.match(finding.message, /account entry/);
  assert.ok(!finding.message.includes("s3cr3t"));
  // An unused template is still checked.
  assertLines(lint({ "t.conftemplate": TEMPLATE_RECORD }), "template/per-account-key", ["t.conftemplate:5"]);
});

test("fix moves a template line to the end of every using carrier's account entry", () => {
  const other = "carrier_id: OTHER\nprotocol: SIP\nserver_ip: 10.0.0.5\ntemplate_id: --NONE--\n[[account_entry]]\n[other]\nhost=h\n";
  const service = workspaceOf({ "t.conftemplate": TEMPLATE_RECORD, "a.carrier": CARRIER_A, "b.carrier": CARRIER_B, "o.carrier": other });
  const [fix] = fixesFor(service, "template/per-account-key");
  const after = applyFix(service, fix);
  assert.deepEqual(Object.keys(after).sort(), ["a.carrier", "b.carrier", "t.conftemplate"]);
  assert.equal(after["t.conftemplate"], TEMPLATE_RECORD.replace("secret=s3cr3t\n", ""));
  assert.equal(after["a.carrier"], CARRIER_A.replace("host=10.1.1.1\n", "host=10.1.1.1\nsecret=s3cr3t\n"));
  assert.equal(after["b.carrier"], CARRIER_B + "\nsecret=s3cr3t");
  // After the fix the template is clean.
  const fixed = lint(after);
  assertLines(fixed, "template/per-account-key", []);
});

test("VICIdial fix: carriers without an account entry get one; no fix without users or after a template header", () => {
  const bare = "carrier_id: BARE\nprotocol: SIP\nserver_ip: 10.0.0.5\ntemplate_id: SIPTMPL\n";
  const service = workspaceOf({ "t.conftemplate": TEMPLATE_RECORD, "bare.carrier": bare });
  const after = applyFix(service, fixesFor(service, "template/per-account-key")[0]);
  assert.equal(after["bare.carrier"], bare + "[[account_entry]]\nsecret=s3cr3t\n");

  assert.deepEqual(fixesFor(workspaceOf({ "t.conftemplate": TEMPLATE_RECORD }), "template/per-account-key"), []);

  const withHeader = "template_id: SIPTMPL\n[[template_contents]]\n[shared]\nsecret=x\n";
  assert.deepEqual(fixesFor(workspaceOf({ "t.conftemplate": withHeader, "a.carrier": CARRIER_A }), "template/per-account-key"), []);
});

test("VICIdial template used by PJSIP carriers: password counts in a type=auth section", () => {
  const template = "template_id: PJAUTH\n[[template_contents]]\nauth_type=userpass\npassword=pw\n";
  const carrier = "carrier_id: PJ\nprotocol: PJSIP\nserver_ip: 0.0.0.0\ntemplate_id: PJAUTH\n[[account_entry]]\n[pj-auth]\ntype=auth\n";
  assertLines(lint({ "t.conftemplate": template, "pj.carrier": carrier }), "template/per-account-key", ["t.conftemplate:4"]);
  const endpoint = carrier.replace("type=auth", "type=endpoint");
  assertLines(lint({ "t.conftemplate": template, "pj.carrier": endpoint }), "template/per-account-key", []);
});

test("template with its own [section] header is a warning; a headerless one is fine", () => {
  const findings = lint({ "t.conftemplate": "template_id: HDR\n[[template_contents]]\ndisallow=all\n[shared]\nallow=ulaw\n" });
  assertLines(findings, "template/has-header", [4]);
  assert.equal(withCode(findings, "template/has-header")[0].severity, "warning");
  assertLines(lint({ "t.conftemplate": TEMPLATE_RECORD }), "template/has-header", []);
});

test("carrier naming a template that is not in the workspace is a warning", () => {
  const carrier = (id: string) => `carrier_id: C1\nprotocol: SIP\nserver_ip: 10.0.0.5\ntemplate_id: ${id}\n[[account_entry]]\n[c1]\nhost=h\n`;
  const missing = lint({ "c.carrier": carrier("NOPE") });
  assertLines(missing, "template/missing", [4]);
  const [finding] = withCode(missing, "template/missing");
  assert.equal(finding.severity, "warning");
  assert.match(finding.message, /NOPE/);
  assert.match(finding.message, /\.conftemplate/);
  assertLines(lint({ "c.carrier": carrier("--NONE--") }), "template/missing", []);
  assertLines(lint({ "c.carrier": carrier("") }), "template/missing", []);
  assertLines(lint({ "c.carrier": carrier("SIPTMPL"), "t.conftemplate": TEMPLATE_RECORD }), "template/missing", []);
  const wrongCase = withCode(lint({ "c.carrier": carrier("siptmpl"), "t.conftemplate": TEMPLATE_RECORD }), "template/missing");
  assert.match(wrongCase[0].message, /letter case/);
});
