// syntax/empty-section-name: `[]` opens a section with no name; Asterisk cannot make a peer or context of it.
import { test } from "node:test";
import { checkFixture, checkNoFix } from "../../fixture";

const CODE = "syntax/empty-section-name";
const ONLY = { only: [CODE] };

test("'[]' and '[](template)' are errors on the brackets", () => {
  checkFixture(`
    [general]
    [tmpl](!)
    type=friend
    []
    ^^ error syntax/empty-section-name: has no name
    type=friend
    [](tmpl)
    ^^ error syntax/empty-section-name: Expected '[name]'
    host=dynamic
  `, ONLY);
});

test("in the account entry of a carrier record too", () => {
  checkFixture(`
    //- a.carrier
    carrier_id: A1
    protocol: SIP
    [[account_entry]]
    []
    ^^ error syntax/empty-section-name
    type=peer
  `, ONLY);
});

test("named sections, names with spaces, and a dialplan context are fine", () => {
  checkFixture(`
    [general]
    [p1]
    type=friend
    [my peer]
    type=friend
  `, ONLY);
  checkFixture("[default]\nexten => s,1,NoOp()\n", { ...ONLY, file: "extensions.conf" });
});

test("no fix: the name the section should have is not in the file", () => {
  checkNoFix("[general]\n[]\ntype=friend\n", { code: CODE });
});
