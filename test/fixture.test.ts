// The annotated-fixture helper itself: it must fail on a missing or an unmarked finding, and read columns right.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkFixture, dedent } from "./fixture";

const TYPO = `
  [peer1]
  type=friend
  secert=abc
`;

test("an unmarked warning fails the fixture and the failure shows it as an annotation", () => {
  assert.throws(() => checkFixture(TYPO, { only: ["peer/unknown-option"] }), /unexpected: sip\.conf:3:1-7 warning peer\/unknown-option[\s\S]*\n\^\^\^\^\^\^ warning/);
});

test("a marked finding that is not reported fails the fixture", () => {
  assert.throws(() => checkFixture(`
    [peer1]
    type=friend
    secret=abc
    ^^^^^^ warning peer/unknown-option
  `), /missing: sip\.conf:3:1-7 warning peer\/unknown-option/);
});

test("columns, severity and message part must all match", () => {
  assert.throws(() => checkFixture(TYPO + "  ^^^^^ warning peer/unknown-option\n", { only: ["peer/unknown-option"] }), /missing/);
  assert.throws(() => checkFixture(TYPO + "  ^^^^^^ error peer/unknown-option\n", { only: ["peer/unknown-option"] }), /missing/);
  assert.throws(() => checkFixture(TYPO + "  ^^^^^^ warning peer/unknown-option: Did you mean 'context'\n", { only: ["peer/unknown-option"] }), /missing/);
  checkFixture(TYPO + "  ^^^^^^ warning peer/unknown-option: Did you mean 'secret'\n", { only: ["peer/unknown-option"] });
});

test("dedent keeps relative indentation; carets count from the line start", () => {
  checkFixture(`
    [peer1]
    type=friend
    host=dynamic
    nat=force_rport,comedia
    secert=abc
    ^^^^^^ warning peer/unknown-option
  `, { only: ["peer/unknown-option"] });
  assert.equal(dedent("\n    a\n      b\n"), "a\n  b\n");
});
