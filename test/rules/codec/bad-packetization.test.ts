// codec/bad-packetization: a `codec:ms` suffix that is not whole milliseconds makes Asterisk skip the codec.
import { test } from "node:test";
import { checkFix, checkFixture, checkNoFix } from "../../fixture";

const CODE = "codec/bad-packetization";
const ONLY = { only: [CODE] };

test("non-numbers and negatives are skipped by Asterisk; the fix removes the suffix", () => {
  const before = `
    [general]
    [p1]
    type=friend
    disallow=all
    allow=ulaw:30,alaw:abc
    ;                 ^^^^ warning codec/bad-packetization: Asterisk skips alaw
    allow=gsm:-5
    ;        ^^^ warning codec/bad-packetization: for gsm
  `;
  checkFixture(before, ONLY);
  checkFix(before, `
    [general]
    [p1]
    type=friend
    disallow=all
    allow=ulaw:30,alaw
    allow=gsm:-5
  `, { code: CODE, title: "Remove the packetization suffix" });
});

test("a trailing unit after the number is only information, and the fix keeps the number", () => {
  const before = `
    [general]
    [p1]
    type=friend
    allow=ulaw:20ms
    ;         ^^^^^ information codec/bad-packetization: reads only the number (20 ms)
  `;
  checkFixture(before, { ...ONLY, exhaustive: true });
  checkFix(before, `
    [general]
    [p1]
    type=friend
    allow=ulaw:20
  `, { code: CODE, title: "Write ':20'" });
});

test("whole milliseconds, and 0, are fine", () => {
  checkFixture(`
    [general]
    [p1]
    type=friend
    allow=ulaw:20,alaw:0
  `, { ...ONLY, exhaustive: true });
});

test("no suffix removal when what is left is no codec name Asterisk could read (empty, or split again at a ':')", () => {
  // 'allow=::' without its last ':' is 'allow=:', still a bad packetization; the message offers a real example.
  checkFixture(`
    [general]
    [p1]
    type=friend
    allow=::
    ;      ^ warning codec/bad-packetization: such as 'ulaw:20'
  `, ONLY);
  checkNoFix("[general]\n[p1]\ntype=friend\nallow=::\n", { code: CODE });
  checkNoFix("[general]\n[p1]\ntype=friend\nallow=:x\n", { code: CODE });
});
