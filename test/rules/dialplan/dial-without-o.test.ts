// dialplan/dial-without-o: only legs to carriers need 'o'; local phones, Local/@default hops and loops do not.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkFix, checkFixture, checkNoFix } from "../../fixture";
import { findingsOf, workspaceOf, WS } from "../../helpers";
test("a carrier leg without 'o' is reported, directly or through a global; local legs are not", () => {
  checkFixture(`
    //- sip.conf
    [general]
    context=trunkinbound
    [carrier1]
    type=peer
    host=192.0.2.10
    [agentphone]
    type=friend
    host=dynamic
    secret=pw
    //- extensions.conf
    [globals]
    TRUNKX=SIP/carrier1
    [vicidial-auto-external]
    exten => _91NXXNXXXXXX,1,Dial(SIP/\${EXTEN:1}@carrier1,,T)
                             ^^^^ warning dialplan/dial-without-o: no 'o' option
    exten => _81NXXNXXXXXX,1,Dial(\${TRUNKX}/\${EXTEN:1},,T)
                             ^^^^ warning dialplan/dial-without-o
    exten => _2XXX,1,Dial(SIP/\${EXTEN},30,T)
    exten => 3000,1,Dial(SIP/agentphone,30,T)
    exten => _4XXX,1,Dial(Local/\${EXTEN}@default,,T)
    exten => _5XXX,1,Dial(SIP/\${EXTEN}@default,,T)
    exten => _6XXX,1,Dial(IAX2/ASTloop:pw@127.0.0.1:40569/\${EXTEN},,T)
    exten => _7XXX,1,Dial(SIP/101&SIP/102,30,T)
  `, { only: ["dialplan/dial-without-o"] });
});

const carrier = (dialplan: string) => `
  carrier_id: C1
  carrier_name: c
  protocol: SIP
  server_ip: 0.0.0.0
  active: Y
  globals_string: TRUNKX = SIP/trunkx

  [[account_entry]]
  [trunkx]
  type=peer
  host=192.0.2.1

  [[dialplan_entry]]
  ${dialplan}
`;

test("the fix adds 'o' to a carrier Dial without it", () => {
  checkFix(carrier("exten => _91NXXNXXXXXX,1,Dial(${TRUNKX}/${EXTEN:1},60,T)"), carrier("exten => _91NXXNXXXXXX,1,Dial(${TRUNKX}/${EXTEN:1},60,To)"), { code: "dialplan/dial-without-o", file: "c.carrier" });
});

test("no fix when the arguments hold an unclosed ${ (the ',o' would land inside it)", () => {
  checkNoFix(carrier("exten => _91NXXNXXXXXX,1,Dial(${TRUNKX}/${EXTEN:1},${CAMPDTO"), { code: "dialplan/dial-without-o", file: "c.carrier" });
});

test("no fix when the arguments hold an unclosed quote (the option would land inside it)", () => {
  checkNoFix(carrier('exten => _91NXXNXXXXXX,1,Dial(${TRUNKX}/${EXTEN:1}")'), { code: "dialplan/dial-without-o", file: "c.carrier" });
});

// Ported from test/rules/dialplan.test.ts ("VICIdial carrier conventions: o option, call_log first, Hangup last").
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

test("VICIdial's stock carrier entry (call_log, Dial with 'To', Hangup) has no finding of the carrier conventions", () => {
  checkFixture(C1(`exten => _91NXXNXXXXXX,1,AGI(agi://127.0.0.1:4577/call_log)
  exten => _91NXXNXXXXXX,n,Dial(\${C1TRUNK}/\${EXTEN:1},\${CAMPDTO},To)
  exten => _91NXXNXXXXXX,n,Hangup()`), { only: ["dialplan/dial-without-o", "dialplan/no-call-log", "dialplan/no-hangup"], exhaustive: true });
});

test("a carrier Dial with 'T' only is a warning, and the fix makes it 'To'", () => {
  const bad = C1(`exten => _91NXXNXXXXXX,1,Dial(\${C1TRUNK}/\${EXTEN:1},\${CAMPDTO},T)
  exten => _91NXXNXXXXXX,n,NoOp(done)`);
  checkFixture(bad.replace(",${CAMPDTO},T)\n", ",${CAMPDTO},T)\n  ;                        ^^^^ warning dialplan/dial-without-o: no 'o' option\n"), { only: ["dialplan/dial-without-o"] });
  checkFix(bad, bad.replace("${CAMPDTO},T)", "${CAMPDTO},To)"), { code: "dialplan/dial-without-o", title: "'o'" });
});

