// Pattern rules: malformed patterns, shadowing by Asterisk's match order, and carrier patterns over VICIdial's own
// extensions. Positive and negative cases, with fixes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { applyFix, assertLines, fixesFor, lint, workspaceOf } from "../helpers";

const ext = (body: string) => ({ "extensions.conf": "[general]\n[globals]\n[test]\n" + body });

test("unterminated character set: error, fix closes it after the digits", () => {
  const files = ext("exten => _92[2-9XXXXXXXXX,1,Dial(SIP/x/${EXTEN:1},,To)\nexten => _93[2-9]XXXXXXXXX,1,NoOp()\n");
  assertLines(lint(files), "pattern/unterminated-set", [4]);
  assertLines(lint(files), "dialplan/invalid-priority", []);
  const service = workspaceOf(files);
  const fixed = applyFix(service, fixesFor(service, "pattern/unterminated-set")[0])["extensions.conf"];
  assert.match(fixed, /exten => _92\[2-9\]XXXXXXXXX,1,Dial/);
});

test("empty set and reversed range are reported and fixed", () => {
  const files = ext("exten => _9[]XX,1,NoOp()\nexten => _8[9-2]X,1,NoOp()\nexten => _7[2-9]X,1,NoOp()\n");
  const findings = lint(files);
  assertLines(findings, "pattern/empty-set", [4]);
  assertLines(findings, "pattern/reversed-range", [5]);
  const service = workspaceOf(files);
  assert.match(applyFix(service, fixesFor(service, "pattern/empty-set")[0])["extensions.conf"], /exten => _9XX,1/);
  assert.match(applyFix(service, fixesFor(service, "pattern/reversed-range")[0])["extensions.conf"], /exten => _8\[2-9\]X,1/);
});

test("_. and _! are catch-alls (fix to _X.), _X. is fine", () => {
  const files = ext("exten => _.,1,NoOp()\nexten => _!,1,NoOp()\nexten => _X.,1,NoOp()\n");
  assertLines(lint(files), "pattern/catch-all", [4, 5]);
  const service = workspaceOf(files);
  assert.match(applyFix(service, fixesFor(service, "pattern/catch-all")[0])["extensions.conf"], /exten => _X\.,1,NoOp\(\)\nexten => _!/);
});

test("characters after a wildcard and a lone underscore", () => {
  const findings = lint(ext("exten => _9.XX,1,NoOp()\nexten => _,1,NoOp()\nexten => _9X.,1,NoOp()\n"));
  assertLines(findings, "pattern/wildcard-not-last", [4]);
  assertLines(findings, "pattern/lone-underscore", [5]);
});

test("a slash inside a pattern cuts it into a caller-ID match", () => {
  const findings = lint(ext("exten => _91NXX/NXXXXXX,1,NoOp()\nexten => 100/5551234,1,NoOp()\nexten => _9X./_555.,1,NoOp()\n"));
  assertLines(findings, "pattern/slash", [4]);
});

test("undialable characters only matter in carrier dialplans", () => {
  const carrier = "carrier_id: C1\nprotocol: SIP\n[[dialplan_entry]]\nexten => _91NXXQXXXXXX,1,AGI(agi://127.0.0.1:4577/call_log)\nexten => _91NXXQXXXXXX,n,Dial(SIP/c1/${EXTEN:1},,To)\nexten => _91NXXQXXXXXX,n,Hangup()\n";
  assertLines(lint({ "c1.carrier": carrier }), "pattern/undialable", [4]);
  assertLines(lint(ext("exten => _f[n]-.,1,NoOp()\n")), "pattern/undialable", []);
});

test("shadowed: a pattern fully covered by extensions Asterisk tries first", () => {
  const files = ext(
    [
      "exten => _9[0-4]X,1,NoOp(low)",
      "exten => _9[5-9]X,1,NoOp(high)",
      "exten => _9XX,1,NoOp(never)",
      "exten => _9XXX,1,NoOp(four digits: reachable)",
      "exten => 91,1,NoOp(exact)",
      "exten => _9[1],1,NoOp(same as 91: never)",
      "exten => _91NXXNXXXXXX,1,NoOp(specific)",
      "exten => _9X.,1,NoOp(broad: still reachable)",
    ].join("\n") + "\n",
  );
  assertLines(lint(files), "pattern/shadowed", [6, 9]);
});

test("carrier pattern matching VICIdial's reserved extensions", () => {
  const carrier = (pattern: string) =>
    `carrier_id: C1\nprotocol: SIP\n[[dialplan_entry]]\nexten => ${pattern},1,AGI(agi://127.0.0.1:4577/call_log)\nexten => ${pattern},n,Dial(SIP/c1/\${EXTEN},,To)\nexten => ${pattern},n,Hangup()\n`;
  // Internal extensions lose only where a context searches [vicidial-auto-external] before VICIdial's internal ones.
  const externalFirst = { "extensions.conf": "[globals]\n#include extensions-vicidial.conf\n[custom]\ninclude => vicidial-auto-external\n" };
  assertLines(lint({ "c1.carrier": carrier("_X."), ...externalFirst }), "pattern/reserved-overlap", ["c1.carrier:4"]);
  assertLines(lint({ "c1.carrier": carrier("_8XXX"), ...externalFirst }), "pattern/reserved-overlap", ["c1.carrier:4"]);
  assertLines(lint({ "c1.carrier": carrier("_91NXXNXXXXXX"), ...externalFirst }), "pattern/reserved-overlap", []);
  // The same pattern in an ordinary context is not a carrier's business.
  assertLines(lint(ext("exten => _X.,1,NoOp()\n")), "pattern/reserved-overlap", []);
});
