// syntax/record-field: a carrier file line that is not `field: value` or `[[field]]`, an unknown or repeated field.
import { test } from "node:test";
import { checkFixture } from "../../fixture";

test("unknown, repeated and unreadable record lines are errors", () => {
  checkFixture(`
    //- a.carrier
    carrier_id: A1
    carrier_idd: x
    ^^^^^^^^^^^ error syntax/record-field
    carrier_id: A2
    ^^^^^^^^^^ error syntax/record-field
    random text
    ^^^^^^^^^^^ error syntax/record-field
    [[account_entry]]
    [a1]
    type=peer
  `, { only: ["syntax/record-field"] });
});
