// dialplan/next-on-first: `n` (or `s`) on a context's first line, where there is nothing to count from.
import { test } from "node:test";
import { checkFix, checkFixture } from "../../fixture";

// Ported from test/rules/dialplan.test.ts ("n on the first line, same without exten, ...").
const FIRST = `
  //- extensions.conf
  [general]
  [globals]
  [test]
  exten => 100,n,NoOp()
  exten => 101,1,NoOp()
  same => n,NoOp()
  exten => 102,n,NoOp(counts from 101's line)
`;

test("'n' on a context's first line is a warning; 'n' after a numbered line is not", () => {
  checkFixture(FIRST.replace("100,n,NoOp()\n", "100,n,NoOp()\n               ^ warning dialplan/next-on-first: 'n' (next priority) on the first line of [test]\n"), { only: ["dialplan/next-on-first"] });
});

test("the fix makes it priority 1", () => {
  checkFix(FIRST, FIRST.replace("100,n,NoOp()", "100,1,NoOp()"), { code: "dialplan/next-on-first", title: "Use priority 1" });
});

test("'s' (same priority) on the first line is reported too", () => {
  checkFixture(`
    //- extensions.conf
    [test]
    exten => 100,s,NoOp()
                 ^ warning dialplan/next-on-first: 's' (same priority)
    exten => 100,2,Hangup()
  `, { only: ["dialplan/next-on-first"] });
});

test("on a line that names no extension the fix still only writes 1; the missing extension is its own (warning) finding", () => {
  const before = `
    //- extensions.conf
    [test]
    exten => ,n,NoOp()
  `;
  checkFix(before, `
    //- extensions.conf
    [test]
    exten => ,1,NoOp()
  `, { code: "dialplan/next-on-first", title: "Use priority 1" });
  checkFixture(`
    //- extensions.conf
    [test]
    exten => ,1,NoOp()
    ;        ^^^^^^^^^ warning dialplan/empty-extension
  `, { only: ["dialplan/next-on-first", "dialplan/empty-extension"] });
});
