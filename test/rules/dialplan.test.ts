// Dialplan rules: priorities, labels, jumps, includes, applications and their arguments, Dial options and channels,
// ${EXTEN} digits, and VICIdial's carrier conventions. Positive and negative cases, with fixes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { applyFix, assertLines, fixesFor, lint, withCode, workspaceOf } from "../helpers";

const ext = (body: string) => ({ "extensions.conf": "[general]\n[globals]\n[test]\n" + body });

/** A carrier record with the given dialplan entry (and an account for peer `c1`). */
const carrier = (dialplan: string, extra = "") => ({
  "c1.carrier": `carrier_id: C1\nprotocol: SIP\nglobals_string: C1TRUNK = SIP/c1\n${extra}[[account_entry]]\n[c1]\ntype=peer\nhost=192.0.2.1\n\n[[dialplan_entry]]\n${dialplan}`,
});

test("priorities: first not 1, gaps, duplicates (with renumber fixes)", () => {
  const files = ext(
    [
      "exten => 100,2,NoOp(a)", // 4: first priority 2
      "exten => 100,3,NoOp(b)",
      "exten => 200,1,NoOp(a)", // 6
      "exten => 200,2,NoOp(b)",
      "exten => 200,4,NoOp(gap)", // 8: gap
      "exten => 300,1,NoOp(a)", // 9
      "exten => 300,1,NoOp(dup)", // 10: duplicate
      "exten => 400,1,NoOp(a)", // 11: fine
      "same => n,NoOp(b)",
      "exten => _X.,50000(sub),NoOp(label entry)", // 13: entered by label, fine
    ].join("\n") + "\n",
  );
  const findings = lint(files);
  assertLines(findings, "dialplan/first-priority", [4]);
  assertLines(findings, "dialplan/priority-gap", [8]);
  assertLines(findings, "dialplan/duplicate-priority", [10]);
  const service = workspaceOf(files);
  const gapFix = fixesFor(service, "dialplan/priority-gap");
  assert.match(applyFix(service, gapFix[0])["extensions.conf"], /exten => 200,3,NoOp\(gap\)/);
  assert.match(applyFix(service, gapFix[1])["extensions.conf"], /exten => 200,n,NoOp\(b\)\nexten => 200,n,NoOp\(gap\)/);
  assert.match(applyFix(service, fixesFor(service, "dialplan/first-priority")[0])["extensions.conf"], /exten => 100,1,NoOp\(a\)\nexten => 100,2,NoOp\(b\)/);
  assert.match(applyFix(service, fixesFor(service, "dialplan/duplicate-priority")[0])["extensions.conf"], /exten => 300,2,NoOp\(dup\)/);
});

test("n counts from the previous line whatever its extension", () => {
  // 200's first line takes priority 2 from 100's line before it: never entered.
  const findings = lint(ext("exten => 100,1,NoOp()\nexten => 200,n,NoOp()\n"));
  assertLines(findings, "dialplan/first-priority", [5]);
});

test("n on the first line, same without exten, duplicate labels, invalid priorities", () => {
  const files = ext(
    [
      "exten => 100,n,NoOp()", // 4 next-on-first
      "exten => 101,1(start),NoOp()",
      "same => n(start),NoOp()", // 6 duplicate label
      "exten => 102,0,NoOp()", // 7 invalid
      "exten => 103,nolabel,NoOp()", // 8 unknown label
      "exten => 104,1(open,NoOp()", // 9 unclosed label
    ].join("\n") + "\n[other]\nsame => n,NoOp()\nexten => 105,1,NoOp()\n", // 11 same without exten
  );
  const findings = lint(files);
  assertLines(findings, "dialplan/next-on-first", [4]);
  assertLines(findings, "dialplan/duplicate-label", [6]);
  assertLines(findings, "dialplan/invalid-priority", [7, 8, 9]);
  assertLines(findings, "dialplan/same-without-exten", [11]);
  const service = workspaceOf(files);
  assert.match(applyFix(service, fixesFor(service, "dialplan/next-on-first")[0])["extensions.conf"], /exten => 100,1,NoOp\(\)/);
  const labelFix = service.quickFixes(withCode(lint(files), "dialplan/invalid-priority").filter((f) => f.line === 9));
  assert.match(applyFix(service, labelFix[0])["extensions.conf"], /exten => 104,1\(open\),NoOp\(\)/);
});

