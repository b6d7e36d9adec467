// The window of a splice (model/context-splice.ts): the replaced context's steps of the lines an edit changed in one
// section, widened until what the build works out of the new lines is theirs alone. Every line of an extension they
// name lies in the window (the order in which an extension's lines register decides duplicates and labels), and the
// line after the window starts from where it started before (the extension and priority a `same` or `n` line
// continues from).
import type { ConfUnit, PlacedOption, PlacedSection } from "./unit-types";
import type { DialplanContext, DialplanExtension, DialplanStep } from "./dialplan-types";
import type { BuiltContext } from "./built-contexts";
import { sectionStartCursor, type SectionCursor } from "./dialplan-context-build";
import { parseExtension } from "./extension-parse";
import { keyOf } from "./step-naming";
import { samePlacing } from "./unit-reuse";

/** How far (in steps) a splice looks on either side of its window for the other lines of an extension the window names. */
const REACH = 64;

/** The most steps a window holds: a wider one is built whole. */
export const MAX_WINDOW = 4 * REACH;

/** The section an edit changed: the replaced context's `before`, the new `now`, and where its steps were. */
export interface EditedSection {
  index: number;
  before: PlacedSection;
  now: PlacedSection;
  /** Its steps in the replaced context: [first, end). */
  first: number;
  end: number;
  /** How many more lines the new section has. */
  delta: number;
}

/** The replaced context's steps [from, to), from its edited section's lines [optionFrom, optionTo): the new section's are [optionFrom, optionTo + delta). */
export interface Window {
  from: number;
  to: number;
  optionFrom: number;
  optionTo: number;
}

/** The one section that is not the same object as before (the same header, document and carrier), or undefined. */
export function editedSection(previous: DialplanContext, built: BuiltContext, sections: readonly PlacedSection[]): EditedSection | undefined {
  const old = previous.sections;
  if (old.length !== sections.length) return undefined;
  let index = -1;
  for (let i = 0; i < sections.length; i++) {
    if (sections[i] !== old[i]) {
      if (index >= 0) return undefined;
      index = i;
    } else if (sections[i].options.length !== built.sizes[i]) return undefined;
  }
  if (index < 0) return undefined;
  const before = old[index];
  const now = sections[index];
  if (now.header !== before.header || now.uri !== before.uri || now.carrierId !== before.carrierId || now.field !== before.field) return undefined;
  if (before.options.length !== built.sizes[index]) return undefined;
  return { index, before, now, first: built.stepBounds[index], end: built.stepBounds[index + 1], delta: now.options.length - before.options.length };
}

/** Whether two entries place the same line (the same node, document, carrier and field). */
function samePlaced(a: PlacedOption, b: PlacedOption): boolean {
  return samePlacing(a, b.node, b.uri, b.field, b.carrierId);
}

/** The lines of the edited section that differ, when each of them was a step (the window holds steps only). */
export function initialWindow(steps: readonly DialplanStep[], edited: EditedSection): Window | undefined {
  const a = edited.before.options;
  const b = edited.now.options;
  const shorter = Math.min(a.length, b.length);
  let head = 0;
  while (head < shorter && samePlaced(a[head], b[head])) head++;
  let tail = 0;
  while (tail < shorter - head && samePlaced(a[a.length - 1 - tail], b[b.length - 1 - tail])) tail++;
  // The section's steps are its step lines in order: those of the lines before `head`, and of the last `tail`.
  let from = edited.first;
  for (let i = 0; i < head && from < edited.end; i++) if (steps[from].option === a[i]) from++;
  let to = edited.end;
  for (let i = a.length - 1; i >= a.length - tail && to > from; i--) if (steps[to - 1].option === a[i]) to--;
  const window = { from, to, optionFrom: head, optionTo: a.length - tail };
  return to - from === window.optionTo - window.optionFrom ? window : undefined;
}

/** Takes the step before the window in, when its line is the section's line just before the window's. */
function widenBack(steps: readonly DialplanStep[], edited: EditedSection, window: Window): boolean {
  if (window.from <= edited.first || window.optionFrom <= 0 || steps[window.from - 1].option !== edited.before.options[window.optionFrom - 1]) return false;
  window.from--;
  window.optionFrom--;
  return true;
}

