// What the dialplan build noted of each context it made (model/dialplan-build.ts, model/context-splice.ts): the
// sections it was made from, where each section's steps start, whether a rebuild made it, and the context it replaced.
import type { PlacedSection } from "./unit-types";
import type { DialplanContext, DialplanExtension } from "./dialplan-types";
import { sameItems } from "../util/lists";

/** What a context was built from: its sections with their sizes and `placed` tokens then, and where each section's steps start. */
export interface BuiltContext {
  sizes: number[];
  placed: (object | undefined)[];
  /** The index in `context.steps` of each section's first step, and the number of steps after the last. */
  stepBounds: number[];
  /** Built by a rebuild of its unit (see `keepsLineWork`). */
  rebuilt: boolean;
  /** The previous build's context of the same name, which this one replaced (see `replacedContext`). */
  replaced: WeakRef<DialplanContext> | undefined;
  /**
   * The context's extensions by identity key, kept by a rebuild for the next edit to splice the context (see
   * model/context-splice.ts); undefined after a first build (the first splice lists them), and once a splice took
   * them over.
   */
  keys: Map<string, DialplanExtension> | undefined;
  /** Some step's priority is a label (`exten => 100,start,...`): found through its extension, so no splice. */
  labelPriorities: boolean;
}

const builtContexts = new WeakMap<DialplanContext, BuiltContext>();

/**
 * A context of these sections with nothing in it yet: one literal for every context, built or spliced. The fields an
 * edit gives new values (a splice its lists, a kept context whose lines moved its `placement`) are given twice (see
 * text/span.ts): a field V8 has seen one value in is constant to the code it optimises, and the first edit that
 * changed one threw away the optimised code of every step getter and step rule that had read it, which then ran
 * slowly for several edits.
 */
export function emptyContext(name: string, sections: PlacedSection[]): DialplanContext {
  const context: DialplanContext = { name, sections, extensions: NONE, includes: [], steps: NONE, otherOptions: NONE, placement: NOT_PLACED };
  context.extensions = [];
  context.steps = [];
  context.otherOptions = [];
  context.placement = {};
  return context;
}

const NOT_PLACED = {};
const NONE: never[] = [];

export function noteBuiltContext(context: DialplanContext, built: BuiltContext): void {
  builtContexts.set(context, built);
}

/** What the build noted of a context it made (undefined: none made it, as for a context of a test's own). */
export function builtContextOf(context: DialplanContext): BuiltContext | undefined {
  return builtContexts.get(context);
}

/** Where each section's steps start in `context.steps`, and the number of steps after the last section. */
export function sectionStepBounds(context: DialplanContext): readonly number[] {
  return builtContexts.get(context)!.stepBounds;
}

/**
 * Whether what rules work out of a context's lines alone is worth keeping on the lines (see model/line-work.ts): the
 * context was built by a rebuild of its unit after an edit, so the next keystroke will likely rebuild it again. A
 * first build (a CLI run, a server's first analysis) keeps nothing.
 */
export function keepsLineWork(context: DialplanContext): boolean {
  return builtContexts.get(context)!.rebuilt;
}

/**
 * Whether `now` are the very sections `sections` were, each with as many lines as `sizes` says it had (a section a
 * rebuild put back whole holds the same lines): what a context is made of, whether or not its lines moved.
 */
export function sameSectionsAs(sections: readonly PlacedSection[], sizes: readonly number[], now: readonly PlacedSection[]): boolean {
  return sameItems(sections, now) && now.every((section, i) => section.options.length === sizes[i]);
}

/**
 * The context of the same name in the previous build of the unit, when this one was built in its place (an edit
 * touched it): what was worked out of that one's steps may hold for most of this one's (see model/context-ends.ts).
 * Held weakly, as the previous build is (see `previousBuild`): the analysis that follows the rebuild finds it, and
 * once nothing else holds it, it goes.
 */
export function replacedContext(context: DialplanContext): DialplanContext | undefined {
  return builtContexts.get(context)!.replaced?.deref();
}
