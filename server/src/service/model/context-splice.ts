// A dialplan context rebuilt after an edit to a few of its lines, by splicing: the new context takes over the replaced
// one's steps and extensions around the edited lines, and builds only the steps between (the window, see
// model/splice-window.ts), from where the lines before them left off. A keystroke in a generated context of thousands
// of lines then costs the lines it touched rather than a build of the whole context (model/dialplan-build.ts builds
// it whole whenever a splice cannot be made). The steps before and after the window are the same steps, with the
// same facts, as in the replaced context, which is spent: its steps and extensions now belong to the new context
// (see `BuiltStep.adoptedBy`), and the splice took its extensions by key over (`BuiltContext.keys`).
import type { ConfUnit, PlacedOption, PlacedSection } from "./unit-types";
import type { DialplanContext, DialplanExtension, DialplanStep } from "./dialplan-types";
import { builtContextOf, emptyContext, noteBuiltContext, type BuiltContext } from "./built-contexts";
import { addStep, startBuild, stepKind, type ContextBuild, type SectionCursor } from "./dialplan-context-build";
import { newInclude } from "./context-includes";
import type { BuiltStep } from "./built-step";
import { noteEnds, sameStep } from "./context-ends";
import { commonEnds } from "../util/lists";
import { keyOf } from "./step-naming";
import {
  cursorBefore,
  editedSection,
  initialWindow,
  linesOutside,
  MAX_WINDOW,
  startsAsBefore,
  touchedExtensions,
  touchedKey,
  widenOn,
  widenToCover,
  type EditedSection,
  type Window,
} from "./splice-window";

/**
 * `previous` spliced into a context of `sections` (each the same section object as before but one, the edited one),
 * or undefined when no splice can be made: then the caller builds the context whole.
 */
export function spliceContext(previous: DialplanContext, sections: PlacedSection[], textOf: (uri: string) => string | undefined, unit: ConfUnit): DialplanContext | undefined {
  const built = builtContextOf(previous);
  if (!built || built.labelPriorities) return undefined;
  const edited = editedSection(previous, built, sections);
  const window = edited && initialWindow(previous.steps, edited);
  if (!edited || !window) return undefined;
  const context = emptyContext(previous.name, sections.slice());
  const steps = previous.steps;
  // A first build keeps no extensions by key (a CLI run never splices): the first splice lists them.
  const keys = (built.keys ??= extensionKeys(previous));
  while (window.to - window.from <= MAX_WINDOW) {
    const affected = touchedExtensions(steps.slice(window.from, window.to), keys);
    if (!affected) return undefined;
    const outside = linesOutside(affected.values(), steps, window);
    if (outside.length > 0) {
      if (!widenToCover(steps, edited, window, outside)) return undefined;
      continue;
    }
    const cursor = cursorBefore(steps, edited, window.from, unit);
    const building = buildWindow(context, edited, window, textOf, cursor);
    if (!building) return undefined;
    // An extension the new lines name that has lines outside the window: the window takes them in.
    const named = [...building.keys.keys()].filter((key) => keys.has(key) && !affected.has(key)).map((key) => keys.get(key)!);
    if (named.length > 0) {
      if (!widenToCover(steps, edited, window, named.flatMap((ext) => ext.lines))) return undefined;
      continue;
    }
    // The lines after the window must start from where they did: else it takes the next line in.
    if (window.to < edited.end && !startsAsBefore(steps[window.to], cursor, cursorBefore(steps, edited, window.to, unit))) {
      if (!widenOn(steps, edited, window)) return undefined;
      continue;
    }
    const at = affected.size > 0 || building.keys.size > 0 ? extensionsAt(previous, keys, window, affected) : 0;
    if (at === undefined) return undefined;
    return commit(previous, built, context, edited, window, building, affected, at);
  }
  return undefined;
}

/** A context's extensions by identity key, as its build registered them. */
function extensionKeys(context: DialplanContext): Map<string, DialplanExtension> {
  return new Map(context.extensions.map((ext) => [keyOf(ext.parsed, ext.cid), ext]));
}

/** Builds the window's new lines into `context` (its steps and extensions then are the window's), from `cursor` on. */
function buildWindow(context: DialplanContext, edited: EditedSection, window: Window, textOf: (uri: string) => string | undefined, cursor: SectionCursor): ContextBuild | undefined {
  context.steps = [];
  context.extensions = [];
  const building = startBuild(context, true);
  const options = edited.now.options;
  for (let i = window.optionFrom; i < window.optionTo + edited.delta; i++) {
    const option = options[i];
    const kind = stepKind(option.node.key);
    const text = kind === undefined ? undefined : textOf(option.uri);
    if (text === undefined) return undefined;
    addStep(building, option, text, kind === "same", cursor);
  }
  return building.labelPriorities ? undefined : building;
}