test("a carrier entry starting with 'n' or 'same' continues VICIdial's generated lines", () => {
  const findings = lint(carrier("exten => _91NXXNXXXXXX,n,AGI(agi://127.0.0.1:4577/call_log)\nsame => n,Dial(${C1TRUNK}/${EXTEN:1},,To)\nsame => n,Hangup()\n"));
  assertLines(findings, "dialplan/first-priority", ["c1.carrier:10"]);
  assertLines(findings, "dialplan/next-on-first", []);
  const same = lint(carrier("same => n,Hangup()\n"));
  assert.equal(withCode(same, "dialplan/same-without-exten")[0]?.severity, "warning");
});

test("Goto and GotoIf targets: contexts, extensions (patterns, includes), priorities and labels", () => {
  const files = {
    "extensions.conf": [
      "[general]",
      "[globals]",
      "[test]", // 3
      "exten => 100,1,Goto(200,1)", // 4 ok
      "same => n,Goto(nosuch,s,1)", // 5 bad context
      "same => n,Goto(test,999,1)", // 6 bad extension
      "same => n,Goto(200,7)", // 7 bad priority
      "same => n,GotoIf($[${X} = 1]?here:nolabel)", // 8 bad false label
      "same => n(here),Goto(sub,fn-BUSY,1)", // 9 ok through pattern in included context
      "same => n,Goto(${DEST},s,1)", // 10 dynamic: skipped
      "same => n,Goto(vicidial-auto,8500,1)", // 11 generated context: skipped
      "exten => 200,1,NoOp()",
      "[sub]",
      "include => deeper",
      "[deeper]",
      "exten => _f[n]-.,1,NoOp()",
    ].join("\n") + "\n",
  };
  assertLines(lint(files), "dialplan/goto-target", [5, 6, 7, 8]);
});

test("include of a missing context; VICIdial's generated contexts and parkedcalls are known", () => {
  const findings = lint(ext("include => nosuch\ninclude => vicidial-auto\ninclude => parkedcalls\ninclude => test2\n[test2]\nexten => 1,1,NoOp()\n"));
  assertLines(findings, "dialplan/missing-include", [4]);
  // A fragment alone cannot tell: its contexts may live in the main extensions.conf.
  assertLines(lint({ "extensions-custom.conf": "[x]\ninclude => nosuch\n" }), "dialplan/missing-include", []);
});

test("unknown applications: did-you-mean with fix, removed ones per version", () => {
  const files = ext("exten => 100,1,Dail(SIP/x)\nsame => n,FooBarApp(1)\nsame => n,Macro(x)\nsame => n,dial(SIP/x)\nsame => n,Hangup\n");
  const findings = lint(files);
  assertLines(findings, "dialplan/unknown-application", [4, 5]);
  assert.equal(withCode(findings, "dialplan/unknown-application").find((f) => f.line === 5)?.severity, "warning");
  const service = workspaceOf(files);
  assert.match(applyFix(service, fixesFor(service, "dialplan/unknown-application")[0])["extensions.conf"], /exten => 100,1,Dial\(SIP\/x\)/);
  assertLines(lint(files, { asteriskVersion: 22 }), "dialplan/unknown-application", [4, 5, 6]);
});

test("unclosed parenthesis (fix) and unbalanced ${ / $[", () => {
  const files = ext("exten => 100,1,Dial(SIP/x,5\nsame => n,Set(A=${B)\nsame => n,NoOp($[1+2)\nsame => n,NoOp(${A} $[1+1])\n");
  const findings = lint(files);
  assertLines(findings, "dialplan/unclosed-paren", [4]);
  assertLines(findings, "dialplan/unbalanced-expression", [5, 6]);
  const service = workspaceOf(files);
  assert.match(applyFix(service, fixesFor(service, "dialplan/unclosed-paren")[0])["extensions.conf"], /Dial\(SIP\/x,5\)\n/);
});

