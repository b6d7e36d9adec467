// Every rule has its own test file, mirrored from its code: rule `peer/unknown-option` is tested in
// test/rules/peer/unknown-option.test.ts, so a reader finds a rule and its cases together.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { ALL_RULES } from "../../server/src/service/rules/registry";

const ROOT = path.resolve(__dirname, "../../..");

test("every rule code has its test file test/rules/<area>/<rule>.test.ts", () => {
  const missing = ALL_RULES.map((rule) => `test/rules/${rule.code}.test.ts`).filter((file) => !fs.existsSync(path.join(ROOT, file)));
  assert.deepEqual(missing, []);
  assert.ok(ALL_RULES.length > 100, `${ALL_RULES.length} rules registered`);
});
