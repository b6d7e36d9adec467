// security/unauthenticated-carrier-path: each way in that needs no password (chan_sip guest, PJSIP anonymous, IAX2
// user without a secret, chan_sip peer without one), with a path to a carrier's Dial (error) and without (clean).
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkFix, checkFixture, dedent } from "../../fixture";

/** A fixture from pieces, each dedented on its own (so shared pieces can be spliced in). */
const fx = (...parts: string[]) => parts.map(dedent).join("\n");

const CODE = "security/unauthenticated-carrier-path";
const only = { only: [CODE] };

const DIALPLAN = `
  //- extensions.conf
  [public]
  include => outbound

  [outbound]
  exten => _91NXXNXXXXXX,1,NoOp(out)
   same => n,Dial(SIP/carrier-a/\${EXTEN:1})
   same => n,Hangup()

  [trunkinbound]
  exten => _X.,1,AGI(agi-DID_route.agi)
   same => n,Hangup()
`;

const CARRIER = `
  [carrier-a]
  type=peer
  host=192.0.2.10
  insecure=port,invite
  context=trunkinbound
`;

test("chan_sip guests (allowguest unset) in a context that includes a carrier route: error with the whole path", () => {
  const service = checkFixture(fx(`
    //- sip.conf
    [general]
    context=public
    ^^^^^^^^^^^^^^ error security/unauthenticated-carrier-path: chan_sip guests
`, CARRIER, DIALPLAN), only);
  const finding = [...service.allDiagnostics().values()].flat().find((f) => f.code === CODE)!;
  assert.match(finding.message, /\[public\] -> \[outbound\]/);
  assert.match(finding.message, /Fix: Set allowguest=no/);
  assert.deepEqual(finding.related?.map((r) => r.message), [
    "[public] includes [outbound]",
    "[outbound] extension _91NXXNXXXXXX dials SIP/carrier-a/${EXTEN:1}",
    "[carrier-a] is a carrier: it sends calls to the fixed host 192.0.2.10",
  ]);
});

test("chan_sip guests with no context= land in 'default'", () => {
  checkFixture(fx(`
    //- sip.conf
    [general]
    bindport=5060
    allowguest=yes
    ^^^^^^^^^^^^^^ error security/unauthenticated-carrier-path: no context= in [general], so 'default'
`, CARRIER, `
    //- extensions.conf
    [default]
    exten => _91NXXNXXXXXX,1,Dial(SIP/carrier-a/\${EXTEN:1})
  
`), only);
});

test("allowguest=no, or a guest context without carrier routes (VICIdial's stock trunkinbound), is clean", () => {
  checkFixture(fx(`
    //- sip.conf
    [general]
    context=public
    allowguest=no
`, CARRIER, DIALPLAN), only);
  checkFixture(fx(`
    //- sip.conf
    [general]
    context=trunkinbound
`, CARRIER, DIALPLAN), only);
});

test("the fixes: allowguest=no in [general] (inserted or switched), or drop the include", () => {
  const before = fx(`
    //- sip.conf
    [general]
    context=public
`, CARRIER, DIALPLAN);
  checkFix(before, fx(`
    [general]
    allowguest=no
    context=public
`, CARRIER), { code: CODE, title: "allowguest=no" });
  checkFix(fx(`
    //- sip.conf
    [general]
    allowguest = yes
    context=public
`, CARRIER, DIALPLAN), fx(`
    [general]
    allowguest = no
    context=public
`, CARRIER), { code: CODE, title: "allowguest=no" });
  checkFix(before, `
    //- extensions.conf
    [public]

    [outbound]
    exten => _91NXXNXXXXXX,1,NoOp(out)
     same => n,Dial(SIP/carrier-a/\${EXTEN:1})
     same => n,Hangup()

    [trunkinbound]
    exten => _X.,1,AGI(agi-DID_route.agi)
     same => n,Hangup()
  `, { code: CODE, index: 1, title: "Remove 'include => outbound'" });
});

test("a PJSIP endpoint named anonymous reaching a carrier is an error; one in an inbound-only context is clean", () => {
  const pjsip = (context: string) => `
    //- pjsip.conf
    [anonymous]
    ;^^^^^^^^^ error security/unauthenticated-carrier-path: PJSIP endpoint [anonymous]
    type=endpoint
    context=${context}
    disallow=all
    allow=ulaw
    [provider]
    type=aor
    contact=sip:192.0.2.20
    [provider]
    type=endpoint
    context=trunkinbound
    aors=provider
    //- extensions.conf
    [public]
    include => outbound
    [outbound]
    exten => _91NXXNXXXXXX,1,Dial(PJSIP/\${EXTEN:1}@provider)
    [trunkinbound]
    exten => _X.,1,AGI(agi-DID_route.agi)
  `;
  checkFixture(pjsip("public"), only);
  checkFixture(pjsip("trunkinbound").replace(/\n\s*;\^+ error [^\n]*/, ""), only);
});

