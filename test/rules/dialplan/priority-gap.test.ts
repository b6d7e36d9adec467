// dialplan/priority-gap: a missing priority that no other matching pattern provides.
import { test } from "node:test";
import { checkFix, checkFixture } from "../../fixture";

test("a gap is a warning", () => {
  checkFixture(`
    //- extensions.conf
    [test]
    exten => 100,1,NoOp()
    exten => 100,3,Hangup()
                 ^ warning dialplan/priority-gap: with no priority 2
  `, { only: ["dialplan/priority-gap"] });
});

test("a gap another matching pattern fills is no gap", () => {
  checkFixture(`
    //- extensions.conf
    [test]
    exten => _RG-123.,1,NoOp()
    exten => _RG-123.,3,Hangup()
    exten => _RG-X!,2,NoOp(from the other pattern)
  `, { only: ["dialplan/priority-gap", "dialplan/first-priority"] });
});

// Ported from test/rules/dialplan.test.ts ("priorities: first not 1, gaps, duplicates").
const GAP = `
  //- extensions.conf
  [general]
  [globals]
  [test]
  exten => 200,1,NoOp(a)
  exten => 200,2,NoOp(b)
  exten => 200,4,NoOp(gap)
  exten => 400,1,NoOp(a)
  same => n,NoOp(b)
`;

test("1, 2, 4 is a gap at 4; 1, n is none", () => {
  checkFixture(GAP.replace("200,4,NoOp(gap)\n", "200,4,NoOp(gap)\n               ^ warning dialplan/priority-gap: with no priority 3, Asterisk stops after 2\n"), { only: ["dialplan/priority-gap"] });
});

test("the fixes close the gap: renumber 1 to 3, or number the rest 'n'", () => {
  checkFix(GAP, GAP.replace("200,4,NoOp(gap)", "200,3,NoOp(gap)"), { code: "dialplan/priority-gap", title: "Renumber '200' 1 to 3" });
  checkFix(GAP, GAP.replace("200,2,NoOp(b)", "200,n,NoOp(b)").replace("200,4,NoOp(gap)", "200,n,NoOp(gap)"), { code: "dialplan/priority-gap", index: 1 });
});
