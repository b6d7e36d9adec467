// docs/rules.md must list exactly the live rule table, and every rule must have a well-formed code and a summary.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { ALL_RULES } from "../../server/src/service/rules/registry";

const ROOT = path.resolve(__dirname, "../../..");
const CODE = /^([a-z]+)\/[a-z0-9]+(-[a-z0-9]+)*$/;
const SEVERITIES = new Set(["error", "warning", "information", "hint"]);

test("every rule has a code area/kebab-name matching its area, a severity and a one-line summary", () => {
  assert.ok(ALL_RULES.length > 0);
  for (const rule of ALL_RULES) {
    const match = CODE.exec(rule.code);
    assert.ok(match, `malformed rule code '${rule.code}': expected area/kebab-name`);
    assert.equal(match[1], rule.area, `rule '${rule.code}' is registered in area '${rule.area}'`);
    assert.ok(SEVERITIES.has(rule.severity), `rule '${rule.code}' has severity '${rule.severity}'`);
    assert.ok(rule.summary && rule.summary.trim().length >= 10, `rule '${rule.code}' has no summary`);
    assert.ok(!/\n/.test(rule.summary), `the summary of '${rule.code}' must be one line`);
  }
});

test("no two rules share a code", () => {
  const seen = new Set<string>();
  const duplicates = ALL_RULES.map((r) => r.code).filter((code) => (seen.has(code) ? true : (seen.add(code), false)));
  assert.deepEqual(duplicates, [], "duplicate rule codes");
});

test("docs/rules.md is generated from the current rule table", () => {
  const generated = spawnSync(process.execPath, [path.join(ROOT, "scripts/gen-rules-doc.mjs"), "--stdout"], { encoding: "utf8" });
  assert.equal(generated.status, 0, generated.stderr);
  const onDisk = fs.readFileSync(path.join(ROOT, "docs/rules.md"), "utf8");
  for (const rule of ALL_RULES) assert.ok(onDisk.includes("`" + rule.code + "`"), `docs/rules.md lacks ${rule.code}: run \`npm run rules-doc\``);
  assert.equal(onDisk, generated.stdout, "docs/rules.md is out of date: run `npm run rules-doc`");
});
