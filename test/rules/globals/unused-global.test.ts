// globals/unused-global: a global nothing reads, directly or through a computed name.
import { test } from "node:test";
import assert from "node:assert/strict";
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

test("after edits, the names the dialplan reads follow its lines, and are the same set while they are the same", async () => {
  const { workspaceOf, WS } = await import("../../helpers");
  const { namesReadIn } = await import("../../../server/src/service/rules/globals/variable-reads");
  const { dialplanIndex } = await import("../../../server/src/service/model/dialplan");
  const text = "[globals]\nA=1\nB=2\n[one]\nexten => 1,1,NoOp(${A})\n[two]\nexten => 2,1,NoOp(${B})\nsame => n,NoOp(${A})\n";
  const service = workspaceOf({ "extensions.conf": text });
  const unused = () => service.diagnostics(WS + "extensions.conf").filter((f) => f.code === "globals/unused-global").map((f) => f.message.split(" ")[0]);
  const names = () => namesReadIn(dialplanIndex(service.workspace).dialplans[0], service.workspace);
  assert.deepEqual(unused(), []);
  const first = names();
  // [one] no longer reads A, but [two] still does: the same names, the same set.
  service.setDocument(WS + "extensions.conf", text.replace("NoOp(${A})", "NoOp(${B})"));
  assert.deepEqual(unused(), []);
  assert.equal(names(), first);
  // Nothing reads A any more: a new set, and the hint.
  service.setDocument(WS + "extensions.conf", text.replace(/NoOp\(\$\{A\}\)/g, "NoOp()"));
  assert.deepEqual(unused(), ["A"]);
  assert.notEqual(names(), first);
  assert.deepEqual([...names()].sort(), ["B"]);
  service.setDocument(WS + "extensions.conf", text);
  assert.deepEqual(unused(), []);
});
