// dialplan/unbalanced-expression: a `${` or `$[` in the arguments that is never closed.
import { test } from "node:test";
import { checkFixture, checkNoFix } from "../../fixture";

// Ported from test/rules/dialplan.test.ts ("unclosed parenthesis (fix) and unbalanced ${ / $[").
const UNBALANCED = `
  //- extensions.conf
  [general]
  [globals]
  A=1
  B=2
  [test]
  exten => 100,1,Dial(SIP/x,5)
  same => n,Set(A=\${B)
  same => n,NoOp($[1+2)
  same => n,NoOp(\${A} $[1+1])
  same => n,Hangup()
`;

test("an unclosed '\${' and an unclosed '$[' are warnings on their opener; closed ones are not", () => {
  checkFixture(
    UNBALANCED.replace("Set(A=${B)\n", "Set(A=${B)\n                  ^^ warning dialplan/unbalanced-expression: This '${' variable is never closed with '}'\n").replace(
      "NoOp($[1+2)\n",
      "NoOp($[1+2)\n                 ^^ warning dialplan/unbalanced-expression: This '$[' expression is never closed with ']'\n",
    ),
    { only: ["dialplan/unbalanced-expression"] },
  );
});

test("there is no fix (where the closer belongs is the author's call)", () => {
  checkNoFix(UNBALANCED, { code: "dialplan/unbalanced-expression" });
});

test("its severity follows the harm: Asterisk drops the line and loads the rest of the context, so a warning", () => {
  checkFixture(`
    //- extensions.conf
    [test]
    exten => 100,1,Set(FOO=\${BAR)
                           ^^ warning dialplan/unbalanced-expression
    same => n,Hangup()
  `, { only: ["dialplan/unbalanced-expression"] });
});

test("nesting pairs each closer with the latest opener: only the outer '\${' of '\${A\${B}' is unclosed", () => {
  checkFixture(`
    //- extensions.conf
    [test]
    exten => 100,1,Set(X=\${A\${B}:$[\${C}])
                         ^^ warning dialplan/unbalanced-expression: This '\${' variable is never closed
    same => n,Set(Y=\${D} \${E})
    same => n,Hangup()
  `, { only: ["dialplan/unbalanced-expression"] });
});
