// peer/missing-type: a section without type=; an empty placeholder section has no effect (information).
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkFix, checkFixture, checkNoFix } from "../../fixture";
import type { LanguageService } from "../../../server/src/service/language-service";
import { findingsOf, withCode, workspaceOf, WS } from "../../helpers";

const CODE = "peer/missing-type";
const ONLY = { only: [CODE] };
/** The titles of the fixes offered for the first missing-type finding in `file`. */
const fixTitles = (service: LanguageService, file: string) => {
  const finding = [...service.allDiagnostics().entries()].filter(([uri]) => uri.endsWith("/" + file)).flatMap(([, f]) => f).find((f) => f.code === CODE);
  assert.ok(finding, `no ${CODE} in ${file}`);
  return service.quickFixes([finding]).map((f) => f.title);
};

test("an empty key-less [wizard] is information, a section with options is a warning", () => {
  checkFixture(`
    //- pjsip_wizard.conf
    [wizard]
     ^^^^^^ information peer/missing-type: is empty
    [trunk]
     ^^^^^ warning peer/missing-type: Add type=wizard
    remote_hosts=192.0.2.1
  `, { only: ["peer/missing-type"], exhaustive: true });
});

test("a PJSIP section whose keys fit only an aor gets 'type=aor'", () => {
  checkFix(`
    //- pjsip.conf
    [trunk]
    type=endpoint
    aors=trunk-aor
    [trunk-aor]
    contact=sip:198.51.100.1
  `, `
    //- pjsip.conf
    [trunk]
    type=endpoint
    aors=trunk-aor
    [trunk-aor]
    type=aor
    contact=sip:198.51.100.1
  `, { code: "peer/missing-type" });
});

test("no 'type=aor' for a name that already has an aor", () => {
  checkNoFix(`
    //- pjsip.conf
    [trunk]
    type=aor
    contact=sip:198.51.100.1
    [trunk]
    max_contacts=1
  `, { code: "peer/missing-type" });
});

test("chan_sip and iax sections without type warn, with both type fixes; templates, [general] and [authentication] are skipped", () => {
  const before = `
    //- sip.conf
    [general]
    [authentication]
    auth=u:p@realm
    [t](!)
    type=friend
    [a](t)
    host=dynamic
    [b]
    ;^ warning peer/missing-type: chan_sip logs "Section 'b' lacks type"
    host=dynamic
    //- iax.conf
    [general]
    [i]
    ;^ warning peer/missing-type: chan_iax2 logs "Section 'i' lacks type"
    host=dynamic
  `;
  const service = checkFixture(before, ONLY);
  assert.deepEqual(fixTitles(service, "sip.conf"), ["Add 'type=friend'", "Add 'type=peer'"]);
  checkFix(before.replace(/\/\/- iax\.conf[^]*$/, ""), `
    //- sip.conf
    [general]
    [authentication]
    auth=u:p@realm
    [t](!)
    type=friend
    [a](t)
    host=dynamic
    [b]
    type=friend
    host=dynamic
  `, { code: CODE, title: "Add 'type=friend'" });
});

test("a base without (!) is offered the template mark; PJSIP guesses the type from the keys", () => {
  checkFixture(`
    //- sip.conf
    [general]
    [base]
    ;^^^^ warning peer/missing-type: mark it [base](!)
    context=trunkinbound
    [p](base)
    type=peer
    //- pjsip.conf
    [x]
    ;^ warning peer/missing-type: PJSIP creates no object from it
    contact=sip:10.0.0.1
    qualify_frequency=30
    [ep-defaults]
    context=x
    [e](ep-defaults)
    type=endpoint
  `, ONLY);
  checkFix(`
    [general]
    [base]
    context=trunkinbound
    [p](base)
    type=peer
  `, `
    [general]
    [base](!)
    context=trunkinbound
    [p](base)
    type=peer
  `, { code: CODE });
  checkFix(`
    //- pjsip.conf
    [x]
    contact=sip:10.0.0.1
    qualify_frequency=30
    [ep-defaults]
    context=x
    [e](ep-defaults)
    type=endpoint
  `, `
    //- pjsip.conf
    [x]
    type=aor
    contact=sip:10.0.0.1
    qualify_frequency=30
    [ep-defaults]
    context=x
    [e](ep-defaults)
    type=endpoint
  `, { code: CODE });
});

