// A step rule's findings (`Rule.checkStep`) on each step, kept with the step's parsed line. A rebuilt context is
// made of new step objects, most of them built from the same lines with the same facts (extension, priority ...): a
// step's kept findings are reused while its facts are the same, so an edit in a context of thousands of steps
// re-checks only the steps it made or gave other facts. The findings are placed (rules/placed-findings.ts): they
// follow their lines when a re-parse moves them.
import type { DialplanContext, DialplanStep, DropReason } from "../model/dialplan-types";
import { LineWork } from "../model/line-work";
import { joinPlaced, type PlacedFindings } from "./placed-findings";

/** What a step rule may read of what the build gave a step (see `Rule.checkStep`), besides the step's line. */
interface StepFacts {
  extensionText: string;
  cid: string | undefined;
  /** The extension's name (its first line's spelling: the pattern rules read). */
  extensionName: string | undefined;
  priority: number | undefined;
  isHint: boolean;
  dropped: DropReason | undefined;
  priorityIfLabelClosed: number | undefined;
  field: string | undefined;
  carrierId: string | undefined;
  firstOfCarrierEntry: boolean | undefined;
  contextName: string;
}

function factsOf(step: DialplanStep): StepFacts {
  return {
    extensionText: step.extensionText,
    cid: step.cid,
    extensionName: step.extension?.name,
    priority: step.priority,
    isHint: step.isHint,
    dropped: step.dropped,
    priorityIfLabelClosed: step.priorityIfLabelClosed,
    field: step.field,
    carrierId: step.carrierId,
    firstOfCarrierEntry: step.firstOfCarrierEntry,
    contextName: step.context.name,
  };
}

function sameFacts(facts: StepFacts, step: DialplanStep): boolean {
  return (
    facts.extensionText === step.extensionText &&
    facts.cid === step.cid &&
    facts.extensionName === step.extension?.name &&
    facts.priority === step.priority &&
    facts.isHint === step.isHint &&
    facts.dropped === step.dropped &&
    facts.priorityIfLabelClosed === step.priorityIfLabelClosed &&
    facts.field === step.field &&
    facts.carrierId === step.carrierId &&
    facts.firstOfCarrierEntry === step.firstOfCarrierEntry &&
    facts.contextName === step.context.name
  );
}

/** What is kept on a line: the facts its step had, the last step they were found to hold for, each step rule's findings. */
interface KeptStep {
  facts: StepFacts;
  step: DialplanStep;
  /** The runner's settings then (see `StepFindings`). */
  settings: object;
  byRule: Map<object, PlacedFindings>;
}

const keptSteps = new LineWork<KeptStep>();

/**
 * The step rules' findings of one runner. `settings` stands for what the findings depend on besides the steps (the
 * Asterisk version, severity overrides): a new object drops every kept finding.
 */
export class StepFindings {
  constructor(private readonly settings: object) {}

  /**
   * `rule`'s findings on the steps of a rebuilt `context` (see `keepsLineWork`), in their order; `check` works one
   * step's out.
   */
  of(rule: object, context: DialplanContext, check: (step: DialplanStep) => PlacedFindings): PlacedFindings {
    const parts: PlacedFindings[] = [];
    for (const step of context.steps) {
      const kept = this.keptFor(step);
      let found = kept?.byRule.get(rule);
      if (found === undefined) {
        found = check(step);
        this.keep(step, kept, rule, found);
      }
      if (found.placed.length > 0) parts.push(found);
    }
    return joinPlaced(parts);
  }

  /** What is kept on the step's line, when it holds for this step (its facts are the same). */
  private keptFor(step: DialplanStep): KeptStep | undefined {
    const kept = keptSteps.get(step.line);
    if (kept === undefined || kept.settings !== this.settings) return undefined;
    if (kept.step === step) return kept;
    if (!sameFacts(kept.facts, step)) return undefined;
    // The same line with the same facts in a rebuilt context: every rule's findings hold.
    kept.step = step;
    return kept;
  }

  private keep(step: DialplanStep, kept: KeptStep | undefined, rule: object, found: PlacedFindings): void {
    if (kept === undefined) {
      kept = { facts: factsOf(step), step, settings: this.settings, byRule: new Map() };
      keptSteps.set(step.line, kept);
    }
    kept.byRule.set(rule, found);
  }
}
