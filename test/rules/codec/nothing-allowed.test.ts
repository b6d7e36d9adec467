// codec/nothing-allowed: the skipped names in the message, and no empty name for an empty allow= or a stray comma.
import { test } from "node:test";
import { checkFixture } from "../../fixture";

test("an unknown codec after disallow=all is named in the message", () => {
  checkFixture(
    `
[general]
context=default
[p]
type=peer
host=192.0.2.1
context=in
disallow=all
^^^^^^^^^^^^ error codec/nothing-allowed: no codec at all (Asterisk skips 'g711a'): calls
allow=g711a
`,
    { only: ["codec/nothing-allowed"] },
  );
});

test("a stray comma is 'an empty entry', not an empty name", () => {
  checkFixture(
    `
[general]
context=default
[p]
type=peer
host=192.0.2.1
context=in
disallow=all
^^^^^^^^^^^^ error codec/nothing-allowed: (Asterisk skips 'g711a', an empty entry): calls
allow=g711a,
`,
    { only: ["codec/nothing-allowed"] },
  );
});

test("an empty allow= alone is 'an empty entry'", () => {
  checkFixture(
    `
[general]
context=default
[p]
type=peer
host=192.0.2.1
context=in
disallow=all
^^^^^^^^^^^^ error codec/nothing-allowed: no codec at all (Asterisk skips an empty entry): calls
allow=
`,
    { only: ["codec/nothing-allowed"] },
  );
});
