// Runs one workspace rule through a sequence of changes to check its `workspaceReads`: a counting copy of the rule
// runs in a RuleRunner of its own; after each change it must have run again exactly when the change touched what it
// reads (then its findings change), reuse the very same findings otherwise, and always equal a fresh analysis.
import assert from "node:assert/strict";
import { Workspace } from "../../server/src/service/model/workspace";
import { RuleRunner } from "../../server/src/service/rules/run";
import { ruleByCode } from "../../server/src/service/rules/registry";
import type { Finding, Rule } from "../../server/src/service/rules/types";

export const WS = "/ws/";

export type Change = (workspace: Workspace) => void;

export interface Step {
  /** What the step does, for failure messages. */
  what: string;
  change: Change;
  /** The change touches an input the rule reads: it runs again and its findings change. */
  reads: boolean;
}

export interface ReadsCase {
  code: string;
  /** Texts by name under /ws/. */
  files: Record<string, string>;
  /** Applied after the files (skipped-input notes). */
  setup?: Change;
  steps: Step[];
}

/** Replaces the first `from` in a file (or sets the file when `from` is undefined). */
export function replace(name: string, from: string | undefined, to: string): Change {
  return (workspace) => {
    const text = workspace.document(WS + name)?.text ?? "";
    const next = from === undefined ? to : text.replace(from, to);
    assert.notEqual(next, text, `${name}: the change changes the text`);
    workspace.setDocument(WS + name, next);
  };
}

function build(c: ReadsCase, steps: readonly Step[]): Workspace {
  const workspace = new Workspace();
  for (const [name, text] of Object.entries(c.files)) workspace.setDocument(WS + name, text);
  c.setup?.(workspace);
  for (const step of steps) step.change(workspace);
  return workspace;
}

const flat = (found: Map<string, Finding[]>): Finding[] => [...found.values()].flat();
const show = (f: Finding) => `${f.uri} ${f.span.start}-${f.span.end} ${f.severity} ${f.message} ${JSON.stringify(f.related ?? [])}`;

export function checkReads(c: ReadsCase): void {
  const rule = ruleByCode(c.code);
  assert.ok(rule?.checkWorkspace && rule.workspaceReads, `${c.code} is a workspace rule with workspaceReads`);
  assert.ok(c.steps.some((s) => !s.reads) && c.steps.some((s) => s.reads), `${c.code}: steps of both kinds`);
  let calls = 0;
  const counted: Rule = { ...rule, checkWorkspace: (workspace, ctx) => (calls++, rule.checkWorkspace!(workspace, ctx)) };
  const runner = new RuleRunner([counted]);
  const live = build(c, []);
  let before = flat(runner.run(live));
  // As shown then: a finding may hold a node's span, which a later re-parse moves in place.
  let shownBefore = before.map(show);
  assert.ok(before.length > 0, `${c.code}: a finding to begin with`);
  for (const [i, step] of c.steps.entries()) {
    const callsBefore = calls;
    step.change(live);
    const after = flat(runner.run(live));
    const fresh = flat(new RuleRunner([rule]).run(build(c, c.steps.slice(0, i + 1))));
    const where = `${c.code}, ${step.what}`;
    assert.deepEqual(after.map(show), fresh.map(show), `${where}: the findings of a fresh analysis`);
    if (step.reads) {
      assert.equal(calls, callsBefore + 1, `${where}: runs again`);
      assert.notDeepEqual(after.map(show), shownBefore, `${where}: the findings change`);
    } else {
      assert.equal(calls, callsBefore, `${where}: findings reused`);
      assert.ok(after.length === before.length && after.every((f, j) => f === before[j]), `${where}: the same finding objects`);
    }
    before = after;
    shownBefore = after.map(show);
  }
}
