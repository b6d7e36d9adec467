// dialplan/first-priority: an extension without priority 1, unless another matching pattern of the context has one.
import { test } from "node:test";
import { checkFix, checkFixture } from "../../fixture";

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

// Ported from test/rules/dialplan.test.ts ("priorities: first not 1, gaps, duplicates").
const NUMBERED = `
  //- extensions.conf
  [general]
  [globals]
  [test]
  exten => 100,2,NoOp(a)
  exten => 100,3,NoOp(b)
  exten => 400,1,NoOp(a)
  same => n,NoOp(b)
  exten => _X.,50000(sub),NoOp(label entry)
`;

test("an extension starting at 2 is reported; one starting at 1, and one entered by its label, are not", () => {
  checkFixture(NUMBERED.replace("100,2,NoOp(a)\n", "100,2,NoOp(a)\n               ^ warning dialplan/first-priority: starts at priority 2: calls always start at priority 1\n"), { only: ["dialplan/first-priority"] });
});

test("the fixes renumber the extension from 1, in numbers or with 'n'", () => {
  checkFix(NUMBERED, NUMBERED.replace("100,2,NoOp(a)", "100,1,NoOp(a)").replace("100,3,NoOp(b)", "100,2,NoOp(b)"), { code: "dialplan/first-priority", title: "Renumber '100' 1 to 2" });
  checkFix(NUMBERED, NUMBERED.replace("100,2,NoOp(a)", "100,1,NoOp(a)").replace("100,3,NoOp(b)", "100,n,NoOp(b)"), { code: "dialplan/first-priority", index: 1, title: "'n'" });
});

test("'n' counts from the previous line whatever its extension: 200 gets priority 2 and is never entered", () => {
  checkFixture(`
    //- extensions.conf
    [general]
    [globals]
    [test]
    exten => 100,1,NoOp()
    exten => 200,n,NoOp()
                 ^ warning dialplan/first-priority: '200' starts at priority 2
  `, { only: ["dialplan/first-priority"] });
});

const CARRIER = (dialplan: string) => `
  //- c1.carrier
  carrier_id: C1
  protocol: SIP
  server_ip: 0.0.0.0
  globals_string: C1TRUNK = SIP/c1
  [[account_entry]]
  [c1]
  type=peer
  host=192.0.2.1
  context=trunkinbound

  [[dialplan_entry]]
  ${dialplan}
`;

test("a carrier entry starting with 'n' continues VICIdial's generated lines: first-priority says so, next-on-first stays quiet", () => {
  checkFixture(CARRIER(`exten => _91NXXNXXXXXX,n,AGI(agi://127.0.0.1:4577/call_log)
  ;                      ^ warning dialplan/first-priority: VICIdial writes this entry after its own lines in [vicidial-auto-external], so it gets priority 2
  same => n,Dial(\${C1TRUNK}/\${EXTEN:1},,To)
  same => n,Hangup()`), { only: ["dialplan/first-priority", "dialplan/next-on-first"] });
});