/**
 * Where the window's extensions go in the context's list (in the order of their first lines): where the extensions
 * it replaces were, else after the last one a line before the window opened. Undefined when that cannot be told.
 */
function extensionsAt(previous: DialplanContext, keys: ReadonlyMap<string, DialplanExtension>, window: Window, affected: ReadonlyMap<string, DialplanExtension>): number | undefined {
  const list = previous.extensions;
  if (affected.size > 0) {
    const at = list.indexOf(affected.values().next().value as DialplanExtension);
    for (let i = at; i >= 0 && i < at + affected.size; i++) if (i >= list.length || !affected.has(keyOf(list[i].parsed, list[i].cid))) return undefined;
    return at < 0 ? undefined : at;
  }
  for (let i = window.from - 1; i >= 0; i--) {
    const key = touchedKey(previous.steps[i]);
    const ext = key === undefined ? undefined : keys.get(key);
    if (ext && ext.lines[0] === previous.steps[i]) return list.indexOf(ext) + 1;
  }
  return 0;
}

/** Makes the spliced context: the replaced context's steps and extensions around the window's, taken into it. */
function commit(previous: DialplanContext, built: BuiltContext, context: DialplanContext, edited: EditedSection, window: Window, building: ContextBuild, affected: ReadonlyMap<string, DialplanExtension>, at: number): DialplanContext {
  const old = previous.steps;
  const middle = context.steps;
  context.steps = old.slice(0, window.from).concat(middle, old.slice(window.to));
  adoptSteps(old, context, edited, window);
  const list = previous.extensions;
  context.extensions = list.slice(0, at).concat(context.extensions, list.slice(at + affected.size));
  for (let i = 0; i < list.length; i++) if (i < at || i >= at + affected.size) list[i].context = context;
  const keys = built.keys!;
  built.keys = undefined;
  for (const key of affected.keys()) keys.delete(key);
  for (const [key, ext] of building.keys) keys.set(key, ext);
  const moved = (option: PlacedOption) => movedOption(option, edited, window);
  for (const include of previous.includes) {
    const option = moved(include.option);
    context.includes.push(newInclude(include.name, option, context));
  }
  context.otherOptions = previous.otherOptions.map(moved);
  const shift = middle.length - (window.to - window.from);
  noteBuiltContext(context, {
    sizes: context.sections.map((section) => section.options.length),
    placed: context.sections.map((section) => section.placed),
    stepBounds: built.stepBounds.map((bound, i) => (i > edited.index ? bound + shift : bound)),
    rebuilt: true,
    replaced: new WeakRef(previous),
    keys,
    labelPriorities: false,
  });
  // The window's first and last steps may be as they were: the ends the context shares run on into it.
  const same = commonEnds(old.slice(window.from, window.to), middle, sameStep);
  noteEnds(context, window.from + same.head, old.length - window.to + same.tail);
  return context;
}

/** Takes the replaced context's steps outside the window into `context`, those of the edited section with its new lines. */
function adoptSteps(old: readonly DialplanStep[], context: DialplanContext, edited: EditedSection, window: Window): void {
  const adopt = (k: number, option: PlacedOption) => (old[k] as BuiltStep).adoptedBy(context, option);
  for (let k = 0; k < edited.first; k++) adopt(k, old[k].option);
  for (let k = edited.end; k < old.length; k++) adopt(k, old[k].option);
  const before = edited.before.options;
  const now = edited.now.options;
  for (let i = 0, k = edited.first; k < window.from && i < before.length; i++) if (old[k].option === before[i]) adopt(k++, now[i]);
  for (let i = window.optionTo, k = window.to; k < edited.end && i < before.length; i++) if (old[k].option === before[i]) adopt(k++, now[i + edited.delta]);
}

/** A line of the replaced context: the new section's entry for it when it is a line of the edited section. */
function movedOption(option: PlacedOption, edited: EditedSection, window: Window): PlacedOption {
  if (option.section !== edited.before) return option;
  const i = edited.before.options.indexOf(option);
  return edited.now.options[i < window.optionFrom ? i : i + edited.delta];
}
