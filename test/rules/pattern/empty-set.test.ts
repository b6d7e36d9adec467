// pattern/empty-set and pattern/reversed-range: sets that accept no character; the fixes drop or reorder them.
import { test } from "node:test";
import { checkFix, checkFixture } from "../../fixture";

const TEXT = "[general]\n[globals]\n[test]\nexten => _9[]XX,1,NoOp()\nexten => _8[9-2]X,1,NoOp()\nexten => _7[2-9]X,1,NoOp()\n";

test("an empty set and a reversed range are reported", () => {
  checkFixture("//- extensions.conf\n" + TEXT.replace("_9[]XX,1,NoOp()\n", "_9[]XX,1,NoOp()\n;          ^^ warning pattern/empty-set\n").replace("_8[9-2]X,1,NoOp()\n", "_8[9-2]X,1,NoOp()\n;           ^^^ warning pattern/reversed-range: Write it low to high\n"), { only: ["pattern/empty-set", "pattern/reversed-range"] });
});

test("the fixes drop the empty set and put the range in order", () => {
  checkFix(TEXT, TEXT.replace("_9[]XX", "_9XX"), { code: "pattern/empty-set", file: "extensions.conf" });
  checkFix(TEXT, TEXT.replace("_8[9-2]X", "_8[2-9]X"), { code: "pattern/reversed-range", file: "extensions.conf" });
});
