// globals/undefined-variable: warning only where the value is certainly needed and nothing could set it; one note
// per variable elsewhere; nothing where an unknown AGI runs; nested names are one computed reference.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkFix, checkFixture, checkNoFix } from "../../fixture";
import { findingsOf, workspaceOf, WS } from "../../helpers";

test("a VICIdial carrier's trunk global defined nowhere is a warning, even after the call_log AGI", () => {
  checkFixture(`
    //- C1.carrier
    carrier_id: C1
    protocol: SIP
    [[account_entry]]
    [c1]
    type=peer
    host=192.0.2.1
    [[dialplan_entry]]
    exten => _91NXXNXXXXXX,1,AGI(agi://127.0.0.1:4577/call_log)
    exten => _91NXXNXXXXXX,2,Dial(\${CARRIER_TRUNK}/\${EXTEN:1},,To)
                                    ^^^^^^^^^^^^^ warning globals/undefined-variable: VICIdial's carrier dialplan gets variables only from globals
    exten => _91NXXNXXXXXX,3,Hangup()
  `, { only: ["globals/undefined-variable"] });
});

test("elsewhere one information note per variable, with the count of other reads", () => {
  checkFixture(`
    //- extensions.conf
    [test]
    exten => 100,1,NoOp(\${QUEUE_DEST})
                          ^^^^^^^^^^ information globals/undefined-variable: (Read 2 more times.)
    same => n,NoOp(\${QUEUE_DEST})
    same => n,GotoIf($["\${QUEUE_DEST}" != ""]?1)
  `, { only: ["globals/undefined-variable"], exhaustive: true });
});

test("nothing in a configuration that runs an unknown AGI (it may set any variable)", () => {
  checkFixture(`
    //- extensions.conf
    [test]
    exten => 100,1,AGI(dialparties.agi)
    same => n,NoOp(\${CALLER_DEST} \${AGENT_DEST})
    exten => 200,1,NoOp(\${CALLER_DEST})
  `, { only: ["globals/undefined-variable"], exhaustive: true });
});

test("where an unknown AGI runs, a carrier's line still warns: only globals reach it", () => {
  checkFixture(`
    //- extensions.conf
    [test]
    exten => 100,1,AGI(dialparties.agi)
    same => n,NoOp(\${CALLER_DEST})
    [vicidial-auto-external]
    exten => _91NXXNXXXXXX,1,Dial(\${MISSING_TRUNK}/\${EXTEN:1},,To)
                                    ^^^^^^^^^^^^^ warning globals/undefined-variable: VICIdial's carrier dialplan gets variables only from globals
  `, { only: ["globals/undefined-variable"], exhaustive: true });
});

test("nested names are one computed reference: no note for the fixed start", () => {
  checkFixture(`
    //- extensions.conf
    [globals]
    OUT_1=SIP/trunk1
    [test]
    exten => _9X.,1,Set(DIAL_TRUNK=1)
    same => n,Dial(\${OUT_\${DIAL_TRUNK}}/\${EXTEN:1})
    same => n,Set(CALLERID(num)=\${FORCEDOUTCID_\${MISSING}})
                                                 ^^^^^^^ information globals/undefined-variable: MISSING
  `, { only: ["globals/undefined-variable"], exhaustive: true });
});

test("names set by ExecIf(...?Set()), Set(ARRAY()) or a peer's setvar= are defined", () => {
  checkFixture(`
    //- extensions.conf
    [test]
    exten => 100,1,ExecIf($[1]?Set(__FROM_IF=1))
    same => n,Set(ARRAY(A1,A2)=x,y)
    same => n,Dial(SIP/\${FROM_IF}\${A1}\${A2}\${FROM_PEER})
    //- sip.conf
    [p]
    type=friend
    host=dynamic
    setvar=FROM_PEER=1
  `, { only: ["globals/undefined-variable"], exhaustive: true });
});

test("a misspelt channel variable gets a suggestion", () => {
  checkFixture(`
    //- extensions.conf
    [test]
    exten => h,1,NoOp(\${HANGPCAUSE})
                        ^^^^^^^^^^ information globals/undefined-variable: Did you mean 'HANGUPCAUSE'?
  `, { only: ["globals/undefined-variable"], exhaustive: true });
});