test("an identify that matches every address makes its endpoint a way in", () => {
  checkFixture(`
    //- pjsip.conf
    [office]
    type=endpoint
    context=public
    [office]
    type=identify
    endpoint=office
    match=0.0.0.0/0
    ^^^^^^^^^^^^^^^ error security/unauthenticated-carrier-path: identify [office] matches every address
    [provider]
    type=endpoint
    context=trunkinbound
    outbound_auth=provider-auth
    //- extensions.conf
    [public]
    exten => _91NXXNXXXXXX,1,Dial(PJSIP/\${EXTEN:1}@provider)
  `, only);
});

test("an IAX2 user without a secret (any context= line) reaching a carrier is an error; with a secret it is clean", () => {
  const iax = (secret: string, mark: string) => `
    //- iax.conf
    [general]
    bindport=4569
    [guest]
    ${mark}
    type=user
    context=trunkinbound
    context=public
    ${secret}
    [partner]
    type=peer
    host=192.0.2.30
    //- extensions.conf
    [public]
    exten => _91NXXNXXXXXX,1,Dial(IAX2/partner/\${EXTEN})
    [trunkinbound]
    exten => _X.,1,Hangup()
  `;
  checkFixture(iax("", ";^^^^^ error security/unauthenticated-carrier-path: IAX2 user [guest]"), only);
  checkFixture(iax("secret=Xq7vLr2pWm9sTz4k", ""), only);
});

test("a host=dynamic chan_sip friend without secret (password= is ignored) reaching a carrier is an error, with a rename fix", () => {
  const before = fx(`
    //- sip.conf
    [general]
    allowguest=no
    [agent]
    ;^^^^^ error security/unauthenticated-carrier-path: chan_sip peer [agent] (host=dynamic, no secret; chan_sip ignores its password=)
    type=friend
    host=dynamic
    password=Xq7vLr2pWm9sTz4k
    context=public
`, CARRIER, DIALPLAN);
  checkFixture(before, only);
  checkFix(before, fx(`
    [general]
    allowguest=no
    [agent]
    type=friend
    host=dynamic
    secret=Xq7vLr2pWm9sTz4k
    context=public
`, CARRIER), { code: CODE, title: "Rename password= to secret=" });
  checkFixture(before.replace("password=Xq7", "secret=Xq7").replace(/\n\s*;\^+ error [^\n]*/, ""), only);
});

test("a secretless dynamic peer limited to some addresses (deny all, permit some) is not a way in", () => {
  checkFixture(fx(`
    //- sip.conf
    [general]
    allowguest=no
    [agent]
    type=friend
    host=dynamic
    deny=0.0.0.0/0.0.0.0
    permit=192.0.2.0/255.255.255.0
    context=public
`, CARRIER, DIALPLAN), only);
});

test("Goto, Gosub, Macro and Local channels with a literal context lead on; a VICIdial carrier's Dial counts as a carrier", () => {
  checkFixture(`
    //- sip.conf
    [general]
    context=public
    ^^^^^^^^^^^^^^ error security/unauthenticated-carrier-path: [public] -> [step1] -> [macro-step2] -> [step3] -> [vicidial-auto]
    //- extensions.conf
    [globals]
    #include extensions-vicidial.conf
    [public]
    exten => _X.,1,Goto(step1,\${EXTEN},1)
    [step1]
    exten => _X.,1,Macro(step2,\${EXTEN})
    [macro-step2]
    exten => s,1,Dial(Local/\${ARG1}@step3)
    [step3]
    exten => _X.,1,Gosub(vicidial-auto,\${EXTEN},1)
    //- acme.carrier
    carrier_id: ACME
    protocol: SIP
    server_ip: 0.0.0.0
    active: Y
    globals_string: ACMETRUNK = SIP/acme
    [[account_entry]]
    [acme]
    type=peer
    host=192.0.2.40
    context=trunkinbound
    [[dialplan_entry]]
    exten => _91NXXNXXXXXX,1,AGI(agi://127.0.0.1:4577/call_log)
    exten => _91NXXNXXXXXX,2,Dial(\${ACMETRUNK}/\${EXTEN:1},,To)
    exten => _91NXXNXXXXXX,3,Hangup()
  `, only);
});

test("allowguest=no is not inserted under a [general] header that opens a ';--' block comment (the line would be comment)", () => {
  const service = checkFixture(fx(`
    //- sip.conf
    [general] ;-- notes
    --;
    context=public
`, CARRIER, DIALPLAN), { only: [] });
  const finding = [...service.allDiagnostics().values()].flat().find((f) => f.code === CODE);
  assert.ok(finding);
  assert.deepEqual(service.quickFixes([finding]).map((f) => f.title).filter((t) => t.includes("allowguest")), []);
});
