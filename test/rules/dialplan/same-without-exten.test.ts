// dialplan/same-without-exten: `same =>` with no `exten =>` before it in its context (or opening a carrier entry).
import { test } from "node:test";
import { checkFixture, checkNoFix } from "../../fixture";

// Ported from test/rules/dialplan.test.ts ("n on the first line, same without exten, ...").
const CONTEXTS = `
  //- extensions.conf
  [general]
  [globals]
  [test]
  exten => 101,1,NoOp()
  same => n,NoOp()
  [other]
  same => n,NoOp()
  exten => 105,1,NoOp()
`;

test("'same' opening a context is a warning (each context starts afresh); 'same' after 'exten' is fine", () => {
  checkFixture(CONTEXTS.replace("[other]\n  same => n,NoOp()\n", "[other]\n  same => n,NoOp()\n  ^^^^ warning dialplan/same-without-exten: has no 'exten =>' before it in [other]\n"), { only: ["dialplan/same-without-exten"] });
});

test("there is no fix (the extension it was meant for is unknown)", () => {
  checkNoFix(CONTEXTS, { code: "dialplan/same-without-exten" });
});

const CARRIER = (dialplan: string) => `
  //- c1.carrier
  carrier_id: C1
  protocol: SIP
  server_ip: 0.0.0.0
  [[account_entry]]
  [c1]
  type=peer
  host=192.0.2.1
  context=trunkinbound

  [[dialplan_entry]]
  ${dialplan}
`;

test("a carrier entry starting with 'same' is a warning: it continues whatever VICIdial wrote before it", () => {
  checkFixture(CARRIER(`same => n,Hangup()
  ^^^^ warning dialplan/same-without-exten: This dialplan entry starts with 'same =>'`), { only: ["dialplan/same-without-exten"] });
  checkFixture(CARRIER(`exten => _91NXXNXXXXXX,1,AGI(agi://127.0.0.1:4577/call_log)
  same => n,Hangup()`), { only: ["dialplan/same-without-exten"] });
});

test("its severity follows the harm: Asterisk drops the line and loads the rest of the context, so a warning", () => {
  checkFixture(`
    //- extensions.conf
    [test]
    same => n,NoOp(orphan)
    ^^^^ warning dialplan/same-without-exten
    exten => 100,1,NoOp(x)
    same => n,Hangup()
  `, { only: ["dialplan/same-without-exten"] });
});