test("a warning in a Dial destination, a note elsewhere; channel, VICIdial, macro and Set() names are known; a case slip names the global", () => {
  checkFixture(`
    //- extensions.conf
    [globals]
    TRUNK=SIP/peer
    [test]
    exten => _9X.,1,Set(LOCALVAR=1)
    same => n,NoOp(\${LOCALVAR} \${EXTEN} \${CALLERID(num)} \${DIALSTATUS} \${CAMPDTO} \${ARG1} \${TRUNKloop})
    same => n,NoOp(\${MYSTERY})
    ;                ^^^^^^^ information globals/undefined-variable: \${MYSTERY} is set nowhere in the files checked
    same => n,Dial(\${NOTRUNK}/\${EXTEN:1})
    ;                ^^^^^^^ warning globals/undefined-variable: the Dial destination loses that part and the call fails
    same => n,Dial(\${TRUNK}/\${EXTEN:1})
    same => n,NoOp(\${GLOBAL(TRUNK)} \${trunk})
    ;                                 ^^^^^ information globals/undefined-variable: A global 'TRUNK' exists: variable names are case-sensitive
  `, { only: ["globals/undefined-variable"], exhaustive: true });
});

test("an undefined trunk global in a carrier: the fix defines it in the carrier's globals_string, and the warning is gone", () => {
  const before = `
    //- C1.carrier
    carrier_id: C1
    protocol: SIP
    [[account_entry]]
    [c1]
    type=peer
    host=192.0.2.1

    [[dialplan_entry]]
    exten => _91NXXNXXXXXX,1,AGI(agi://127.0.0.1:4577/call_log)
    exten => _91NXXNXXXXXX,n,Dial(\${C1TRUNK}/\${EXTEN:1},,To)
    ;                               ^^^^^^^ warning globals/undefined-variable: \${C1TRUNK} is not defined
    exten => _91NXXNXXXXXX,n,Hangup()
  `;
  checkFixture(before, { only: ["globals/undefined-variable"] });
  const after = `
    //- C1.carrier
    carrier_id: C1
    protocol: SIP
    globals_string: C1TRUNK = SIP/c1
    [[account_entry]]
    [c1]
    type=peer
    host=192.0.2.1

    [[dialplan_entry]]
    exten => _91NXXNXXXXXX,1,AGI(agi://127.0.0.1:4577/call_log)
    exten => _91NXXNXXXXXX,n,Dial(\${C1TRUNK}/\${EXTEN:1},,To)
    exten => _91NXXNXXXXXX,n,Hangup()
  `;
  checkFix(before, after, { code: "globals/undefined-variable" });
  checkFixture(after, { only: ["globals/undefined-variable"], exhaustive: true });
});

test("an undefined global in extensions.conf: the fix adds it, empty, to [globals]", () => {
  checkFix(`
    //- extensions.conf
    [globals]
    A=1
    [test]
    exten => 100,1,Dial(\${B}/100)
  `, `
    //- extensions.conf
    [globals]
    A=1
    B=
    [test]
    exten => 100,1,Dial(\${B}/100)
  `, { code: "globals/undefined-variable" });
});

test("no [globals] definition after a line that opens a ';--' block comment: the new line would be comment", () => {
  checkNoFix(`
    //- extensions.conf
    [globals]
    A=\${W} ;-- a note
    --;
    [test]
    exten => 100,1,Dial(\${W})
  `, { code: "globals/undefined-variable" });
});

test("a name becomes defined and undefined again as a global, a peer's setvar or a Set defines it, edit after edit", () => {
  const text = "[globals]\n#include more-globals.conf\n[out]\nexten => 100,1,NoOp(${QUEUE_DEST})\n";
  const service = workspaceOf({ "extensions.conf": text, "more-globals.conf": "OTHER=1\n", "sip.conf": "[general]\n[p1]\ntype=peer\n" });
  const lines = () => findingsOf(service).filter((f) => f.code === "globals/undefined-variable").map((f) => `${f.file}:${f.line}`);
  assert.deepEqual(lines(), ["extensions.conf:4"]);
  // The names the dialplan reads stay the same; the globals change in another file.
  service.setDocument(WS + "more-globals.conf", "OTHER=1\nQUEUE_DEST=200\n");
  assert.deepEqual(lines(), []);
  service.setDocument(WS + "more-globals.conf", "OTHER=1\n");
  assert.deepEqual(lines(), ["extensions.conf:4"]);
  service.setDocument(WS + "sip.conf", "[general]\n[p1]\ntype=peer\nsetvar=QUEUE_DEST=300\n");
  assert.deepEqual(lines(), []);
  service.setDocument(WS + "sip.conf", "[general]\n[p1]\ntype=peer\n");
  assert.deepEqual(lines(), ["extensions.conf:4"]);
  service.setDocument(WS + "extensions.conf", text + "exten => 200,1,Set(QUEUE_DEST=1)\n");
  assert.deepEqual(lines(), []);
});
