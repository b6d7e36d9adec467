// syntax/append-missing: `[name](+)` adds to a section that is not defined before it; Asterisk rejects the whole file.
import { test } from "node:test";
import { checkFixture, checkNoFix } from "../../fixture";

const CODE = "syntax/append-missing";
const ONLY = { only: [CODE] };

test("(+) on a section never defined, or only defined after it, is an error on the options", () => {
  checkFixture(`
    [general]
    [nosuch](+)
    ;       ^^^ error syntax/append-missing: '[nosuch](+)' adds to a section that is not defined before it
    secret=x
    [late](+)
    ;     ^^^ error syntax/append-missing: rejects the whole file
    context=appended
    [late]
    type=friend
  `, ONLY);
});

test("(+) after the section it adds to is fine, also when the section comes from an included file", () => {
  checkFixture(`
    [general]
    [peer1]
    type=friend
    host=dynamic
    [peer1](+)
    context=appended
  `, ONLY);
  checkFixture(`
    //- sip.conf
    [general]
    #include sip-peers.conf
    [peer1](+)
    context=appended
    //- sip-peers.conf
    [peer1]
    type=friend
    host=dynamic
  `, ONLY);
});

test("no fix: whether the name is a typo or the section is missing is not known", () => {
  checkNoFix("[general]\n[nosuch](+)\nsecret=x\n", { code: CODE });
});
