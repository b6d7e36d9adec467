// carrier/globals-format: a globals string VICIdial writes into [globals] must hold NAME = value lines Asterisk can read.
import { test } from "node:test";
import { checkFixture } from "../../fixture";
import { carrier, mark, caret } from "./carrier-record";

const ONLY = { only: ["carrier/globals-format"], file: "a.carrier" };

test("names that cannot be read back are errors; a space is a warning", () => {
  checkFixture(mark(carrier({ globals_string: "ACME:TRUNK = SIP/acme" }), { 5: `${caret(17, 27)} error carrier/globals-format: substring offset` }), ONLY);
  checkFixture(mark(carrier({ globals_string: "ACME TRUNK = SIP/acme" }), { 5: `${caret(17, 27)} warning carrier/globals-format: ACME_TRUNK` }), ONLY);
});

test("a section header, several lines and more than 255 characters are errors", () => {
  checkFixture(mark(carrier({ globals_string: "[trunks]" }), { 5: `${caret(17, 25)} error carrier/globals-format: context [trunks]` }), ONLY);
  checkFixture("carrier_id: ACME\nprotocol: SIP\nserver_ip: 0.0.0.0\n[[globals_string]]\nA = SIP/a\nB = SIP/b\n^^^^^^^^^ error carrier/globals-format: single-line field\n", ONLY);
  checkFixture(mark(carrier({ globals_string: "ACMETRUNK = SIP/" + "x".repeat(250) }), { 5: `${caret(272, 283)} error carrier/globals-format: 266 characters` }), ONLY);
  checkFixture(mark(carrier({ globals_string: "ACMETRUNK = SIP/" + "x".repeat(250) }), { 5: `${caret(272, 283)} error carrier/globals-format: first 255` }), ONLY);
});

test("valid globals pass; a line without '=' is left to syntax/missing-equals", () => {
  checkFixture(
    "//- a.carrier\n" + carrier({ globals_string: "ACMETRUNK = SIP/acme" }) +
      "//- b.carrier\n" + carrier({ carrier_id: "B2", globals_string: "PJ_TRUNK=acme_pj" }) +
      "//- c.carrier\n" + carrier({ carrier_id: "C3", globals_string: "" }),
    ONLY,
  );
  checkFixture(mark(carrier({ globals_string: "SIP/acme" }), { 5: `${caret(17, 25)} warning syntax/missing-equals` }), { only: ["carrier/globals-format", "syntax/missing-equals"], file: "a.carrier" });
});
