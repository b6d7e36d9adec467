// syntax/missing-base and syntax/append-missing: inheriting from, or adding to, a section not defined above.
import { test } from "node:test";
import { checkFixture } from "../../fixture";

test("inheritance from a missing template and (+) on a missing section are errors", () => {
  checkFixture(`
    [general]
    [p1](missing)
    ;    ^^^^^^^ error syntax/missing-base: Template 'missing' does not exist
    type=friend
    [t](!)
    [p2](t)
    [nosuch](+)
    ;       ^^^ error syntax/append-missing: adds to a section that is not defined before it
    x=1
    [p2](+)
    y=2
  `, { only: ["syntax/missing-base", "syntax/append-missing"] });
});
