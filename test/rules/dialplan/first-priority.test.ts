// dialplan/first-priority: an extension without priority 1, unless another matching pattern of the context has one.
import { test } from "node:test";
import { checkFixture } from "../../fixture";

test("an extension starting at 2 with nothing to give it priority 1 is a warning", () => {
  checkFixture(`
    //- extensions.conf
    [test]
    exten => 100,2,NoOp()
                 ^ warning dialplan/first-priority: starts at priority 2
  `, { only: ["dialplan/first-priority"] });
});

test("priority 1 from another matching pattern (FreePBX follow-me: '*' is a literal) is not reported", () => {
  checkFixture(`
    //- extensions.conf
    [ext-findmefollow]
    exten => _RG-X!,1,NoOp(first)
    exten => _RG-123.,2,NoOp(second)
    same => n,Hangup()
    exten => _RG-38375604*.,2,NoOp(second)
    same => n,Hangup()
    exten => _FM-5.,2,NoOp(no pattern gives this one priority 1)
                    ^ warning dialplan/first-priority: starts at priority 2
  `, { only: ["dialplan/first-priority"] });
});