test("argument counts of Dial, AGI, Goto, GotoIf, ExecIf, Set, Hangup", () => {
  const findings = lint(
    ext(
      [
        "exten => 100,1,Dial()", // 4
        "same => n,Dial(SIP/x,5,To,,extra)", // 5
        "same => n,AGI()", // 6
        "same => n,Goto(a,b,c,d)", // 7
        "same => n,GotoIf($[1]))", // 8 no '?'
        "same => n,ExecIf($[1])", // 9
        "same => n,Set(NOVALUE)", // 10
        "same => n,Hangup(16,17)", // 11
        "same => n,Set(A=1,B=2)", // 12 information
        "same => n,Dial(SIP/x,5,To)",
        "same => n,GotoIf($[1]?100,1)",
        "same => n,Set(C=a,b)",
        "same => n,NoOp(a,b,c)",
        "same => n,Hangup()",
      ].join("\n") + "\n",
    ),
  );
  assertLines(findings, "dialplan/argument-count", [4, 5, 6, 7, 8, 9, 10, 11, 12]);
  assert.equal(withCode(findings, "dialplan/argument-count").find((f) => f.line === 12)?.severity, "information");
});

test("Dial options: unknown letters, missing arguments, M after Asterisk 20", () => {
  const files = ext("exten => 100,1,Dial(SIP/x,5,ToyL)\nsame => n,Dial(SIP/x,5,M(mac)tTzQ(16)r)\nsame => n,Dial(SIP/x,5,A(beep)${OPTS}g)\n");
  assertLines(lint(files), "dialplan/dial-option", [4, 4]);
  assertLines(lint(files, { asteriskVersion: 22 }), "dialplan/dial-option", [4, 4, 5]);
});

