// pattern/lone-underscore and pattern/slash: a bare `_`, and a `/` that turns the rest into a caller-ID match.
import { test } from "node:test";
import { checkFixture } from "../../fixture";

test("a lone underscore is reported", () => {
  checkFixture("//- extensions.conf\n[test]\nexten => _9X.,1,NoOp()\nexten => _,1,NoOp()\n;        ^ warning pattern/lone-underscore\n", { only: ["pattern/lone-underscore"] });
});

test("a slash inside a pattern cuts it into a caller-ID match; a plain extension's caller-ID part is fine", () => {
  checkFixture("//- extensions.conf\n[test]\nexten => _91NXX/NXXXXXX,1,NoOp()\n;              ^^^^^^^^ warning pattern/slash: caller-ID match\nexten => 100/5551234,1,NoOp()\nexten => _9X./_555.,1,NoOp()\n", { only: ["pattern/slash"] });
});
