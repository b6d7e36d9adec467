// register/too-long: a register value longer than the 255 characters Asterisk keeps; the rest is cut off.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkFixture } from "../../fixture";

/** Carets under columns `from` (0-based) to `to` (excluded) of the line above. */
const carets = (from: number, to: number, note: string) => " ".repeat(from) + "^".repeat(to - from) + " " + note;
const VALUE_START = "register => ".length;

test("the part past 255 characters is marked; a short line is fine", () => {
  const line = "register => u:p@" + "a".repeat(260) + ".example.com";
  checkFixture(
    ["[general]", line, carets(VALUE_START + 255, line.length, "warning register/too-long: silently cuts off the rest"), "register => u:p@192.0.2.1", ""].join("\n"),
    { only: ["register/too-long"] },
  );
});

test("a register password of 100,000 characters is masked without failing the rule", () => {
  const line = `register => user:${"p".repeat(100_000)}@sip.example.com:99999`;
  const service = checkFixture(
    ["[general]", line, carets(VALUE_START + 255, line.length, "warning register/too-long: longer than 255 characters"), ""].join("\n"),
    { only: ["register/too-long"] },
  );
  const findings = [...service.allDiagnostics().values()].flat();
  assert.ok(findings.every((f) => !f.message.startsWith("Internal error")), "no rule failed");
  assert.ok(findings.every((f) => !f.message.includes("pppppppp")));
});
