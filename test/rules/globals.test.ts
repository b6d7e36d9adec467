// Globals rules: undefined and unused variables, duplicates across [globals] and carrier globals strings, peers
// named nowhere, and LCRTRUNK without a default. Positive and negative cases, with fixes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { applyFix, assertLines, fixesFor, lint, withCode, workspaceOf } from "../helpers";

const carrier = (id: string, globals: string | undefined, dialplan: string, protocol = "SIP") => ({
  [`${id}.carrier`]:
    `carrier_id: ${id}\nprotocol: ${protocol}\n` +
    (globals === undefined ? "" : `globals_string: ${globals}\n`) +
    `[[account_entry]]\n[${id.toLowerCase()}]\ntype=peer\nhost=192.0.2.1\n\n[[dialplan_entry]]\n${dialplan}`,
});

test("undefined variables: warning in carrier Dials, note elsewhere; channel, VICIdial and Set() names are known", () => {
  const files = {
    "extensions.conf":
      "[globals]\nTRUNK=SIP/peer\n[test]\n" +
      [
        "exten => _9X.,1,Set(LOCALVAR=1)", // 4
        "same => n,NoOp(${LOCALVAR} ${EXTEN} ${CALLERID(num)} ${DIALSTATUS} ${CAMPDTO} ${ARG1} ${TRUNKloop})",
        "same => n,NoOp(${MYSTERY})", // 6 note
        "same => n,Dial(${NOTRUNK}/${EXTEN:1})", // 7 warning (Dial destination)
        "same => n,Dial(${TRUNK}/${EXTEN:1})",
        "same => n,NoOp(${GLOBAL(TRUNK)} ${trunk})", // 9 note (case)
      ].join("\n") + "\n",
  };
  const findings = lint(files);
  assertLines(findings, "globals/undefined-variable", [6, 7, 9]);
  const byLine = new Map(withCode(findings, "globals/undefined-variable").map((f) => [f.line, f]));
  assert.equal(byLine.get(6)?.severity, "information");
  assert.equal(byLine.get(7)?.severity, "warning");
  assert.match(byLine.get(9)!.message, /'TRUNK' exists/);
});

test("undefined trunk global in a carrier: fix defines it in the carrier's globals_string", () => {
  const files = carrier("C1", undefined, "exten => _91NXXNXXXXXX,1,AGI(agi://127.0.0.1:4577/call_log)\nexten => _91NXXNXXXXXX,n,Dial(${C1TRUNK}/${EXTEN:1},,To)\nexten => _91NXXNXXXXXX,n,Hangup()\n");
  const findings = lint(files);
  assertLines(findings, "globals/undefined-variable", ["C1.carrier:10"]);
  const service = workspaceOf(files);
  const fixed = applyFix(service, fixesFor(service, "globals/undefined-variable")[0])["C1.carrier"];
  assert.match(fixed, /^carrier_id: C1\nprotocol: SIP\nglobals_string: C1TRUNK = SIP\/c1\n\[\[account_entry\]\]/);
  // Once defined, the warning is gone.
  assertLines(lint({ "C1.carrier": fixed }), "globals/undefined-variable", []);
});

test("undefined global in extensions.conf: fix adds it to [globals]", () => {
  const files = { "extensions.conf": "[globals]\nA=1\n[test]\nexten => 100,1,Dial(${B}/100)\n" };
  const service = workspaceOf(files);
  const fixed = applyFix(service, fixesFor(service, "globals/undefined-variable")[0])["extensions.conf"];
  assert.equal(fixed, "[globals]\nA=1\nB=\n[test]\nexten => 100,1,Dial(${B}/100)\n");
});

test("duplicate globals across carriers and [globals]; the last one wins", () => {
  const dial = (v: string) => `exten => _9X.,1,Dial(\${${v}}/\${EXTEN:1},,To)\n`;
  const findings = lint({ ...carrier("C1", "TRUNKA = SIP/c1", dial("TRUNKA")), ...carrier("C2", "TRUNKA = SIP/c2", dial("TRUNKA")) });
  assertLines(findings, "globals/duplicate-global", ["C2.carrier:3"]);
  assertLines(lint({ "extensions.conf": "[globals]\nX=1\nY=2\n[globals]\nX=3\n[t]\nexten => 1,1,NoOp(${X}${Y})\n" }), "globals/duplicate-global", [5]);
  // Two separate servers' extensions.conf files do not clash.
  assertLines(
    lint({ "a/extensions.conf": "[globals]\nX=1\n[t]\nexten => 1,1,NoOp(${X})\n", "b/extensions.conf": "[globals]\nX=2\n[t]\nexten => 1,1,NoOp(${X})\n" }),
    "globals/duplicate-global",
    [],
  );
});

test("unused globals are hints", () => {
  const findings = lint({ "extensions.conf": "[globals]\nUSED=1\nUNUSED=2\nVIA=3\nNESTED=${USED}\n[t]\nexten => 1,1,NoOp(${NESTED} ${GLOBAL(VIA)})\n" });
  assertLines(findings, "globals/unused-global", [3]);
  assert.equal(withCode(findings, "globals/unused-global")[0].severity, "hint");
});

test("peers named by globals and Dials must exist when the technology has peers at all", () => {
  const files = {
    "sip.conf": "[general]\n[carrier_a]\ntype=peer\nhost=192.0.2.1\n",
    "extensions.conf":
      "[globals]\nGOOD=SIP/carrier_a\nBAD=SIP/carier_a\nHOST=SIP/sip.example.com\nIAXT=IAX2/nobody\n[t]\n" +
      "exten => _9X.,1,Dial(${GOOD}/${EXTEN:1}&${BAD}/${EXTEN:1}&${HOST}/${EXTEN:1}&${IAXT}/${EXTEN:1})\n" +
      "same => n,Dial(SIP/${EXTEN:1}@missing_peer)\n",
  };
  const findings = lint(files);
  assertLines(findings, "globals/undefined-peer", [3, 8]);
  assert.match(withCode(findings, "globals/undefined-peer")[0].message, /Did you mean 'carrier_a'/);
  // Carrier account entries define peers too.
  const withCarrier = lint({ ...carrier("C1", "C1T = SIP/c1", "exten => _9X.,1,Dial(${C1T}/${EXTEN:1},,To)\n") });
  assertLines(withCarrier, "globals/undefined-peer", []);
});

test("LCRTRUNK without a default: warning with a fix; defined: nothing", () => {
  const body = "[t]\nexten => _91NXXNXXXXXX,1,AGI(agi-LCR-Route.agi,${EXTEN:2:6})\nsame => n,Dial(${LCRTRUNK}/${EXTEN:2},,To)\n";
  const files = { "extensions.conf": "[globals]\nPROV=SIP/provider1\n" + body };
  assertLines(lint(files), "globals/lcrtrunk-default", [5]);
  const service = workspaceOf(files);
  assert.match(applyFix(service, fixesFor(service, "globals/lcrtrunk-default")[0])["extensions.conf"], /PROV=SIP\/provider1\nLCRTRUNK=SIP\/provider1\n/);
  assertLines(lint({ "extensions.conf": "[globals]\nLCRTRUNK=SIP/provider1\n" + body }), "globals/lcrtrunk-default", []);
});
