// template/has-header: a VICIdial conf template with its own [section] line splits the carrier it is appended to.
import { test } from "node:test";
import { checkFixture } from "../../fixture";

test("a template with its own [section] header is a warning", () => {
  checkFixture(`
    //- t.conftemplate
    template_id: HDR
    [[template_contents]]
    disallow=all
    [shared]
    ;^^^^^^ warning template/has-header
    allow=ulaw
  `, { only: ["template/has-header"] });
});

test("a template without a header is fine", () => {
  checkFixture(`
    //- t.conftemplate
    template_id: SIPTMPL
    [[template_contents]]
    type=friend
    disallow=all
    allow=ulaw
  `, { only: ["template/has-header"] });
});
