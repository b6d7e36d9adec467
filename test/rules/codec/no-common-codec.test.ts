// codec/no-common-codec: a peer or carrier whose final codec list shares no audio codec with what it talks to.
import assert from "node:assert/strict";
import { test } from "node:test";
import { checkFixture, checkNoFix } from "../../fixture";
import { findingsOf, withCode } from "../../helpers";

const CODE = "codec/no-common-codec";
const ONLY = { only: [CODE] };

const PHONE_AND_TRUNK = "[general]\n[100]\ntype=friend\nhost=dynamic\ndisallow=all\nallow=ulaw\n[trunk]\ntype=peer\nhost=10.0.0.1\ndisallow=all\nallow=g729\n";

test("a carrier sharing no codec with the phones", () => {
  const service = checkFixture(`
    [general]
    [100]
    type=friend
    host=dynamic
    disallow=all
    allow=ulaw
    [trunk]
     ^^^^^ warning codec/no-common-codec: phone
    type=peer
    host=10.0.0.1
    disallow=all
    allow=g729
  `, ONLY);
  assert.equal(withCode(findingsOf(service), CODE)[0].related?.[0].message, "Phone '100' allows ulaw");
});

test("one shared codec is enough", () => {
  checkFixture(PHONE_AND_TRUNK + "allow=ulaw\n", ONLY);
});

test("a VICIdial carrier against the phones of sip.conf", () => {
  checkFixture(`
    //- sip.conf
    [general]
    [100]
    type=friend
    host=dynamic
    disallow=all
    allow=alaw
    //- a1.carrier
    carrier_id: A1
    protocol: SIP
    [[account_entry]]
    [a1]
     ^^ warning codec/no-common-codec
    type=peer
    host=1.2.3.4
    disallow=all
    allow=ulaw
  `, ONLY);
});

test("a peer replacing [general]'s list or its template's list", () => {
  checkFixture(`
    [general]
    disallow=all
    allow=ulaw
    [p1]
     ^^ warning codec/no-common-codec: [general]
    type=friend
    disallow=all
    allow=g729
  `, ONLY);
  checkFixture(`
    [general]
    [t](!)
    type=friend
    disallow=all
    allow=alaw
    [p1](t)
     ^^ warning codec/no-common-codec: template 't'
    disallow=all
    allow=g729
  `, ONLY);
});

test("not when the peer keeps a codec of [general], nor for a peer with nothing to compare with", () => {
  checkFixture("[general]\ndisallow=all\nallow=ulaw\n[p1]\ntype=friend\ndisallow=all\nallow=g729,ulaw\n", ONLY);
  checkFixture("[general]\n[p1]\ntype=friend\nhost=1.1.1.1\ndisallow=all\nallow=g729\n", ONLY);
});

test("the rule offers no fix: which codec both sides should share is a choice", () => {
  checkNoFix(PHONE_AND_TRUNK, { code: CODE });
});
