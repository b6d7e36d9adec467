// dialplan/no-call-log: a carrier pattern that does not run VICIdial's call_log AGI at priority 1.
import { test } from "node:test";
import { checkFixture, checkNoFix } from "../../fixture";

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
test("a carrier pattern starting with the Dial is an information note on its first step", () => {
  checkFixture(C1(`exten => _91NXXNXXXXXX,1,Dial(\${C1TRUNK}/\${EXTEN:1},\${CAMPDTO},To)
  ;                        ^^^^ information dialplan/no-call-log: does not start with VICIdial's call_log AGI
  exten => _91NXXNXXXXXX,n,Hangup()`), { only: ["dialplan/no-call-log"], exhaustive: true });
});

test("a carrier pattern starting with call_log, and a pattern outside carrier dialplans, are not reported", () => {
  checkFixture(C1(`exten => _91NXXNXXXXXX,1,AGI(agi://127.0.0.1:4577/call_log)
  exten => _91NXXNXXXXXX,n,Dial(\${C1TRUNK}/\${EXTEN:1},\${CAMPDTO},To)
  exten => _91NXXNXXXXXX,n,Hangup()`), { only: ["dialplan/no-call-log"], exhaustive: true });
  checkFixture(`
    //- extensions.conf
    [default]
    exten => _91NXXNXXXXXX,1,Dial(SIP/c1/\${EXTEN:1},,To)
  `, { only: ["dialplan/no-call-log"], exhaustive: true });
});

test("there is no fix (the AGI line is the author's to add, with the right priorities)", () => {
  checkNoFix(C1(`exten => _91NXXNXXXXXX,1,Dial(\${C1TRUNK}/\${EXTEN:1},\${CAMPDTO},To)
  exten => _91NXXNXXXXXX,n,Hangup()`), { code: "dialplan/no-call-log" });
});
