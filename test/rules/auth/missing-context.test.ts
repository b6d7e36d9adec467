// auth/missing-context: VICIdial's [trunkinbound] advice only on a VICIdial server; a [general] context= met through
// an #include, or in a FreePBX-style [general] fragment, counts.
import assert from "node:assert/strict";
import { test } from "node:test";
import { checkFix, checkFixture } from "../../fixture";
import { findingsOf, fixesFor, withCode, workspaceOf } from "../../helpers";

test("on a plain Asterisk server the message does not speak of VICIdial, and no context is guessed", () => {
  const service = checkFixture(`
    [general]
    context=default
    [trunk]
     ^^^^^ warning auth/missing-context: Add context= naming the context
    type=peer
    host=192.0.2.10
    insecure=port,invite
  `, { only: ["auth/missing-context"] });
  const [finding] = service.diagnostics("/ws/sip.conf").filter((f) => f.code === "auth/missing-context");
  assert.doesNotMatch(finding.message, /VICIdial|trunkinbound/);
  assert.deepEqual(fixesFor(service, "auth/missing-context"), []);
});

test("on a VICIdial server (it includes sip-vicidial.conf) the advice is [trunkinbound]", () => {
  checkFixture(`
    [general]
    #include sip-vicidial.conf
    [trunk]
     ^^^^^ warning auth/missing-context: VICIdial's DID handling in [trunkinbound]
    type=peer
    host=192.0.2.10
    insecure=port,invite
  `, { only: ["auth/missing-context"] });
});

test("a [general] context= that sits in an included file counts", () => {
  checkFixture(`
    //- sip.conf
    [general]
    #include sip_general_additional.conf
    #include sip_trunks.conf
    //- sip_general_additional.conf
    context=from-sip-external
    //- sip_trunks.conf
    [trunk]
    type=peer
    host=192.0.2.10
    insecure=port,invite
  `, { only: ["auth/missing-context"] });
});

test("without sip.conf, a FreePBX-style [general] fragment's context= counts, and an unseen [general] is not guessed", () => {
  checkFixture(`
    //- sip_general_additional.conf
    context=from-sip-external
    allowguest=no
    //- sip_trunks.conf
    [trunk]
    type=peer
    host=192.0.2.10
    insecure=port,invite
  `, { only: ["auth/missing-context"] });
  const service = workspaceOf({ "sip_trunks.conf": "[trunk]\ntype=peer\nhost=192.0.2.10\ninsecure=port,invite\n" });
  assert.deepEqual(service.diagnostics("/ws/sip_trunks.conf").filter((f) => f.code === "auth/missing-context"), []);
});

const CONTEXT = "auth/missing-context";
const ONLY = { only: [CONTEXT] };

/** A VICIdial carrier record (no registration, no conf template unless given) around an account entry. */
const carrier = (account: string, protocol = "SIP", templateId = "--NONE--") =>
  `carrier_id: TRUNK\nprotocol: ${protocol}\nserver_ip: 0.0.0.0\nactive: Y\ntemplate_id: ${templateId}\n\n[[account_entry]]\n${account}`;

test("a carrier's peer without context= is a warning on its header, with a fix right after the header", () => {
  const before = `
    //- t.carrier
    carrier_id: TRUNK
    protocol: SIP
    server_ip: 0.0.0.0
    active: Y
    template_id: --NONE--

    [[account_entry]]
    [trunk]
     ^^^^^ warning auth/missing-context: 'default' context
    type=peer
    host=192.0.2.10
    insecure=port,invite
  `;
  const service = checkFixture(before, ONLY);
  assert.match(withCode(findingsOf(service), CONTEXT)[0].message, /trunkinbound/);
  const after = `
    carrier_id: TRUNK
    protocol: SIP
    server_ip: 0.0.0.0
    active: Y
    template_id: --NONE--

    [[account_entry]]
    [trunk]
    context=trunkinbound
    type=peer
    host=192.0.2.10
    insecure=port,invite
  `;
  checkFix(before, after, { code: CONTEXT, title: "Add 'context=trunkinbound'" });
  // The fixed text has nothing left to report.
  checkFixture("//- t.carrier\n" + after, ONLY);
});

test("the missing-context fix keeps CRLF line endings", () => {
  const text = carrier("[trunk]\ntype=peer\nhost=192.0.2.10\n").replace(/\n/g, "\r\n");
  checkFix(text, text.replace("[trunk]\r\n", "[trunk]\r\ncontext=trunkinbound\r\n"), { code: CONTEXT, file: "t.carrier" });
});

test("a context from the conf template, or from the including sip.conf [general], is enough; type=user is not a peer", () => {
  checkFixture(`
    //- t.carrier
    carrier_id: TRUNK
    protocol: SIP
    server_ip: 0.0.0.0
    active: Y
    template_id: ULAW

    [[account_entry]]
    [trunk]
    type=peer
    host=192.0.2.10
    //- u.conftemplate
    template_id: ULAW
    template_name: ULAW

    [[template_contents]]
    context=trunkinbound
    disallow=all
    allow=ulaw
  `, ONLY);
  const account = carrier("[trunk]\ntype=peer\nhost=192.0.2.10\n");
  checkFixture(`//- t.carrier\n${account}//- sip.conf\n[general]\ncontext=trunkinbound\n#include sip-vicidial.conf\n`, ONLY);
  checkFixture(`
    //- t.carrier
    carrier_id: TRUNK
    protocol: SIP
    server_ip: 0.0.0.0
    active: Y
    template_id: --NONE--

    [[account_entry]]
    [trunk]
     ^^^^^ warning auth/missing-context: [general] context=default applies
    type=peer
    host=192.0.2.10
    //- sip.conf
    [general]
    context=default
    #include sip-vicidial.conf
  `, ONLY);
  checkFixture("//- t.carrier\n" + carrier("[trunk]\ntype=user\nsecret=pw9\n"), ONLY);
});

