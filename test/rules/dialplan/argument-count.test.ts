// dialplan/argument-count: Dial, AGI, Goto, GotoIf, ExecIf, Set and Hangup with arguments they cannot use.
import { test } from "node:test";
import { checkFixture, checkNoFix } from "../../fixture";

// Ported from test/rules/dialplan.test.ts ("argument counts of Dial, AGI, Goto, GotoIf, ExecIf, Set, Hangup").
const ARGS = `
  //- extensions.conf
  [general]
  [globals]
  [test]
  exten => 100,1,Dial()
                 ^^^^^^ error dialplan/argument-count: Dial has no destination
  same => n,Dial(SIP/x,5,To,,extra)
            ^^^^^^^^^^^^^^^^^^^^^^^ warning dialplan/argument-count: the extra 1 end up in the URL
  same => n,AGI()
            ^^^^^ error dialplan/argument-count: AGI has no script or FastAGI URL
  same => n,Goto(a,b,c,d)
            ^^^^^^^^^^^^^ error dialplan/argument-count: 4 parts cannot be a target
  same => n,GotoIf($[1]))
            ^^^^^^^^^^^^^ warning dialplan/argument-count: GotoIf needs 'condition?...'
  same => n,ExecIf($[1])
            ^^^^^^^^^^^^ warning dialplan/argument-count: ExecIf needs 'condition?...'
  same => n,Set(NOVALUE)
            ^^^^^^^^^^^^ warning dialplan/argument-count: Set needs 'name=value'
  same => n,Hangup(16,17)
            ^^^^^^^^^^^^^ warning dialplan/argument-count: Hangup takes one optional cause code
  same => n,Set(A=1,B=2)
            ^^^^^^^^^^^^ information dialplan/argument-count: 'B=2' becomes part of the value of 'A'
  same => n,Dial(SIP/x,5,To)
  same => n,GotoIf($[1]?100,1)
  same => n,Set(C=a,b)
  same => n,NoOp(a,b,c)
  same => n,Hangup()
`;

test("missing destinations, too many parts, no '?', no '=' are reported at their severity; well-formed calls are not", () => {
  checkFixture(ARGS, { only: ["dialplan/argument-count"], exhaustive: true });
});

test("there is no fix (the missing part is the author's to write)", () => {
  checkNoFix(ARGS, { code: "dialplan/argument-count" });
});