test("outside carrier dialplans a Dial without 'o' is nobody's business", () => {
  checkFixture(`
    //- extensions.conf
    [general]
    [globals]
    [test]
    exten => 100,1,Dial(SIP/x,5,T)
  `, { only: ["dialplan/dial-without-o"], exhaustive: true });
});

test("edit after edit in a rebuilt context, each Dial line's findings are a fresh analysis's (what a line's text decides is kept on it)", () => {
  const sip = "[general]\n[carrier1]\ntype=peer\nhost=192.0.2.10\n";
  const lines = ["[vicidial-auto-external]"];
  for (let n = 0; n < 6; n++) lines.push(`exten => _9${n}NXXNXXXXXX,1,Dial(SIP/\${EXTEN:2}@carrier1,,To)`);
  const service = workspaceOf({ "sip.conf": sip, "extensions.conf": lines.join("\n") });
  const dialLines = (on: typeof service) => findingsOf(on).filter((f) => f.code === "dialplan/dial-without-o").map((f) => f.line);
  const edits: [number, string][] = [[3, ",,T)"], [5, ",,Tr)"], [3, ",,To)"], [2, ",,${OPTS})"], [6, ",,Tr)"], [5, ",,To)"]];
  for (const [at, options] of edits) {
    lines[at] = lines[at].replace(/,,[^)]*\)/, options);
    service.setDocument(WS + "extensions.conf", lines.join("\n"));
    const fresh = workspaceOf({ "sip.conf": sip, "extensions.conf": lines.join("\n") });
    assert.deepEqual(dialLines(service), dialLines(fresh), `after ${options} on line ${at + 1}`);
  }
  assert.deepEqual(dialLines(service), [7], "only the line left without 'o'");
});

test("a section header put among carrier Dials and taken out again: the Dials below it leave the carrier context and come back, as a fresh analysis has them", () => {
  // Whether a Dial is a carrier's is a fact of its step (its context), not of its line: the lines below the header
  // keep their text while their steps move to another context and back.
  const sip = "[general]\n[carrier1]\ntype=peer\nhost=192.0.2.10\n";
  const dials = Array.from({ length: 6 }, (_, n) => `exten => _9${n}NXXNXXXXXX,1,Dial(SIP/\${EXTEN:2}@carrier1,,T)`);
  const service = workspaceOf({ "sip.conf": sip, "extensions.conf": ["[vicidial-auto-external]", ...dials].join("\n") });
  const dialLines = (on: typeof service) => findingsOf(on).filter((f) => f.code === "dialplan/dial-without-o").map((f) => f.line);
  assert.deepEqual(dialLines(service), [2, 3, 4, 5, 6, 7]);
  // A comment line becomes the header and back: the number of lines stays, so the re-parse keeps the lines below.
  const withLine = (between: string) => ["[vicidial-auto-external]", ...dials.slice(0, 3), between, ...dials.slice(3)].join("\n");
  for (const between of ["; carriers", "[elsewhere]", "; carriers", "[elsewhere]", "; carriers"]) {
    service.setDocument(WS + "extensions.conf", withLine(between));
    assert.deepEqual(dialLines(service), dialLines(workspaceOf({ "sip.conf": sip, "extensions.conf": withLine(between) })), between);
  }
  assert.deepEqual(dialLines(service), [2, 3, 4, 6, 7, 8]);
});

test("an edit of sip.conf alone re-checks the carrier Dials: a phone that stops registering becomes a carrier", () => {
  // The extensions unit is not rebuilt by an edit of sip.conf, yet whether a Dial reaches a carrier is read there.
  const files = { "sip.conf": "[phone1]\ntype=friend\nhost=dynamic\n", "extensions.conf": "[vicidial-auto-external]\nexten => _9X.,1,Dial(SIP/phone1/${EXTEN:1},30)\n" };
  const service = workspaceOf(files);
  const lines = (s: typeof service) => findingsOf(s).filter((f) => f.code === "dialplan/dial-without-o").map((f) => f.line);
  assert.deepEqual(lines(service), [], "a phone that registers to this server");
  for (const sip of ["[phone1]\ntype=friend\nhost=192.0.2.7\n", "[phone1]\ntype=friend\nhost=dynamic\n"]) {
    service.setDocument(WS + "sip.conf", sip);
    files["sip.conf"] = sip;
    assert.deepEqual(lines(service), lines(workspaceOf(files)), sip);
  }
  service.setDocument(WS + "sip.conf", "[phone1]\ntype=friend\nhost=192.0.2.7\n");
  assert.deepEqual(lines(service), [2]);
});
