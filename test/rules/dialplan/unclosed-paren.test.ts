// dialplan/unclosed-paren: an application's `(` with no `)`; the fix closes it at the end of the line.
import { test } from "node:test";
import { checkFix, checkFixture } from "../../fixture";

// Ported from test/rules/dialplan.test.ts ("unclosed parenthesis (fix) and unbalanced ${ / $[").
const UNCLOSED = `
  //- extensions.conf
  [general]
  [globals]
  [test]
  exten => 100,1,Dial(SIP/x,5
  same => n,Set(A=\${B)
  same => n,NoOp($[1+2)
  same => n,NoOp(\${A} $[1+1])
  same => n,Hangup()
`;

test("'Dial(' without ')' is a warning over the application and its arguments; closed ones are not", () => {
  checkFixture(UNCLOSED.replace("Dial(SIP/x,5\n", "Dial(SIP/x,5\n                 ^^^^^^^^^^^^ warning dialplan/unclosed-paren: 'Dial(' has no closing ')'\n"), { only: ["dialplan/unclosed-paren"] });
});

test("the fix adds the ')' at the end of the line", () => {
  checkFix(UNCLOSED, UNCLOSED.replace("Dial(SIP/x,5\n", "Dial(SIP/x,5)\n"), { code: "dialplan/unclosed-paren", title: "closing ')'" });
});
