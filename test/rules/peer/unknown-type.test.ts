// peer/unknown-type: a `type=` value the driver does not know for the section.
import { test } from "node:test";
import { checkFixture } from "../../fixture";

test("its severity follows the harm: the driver drops the whole section, so an error with 'did you mean'", () => {
  checkFixture(`
    [carrier]
    type=frend
         ^^^^^ error peer/unknown-type: Did you mean 'friend'
    host=192.0.2.1
  `, { only: ["peer/unknown-type"] });
});
