// template/per-account-key: logins (secret, username, accountcode, mailbox ...) inside a shared template, with the
// fix that moves the line into every section or carrier using the template.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkFix, checkFixture, checkNoFix, dedent } from "../../fixture";

const ONLY = { only: ["template/per-account-key"] };

const SIP_TEMPLATE = `
  [general]
  [tmpl](!)
  type=friend
  secret=hunter2
  context=trunkinbound
  [peer1](tmpl)
  host=10.0.0.1
  [peer2](tmpl)
  host=10.0.0.2
`;

test("a login in an Asterisk template is a warning that names the key and never shows the secret", () => {
  const service = checkFixture(`
    [general]
    [tmpl](!)
    type=friend
    secret=hunter2
    ^^^^^^ warning template/per-account-key: 'secret' in template '[tmpl]'
    context=trunkinbound
    [peer1](tmpl)
    host=10.0.0.1
    [peer2](tmpl)
    host=10.0.0.2
  `, ONLY);
  const [finding] = [...service.allDiagnostics().values()].flat().filter((f) => f.code === "template/per-account-key");
  assert.ok(!finding.message.includes("hunter2"));
  assert.ok(!JSON.stringify(finding.data).includes("hunter2"));
});

test("logins outside templates, harmless template keys and other conf files are left alone", () => {
  checkFixture(`
    //- sip.conf
    [general]
    [tmpl](!)
    type=friend
    disallow=all
    allow=ulaw
    [peer1](tmpl)
    secret=x
    username=u
    accountcode=a
    //- asterisk/manager.conf
    [general]
    [tmpl](!)
    secret=x
    [admin](tmpl)
  `, ONLY);
});

test("every login key counts, also when added to a template with (+)", () => {
  checkFixture(`
    //- iax.conf
    [t](!)
    md5secret=a
    ^^^^^^^^^ warning template/per-account-key
    remotesecret=b
    ^^^^^^^^^^^^ warning template/per-account-key
    username=c
    ^^^^^^^^ warning template/per-account-key
    defaultuser=d
    ^^^^^^^^^^^ warning template/per-account-key
    accountcode=e
    ^^^^^^^^^^^ warning template/per-account-key
    account=f
    ^^^^^^^ warning template/per-account-key
    mailbox=1@d
    ^^^^^^^ warning template/per-account-key
    [t](+)
    secret=z
    ^^^^^^ warning template/per-account-key
  `, ONLY);
});

test("PJSIP: password and username count only in type=auth templates; wizard auth keys always", () => {
  checkFixture(`
    //- pjsip.conf
    [auth-tmpl](!)
    type=auth
    auth_type=userpass
    password=pw
    ^^^^^^^^ warning template/per-account-key
    [ep-tmpl](!)
    type=endpoint
    password=notreallyakey
    [inherits-auth](!,auth-tmpl)
    password=pw2
    ^^^^^^^^ warning template/per-account-key
    //- pjsip_wizard.conf
    [wiz](!)
    type=wizard
    outbound_auth/password=pw
    ^^^^^^^^^^^^^^^^^^^^^^ warning template/per-account-key
    outbound_auth/username=u
    ^^^^^^^^^^^^^^^^^^^^^^ warning template/per-account-key
    endpoint/context=trunkinbound
  `, ONLY);
});

test("the fix moves the line from an Asterisk template into every inheriting section", () => {
  checkFix(SIP_TEMPLATE, `
    [general]
    [tmpl](!)
    type=friend
    context=trunkinbound
    [peer1](tmpl)
    secret=hunter2
    host=10.0.0.1
    [peer2](tmpl)
    secret=hunter2
    host=10.0.0.2
  `, { code: "template/per-account-key", title: "every user" });
});

test("the fix follows template chains, skips sections with their own value and keeps CRLF line ends", () => {
  const before = "[base](!)\r\nsecret=a\r\n[mid](!,base)\r\ntype=friend\r\n[p1](mid)\r\n[p2](mid)\r\nsecret=own\r\n[p3](base)";
  const after = "[base](!)\r\n[mid](!,base)\r\ntype=friend\r\n[p1](mid)\r\nsecret=a\r\n[p2](mid)\r\nsecret=own\r\n[p3](base)\r\nsecret=a";
  checkFix(before, after, { code: "template/per-account-key" });
});

test("the fix reaches sections in included files; no fix when nothing uses the template", () => {
  checkFix(`
    //- sip.conf
    [general]
    [t](!)
    username=u
    #include sip-peers.conf
    //- sip-peers.conf
    [p](t)
    host=h
  `, `
    //- sip.conf
    [general]
    [t](!)
    #include sip-peers.conf
    //- sip-peers.conf
    [p](t)
    username=u
    host=h
  `, { code: "template/per-account-key" });
  checkNoFix("[general]\n[t](!)\nsecret=x\n", { code: "template/per-account-key" });
});

