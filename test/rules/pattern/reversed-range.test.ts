// pattern/reversed-range: a range such as `[9-2]` runs backwards and matches no digit; the fix writes it low to high.
import { test } from "node:test";
import { checkFix, checkFixture } from "../../fixture";

const RANGES = `
  //- extensions.conf
  [test]
  exten => _8[9-2]X,1,NoOp()
  exten => _5[a9-1]X,1,NoOp()
  exten => _7[2-9]X,1,NoOp()
  exten => _6[5-5]X,1,NoOp()
`;

test("a backwards range is a warning, also inside a set with other characters; low-to-high and one-digit ranges are not", () => {
  checkFixture(
    RANGES.replace("_8[9-2]X,1,NoOp()\n", "_8[9-2]X,1,NoOp()\n  ;           ^^^ warning pattern/reversed-range: Range '9-2' runs backwards\n").replace(
      "_5[a9-1]X,1,NoOp()\n",
      "_5[a9-1]X,1,NoOp()\n  ;            ^^^ warning pattern/reversed-range: Write it low to high ('1-9')\n",
    ),
    { only: ["pattern/reversed-range"] },
  );
});

test("the fix turns the range around", () => {
  checkFix(RANGES, RANGES.replace("_8[9-2]X", "_8[2-9]X"), { code: "pattern/reversed-range", title: "'2-9'" });
});
