// Every cross-file rule declares what it reads (`workspaceReads`), so that it runs again only when one of its inputs
// changed (rules/workspace-inputs.ts); test/model/workspace-reads*.test.ts check that the declarations are right.
import { test } from "node:test";
import assert from "node:assert/strict";
import { ALL_RULES } from "../../server/src/service/rules/registry";

/**
 * Workspace rules that cannot declare their inputs, each with the reason (what it reads that no `WorkspaceInput`
 * stands for). Empty: every workspace rule declares its inputs.
 */
const UNDECLARED: Record<string, string> = {};

test("every rule with checkWorkspace declares workspaceReads, or is on the commented list of those that cannot", () => {
  const workspaceRules = ALL_RULES.filter((rule) => rule.checkWorkspace);
  const missing = workspaceRules.filter((rule) => !rule.workspaceReads && !(rule.code in UNDECLARED)).map((rule) => rule.code);
  assert.deepEqual(missing, []);
  const stale = Object.keys(UNDECLARED).filter((code) => !workspaceRules.some((rule) => rule.code === code && !rule.workspaceReads));
  assert.deepEqual(stale, [], "codes on the list that are no undeclared workspace rule");
  assert.ok(workspaceRules.length >= 30, `${workspaceRules.length} workspace rules`);
});

test("a declaration names at least one input, each once", () => {
  for (const rule of ALL_RULES) {
    if (!rule.workspaceReads) continue;
    assert.ok(rule.checkWorkspace, `${rule.code}: workspaceReads without checkWorkspace`);
    assert.ok(rule.workspaceReads.length > 0, `${rule.code}: an empty workspaceReads would never run again`);
    assert.equal(new Set(rule.workspaceReads).size, rule.workspaceReads.length, `${rule.code}: an input named twice`);
  }
});

test("a unit rule's unitAlsoReads names at least one input, each once, and only a unit rule has one", () => {
  const declaring = ALL_RULES.filter((rule) => rule.unitAlsoReads);
  for (const rule of declaring) {
    assert.ok(rule.checkUnit, `${rule.code}: unitAlsoReads without checkUnit`);
    assert.ok(rule.unitAlsoReads!.length > 0, `${rule.code}: an empty unitAlsoReads`);
    assert.equal(new Set(rule.unitAlsoReads).size, rule.unitAlsoReads!.length, `${rule.code}: an input named twice`);
  }
  // The rules known to read beyond their unit (rules/cross-unit-findings.ts).
  assert.deepEqual(declaring.map((rule) => rule.code).sort(), ["dialplan/dial-without-o", "pattern/reserved-overlap"]);
});