const TEMPLATE_RECORD = dedent(`
  //- t.conftemplate
  template_id: SIPTMPL
  template_name: Shared SIP settings
  [[template_contents]]
  type=friend
  secret=s3cr3t
  disallow=all
  allow=ulaw
`);

const CARRIER_A = dedent(`
  //- a.carrier
  carrier_id: CARA
  protocol: SIP
  server_ip: 10.0.0.5
  template_id: SIPTMPL
  [[account_entry]]
  [cara]
  host=10.1.1.1

  [[dialplan_entry]]
  exten => _91NXXNXXXXXX,1,Dial(SIP/\${EXTEN:1}@cara,,To)
`);

const CARRIER_B = dedent(`
  //- b.carrier
  carrier_id: CARB
  protocol: SIP
  server_ip: 10.0.0.5
  template_id: SIPTMPL
  [[account_entry]]
  [carb]
  host=10.2.2.2
`);

test("a login in a VICIdial conf template is reported once, on the template, without the value", () => {
  const marked = TEMPLATE_RECORD.replace("secret=s3cr3t\n", "secret=s3cr3t\n^^^^^^ warning template/per-account-key: SIPTMPL\n");
  const service = checkFixture(marked + CARRIER_A + CARRIER_B, ONLY);
  const messages = [...service.allDiagnostics().values()].flat().map((f) => f.message).join("\n");
  assert.match(messages, /account entry/);
  assert.ok(!messages.includes("s3cr3t"));
  // A template no carrier uses is still checked.
  checkFixture(marked, ONLY);
});

test("the VICIdial fix moves the line to the end of every using carrier's account entry", () => {
  const other = "//- o.carrier\ncarrier_id: OTHER\nprotocol: SIP\nserver_ip: 10.0.0.5\ntemplate_id: --NONE--\n[[account_entry]]\n[other]\nhost=h\n";
  const after = TEMPLATE_RECORD.replace("secret=s3cr3t\n", "") + CARRIER_A.replace("host=10.1.1.1\n", "host=10.1.1.1\nsecret=s3cr3t\n") + CARRIER_B + "secret=s3cr3t\n";
  checkFix(TEMPLATE_RECORD + CARRIER_A + CARRIER_B + other, after, { code: "template/per-account-key" });
  // After the fix the template is clean.
  checkFixture(after, ONLY);
});

test("VICIdial fix: a carrier without an account entry gets one; no fix without users or after a template header", () => {
  const bare = "//- bare.carrier\ncarrier_id: BARE\nprotocol: SIP\nserver_ip: 10.0.0.5\ntemplate_id: SIPTMPL\n";
  checkFix(TEMPLATE_RECORD + bare, bare + "[[account_entry]]\nsecret=s3cr3t\n", { code: "template/per-account-key" });
  checkNoFix(TEMPLATE_RECORD, { code: "template/per-account-key" });
  checkNoFix("//- t.conftemplate\ntemplate_id: SIPTMPL\n[[template_contents]]\n[shared]\nsecret=x\n" + CARRIER_A, { code: "template/per-account-key" });
});

test("a VICIdial template used by PJSIP carriers: password counts only in a type=auth section", () => {
  const template = "//- t.conftemplate\ntemplate_id: PJAUTH\n[[template_contents]]\nauth_type=userpass\npassword=pw\n^^^^^^^^ warning template/per-account-key\n";
  const carrier = "//- pj.carrier\ncarrier_id: PJ\nprotocol: PJSIP\nserver_ip: 0.0.0.0\ntemplate_id: PJAUTH\n[[account_entry]]\n[pj-auth]\ntype=auth\n";
  checkFixture(template + carrier, ONLY);
  checkFixture(template.replace(/\^.*\n/, "") + carrier.replace("type=auth", "type=endpoint"), ONLY);
});

test("no move into a user whose header opens a ';--' block comment: the moved line would be comment", () => {
  checkNoFix(`
    [general]
    [t](!)
    secret=x
    [p](t) ;-- a note
    --;
    host=h
  `, { code: "template/per-account-key" });
});

test("no move into a user whose object does not take the key (username in a PJSIP transport)", () => {
  checkNoFix(`
    //- pjsip.conf
    [t](!)
    username=u
    [tr](t)
    type=transport
  `, { code: "template/per-account-key" });
});

test("VICIdial fix: none when a using carrier's account entry ends inside an open ';--' block (the moved line would be comment)", () => {
  checkNoFix(TEMPLATE_RECORD + CARRIER_A + CARRIER_B.replace("host=10.2.2.2\n", "host=10.2.2.2 ;-- note\n"), { code: "template/per-account-key" });
});
