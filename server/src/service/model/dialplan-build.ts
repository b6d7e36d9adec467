// Building the dialplan of one extensions unit as pbx_config does: contexts (same-named sections merged, their lines
// read by dialplan-context-build.ts) and every [globals] line. A rebuilt unit keeps the contexts an edit did not touch.
import type { ConfUnit, PlacedSection } from "./units";
import { peekUnitFact, unitFact } from "./unit-facts";
import { previousBuild } from "./section-lists";
import { addTo } from "../util/multimap";
import type { Dialplan, DialplanContext, DialplanStep, GlobalDefinition } from "./dialplan-types";
import { joinedGlobals, sectionGlobals } from "./dialplan-globals";
import { weakMemo } from "../util/weak-memo";
import { addSection, startBuild } from "./dialplan-context-build";
import { followMovedLines } from "./context-includes";
import { builtContextOf, emptyContext, noteBuiltContext, sameSectionsAs, sectionStepBounds, type BuiltContext } from "./built-contexts";
import { spliceContext } from "./context-splice";

const DIALPLAN = {};

export function isExtensionsUnit(unit: ConfUnit): boolean {
  return unit.dialect === "extensions";
}

/** The dialplan of one extensions unit (cached per unit object). */
export function dialplanOf(unit: ConfUnit, textOf: (uri: string) => string | undefined): Dialplan {
  return unitFact(unit, DIALPLAN, () => buildDialplan(unit, textOf));
}

/**
 * Builds the dialplan; a rebuilt unit's contexts made of the same sections as in the previous build (same objects,
 * same lines, moved in place or not) are the previous build's context objects, so an edit rebuilds only the contexts
 * it touched (see `keepContext`), and those it splices when it can (model/context-splice.ts).
 */
function buildDialplan(unit: ConfUnit, textOf: (uri: string) => string | undefined): Dialplan {
  const dialplan: Dialplan = {
    unit,
    contexts: new Map(),
    globals: [],
    // Made when first asked (features walk it; rules read per-context joins): an edit does not list every step again.
    get steps(): readonly DialplanStep[] {
      return allSteps(this);
    },
  };
  const previousBuildOf = previousBuild(unit);
  const previous = previousBuildOf && peekUnitFact<Dialplan>(previousBuildOf, DIALPLAN);
  const sectionsByContext = new Map<string, PlacedSection[]>();
  const globals: (readonly GlobalDefinition[])[] = [];
  for (const section of unit.sections) {
    // [general] and [globals] are both seven letters: no lower-case copy of the thousands of other names per build.
    const lower = section.name.length === 7 ? section.name.toLowerCase() : "";
    if (section.header?.isTemplate || lower === "general") continue;
    if (lower === "globals") globals.push(sectionGlobals(section, unit.id));
    else addTo(sectionsByContext, section.name, section);
  }
  dialplan.globals = joinedGlobals(globals, previous?.globals);
  for (const [name, sections] of sectionsByContext) {
    const kept = previous?.contexts.get(name);
    const same = kept && keepContext(kept, sections) ? kept : undefined;
    dialplan.contexts.set(name, same ?? (kept && spliceContext(kept, sections, textOf, unit)) ?? buildContext(name, sections, textOf, unit, previous !== undefined, kept));
  }
  // Each section's run of steps, in the unit's order of sections (see `stepRuns`).
  const seen = new Map<DialplanContext, number>();
  const runs: StepRun[] = [];
  for (const section of unit.sections) {
    const context = dialplan.contexts.get(section.name);
    if (!context || section.header?.isTemplate) continue;
    const k = seen.get(context) ?? 0;
    seen.set(context, k + 1);
    const bounds = sectionStepBounds(context);
    runs.push({ context, section: k, from: bounds[k], to: bounds[k + 1] });
  }
  stepRunsOf.set(dialplan, runs);
  return dialplan;
}

/** The steps of one section of a context: `context.steps[from, to)`, the context's `section`-th section. */
export interface StepRun {
  context: DialplanContext;
  section: number;
  from: number;
  to: number;
}

const stepRunsOf = new WeakMap<Dialplan, readonly StepRun[]>();

/** Every step in the unit's order of sections (a context's sections may be far apart): `dialplan.steps`. */
const allSteps = weakMemo((dialplan: Dialplan): readonly DialplanStep[] => {
  const steps: DialplanStep[] = [];
  for (const run of stepRuns(dialplan)) for (let i = run.from; i < run.to; i++) steps.push(run.context.steps[i]);
  return steps;
});

/**
 * The dialplan's steps as runs, one per section in the unit's order (`dialplan.steps` is their concatenation): a
 * value joined from per-context shares (see model/dialplan-joins.ts) keeps the order of `dialplan.steps`.
 */
export function stepRuns(dialplan: Dialplan): readonly StepRun[] {
  return stepRunsOf.get(dialplan)!;
}

/**
 * Whether the context, built from these very sections each holding the same lines, is kept: as it is, or, when a
 * re-parse moved some of its lines in place, with its steps following their lines (`followMovedLines`) and a new
 * placement (`DialplanContext.placement`).
 */
function keepContext(context: DialplanContext, sections: readonly PlacedSection[]): boolean {
  const built = builtContextOf(context);
  if (built === undefined || !sameSectionsAs(context.sections, built.sizes, sections)) return false;
  if (sections.every((section, i) => section.placed === built.placed[i])) return true;
  followMovedLines(context);
  // In place (as many sections as before): a record's fields keep the values a build gave them (see text/span.ts).
  for (let i = 0; i < sections.length; i++) built.placed[i] = sections[i].placed;
  context.placement = {};
  return true;
}

function buildContext(name: string, sections: PlacedSection[], textOf: (uri: string) => string | undefined, unit: ConfUnit, rebuilt: boolean, replaced: DialplanContext | undefined): DialplanContext {
  const context = emptyContext(name, []);
  const building = startBuild(context, rebuilt);
  const built: BuiltContext = { sizes: [], placed: [], stepBounds: [], rebuilt, replaced: replaced && new WeakRef(replaced), keys: undefined, labelPriorities: false };
  for (const section of sections) {
    context.sections.push(section);
    built.sizes.push(section.options.length);
    built.placed.push(section.placed);
    built.stepBounds.push(context.steps.length);
    addSection(building, section, textOf, unit);
  }
  built.stepBounds.push(context.steps.length);
  // A rebuild keeps what the next edit needs to splice the context rather than build it again.
  if (rebuilt) built.keys = building.keys;
  built.labelPriorities = building.labelPriorities;
  noteBuiltContext(context, built);
  return context;
}
