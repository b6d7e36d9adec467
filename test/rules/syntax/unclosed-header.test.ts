// syntax/unclosed-header: a section header without its ']' makes Asterisk reject the whole file; the fix adds it.
import { test } from "node:test";
import { checkFix, checkFixture } from "../../fixture";

test("a header without ']' is an error; the fix adds the bracket", () => {
  const before = "[general]\n[peer1\ntype=friend\n";
  checkFixture("[general]\n[peer1\n^^^^^^ error syntax/unclosed-header: '[peer1'\ntype=friend\n", { only: ["syntax/unclosed-header"] });
  checkFix(before, "[general]\n[peer1]\ntype=friend\n", { code: "syntax/unclosed-header" });
});
