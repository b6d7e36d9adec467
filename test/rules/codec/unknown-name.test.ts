// codec/unknown-name: a codec name Asterisk does not know; it is skipped, with a suggestion and a fix when one is close.
import assert from "node:assert/strict";
import { test } from "node:test";
import { checkFix, checkFixture } from "../../fixture";
import { findingsOf, withCode } from "../../helpers";

const CODE = "codec/unknown-name";
const ONLY = { only: [CODE] };

test("unknown names are flagged with a suggestion; the fix replaces only the name", () => {
  const before = `
    [general]
    [p1]
    type=friend
    disallow=all
    allow=g711u,alaw:20
    ;     ^^^^^ warning codec/unknown-name: 'g711u'
    allow=!g723.1
    ;      ^^^^^^ warning codec/unknown-name: 'g723'
  `;
  const service = checkFixture(before, ONLY);
  assert.match(withCode(findingsOf(service), CODE)[0].message, /'g711u'.*skips.*'ulaw'/);
  checkFix(before, `
    [general]
    [p1]
    type=friend
    disallow=all
    allow=ulaw,alaw:20
    allow=!g723.1
  `, { code: CODE });
});

test("valid names in any case, 'all', and allow= in the dialplan are not flagged", () => {
  checkFixture(`
    //- sip.conf
    [general]
    [p1]
    type=friend
    disallow=ALL
    allow = ULaw | alaw , !gsm:30
    allow=g729,opus,h264,slin16,t38
    //- extensions.conf
    [globals]
    [c]
    allow=g711u
  `, ONLY);
});

test("pjsip_wizard endpoint/allow and plain allow; no suggestion for nonsense", () => {
  const service = checkFixture(`
    //- pjsip_wizard.conf
    [w]
    type=wizard
    endpoint/allow=pcmu
    ;              ^^^^ warning codec/unknown-name: 'pcmu'
    allow=zzqqxx
    ;     ^^^^^^ warning codec/unknown-name: Unknown codec 'zzqqxx'
  `, ONLY);
  assert.match(withCode(findingsOf(service), CODE)[1].message, /Unknown codec 'zzqqxx'.*\.$/);
});

test("in a carrier's account entry", () => {
  checkFixture(`
    //- a1.carrier
    carrier_id: A1
    protocol: SIP
    [[account_entry]]
    [a1]
    type=peer
    allow=g729a
    ;     ^^^^^ warning codec/unknown-name: 'g729a'
  `, ONLY);
});

test("a template no carrier uses is still checked on its own", () => {
  checkFixture(`
    //- t.conftemplate
    template_id: T9
    [[template_contents]]
    disallow=all
    allow=g711u
    ;     ^^^^^ warning codec/unknown-name: 'g711u'
  `, ONLY);
});