test("Dial timeout must be seconds or a variable; options in its place get a fix", () => {
  const files = ext("exten => 100,1,Dial(SIP/x,abc,T)\nsame => n,Dial(SIP/x,To)\nsame => n,Dial(SIP/x,${CAMPDTO},To)\nsame => n,Dial(SIP/x,30^5,To)\nsame => n,Dial(SIP/x,,To)\n");
  assertLines(lint(files), "dialplan/dial-timeout", [4, 5]);
  const service = workspaceOf(files);
  const fixes = service.quickFixes(withCode(lint(files), "dialplan/dial-timeout").filter((f) => f.line === 5));
  assert.match(applyFix(service, fixes[0])["extensions.conf"], /Dial\(SIP\/x,,To\)\nsame => n,Dial\(SIP\/x,\$\{CAMPDTO\}/);
});

test("channel strings per technology, globals resolved; chan_sip gone on 22", () => {
  const files = {
    "extensions.conf":
      "[globals]\nBADPJ=PJSIP/carrier/\nGOOD=SIP/carrier\n[test]\n" +
      [
        "exten => _9X.,1,Dial(PJSIP/carrier/${EXTEN:1})", // 5 wrong PJSIP shape
        "same => n,Dial(SIP//${EXTEN:1})", // 6 empty peer
        "same => n,Dial(FOO/bar)", // 7 unknown tech
        "same => n,Dial(${GOOD}/${EXTEN:1})", // 8 fine (on 18)
        "same => n,Dial(PJSIP/${EXTEN:1}@carrier)", // 9 fine
        "same => n,Dial(IAX2/user:pw@host.example.com/${EXTEN:1})", // 10 fine
        "same => n,Dial(Local/${EXTEN}@test&SIP/${EXTEN:1}@carrier)", // 11 fine
      ].join("\n") + "\n",
  };
  assertLines(lint(files), "dialplan/channel-string", [5, 6, 7]);
  assertLines(lint(files, { asteriskVersion: 22 }), "dialplan/channel-string", [5, 6, 7, 8, 11]);
});

test("${EXTEN:n} eating digits, NANP length, and the LCR AGI's NPANXX", () => {
  const findings = lint(
    ext(
      [
        "exten => _9NXXXXXX,1,Dial(SIP/x/${EXTEN:2})", // 4 strips the N
        "exten => _91NXXNXXXXXX,1,Dial(SIP/x/${EXTEN:1})", // 5 fine
        "same => n,Dial(SIP/x/${EXTEN:2:9})", // 6 too short
        "same => n,Dial(SIP/x/${EXTEN:-7})", // 7 too short
        "same => n,Dial(SIP/x/${EXTEN:-10})", // 8 fine
        "same => n,AGI(agi-LCR-Route.agi,${EXTEN:1:6})", // 9 wrong NPANXX
        "same => n,AGI(agi-LCR-Route.agi,${EXTEN:2:6})", // 10 fine
        "same => n,Dial(${LCRTRUNK}/${EXTEN:2},,To)",
      ].join("\n") + "\n",
    ),
  );
  assertLines(findings, "dialplan/exten-strip", [4]);
  assertLines(findings, "dialplan/nanp-digits", [6, 7]);
  assertLines(findings, "dialplan/lcr-npanxx", [9]);
});

test("STIR/SHAKEN AGI after the Dial: warning, fix moves it before", () => {
  const files = ext(
    "exten => _91NXXNXXXXXX,1,AGI(agi://127.0.0.1:4577/call_log)\nsame => n,Dial(SIP/x/${EXTEN:1},,To)\nsame => n,AGI(agi-TILTX_SHAKEN.agi,${EXTEN:-10}-----${CALLERID(num)}-----YES-----)\nsame => n,Hangup()\n" +
      "exten => _92NXXNXXXXXX,1,AGI(agi-TILTX_SHAKEN.agi,${EXTEN:-10}-----${CALLERID(num)}-----YES-----)\nsame => n,Dial(SIP/x/${EXTEN:1},,To)\n",
  );
  assertLines(lint(files), "dialplan/stir-shaken-order", [6]);
  const service = workspaceOf(files);
  const fixed = applyFix(service, fixesFor(service, "dialplan/stir-shaken-order")[0])["extensions.conf"];
  assert.match(fixed, /same => n,AGI\(agi-TILTX_SHAKEN\.agi,[^\n]*\nsame => n,Dial\(SIP\/x\/\$\{EXTEN:1\},,To\)\nsame => n,Hangup\(\)/);
});

test("VICIdial carrier conventions: o option, call_log first, Hangup last (with fixes)", () => {
  const good = carrier(
    "exten => _91NXXNXXXXXX,1,AGI(agi://127.0.0.1:4577/call_log)\nexten => _91NXXNXXXXXX,n,Dial(${C1TRUNK}/${EXTEN:1},${CAMPDTO},To)\nexten => _91NXXNXXXXXX,n,Hangup()\n",
  );
  const goodFindings = lint(good);
  for (const code of ["dialplan/dial-without-o", "dialplan/no-call-log", "dialplan/no-hangup"]) assertLines(goodFindings, code, []);
  const bad = carrier("exten => _91NXXNXXXXXX,1,Dial(${C1TRUNK}/${EXTEN:1},${CAMPDTO},T)\nexten => _91NXXNXXXXXX,n,NoOp(done)\n");
  const findings = lint(bad);
  assertLines(findings, "dialplan/dial-without-o", ["c1.carrier:10"]);
  assertLines(findings, "dialplan/no-call-log", ["c1.carrier:10"]);
  assertLines(findings, "dialplan/no-hangup", ["c1.carrier:11"]);
  assert.equal(withCode(findings, "dialplan/no-call-log")[0].severity, "information");
  const service = workspaceOf(bad);
  assert.match(applyFix(service, fixesFor(service, "dialplan/dial-without-o")[0])["c1.carrier"], /\$\{CAMPDTO\},To\)/);
  assert.match(applyFix(service, fixesFor(service, "dialplan/no-hangup")[0])["c1.carrier"], /NoOp\(done\)\nexten => _91NXXNXXXXXX,n,Hangup\(\)/);
  // Outside carrier dialplans a Dial without 'o' is nobody's business.
  assertLines(lint(ext("exten => 100,1,Dial(SIP/x,5,T)\n")), "dialplan/dial-without-o", []);
});

test("unknown keyword in a context", () => {
  const files = ext("extension => 100,1,NoOp()\nexten => 101,1,NoOp()\n");
  assertLines(lint(files), "dialplan/unknown-keyword", [4]);
});

test("Asterisk's extensions.conf sample: no errors or warnings from the dialplan, pattern and globals rules", (t) => {
  const fs = require("node:fs") as typeof import("node:fs");
  const path = require("node:path") as typeof import("node:path");
  const candidates = [path.resolve(process.cwd(), "../shared/corpus"), path.resolve(__dirname, "../../../../shared/corpus")];
  const corpus = candidates.find((dir) => fs.existsSync(path.join(dir, "asterisk-20-samples/extensions.conf.sample")));
  if (!corpus) {
    t.skip("no corpus folder");
    return;
  }
  const text = fs.readFileSync(path.join(corpus, "asterisk-20-samples/extensions.conf.sample"), "utf8");
  const noisy = lint({ "extensions.conf": text }).filter(
    (f) => /^(dialplan|pattern|globals)\//.test(f.code) && (f.severity === "error" || f.severity === "warning"),
  );
  assert.deepEqual(noisy.map((f) => `${f.line} ${f.code} ${f.message}`), []);
});
