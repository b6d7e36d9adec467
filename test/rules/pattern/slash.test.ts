// pattern/slash: a `/` inside a pattern ends it; what follows becomes a caller-ID match.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkFixture, checkNoFix } from "../../fixture";
import { workspaceOf, WS } from "../../helpers";
import { ALL_RULES } from "../../../server/src/service/rules/registry";

const SLASHES = `
  //- extensions.conf
  [test]
  exten => _9NXX/NXXXXXX,1,NoOp()
  exten => 100/5551234,1,NoOp()
  exten => _9X./_555.,1,NoOp()
  exten => _9X./5551234,1,NoOp()
`;

test("a slash followed by more pattern characters is a warning; real caller-ID matches (after a pattern or an extension) are not", () => {
  checkFixture(SLASHES.replace("_9NXX/NXXXXXX,1,NoOp()\n", "_9NXX/NXXXXXX,1,NoOp()\n  ;             ^^^^^^^^ warning pattern/slash: treats 'NXXXXXX' as a caller-ID match\n"), { only: ["pattern/slash"] });
});

test("a slash inside a character set is reported together with the set it leaves open", () => {
  checkFixture(`
    //- extensions.conf
    [test]
    exten => _9[1/2]X,1,NoOp()
    ;          ^^ warning pattern/unterminated-set
    ;            ^^^^ warning pattern/slash: ends the pattern at '_9[1'
  `, { only: ["pattern/slash", "pattern/unterminated-set"] });
});

test("there is no fix (whether a caller-ID match was meant is the author's call)", () => {
  checkNoFix(SLASHES, { code: "pattern/slash" });
});

test("after edits above them in a rebuilt context, the pattern findings and their fix sit where a fresh analysis puts them", () => {
  const lines = ["[test]"];
  for (let n = 0; n < 6; n++) lines.push(`exten => _${n}1X,1,NoOp(${n})`, " same => n,Hangup()");
  lines.push("exten => _9NXX/NXXXXXX,1,NoOp()", "exten => _8[2-5XX,1,NoOp()", " same => n,Hangup()");
  const shown = (service: ReturnType<typeof workspaceOf>) =>
    (service.allDiagnostics().get(WS + "extensions.conf") ?? [])
      .filter((f) => f.code.startsWith("pattern/"))
      .map((f) => JSON.stringify([f.code, f.span, f.data]));
  // Only these two rules: no other rule has the lines follow their nodes before they read them.
  const only = { severities: Object.fromEntries(ALL_RULES.filter((rule) => !["pattern/slash", "pattern/unterminated-set"].includes(rule.code)).map((rule) => [rule.code, "off" as const])) };
  const service = workspaceOf({ "extensions.conf": lines.join("\n") }, only);
  const edits: [number, (line: string) => string][] = [
    [2, (l) => l.replace("NoOp(0)", "NoOp(00)")], // the context is rebuilt: what lines alone tell is kept on them
    [4, (l) => l.replace("NoOp(1)", "NoOp(a longer text)")], // the lines below move
    [1, (l) => l + " ; and a comment"],
  ];
  for (const [at, change] of edits) {
    lines[at] = change(lines[at]);
    service.setDocument(WS + "extensions.conf", lines.join("\n"));
    const fresh = shown(workspaceOf({ "extensions.conf": lines.join("\n") }, only));
    assert.equal(fresh.length, 2);
    assert.deepEqual(shown(service), fresh, `after the edit of line ${at + 1}`);
  }
});
