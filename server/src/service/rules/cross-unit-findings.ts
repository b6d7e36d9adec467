// The findings of unit rules that read more than their unit (`Rule.unitAlsoReads`): a unit's own findings are kept
// with the unit object (rules/run.ts), which an edit of another file leaves as it was; these are kept with the unit
// and the inputs the rule declares (as a workspace rule's are: rules/workspace-inputs.ts), so an edit of what they
// read checks the unit again.
import type { ConfUnit } from "../model/units";
import type { Workspace } from "../model/workspace";
import { sameItems } from "../util/lists";
import { inputObjects } from "./workspace-inputs";
import { keepingEqualFindings } from "./equal-findings";
import type { Finding, Rule } from "./types";

export class CrossUnitFindings {
  private byUnit = new WeakMap<ConfUnit, Map<Rule, { inputs: readonly object[]; findings: Finding[] }>>();
  private readonly rules: readonly Rule[];

  constructor(rules: readonly Rule[]) {
    this.rules = rules.filter((rule) => rule.checkUnit && rule.unitAlsoReads);
  }

  /** Whether `rule`'s unit findings are kept here rather than with the unit alone. */
  static readsMore(rule: Rule): boolean {
    return rule.unitAlsoReads !== undefined;
  }

  /**
   * Each such rule's findings on `unit` (`check` runs one), kept while the unit and what the rule declares it reads
   * of the system (`units`: the system's) are the same objects; yields after each rule it runs.
   */
  *steps(unit: ConfUnit, workspace: Workspace, units: readonly ConfUnit[], check: (rule: Rule) => Finding[]): Generator<void, Finding[], void> {
    let byRule = this.byUnit.get(unit);
    if (!byRule) this.byUnit.set(unit, (byRule = new Map()));
    const found: Finding[] = [];
    for (const rule of this.rules) {
      const inputs = inputObjects(rule.unitAlsoReads!, workspace, units);
      let kept = byRule.get(rule);
      if (!kept || !sameItems(kept.inputs, inputs)) {
        byRule.set(rule, (kept = { inputs, findings: keepingEqualFindings(kept?.findings, check(rule)) }));
        yield;
      }
      for (const finding of kept.findings) found.push(finding);
    }
    return found;
  }
}
