// codec/concatenated-append: `allow+=alaw` glues text onto the previous allow value (`ulawalaw`), naming no codec.
import assert from "node:assert/strict";
import { test } from "node:test";
import { checkFix, checkFixture } from "../../fixture";
import { findingsOf, withCode } from "../../helpers";

const CODE = "codec/concatenated-append";
const ONLY = { only: [CODE] };

test("'allow+=' glued onto an earlier allow is a warning (not an unknown name); fixes make it '=' or add a comma", () => {
  const before = `
    [general]
    [p1]
    type=friend
    disallow=all
    allow=ulaw
    allow+=alaw
    ^^^^^^^^^^^ warning codec/concatenated-append: 'ulawalaw'
  `;
  const service = checkFixture(before, { only: [CODE, "codec/unknown-name"] });
  assert.equal(withCode(findingsOf(service), CODE)[0].related?.length, 1);
  checkFix(before, `
    [general]
    [p1]
    type=friend
    disallow=all
    allow=ulaw
    allow=alaw
  `, { code: CODE, title: "instead of '+='" });
  checkFix(before, `
    [general]
    [p1]
    type=friend
    disallow=all
    allow=ulaw
    allow+=,alaw
  `, { code: CODE, index: 1, title: "add a comma" });
});

test("no finding with a separator, or without an earlier value", () => {
  checkFixture(`
    [general]
    [p1]
    type=friend
    allow=ulaw
    allow+=,alaw
  `, ONLY);
  checkFixture(`
    [general]
    [p1]
    type=friend
    disallow=all
    allow+=alaw
  `, ONLY);
});

test("the earlier value may come from a template", () => {
  checkFixture(`
    [general]
    [t](!)
    allow=ulaw
    [p1](t)
    type=friend
    allow+=alaw
    ^^^^^^^^^^^ warning codec/concatenated-append
  `, ONLY);
});
