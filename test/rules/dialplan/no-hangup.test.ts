// dialplan/no-hangup: a carrier's dialplan entry that does not end with Hangup (or another step that ends the call).
import { test } from "node:test";
import { checkFix, checkFixture, checkNoFix } from "../../fixture";

const C1 = (dialplan: string) => `
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

// Ported from test/rules/dialplan.test.ts ("VICIdial carrier conventions: o option, call_log first, Hangup last").
const OPEN_END = C1(`exten => _91NXXNXXXXXX,1,AGI(agi://127.0.0.1:4577/call_log)
  exten => _91NXXNXXXXXX,n,Dial(\${C1TRUNK}/\${EXTEN:1},\${CAMPDTO},To)
  exten => _91NXXNXXXXXX,n,NoOp(done)`);

test("an entry ending with NoOp is an information note on its last step", () => {
  checkFixture(OPEN_END.replace("NoOp(done)\n", "NoOp(done)\n  ;                        ^^^^ information dialplan/no-hangup: ends with NoOp at priority 3\n"), { only: ["dialplan/no-hangup"], exhaustive: true });
});

test("the fix adds 'exten => <pattern>,n,Hangup()' after the last line ('same => n,Hangup()' after a same line)", () => {
  checkFix(OPEN_END, OPEN_END.replace("NoOp(done)\n", "NoOp(done)\n  exten => _91NXXNXXXXXX,n,Hangup()\n"), { code: "dialplan/no-hangup", title: "Hangup()" });
  const same = C1(`exten => _91NXXNXXXXXX,1,AGI(agi://127.0.0.1:4577/call_log)
  same => n,Dial(\${C1TRUNK}/\${EXTEN:1},\${CAMPDTO},To)`);
  checkFix(same, same.replace(",To)\n", ",To)\n  same => n,Hangup()\n"), { code: "dialplan/no-hangup" });
});

test("an entry ending with Hangup or Goto, and an extensions.conf pattern, are not reported", () => {
  checkFixture(C1(`exten => _91NXXNXXXXXX,1,AGI(agi://127.0.0.1:4577/call_log)
  exten => _91NXXNXXXXXX,n,Dial(\${C1TRUNK}/\${EXTEN:1},\${CAMPDTO},To)
  exten => _91NXXNXXXXXX,n,Hangup()
  exten => _81NXXNXXXXXX,1,AGI(agi://127.0.0.1:4577/call_log)
  exten => _81NXXNXXXXXX,n,Goto(vicidial-auto-external,9\${EXTEN:1},1)`), { only: ["dialplan/no-hangup"], exhaustive: true });
  checkFixture(`
    //- extensions.conf
    [default]
    exten => _91NXXNXXXXXX,1,Dial(SIP/c1/\${EXTEN:1},,To)
  `, { only: ["dialplan/no-hangup"], exhaustive: true });
});

test("no fix after a last line that opens a ';--' block comment: the added Hangup() line would be comment", () => {
  checkNoFix(C1(`exten => _91NXXNXXXXXX,1,AGI(agi://127.0.0.1:4577/call_log)
  exten => _91NXXNXXXXXX,n,NoOp(done) ;-- notes`), { code: "dialplan/no-hangup" });
  // A block closed on the same line is no obstacle.
  const closed = C1(`exten => _91NXXNXXXXXX,1,AGI(agi://127.0.0.1:4577/call_log)
  exten => _91NXXNXXXXXX,n,NoOp(done) ;-- notes --;`);
  checkFix(closed, closed.replace("--;\n", "--;\n  exten => _91NXXNXXXXXX,n,Hangup()\n"), { code: "dialplan/no-hangup" });
});

test("when the last line in the file is not the last step, the Hangup() gets the number after the last priority", () => {
  // 'n' after the priority-1 line would be 2, which is taken: the added step would be dropped.
  const before = C1(`exten => _91NXXNXXXXXX,2,Dial(\${C1TRUNK}/\${EXTEN:1},\${CAMPDTO},To)
  exten => _91NXXNXXXXXX,1,AGI(agi://127.0.0.1:4577/call_log)`);
  checkFix(before, before.replace("call_log)\n", "call_log)\n  exten => _91NXXNXXXXXX,3,Hangup()\n"), { code: "dialplan/no-hangup" });
});

test("no fix in a one-line dialplan_entry field: the added line would fall out of the field", () => {
  checkNoFix(`
    //- c1.carrier
    carrier_id: C1
    protocol: SIP
    server_ip: 0.0.0.0
    globals_string: C1TRUNK = SIP/c1
    account_entry: [c1]
    dialplan_entry: exten => _91NXXNXXXXXX,1,Dial(\${C1TRUNK}/\${EXTEN:1},\${CAMPDTO},To)
  `, { code: "dialplan/no-hangup" });
});
