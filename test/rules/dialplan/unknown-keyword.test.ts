// dialplan/unknown-keyword: a line in a context that starts with a word Asterisk's dialplan does not know.
import { test } from "node:test";
import { checkFix, checkFixture, checkNoFix } from "../../fixture";

// Ported from test/rules/dialplan.test.ts ("unknown keyword in a context").
test("'extension =>' is a warning; exten, same, include, ignorepat and switch are not", () => {
  checkFixture(`
    //- extensions.conf
    [general]
    [globals]
    [test]
    extension => 100,1,NoOp()
    ^^^^^^^^^ warning dialplan/unknown-keyword: 'extension' is not a dialplan keyword
    exten => 101,1,NoOp()
    same => n,Hangup()
    include => other
    ignorepat => 9
    switch => DUNDi/e164
    [other]
    exten => 1,1,NoOp()
  `, { only: ["dialplan/unknown-keyword"] });
});

const TYPO = `
  //- extensions.conf
  [test]
  inlcude => other
  exten => 101,1,NoOp()
  [other]
  exten => 1,1,NoOp()
`;

test("a near miss gets 'did you mean' and a fix; a word like no keyword gets neither", () => {
  checkFixture(TYPO.replace("inlcude => other\n", "inlcude => other\n  ^^^^^^^ warning dialplan/unknown-keyword: Did you mean 'include'?\n"), { only: ["dialplan/unknown-keyword"] });
  checkFix(TYPO, TYPO.replace("inlcude", "include"), { code: "dialplan/unknown-keyword", title: "Change to 'include'" });
  checkNoFix(`
    //- extensions.conf
    [test]
    extension => 100,1,NoOp()
  `, { code: "dialplan/unknown-keyword" });
});
