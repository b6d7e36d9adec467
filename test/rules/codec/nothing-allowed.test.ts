// codec/nothing-allowed: disallow=all with no usable allow= after it (templates and VICIdial template text included);
// the skipped names are in the message, with no empty name for an empty allow= or a stray comma.
import assert from "node:assert/strict";
import { test } from "node:test";
import { checkFixture, checkNoFix } from "../../fixture";
import { findingsOf, withCode } from "../../helpers";

test("an unknown codec after disallow=all is named in the message", () => {
  checkFixture(
    `
[general]
context=default
[p]
type=peer
host=192.0.2.1
context=in
disallow=all
^^^^^^^^^^^^ error codec/nothing-allowed: no codec at all (Asterisk skips 'g711a'): calls
allow=g711a
`,
    { only: ["codec/nothing-allowed"] },
  );
});

test("a stray comma is 'an empty entry', not an empty name", () => {
  checkFixture(
    `
[general]
context=default
[p]
type=peer
host=192.0.2.1
context=in
disallow=all
^^^^^^^^^^^^ error codec/nothing-allowed: (Asterisk skips 'g711a', an empty entry): calls
allow=g711a,
`,
    { only: ["codec/nothing-allowed"] },
  );
});

test("an empty allow= alone is 'an empty entry'", () => {
  checkFixture(
    `
[general]
context=default
[p]
type=peer
host=192.0.2.1
context=in
disallow=all
^^^^^^^^^^^^ error codec/nothing-allowed: no codec at all (Asterisk skips an empty entry): calls
allow=
`,
    { only: ["codec/nothing-allowed"] },
  );
});

const CODE = "codec/nothing-allowed";
const ONLY = { only: [CODE] };

test("disallow=all with nothing usable after it is an error on that line", () => {
  checkFixture(`
    [general]
    [p1]
    type=friend
    allow=ulaw
    disallow=all
    ^^^^^^^^^^^^ error codec/nothing-allowed
    [p2]
    type=friend
    disallow=all
    ^^^^^^^^^^^^ error codec/nothing-allowed: 'g711'
    allow=g711
  `, ONLY);
});

test("disallow=all from a template is reported on the peer using it; a VICIdial template on the carrier's section", () => {
  checkFixture(`
    [general]
    [t](!)
    disallow=all
    [p1](t)
    ;^^ error codec/nothing-allowed: a disallow=all it takes from its template
    type=friend
  `, ONLY);
  checkFixture(`
    //- a1.carrier
    carrier_id: A1
    protocol: SIP
    template_id: T1
    [[account_entry]]
    [a1]
     ^^ error codec/nothing-allowed
    type=peer
    allow=ulaw
    //- t.conftemplate
    template_id: T1
    [[template_contents]]
    disallow=all
  `, ONLY);
});

test("not when something is allowed, not on templates, not without disallow=all, not on a PJSIP aor", () => {
  checkFixture("[general]\n[p1]\ntype=friend\ndisallow=all\nallow=ulaw\n", ONLY);
  checkFixture("[general]\n[t](!)\ndisallow=all\n", ONLY);
  checkFixture("[general]\n[p1]\ntype=friend\ndisallow=ulaw\n", ONLY);
  checkFixture("[a]\ntype=aor\ndisallow=all\n", { ...ONLY, file: "pjsip.conf" });
});

test("a PJSIP endpoint with disallow=all alone is reported", () => {
  checkFixture(`
    //- pjsip.conf
    [e]
    type=endpoint
    disallow=all
    ^^^^^^^^^^^^ error codec/nothing-allowed
  `, ONLY);
});

test("VICIdial PJSIP carrier: the template's disallow=all lands on the endpoint section, which then allows nothing", () => {
  checkFixture(`
    //- p.carrier
    carrier_id: P1
    protocol: PJSIP
    template_id: PT
    [[account_entry]]
    [p1]
    type=aor
    contact=sip:1.2.3.4
    [p1]
     ^^ error codec/nothing-allowed
    type=endpoint
    aors=p1
    allow=ulaw
    //- pt.conftemplate
    template_id: PT
    [[template_contents]]
    disallow=all
  `, ONLY);
});

test("a template no carrier uses is still checked, and the message says it affects every carrier using it", () => {
  const service = checkFixture(`
    //- t.conftemplate
    template_id: T9
    [[template_contents]]
    disallow=all
    ^^^^^^^^^^^^ error codec/nothing-allowed: template 'T9'
    allow=g711u
  `, ONLY);
  assert.match(withCode(findingsOf(service), CODE)[0].message, /template 'T9'.*every carrier using the template/);
});

test("the rule offers no fix: which codec the provider wants is not in the config", () => {
  checkNoFix("[general]\n[p1]\ntype=friend\nallow=ulaw\ndisallow=all\n", { code: CODE });
});
