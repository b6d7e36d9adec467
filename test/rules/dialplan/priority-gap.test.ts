// dialplan/priority-gap: a missing priority that no other matching pattern provides.
import { test } from "node:test";
import { checkFixture } from "../../fixture";

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
