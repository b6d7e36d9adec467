// carrier/id-format: carrier and template IDs that VICIdial's admin screen changes or refuses.
import { test } from "node:test";
import { checkFix, checkFixture, checkNoFix } from "../../fixture";
import { carrier, mark } from "./carrier-record";

const ONLY = { only: ["carrier/id-format"], file: "a.carrier" };
const TEMPLATE = "//- t.conftemplate\ntemplate_id: ULAW TRUNK\n[[template_contents]]\ndisallow=all\n";

test("characters VICIdial deletes from a carrier ID are an error on those characters, saying what the ID becomes", () => {
  checkFixture(mark(carrier({ carrier_id: "MY CARRIER!" }), { 1: ";             ^^^^^^^^^ error carrier/id-format: saved as 'MYCARRIER'" }), ONLY);
  checkFixture(mark(carrier({ carrier_id: "MY CARRIER!" }), { 1: ";             ^^^^^^^^^ error carrier/id-format: space, '!'" }), ONLY);
});

test("the fix replaces the record's own ID with the sanitised one, for carriers and templates", () => {
  const after = carrier({ carrier_id: "MYCARRIER" });
  checkFix("//- a.carrier\n" + carrier({ carrier_id: "MY CARRIER!" }) + TEMPLATE, "//- a.carrier\n" + after, { code: "carrier/id-format", title: "MYCARRIER" });
  checkFixture(mark(TEMPLATE, { 2: ";                ^ error carrier/id-format: space" }), ONLY);
  checkFix(TEMPLATE, "template_id: ULAWTRUNK\n[[template_contents]]\ndisallow=all\n", { code: "carrier/id-format" });
});

test("too short, too long and missing IDs are errors without a fix", () => {
  checkFixture(mark(carrier({ carrier_id: "A" }), { 1: ";           ^ error carrier/id-format: shorter than 2" }), ONLY);
  checkNoFix(carrier({ carrier_id: "A" }), { code: "carrier/id-format", file: "a.carrier" });
  checkFixture(mark(carrier({ carrier_id: "ABCDEFGHIJKLMNOPQ" }), { 1: ";           ^^^^^^^^^^^^^^^^^ error carrier/id-format: 17 characters" }), ONLY);
  checkFixture(mark(carrier({ carrier_id: "ABCDEFGHIJKLMNOPQ" }), { 1: ";           ^^^^^^^^^^^^^^^^^ error carrier/id-format: becomes 'ABCDEFGHIJKLMNO'" }), ONLY);
  checkNoFix(carrier({ carrier_id: "ABCDEFGHIJKLMNOPQ" }), { code: "carrier/id-format", file: "a.carrier" });
  // Deleting the bad characters would leave a single character: no fix either.
  checkNoFix(carrier({ carrier_id: "A !" }), { code: "carrier/id-format", file: "a.carrier" });
  checkFixture(`
    //- a.carrier
    protocol: SIP
    ^^^^^^^^ error carrier/id-format: no carrier_id
    server_ip: 0.0.0.0
    //- t.conftemplate
    template_name: x
    ^^^^^^^^^^^^^ error carrier/id-format: no template_id
  `, ONLY);
});

test("a carrier's template_id is checked too, without a fix; --NONE-- and valid IDs are fine", () => {
  const text = carrier({ template_id: "ULAW TRUNK" });
  checkFixture(mark(text, { 5: ";                ^ error carrier/id-format: Template ID 'ULAW TRUNK'" }), ONLY);
  checkNoFix(text, { code: "carrier/id-format", file: "a.carrier" });
  checkFixture(
    "//- a.carrier\n" + carrier({ carrier_id: "ACME-1_b", template_id: "--NONE--" }) +
      "//- b.carrier\n" + carrier({ carrier_id: "B2", template_id: "" }) +
      "//- c.carrier\n" + carrier({ carrier_id: "ABCDEFGHIJKLMNO", template_id: "ULAW_TRUNK" }) +
      "//- t.conftemplate\ntemplate_id: ULAW_TRUNK\n[[template_contents]]\ndisallow=all\n",
    ONLY,
  );
});
