// dialplan/duplicate-priority: two lines give an extension the same priority; Asterisk refuses the second.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkFix, checkFixture, dedent } from "../../fixture";

// Ported from test/rules/dialplan.test.ts ("priorities: first not 1, gaps, duplicates").
const DUP = `
  //- extensions.conf
  [general]
  [globals]
  [test]
  exten => 300,1,NoOp(a)
  exten => 300,1,NoOp(dup)
  exten => 400,1,NoOp(a)
  same => n,NoOp(b)
  exten => 500,1,NoOp(a)
  exten => 500,2,NoOp(b)
`;

test("a priority used twice is a warning on the second line, naming the first; distinct priorities are fine", () => {
  checkFixture(DUP.replace("300,1,NoOp(dup)\n", "300,1,NoOp(dup)\n               ^ warning dialplan/duplicate-priority: Priority 1 of '300' is already used at line 4\n"), { only: ["dialplan/duplicate-priority"] });
});

test("the fix renumbers the extension 1, 2", () => {
  checkFix(DUP, DUP.replace("300,1,NoOp(dup)", "300,2,NoOp(dup)"), { code: "dialplan/duplicate-priority", title: "Renumber '300' 1 to 2" });
});

const CARRIER = (id: string, peer: string) => `
  carrier_id: ${id}
  protocol: SIP
  server_ip: 0.0.0.0
  [[account_entry]]
  [${peer}]
  type=peer
  host=192.0.2.1
  context=trunkinbound

  [[dialplan_entry]]
  exten => _91NXXNXXXXXX,1,AGI(agi://127.0.0.1:4577/call_log)
  exten => _91NXXNXXXXXX,2,Dial(SIP/${peer}/\${EXTEN:1},,To)
  exten => _91NXXNXXXXXX,3,Hangup()
`;

test("two carriers with the same pattern: the second carrier's lines are refused, and the message names the first carrier once", () => {
  const second = CARRIER("BB", "b")
    .replace("4577/call_log)\n", "4577/call_log)\n  ;                      ^ warning dialplan/duplicate-priority: Priority 1 of '_91NXXNXXXXXX' is already used at carrier AA (line 11): Asterisk refuses\n")
    .replace("${EXTEN:1},,To)\n", "${EXTEN:1},,To)\n  ;                      ^ warning dialplan/duplicate-priority: already used at carrier AA (line 12): Asterisk\n")
    .replace("Hangup()\n", "Hangup()\n  ;                      ^ warning dialplan/duplicate-priority: already used at carrier AA (line 13): Asterisk\n");
  checkFixture(`//- a.carrier\n${dedent(CARRIER("AA", "a"))}//- b.carrier\n${dedent(second)}`, { only: ["dialplan/duplicate-priority"] });
});

test("priorities written out of order: a priority used again is found though it is not the last one registered", () => {
  const fixture = `
    //- extensions.conf
    [test]
    exten => 600,3,NoOp(c)
    exten => 600,1,NoOp(a)
    exten => 600,2,NoOp(b)
    exten => 600,1,NoOp(again)
                 ^ warning dialplan/duplicate-priority: Priority 1 of '600' is already used at line 3
    exten => 600,4,NoOp(d)
    exten => 600,2,NoOp(twice)
                 ^ warning dialplan/duplicate-priority: Priority 2 of '600' is already used at line 4
  `;
  checkFixture(fixture, { only: ["dialplan/duplicate-priority"] });
});

test("lines added or removed above keep the finding, which names the first line by its new number", async () => {
  const { LanguageService } = await import("../../../server/src/service/language-service");
  const uri = "/ws/extensions.conf";
  const text = "[top]\nexten => 1,1,NoOp(a)\n[test]\nexten => 300,1,NoOp(a)\nexten => 300,1,NoOp(dup)\n";
  const service = new LanguageService();
  const messageOf = () => service.diagnostics(uri).find((f) => f.code === "dialplan/duplicate-priority")?.message ?? "";
  service.setDocument(uri, text);
  assert.match(messageOf(), /already used at line 4:/);
  // Lines added in another context: [test] is kept as it was, its lines moved in place to new line numbers.
  service.setDocument(uri, text.replace("NoOp(a)\n[test]", "NoOp(a)\nsame => n,NoOp(b)\n\nsame => n,NoOp(c)\n[test]"));
  assert.match(messageOf(), /already used at line 7:/);
  service.setDocument(uri, text.replace("exten => 1,1,NoOp(a)\n", ""));
  assert.match(messageOf(), /already used at line 3:/);
});
