// dialplan/duplicate-label: two priorities of one extension carry the same label.
import { test } from "node:test";
import { checkFixture, checkNoFix } from "../../fixture";

// Ported from test/rules/dialplan.test.ts ("n on the first line, same without exten, duplicate labels, ...").
const LABELS = `
  //- extensions.conf
  [general]
  [globals]
  [test]
  exten => 101,1(start),NoOp()
  same => n(start),NoOp()
  exten => 102,1(start),NoOp(same label, another extension)
  same => n(end),Hangup()
`;

test("a label used twice in one extension is a warning on the second; the same label in another extension is fine", () => {
  checkFixture(LABELS.replace("same => n(start),NoOp()\n", "same => n(start),NoOp()\n            ^^^^^ warning dialplan/duplicate-label: Label 'start' is already used at priority 1 (line 4)\n"), { only: ["dialplan/duplicate-label"] });
});

test("there is no fix (which one to rename is the author's call)", () => {
  checkNoFix(LABELS, { code: "dialplan/duplicate-label" });
});
