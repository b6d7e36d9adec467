// Findings of a check kept across rebuilds of the units it reads. A unit is rebuilt on every edit of one of its
// files, so a unit or workspace rule runs again even when the edit did not touch what it reads; a check that can list
// what it reads as objects that keep their identity across rebuilds while unchanged (lists such as `registerOptions`,
// sections, section facts, plain values) reports through `reportKept` and is run again only when that list differs.
// What it reports must hold no unit object, and its offsets must come from what it lists (a parsed register line is a
// new object once its line moved; see parse/conf-reuse.ts).
import { keptAcrossBuilds } from "../model/kept-joins";
import type { FindingInput, RuleContext } from "./types";

/**
 * Reports what `check` reports through the context it is given, kept under `key` (the rule and what it is over: unit
 * ids, say) for the context's workspace while `inputs` holds the same items as when it was worked out (and the
 * Asterisk version is the same). A check that, this time, read something `inputs` does not list calls `readsMore`.
 */
export function reportKept(ctx: RuleContext, key: string, inputs: readonly unknown[], check: (ctx: RuleContext, readsMore: () => void) => void): void {
  const kept = [ctx.asteriskVersion, ...inputs];
  let more = false;
  const findings = keptAcrossBuilds(ctx.workspace, key, kept, () => {
    const found: FindingInput[] = [];
    check({ workspace: ctx.workspace, asteriskVersion: ctx.asteriskVersion, report: (finding) => found.push(finding) }, () => (more = true));
    return found;
  });
  // The check read more than `inputs` lists (it called `readsMore`): what it found is not kept for the next run.
  if (more) kept.push({});
  for (const finding of findings) ctx.report(finding);
}
