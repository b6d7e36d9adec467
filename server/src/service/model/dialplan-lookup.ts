// Lookups shared by rules, route and navigation: the extension Asterisk runs for a number (in one context, or
// through a context's includes), the order extensions are tried in, the step at an offset, run-time contexts.
import { PatternIndex } from "./pattern-index";
import { commonExample, inTryOrder, matchesExtension } from "./extension-pattern";
import type { DialplanIndex } from "./dialplan-index";
import type { DialplanContext, DialplanExtension, DialplanStep, Dialplan } from "./dialplan-types";
import { sameItems } from "../util/lists";
import { stepAtPriority } from "./extension-steps";

/** What a look-up of extensions by name reads of the index: its contexts by name. */
export type ContextLookup = Pick<DialplanIndex, "contexts">;

/**
 * Contexts by name as seen from one dialplan (whatever dialplan a caller names), each look-up noted in `looked`; a
 * name looked up already answers as noted, so the source must not change while it is asked (rules/dialplan/
 * goto-target.ts: a rebuilt context of thousands of Goto lines checks a few names, each once, and keeps what it
 * found with those answers). A class rather than an object made from the index (`Object.create`): the code that asks
 * it (findMatch) then sees objects of a few shapes, not a new one with every index.
 */
export class NotingContexts implements ContextLookup {
  constructor(
    private readonly source: ContextLookup,
    private readonly dialplan: Dialplan,
    private readonly looked: Map<string, readonly DialplanContext[]>,
  ) {}

  contexts(_from: Dialplan, name: string): readonly DialplanContext[] {
    let found = this.looked.get(name);
    if (found === undefined) this.looked.set(name, (found = this.source.contexts(this.dialplan, name)));
    return found;
  }
}

export { stepAtPriority };

const contextIndexes = new WeakMap<DialplanContext, PatternIndex<DialplanExtension>>();

function contextIndex(context: DialplanContext): PatternIndex<DialplanExtension> {
  let index = contextIndexes.get(context);
  if (!index) {
    index = new PatternIndex<DialplanExtension>();
    for (const ext of context.extensions) index.add(ext.parsed, ext);
    contextIndexes.set(context, index);
  }
  return index;
}

/**
 * Another extension of the same context that has `priority` and matches some number `ext` matches. Asterisk looks
 * each priority up on its own (the best-matching extension that has that priority), so a call to such a number runs
 * that priority from the other extension: `_RG-X!,1` gives `_RG-123.` its priority 1.
 */
export function priorityFromOthers(ext: DialplanExtension, priority: number): DialplanExtension | undefined {
  for (const other of contextIndex(ext.context).candidates(ext.parsed)) {
    if (other === ext || stepAtPriority(other, priority) === undefined) continue;
    if (other.cid !== undefined && other.cid !== ext.cid) continue;
    if (commonExample(ext.parsed, other.parsed) !== undefined) return other;
  }
  return undefined;
}

/** The extension Asterisk runs `priority` of for `dialed` in one context (the best match that has it), if any. */
export function extensionWithPriority(context: DialplanContext, dialed: string, priority: number): DialplanExtension | undefined {
  const matching = context.extensions.filter((e) => e.cid === undefined && stepAtPriority(e, priority) !== undefined && matchesExtension(e.name, dialed));
  return sortedExtensions(matching)[0];
}

/** Extensions of a context in the order Asterisk tries them (exact names first, then patterns by specificity). */
export function sortedExtensions(extensions: DialplanExtension[]): DialplanExtension[] {
  return inTryOrder(extensions, (e) => e.name).map((entry) => entry.item);
}

/** Contexts Asterisk or VICIdial create at run time or in generated files: never "missing". */
export function isRuntimeContext(name: string): boolean {
  return /^vicidial-auto/i.test(name) || name === "parkedcalls" || /^park-/i.test(name);
}

export interface ExtensionMatch {
  extension: DialplanExtension;
  context: DialplanContext;
  /** Include chain walked to reach it (context names). */
  via: string[];
}

/**
 * The extension Asterisk runs for `dialed` in context `name`: the context's own extensions (exact names first, then
 * patterns in sort order), then its includes depth-first in order. Extensions with a caller-ID match are skipped.
 */
export function findMatch(index: ContextLookup, from: Dialplan, name: string, dialed: string, seen: Set<string> = new Set()): ExtensionMatch | undefined {
  if (seen.has(name)) return undefined;
  seen.add(name);
  const contexts = index.contexts(from, name);
  if (contexts.length === 0 && name === "vicidial-auto") {
    // VICIdial's generated [vicidial-auto] includes -internal, -phones and -external; only -external is rebuilt here.
    const found = findMatch(index, from, "vicidial-auto-external", dialed, seen);
    return found ? { ...found, via: [name, ...found.via] } : undefined;
  }
  for (const extension of triedExtensions(contexts)) {
    if (matchesExtension(extension.name, dialed)) return { extension, context: extension.context, via: [name] };
  }
  for (const context of contexts) {
    for (const include of context.includes) {
      const found = findMatch(index, from, include.name, dialed, seen);
      if (found) return { ...found, via: [name, ...found.via] };
    }
  }
  return undefined;
}

/** The last answer of `triedExtensions`, by the first context of the list it was asked about. */
const triedByFirstContext = new WeakMap<DialplanContext, { contexts: readonly DialplanContext[]; tried: DialplanExtension[] }>();

/**
 * The extensions of same-named contexts that a number can reach, in the order Asterisk tries them (no caller-ID match,
 * at least one step). Contexts do not change once built, so the sorted list is made once per list of contexts, not
 * once per lookup (a dialplan with thousands of Goto lines looks each context up thousands of times).
 */
function triedExtensions(contexts: readonly DialplanContext[]): DialplanExtension[] {
  if (contexts.length === 0) return [];
  const known = triedByFirstContext.get(contexts[0]);
  if (known && sameItems(known.contexts, contexts)) return known.tried;
  const tried = sortedExtensions(contexts.flatMap((c) => c.extensions.filter((e) => e.cid === undefined && e.steps.length > 0)));
  triedByFirstContext.set(contexts[0], { contexts, tried });
  return tried;
}

/** Every option line of a dialplan that is a step (for features walking lines). */
export function stepAt(index: DialplanIndex, uri: string, offset: number): DialplanStep | undefined {
  for (const d of index.dialplans) {
    for (const step of d.steps) {
      if (step.uri === uri && offset >= step.option.node.line.start && offset <= step.option.node.line.end) return step;
    }
  }
  return undefined;
}
