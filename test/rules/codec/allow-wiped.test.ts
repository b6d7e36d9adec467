// codec/allow-wiped: allow lines followed by disallow=all in the same peer are thrown away (Asterisk applies in order).
import assert from "node:assert/strict";
import { test } from "node:test";
import { checkFix, checkFixture, checkNoFix } from "../../fixture";
import { findingsOf, withCode, WS } from "../../helpers";

const CODE = "codec/allow-wiped";
const ONLY = { only: [CODE] };

test("allow lines before disallow=all in one section; the fix moves disallow=all up", () => {
  const before = `
    [general]
    [p1]
    type=friend
    allow=ulaw
    ^^^^^^^^^^ warning codec/allow-wiped: ulaw is not offered
    allow=alaw
    ^^^^^^^^^^ warning codec/allow-wiped: alaw is not offered
    disallow=all
    allow=gsm
  `;
  const service = checkFixture(before, ONLY);
  assert.equal(withCode(findingsOf(service), CODE)[0].related?.length, 1);
  checkFix(before, `
    [general]
    [p1]
    type=friend
    disallow=all
    allow=ulaw
    allow=alaw
    allow=gsm
  `, { code: CODE, title: "Move 'disallow=all' before the first allow line" });
});

test("not for the usual order, a template being overridden, or a codec allowed again", () => {
  checkFixture("[general]\n[p1]\ntype=friend\ndisallow=all\nallow=ulaw\n", ONLY);
  checkFixture("[general]\n[t](!)\nallow=g729\n[p1](t)\ntype=friend\ndisallow=all\nallow=ulaw\n", ONLY);
  checkFixture("[general]\n[p1]\ntype=friend\nallow=ulaw\ndisallow=all\nallow=ulaw\n", ONLY);
});

test("a VICIdial template's disallow=all wipes the carrier's allows (no fix across files)", () => {
  const fixture = `
    //- a1.carrier
    carrier_id: A1
    protocol: SIP
    template_id: T1
    [[account_entry]]
    [a1]
    type=peer
    host=1.2.3.4
    disallow=all
    allow=ulaw
    ^^^^^^^^^^ warning codec/allow-wiped: template 'T1'
    //- t.conftemplate
    template_id: T1
    [[template_contents]]
    disallow=all
    allow=g729
  `;
  const service = checkFixture(fixture, ONLY);
  assert.equal(withCode(findingsOf(service), CODE)[0].related?.[0].uri, WS + "t.conftemplate");
  checkNoFix(fixture, { code: CODE });
});

test("'allow=all' before 'disallow=all'", () => {
  checkFixture(`
    [general]
    [p1]
    type=friend
    allow=all
    ^^^^^^^^^ warning codec/allow-wiped: every format it adds is not offered
    disallow=all
    allow=ulaw
  `, ONLY);
});

test("VICIdial PJSIP carrier: the template lands on the last (endpoint) section and wipes its allow", () => {
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
    type=endpoint
    aors=p1
    allow=ulaw
    ^^^^^^^^^^ warning codec/allow-wiped
    //- pt.conftemplate
    template_id: PT
    [[template_contents]]
    disallow=all
  `, ONLY);
});

test("no move when another disallow=all still follows the allow lines: moving one would leave the list wiped", () => {
  checkNoFix(`
    [general]
    [p1]
    type=friend
    allow=ulaw
    disallow=all
    disallow=all
    allow=gsm
  `, { code: CODE });
});

test("a line's own '!all' does not wipe its codecs; a later line's disallow=all does", () => {
  checkFixture(`
    [general]
    [p1]
    type=friend
    allow=ulaw,!all
    ^^^^^^^^^^^^^^^ warning codec/allow-wiped: ulaw is not offered
    allow=gsm
    ^^^^^^^^^ warning codec/allow-wiped: gsm is not offered
    disallow=all
    allow=alaw
  `, ONLY);
  checkFixture("[general]\n[p1]\ntype=friend\nallow=ulaw,!all\nallow=gsm\n", ONLY);
});
