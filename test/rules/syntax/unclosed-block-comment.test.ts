// syntax/unclosed-block-comment: a `;--` never closed by `--;` hides every line after it.
import { test } from "node:test";
import { checkFixture, checkNoFix } from "../../fixture";

const CODE = "syntax/unclosed-block-comment";
const ONLY = { only: [CODE] };

test("an unclosed ';--' is a warning on the opener, and nothing after it is checked", () => {
  checkFixture(`
    [general]
    [p1]
    type=friend
    ;-- old trunk, disabled
    ^^^ warning syntax/unclosed-block-comment: never closed with '--;'
    [p2]
    secert=x
    junk line
  `);
});

test("a block comment opened inside another needs its own '--;' (they nest)", () => {
  checkFixture(`
    [general]
    ;-- outer
    ^^^ warning syntax/unclosed-block-comment
    ;-- inner --;
    [hidden]
  `, ONLY);
});

test("closed block comments, on one line or several, and plain ';-' comments are fine", () => {
  checkFixture(`
    [general]
    ;--
    [hidden]
    type=friend
    --;
    [p1]
    type=friend ;-- inline --;
    ;- just a comment
    host=dynamic ; trailing comment
  `, ONLY);
});

test("no fix: where the comment should end is not known", () => {
  checkNoFix("[general]\n;-- open\n[p]\n", { code: CODE });
});
