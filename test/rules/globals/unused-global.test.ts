// globals/unused-global: a global nothing reads, directly or through a computed name.
import { test } from "node:test";
import { checkFixture } from "../../fixture";

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