/** Takes the step after the window in, when its line is the section's line just after the window's. */
export function widenOn(steps: readonly DialplanStep[], edited: EditedSection, window: Window): boolean {
  if (window.to >= edited.end || window.optionTo >= edited.before.options.length || steps[window.to].option !== edited.before.options[window.optionTo]) return false;
  window.to++;
  window.optionTo++;
  return true;
}

/** Widens the window over `lines` (steps of the replaced context), when they lie near it in the edited section. */
export function widenToCover(steps: readonly DialplanStep[], edited: EditedSection, window: Window, lines: readonly DialplanStep[]): boolean {
  const wanted = new Set(lines);
  let found = 0;
  for (let i = window.from; i < window.to; i++) if (wanted.has(steps[i])) found++;
  let from = window.from;
  for (let i = window.from - 1; i >= Math.max(edited.first, window.from - REACH); i--) {
    if (wanted.has(steps[i])) {
      from = i;
      found++;
    }
  }
  let to = window.to;
  for (let i = window.to; i < Math.min(edited.end, window.to + REACH); i++) {
    if (wanted.has(steps[i])) {
      to = i + 1;
      found++;
    }
  }
  if (found < wanted.size || (from === window.from && to === window.to)) return false;
  while (window.from > from) if (!widenBack(steps, edited, window)) return false;
  while (window.to < to) if (!widenOn(steps, edited, window)) return false;
  return true;
}

/** The key of the extension a step registered in (as a step, a hint or a duplicate line), if it did. */
export function touchedKey(step: DialplanStep): string | undefined {
  if (step.priority === undefined || step.dropped === "empty-extension") return undefined;
  return keyOf(parseExtension(step.extensionText), step.cid);
}

/** The extensions `steps` registered in, by key (undefined when one is not among `keys`: no splice). */
export function touchedExtensions(steps: readonly DialplanStep[], keys: ReadonlyMap<string, DialplanExtension>): Map<string, DialplanExtension> | undefined {
  const touched = new Map<string, DialplanExtension>();
  for (const step of steps) {
    const key = touchedKey(step);
    if (key === undefined || touched.has(key)) continue;
    const ext = keys.get(key);
    if (!ext) return undefined;
    touched.set(key, ext);
  }
  return touched;
}

/** The lines of these extensions that lie outside the window. */
export function linesOutside(extensions: Iterable<DialplanExtension>, steps: readonly DialplanStep[], window: Window): DialplanStep[] {
  const inside = new Set(steps.slice(window.from, window.to));
  const outside: DialplanStep[] = [];
  for (const ext of extensions) for (const line of ext.lines) if (!inside.has(line)) outside.push(line);
  return outside;
}

/** Where the edited section's lines had got to before its step `k` of the replaced context (see `SectionCursor`). */
export function cursorBefore(steps: readonly DialplanStep[], edited: EditedSection, k: number, unit: ConfUnit): SectionCursor {
  const start = sectionStartCursor(edited.before, unit);
  if (k === edited.first) return start;
  const last = steps[k - 1];
  let lastPriority = start.lastPriority;
  for (let i = k - 1; i >= edited.first; i--) {
    const priority = steps[i].priority;
    if (priority !== undefined) {
      lastPriority = priority;
      break;
    }
  }
  return { lastExtension: last.extensionText + (last.cid !== undefined ? "/" + last.cid : ""), lastPriority, previousCarrier: last.carrierId };
}

/**
 * Whether `next` (the first step after the window) is built as before from cursor `now`, `before` being the cursor it
 * was built from: the same cursor, or one that differs only in what `next` does not read. An `exten` line with a
 * number or `hint` priority that it got names its own extension and sets the priority the lines after it count
 * from; it reads the previous line's carrier only as a line of a carrier's dialplan entry.
 */
export function startsAsBefore(next: DialplanStep, now: SectionCursor, before: SectionCursor): boolean {
  const kind = next.lineKey.priority?.kind;
  const startsOver = next.isExten && (kind === "number" || kind === "hint") && next.priority !== undefined;
  const readsCarrier = next.carrierId !== undefined && next.field === "dialplan_entry";
  if (startsOver) return !readsCarrier || now.previousCarrier === before.previousCarrier;
  return now.lastExtension === before.lastExtension && now.lastPriority === before.lastPriority && now.previousCarrier === before.previousCarrier;
}
