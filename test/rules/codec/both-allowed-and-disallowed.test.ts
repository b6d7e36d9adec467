// codec/both-allowed-and-disallowed: the same codec allowed and explicitly disallowed in one peer; the later line wins.
import { test } from "node:test";
import { checkFixture, checkNoFix } from "../../fixture";

const CODE = "codec/both-allowed-and-disallowed";
const ONLY = { only: [CODE] };

test("allowed, then disallowed: says the codec is not offered", () => {
  checkFixture(`
    [general]
    [p1]
    type=friend
    disallow=all
    allow=ulaw,g729
    disallow=g729
    ;        ^^^^ warning codec/both-allowed-and-disallowed: g729 is not offered
  `, ONLY);
});

test("disallowed with '!', then allowed again: says the codec is offered", () => {
  checkFixture(`
    [general]
    [p1]
    type=friend
    allow=!gsm
    allow=gsm
    ;     ^^^ warning codec/both-allowed-and-disallowed: gsm is offered
  `, ONLY);
});

test("not via 'all', not for a peer narrowing its template", () => {
  checkFixture("[general]\n[p1]\ntype=friend\nallow=all\ndisallow=g729\n", ONLY);
  checkFixture("[general]\n[t](!)\nallow=g729\n[p1](t)\ntype=friend\ndisallow=g729\n", ONLY);
});

test("the rule offers no fix: which of the two lines is meant is not in the config", () => {
  checkNoFix("[general]\n[p1]\ntype=friend\ndisallow=all\nallow=ulaw,g729\ndisallow=g729\n", { code: CODE });
});
