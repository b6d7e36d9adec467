// A step rule's findings (`Rule.checkStep`) on a context, one step at a time. A rebuilt context is made of new step
// objects, most of them built from the same lines with the same facts (extension, priority ...): the steps at its kept
// ends (model/context-ends.ts) take their findings from the rule's run on the context it replaced, a first build's run
// included, so an edit re-checks only the steps between them: the steps it made or gave other facts, one contiguous
// run of them for an edit of one line. The findings are placed (rules/placed-findings.ts): they follow their lines
// when a re-parse moves them.
//
// Nothing is kept on the lines: a record per line of each step's findings was read back only for a step between the
// ends whose line and facts were the same as when it was made, which an edit of one line never leaves there, and
// writing one for every step of a context whose lines were all parsed anew (a line added above them) cost more than
// checking them.
import type { DialplanContext, DialplanStep } from "../model/dialplan-types";
import { keptEnds, spliceByEnds, type KeptEnds } from "../model/context-ends";
import { joinPlaced, type PlacedFindings } from "./placed-findings";

/** A step rule's run on a context: the findings of each step that has some, and the step's index in `context.steps`. */
interface StepRun {
  at: number[];
  parts: PlacedFindings[];
}

function emptyRun(): StepRun {
  return { at: [], parts: [] };
}

/**
 * The step rules' findings of one runner. A new runner (other settings: the Asterisk version, severity overrides)
 * starts with no run.
 */
export class StepFindings {
  /** Each step rule's place in `runs`. */
  private readonly numbers = new Map<object, number>();
  /** By rule number: the rule's run on each context. */
  private readonly runs: WeakMap<DialplanContext, StepRun>[] = [];

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
      run = before ? this.spliced(context, ends!, before, check) : walked(context, 0, context.steps.length, check, emptyRun());
      runs.set(context, run);
    }
    return joinPlaced(run.parts);
  }

  /** The run on `context`: the replaced context's findings on the ends they share, the steps between walked. */
  private spliced(context: DialplanContext, ends: KeptEnds, before: StepRun, check: (step: DialplanStep, none: undefined) => PlacedFindings): StepRun {
    const run = emptyRun();
    const take = (at: number, k: number) => {
      run.at.push(at);
      run.parts.push(before.parts[k]);
    };
    spliceByEnds(context, ends, before.at, take, (from, to) => walked(context, from, to, check, run));
    return run;
  }

  private numberOf(rule: object): number {
    let number = this.numbers.get(rule);
    if (number === undefined) this.numbers.set(rule, (number = this.numbers.size));
    return number;
  }
}

/** The findings of `context.steps[from, to)`, each step's worked out, added to `run`. */
function walked(context: DialplanContext, from: number, to: number, check: (step: DialplanStep, none: undefined) => PlacedFindings, run: StepRun): StepRun {
  const steps = context.steps;
  for (let i = from; i < to; i++) {
    const found = check(steps[i], undefined);
    if (found.placed.length > 0) {
      run.at.push(i);
      run.parts.push(found);
    }
  }
  return run;
}
