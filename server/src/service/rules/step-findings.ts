// A step rule's findings (`Rule.checkStep`) on a context, one step at a time. A rebuilt context is made of new step
// objects, most of them built from the same lines with the same facts (extension, priority ...): the steps at its kept
// ends take their findings from the rule's run on the context it replaced (a first build's run included: an edit's
// first rebuild of a context of thousands of steps checks only the steps between them), and a step between takes the
// findings kept with its parsed line while its facts are the same (kept by rebuilt contexts only), so an edit
// re-checks only the steps it made or gave other facts. The findings are placed (rules/placed-findings.ts): they
// follow their lines when a re-parse moves them.
import type { DialplanContext, DialplanStep, DropReason } from "../model/dialplan-types";
import { keptEnds, spliceByEnds, type KeptEnds } from "../model/context-ends";
import { keepsLineWork } from "../model/dialplan-build";
import { LineWork } from "../model/line-work";
import { joinPlaced, type PlacedFindings } from "./placed-findings";

/**
 * What a step rule may read of what the build gave a step (see `Rule.checkStep`), besides the step's line: the facts
 * `sameStep` in model/context-ends.ts compares between two steps (the two lists change together; a record here holds
 * copies, not the step, so it is compared with a step field by field).
 */
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

/** A new record for `step`'s line: its facts now, and room for each step rule's findings. */
function keptStepOf(step: DialplanStep, settings: object, width: number): KeptStep {
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
    settings,
    byRule: new Array<PlacedFindings | undefined>(width),
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

/**
 * What is kept on a line: the facts its step had and each step rule's findings. One object per line (a first rebuild
 * of a large context makes one per step). It holds no step: a line an edit left may keep its record for many edits,
 * and a step would keep the context it was built in alive with all its steps.
 */
interface KeptStep extends StepFacts {
  /** The runner's settings then (see `StepFindings`). */
  settings: object;
  /** By rule, at the number the runner gave it (see `StepFindings.numberOf`). */
  byRule: (PlacedFindings | undefined)[];
}

const keptSteps = new LineWork<KeptStep>();

/** A step rule's run on a context: the findings of each step that has some, and the step's index in `context.steps`. */
interface StepRun {
  at: number[];
  parts: PlacedFindings[];
}

function emptyRun(): StepRun {
  return { at: [], parts: [] };
}

/**
 * The step rules' findings of one runner. `settings` stands for what the findings depend on besides the steps (the
 * Asterisk version, severity overrides): a new object drops every kept finding. `width`: how many step rules it runs.
 */
export class StepFindings {
  /** Each step rule's place in `KeptStep.byRule` and in `runs`. */
  private readonly numbers = new Map<object, number>();
  /** By rule number: the rule's run on each context. */
  private readonly runs: WeakMap<DialplanContext, StepRun>[] = [];

  constructor(
    private readonly settings: object,
    private readonly width: number,
  ) {}

  /**
   * `rule`'s findings on the steps of `context`, in their order; `check` works one step's out. Where the rule ran on
   * the context this one replaced, its findings on the steps both share at either end (model/context-ends.ts) are
   * taken from that run, and only the steps between are looked at.
   */
  of(rule: object, context: DialplanContext, check: (step: DialplanStep, none: undefined) => PlacedFindings): PlacedFindings {
    const number = this.numberOf(rule);
    const runs = (this.runs[number] ??= new WeakMap());
    let run = runs.get(context);
    if (run === undefined) {
      const ends = keptEnds(context);
      const before = ends && runs.get(ends.previous);
      run = before ? this.spliced(context, ends!, before, number, check) : this.walked(context, 0, context.steps.length, number, check, emptyRun());
      runs.set(context, run);
    }
    return joinPlaced(run.parts);
  }

  /**
   * The findings of `context.steps[from, to)`, added to `run`: in a rebuilt context, read back from or kept with each
   * step's line (see `keepsLineWork`); in a first build, which keeps nothing on its lines, worked out.
   */
  private walked(context: DialplanContext, from: number, to: number, number: number, check: (step: DialplanStep, none: undefined) => PlacedFindings, run: StepRun): StepRun {
    const steps = context.steps;
    const keep = keepsLineWork(context);
    for (let i = from; i < to; i++) {
      const step = steps[i];
      const kept = keep ? this.keptFor(step) : undefined;
      let found = kept?.byRule[number];
      if (found === undefined) {
        found = check(step, undefined);
        if (keep) this.keep(step, kept, number, found);
      }
      if (found.placed.length > 0) {
        run.at.push(i);
        run.parts.push(found);
      }
    }
    return run;
  }

  /** The run on `context`: the replaced context's findings on the ends they share, the steps between walked. */
  private spliced(context: DialplanContext, ends: KeptEnds, before: StepRun, number: number, check: (step: DialplanStep, none: undefined) => PlacedFindings): StepRun {
    const run = emptyRun();
    const take = (at: number, k: number) => {
      run.at.push(at);
      run.parts.push(before.parts[k]);
    };
    spliceByEnds(context, ends, before.at, take, (from, to) => this.walked(context, from, to, number, check, run));
    return run;
  }

  private numberOf(rule: object): number {
    let number = this.numbers.get(rule);
    if (number === undefined) this.numbers.set(rule, (number = this.numbers.size));
    return number;
  }

  /** What is kept on the step's line, when it holds for this step (its facts are the same). */
  private keptFor(step: DialplanStep): KeptStep | undefined {
    const kept = keptSteps.get(step.lineKey);
    if (kept === undefined || kept.settings !== this.settings) return undefined;
    // The same line with the same facts in a rebuilt context: every rule's findings hold.
    return sameFacts(kept, step) ? kept : undefined;
  }

  private keep(step: DialplanStep, kept: KeptStep | undefined, number: number, found: PlacedFindings): void {
    if (kept === undefined) {
      kept = keptStepOf(step, this.settings, this.width);
      keptSteps.set(step.lineKey, kept);
    }
    kept.byRule[number] = found;
  }
}

/** New step findings for a runner of `rules` (fresh settings: nothing kept before holds for them). */
export function stepFindingsFor(rules: readonly { checkStep?: unknown }[]): StepFindings {
  return new StepFindings({}, rules.filter((rule) => rule.checkStep).length);
}
