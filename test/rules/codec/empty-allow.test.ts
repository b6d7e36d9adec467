// codec/empty-allow: `allow=` with nothing, or an empty entry in a codec list; the fix deletes the line or the separator.
import { test } from "node:test";
import { checkFix, checkFixture } from "../../fixture";

const CODE = "codec/empty-allow";
const ONLY = { only: [CODE] };

test("'allow=' and an empty list entry are flagged ('disallow=' is not); fixes delete the line or the separator", () => {
  const before = `
    [general]
    [p1]
    type=friend
    allow=ulaw
    allow=
    ^^^^^^ warning codec/empty-allow: 'allow=' names no codec
    disallow=
    allow=alaw,,gsm
    ;          ^ warning codec/empty-allow: Empty entry in the codec list
  `;
  checkFixture(before, ONLY);
  checkFix(before, `
    [general]
    [p1]
    type=friend
    allow=ulaw
    disallow=
    allow=alaw,,gsm
  `, { code: CODE, title: "Delete the empty allow= line" });
  checkFix(`
    [general]
    [p1]
    type=friend
    allow=ulaw
    disallow=
    allow=alaw,,gsm
  `, `
    [general]
    [p1]
    type=friend
    allow=ulaw
    disallow=
    allow=alaw,gsm
  `, { code: CODE, title: "Remove the extra separator" });
});

test("a list without empty entries is fine", () => {
  checkFixture(`
    [general]
    [p1]
    type=friend
    allow=ulaw,alaw
  `, ONLY);
});

test("in a one-line template_contents field the fix removes the line's text but keeps the field name", () => {
  checkFix("template_id: T1\ntemplate_contents: allow=\n", "template_id: T1\ntemplate_contents: \n", { code: CODE, file: "t.conftemplate" });
  checkFix(
    "template_id: T1\n[[template_contents]]\ndisallow=all\nallow=\nallow=ulaw\n",
    "template_id: T1\n[[template_contents]]\ndisallow=all\nallow=ulaw\n",
    { code: CODE, file: "t.conftemplate" },
  );
});

test("a list of nothing but separators ('allow=,') is one finding whose fix deletes the line", () => {
  // Removing one separator would leave 'allow=', still naming no codec.
  const before = `
    [general]
    [p1]
    type=friend
    allow=,
    ^^^^^^^ warning codec/empty-allow: lists only empty entries
    allow=ulaw
  `;
  checkFixture(before, { only: ["codec/empty-allow"] });
  checkFix(before, `
    [general]
    [p1]
    type=friend
    allow=ulaw
  `, { code: "codec/empty-allow", title: "Delete the empty allow= line" });
});

test("two empty entries in a row name two separators, so removing one leaves one finding", () => {
  checkFixture(`
    [general]
    [p1]
    type=friend
    allow=,,ulaw
    ;     ^ warning codec/empty-allow: Empty entry
    ;      ^ warning codec/empty-allow: Empty entry
  `, ONLY);
});
