// globals/unused-global: a global nothing reads, directly or through a computed name.
import { test } from "node:test";
import { checkFixture, checkNoFix } from "../../fixture";

test("globals read through a computed name (FreePBX's OUT_1 via \${OUT_\${DIAL_TRUNK}}) are used", () => {
  checkFixture(`
    //- extensions.conf
    [globals]
    OUT_1=SIP/trunk1
    OUTCID_1=2025550143
    NOBODY=1
    ^^^^^^ hint globals/unused-global: no dialplan line in the workspace reads it
    [macro-dialout-trunk]
    exten => s,1,Set(DIAL_TRUNK=\${ARG1})
    same => n,Set(CALLERID(num)=\${OUTCID_\${DIAL_TRUNK}})
    same => n,Dial(\${OUT_\${DIAL_TRUNK}}/\${ARG2})
  `, { only: ["globals/unused-global"], exhaustive: true });
});

test("a global nothing reads is a hint; read directly, through GLOBAL() or by another global is used", () => {
  checkFixture(`
    //- extensions.conf
    [globals]
    USED=1
    UNUSED=2
    ^^^^^^ hint globals/unused-global: UNUSED is defined but no dialplan line in the workspace reads it
    VIA=3
    NESTED=\${USED}
    [t]
    exten => 1,1,NoOp(\${NESTED} \${GLOBAL(VIA)})
  `, { only: ["globals/unused-global"], exhaustive: true });
});

test("no fix is offered: the global may be read by a dialplan outside the workspace", () => {
  checkNoFix(`
    //- extensions.conf
    [globals]
    UNUSED=2
    [t]
    exten => 1,1,NoOp()
  `, { code: "globals/unused-global" });
});

test("a workspace whose dialplans hold no step yet (a [globals] file alone, a context without lines) reports nothing", () => {
  checkFixture(`
    //- extensions.conf
    [globals]
    TRUNK=SIP/trunk1
    [empty]
    include => other
  `, { only: ["globals/unused-global"], exhaustive: true });
});
