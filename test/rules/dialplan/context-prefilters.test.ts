// Context rules that first ask whether any line of the context can concern them (a join of per-line facts, kept on
// the lines across rebuilds): unclosed-paren, stir-shaken-order. Edit after edit of a rebuilt context, what they find
// is what a fresh analysis finds.
import { test } from "node:test";
import assert from "node:assert/strict";
import { findingsOf, workspaceOf, WS } from "../../helpers";

const CODES = ["dialplan/unclosed-paren", "dialplan/stir-shaken-order", "dialplan/no-call-log"];

test("a line that comes to need a finding in a rebuilt context gets it, and loses it when put back", () => {
  const lines = ["[vicidial-auto-external]"];
  for (let n = 0; n < 8; n++) lines.push(`exten => _9${n}NXXNXXXXXX,1,AGI(agi://127.0.0.1:4577/call_log)`, `exten => _9${n}NXXNXXXXXX,2,Dial(SIP/\${EXTEN:2}@c1,,To)`, `exten => _9${n}NXXNXXXXXX,3,Hangup()`);
  const files = (text: string) => ({ "sip.conf": "[general]\n[c1]\ntype=peer\nhost=192.0.2.1\n", "extensions.conf": text });
  const service = workspaceOf(files(lines.join("\n")));
  const found = (on: ReturnType<typeof workspaceOf>) => findingsOf(on).filter((f) => CODES.includes(f.code)).map((f) => `${f.line} ${f.code}`);
  const edits: [number, (line: string) => string][] = [
    [6, (l) => l.replace("Hangup()", "NoOp(x)")],
    [9, (l) => l.replace("Hangup()", "NoOp(unclosed")],
    [12, (l) => l.replace("Hangup()", "AGI(agi-TILTX_SHAKEN.agi)")],
    [10, (l) => l.replace("call_log", "other_log")],
    [9, (l) => l.replace("NoOp(unclosed", "Hangup()")],
    [12, (l) => l.replace("AGI(agi-TILTX_SHAKEN.agi)", "Hangup()")],
  ];
  const seen: string[][] = [];
  for (const [at, change] of edits) {
    lines[at] = change(lines[at]);
    service.setDocument(WS + "extensions.conf", lines.join("\n"));
    assert.deepEqual(found(service), found(workspaceOf(files(lines.join("\n")))), `after the edit of line ${at + 1}`);
    seen.push(found(service));
  }
  assert.deepEqual(seen[1], ["10 dialplan/unclosed-paren"]);
  assert.deepEqual(seen[2], ["10 dialplan/unclosed-paren", "13 dialplan/stir-shaken-order"]);
  assert.deepEqual(seen[5], ["11 dialplan/no-call-log"]);
});