test("a carrier whose type comes from its VICIdial conf template is fine", () => {
  checkFixture(`
    //- a.carrier
    carrier_id: A
    protocol: SIP
    template_id: T1
    [[account_entry]]
    [carrier_a]
    host=10.0.0.1
    //- t.conftemplate
    template_id: T1
    [[template_contents]]
    type=peer
    context=trunkinbound
  `, { ...ONLY, exhaustive: true });
});

test("fixes that add a line are not offered inside a one-line account entry, where the line would fall out of the field", () => {
  const oneLine = checkFixture(`
    //- a.carrier
    carrier_id: abc
    protocol: SIP
    server_ip: 0.0.0.0
    account_entry: [abc]
    ;               ^^^ information peer/missing-type: [abc] is empty
  `, { ...ONLY, exhaustive: true });
  assert.ok(fixTitles(oneLine, "a.carrier").every((title) => !title.startsWith("Add 'type=")));
  checkFix(`
    //- a.carrier
    carrier_id: abc
    protocol: SIP
    server_ip: 0.0.0.0
    [[account_entry]]
    [abc]
  `, `
    //- a.carrier
    carrier_id: abc
    protocol: SIP
    server_ip: 0.0.0.0
    [[account_entry]]
    [abc]
    type=friend
  `, { code: CODE, title: "Add 'type=" });
});

test("no 'type=' fix under a header that opens a ';--' block comment: the added line would be comment", () => {
  const fixes = checkFixture(`
    [general]
    [p] ;-- a note
    ;^ warning peer/missing-type
    --;
    host=10.0.0.1
  `, ONLY);
  assert.deepEqual(fixTitles(fixes, "sip.conf"), []);
});

test("'type=registration' is added only to a section that has both URIs a registration needs", () => {
  // Without server_uri and client_uri PJSIP would refuse the registration the fix creates.
  checkNoFix(`
    //- pjsip.conf
    [reg]
    endpoint=d
    line=
  `, { code: CODE });
  checkFix(`
    //- pjsip.conf
    [reg]
    server_uri=sip:192.0.2.1
    client_uri=sip:u@192.0.2.1
    retry_interval=60
  `, `
    //- pjsip.conf
    [reg]
    type=registration
    server_uri=sip:192.0.2.1
    client_uri=sip:u@192.0.2.1
    retry_interval=60
  `, { code: CODE, title: "type=registration" });
});

test("the sections named as using a type-less base follow edits (the inheritors of a unit are found once per build)", () => {
  const service = workspaceOf({ "sip.conf": "[general]\n[base]\nhost=dynamic\n[p1](base)\ntype=friend\n" });
  const message = () => withCode(findingsOf(service), CODE).map((f) => f.message).join("\n");
  assert.match(message(), /used as a template by \[p1\]:/);
  service.setDocument(WS + "sip.conf", "[general]\n[base]\nhost=dynamic\n[p1](base)\ntype=friend\n[p2](base,base)\ntype=peer\n");
  assert.match(message(), /used as a template by \[p1\], \[p2\]:/);
  service.setDocument(WS + "sip.conf", "[general]\n[base]\nhost=dynamic\n[p2](base)\ntype=peer\n");
  assert.match(message(), /used as a template by \[p2\]:/);
});

test("after edits, a peer is reported once it has no type= of its own or inherited, and no longer once it has one", () => {
  const sip = "[general]\ncontext=default\n[tmpl](!)\ntype=peer\nhost=dynamic\n[p1](tmpl)\nsecret=a\n[p2]\ntype=friend\nhost=dynamic\n#include more.conf\n";
  const more = "[m1]\ntype=peer\nhost=10.0.0.1\n";
  const service = workspaceOf({ "sip.conf": sip, "more.conf": more });
  const reported = () => withCode(findingsOf(service), CODE).map((f) => `${f.file}:${f.line}`).sort();
  assert.deepEqual(reported(), []);
  // The template loses its type (a line edited in place: [p1] below is the same section, moved): [p1] has none now.
  service.setDocument(WS + "sip.conf", sip.replace("type=peer\nhost=dynamic", "nat=no\nhost=dynamic"));
  assert.deepEqual(reported(), ["sip.conf:6"]);
  // An edit in the other file leaves that as it is; a section without type= there is reported too.
  service.setDocument(WS + "more.conf", more.replace("type=peer\n", ""));
  assert.deepEqual(reported(), ["more.conf:1", "sip.conf:6"]);
  service.setDocument(WS + "sip.conf", sip);
  service.setDocument(WS + "more.conf", more);
  assert.deepEqual(reported(), []);
});