test("PJSIP carriers: only the endpoint is judged (not aor, identify or auth), and the fix goes after its header", () => {
  const before = `
    //- p.carrier
    carrier_id: TRUNK
    protocol: PJSIP
    server_ip: 0.0.0.0
    active: Y
    template_id: --NONE--

    [[account_entry]]
    [pj]
    type=aor
    contact=sip:192.0.2.40

    [pj]
    type=identify
    endpoint=pj
    match=192.0.2.40

    [pj]
     ^^ warning auth/missing-context
    type=endpoint
    aors=pj
  `;
  checkFixture(before, ONLY);
  checkFix(before, carrier("[pj]\ntype=aor\ncontact=sip:192.0.2.40\n\n[pj]\ntype=identify\nendpoint=pj\nmatch=192.0.2.40\n\n[pj]\ncontext=trunkinbound\ntype=endpoint\naors=pj\n", "PJSIP"), { code: CONTEXT });
});

test("PJSIP wizard carriers need endpoint/context=, and the fix adds it", () => {
  const wizard = carrier("[wiz]\ntype=wizard\nremote_hosts=198.51.100.50\nendpoint/allow=ulaw\n", "PJSIP_WIZ");
  checkFixture(`
    //- w.carrier
    carrier_id: TRUNK
    protocol: PJSIP_WIZ
    server_ip: 0.0.0.0
    active: Y
    template_id: --NONE--

    [[account_entry]]
    [wiz]
     ^^^ warning auth/missing-context: endpoint/context=
    type=wizard
    remote_hosts=198.51.100.50
    endpoint/allow=ulaw
  `, ONLY);
  checkFix(wizard, wizard.replace("[wiz]\n", "[wiz]\nendpoint/context=trunkinbound\n"), { code: CONTEXT, file: "w.carrier", title: "Add 'endpoint/context=trunkinbound'" });
  checkFixture("//- w.carrier\n" + wizard.replace("endpoint/allow", "endpoint/context=trunkinbound\nendpoint/allow"), ONLY);
});

test("hand-written chan_sip/chan_iax2 files: only clear trunks, and only when [general] sets no context other than default", () => {
  checkFixture(`
    [general]
    context=default
    [trunk]
     ^^^^^ warning auth/missing-context
    type=peer
    host=192.0.2.10
    insecure=port,invite
    [1000]
    type=friend
    host=dynamic
    secret=pwA
  `, ONLY);
  checkFixture(`
    [general]
    [trunk]
     ^^^^^ warning auth/missing-context
    type=peer
    host=192.0.2.10
    insecure=port,invite
  `, ONLY);
  checkFixture("[general]\ncontext=public\n[trunk]\ntype=peer\nhost=192.0.2.10\ninsecure=port,invite\n", ONLY);
  // A fixed host with a registration of its own is a trunk too; one without either is not judged.
  checkFixture(`
    //- iax.conf
    [general]
    register => acme:pwA@trunk
    [trunk]
     ^^^^^ warning auth/missing-context
    type=friend
    host=192.0.2.10
    secret=pwA
  `, ONLY);
  checkFixture("[general]\n[office]\ntype=peer\nhost=192.0.2.10\n", ONLY);
});

test("the fix in a plain file of a VICIdial server keeps the section's indentation", () => {
  checkFix(
    "[general]\n#include sip-vicidial.conf\n[trunk]\n  type=peer\n  host=192.0.2.10\n  insecure=invite\n",
    "[general]\n#include sip-vicidial.conf\n[trunk]\n  context=trunkinbound\n  type=peer\n  host=192.0.2.10\n  insecure=invite\n",
    { code: CONTEXT },
  );
});

test("hand-written PJSIP: an endpoint named by an identify is a trunk, a lone endpoint (a phone) is not; wizards too", () => {
  checkFixture(`
    //- pjsip.conf
    [c]
    type=identify
    endpoint=c
    match=192.0.2.45
    [c]
     ^ warning auth/missing-context
    type=endpoint
    allow=ulaw
    [phone]
    type=endpoint
    allow=ulaw
  `, ONLY);
  checkFixture(`
    //- pjsip_wizard.conf
    [w]
     ^ warning auth/missing-context
    type=wizard
    remote_hosts=192.0.2.50
    [ph]
    type=wizard
    accepts_registrations=yes
    remote_hosts=192.0.2.51
  `, ONLY);
});

test("an empty context= of the peer's own gets its value set: a line added above it would be overridden by it", () => {
  const before = carrier("[trunk]\ntype=peer\nhost=192.0.2.10\ncontext=\n");
  const after = carrier("[trunk]\ntype=peer\nhost=192.0.2.10\ncontext=trunkinbound\n");
  checkFix(before, after, { code: CONTEXT, file: "t.carrier", title: "Set 'context=trunkinbound'" });
  checkFixture("//- t.carrier\n" + after, ONLY);
});

test("no fix under a header that opens a ';--' block comment: the added context= line would be comment", () => {
  const service = workspaceOf({ "t.carrier": carrier("[trunk] ;-- a note\n--;\ntype=peer\nhost=192.0.2.10\n") });
  assert.equal(withCode(findingsOf(service), CONTEXT).length, 1);
  assert.deepEqual(fixesFor(service, CONTEXT), []);
});
