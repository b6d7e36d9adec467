// How the lines of one section become a context's steps, as pbx_config reads them: each `exten`/`same` line parsed
// once per node, named (a `same` takes the previous line's extension), given its priority (`n`, `s`, `+N`, labels,
// counted per section) and registered in its extension unless Asterisk drops it; the other lines listed as they are.
import { parseDialplanLine, type DialplanLine, type Priority } from "../parse/dialplan-syntax";
import type { ConfUnit, PlacedOption, PlacedSection } from "./units";
import { parseExtension, type ParsedExtension } from "./extension-pattern";
import { extensionTextOf, keyOf, namingOf } from "./step-naming";
import type { DialplanContext, DialplanExtension, DialplanStep } from "./dialplan-types";
import { newInclude } from "./context-includes";
import { emptyContext } from "./built-contexts";
import { BuiltStep } from "./built-step";
import { stepAtPriority } from "./extension-steps";

/** A context while its sections are read: its extensions by identity key, and the one a step registered last. */
export interface ContextBuild {
  context: DialplanContext;
  keys: Map<string, DialplanExtension>;
  /** The next `same =>` line almost always names this extension again. */
  last: DialplanExtension | undefined;
  /** Built by a rebuild: what is worked out of a line alone is kept on it (see `keepsLineWork`). */
  keeps: boolean;
  /** Some step's priority is a label, resolved through its extension (see `BuiltContext.labelPriorities`). */
  labelPriorities: boolean;
}

/** The start of reading lines into `context` (a whole build, or a splice's window); `keeps` as `ContextBuild.keeps`. */
export function startBuild(context: DialplanContext, keeps: boolean): ContextBuild {
  return { context, keys: new Map(), last: undefined, keeps, labelPriorities: false };
}

/** What VICIdial writes into [vicidial-auto-external] before the carriers' entries (`h`, dial-around lines). */
function isGeneratedExternal(section: PlacedSection, unit: ConfUnit): boolean {
  return unit.id === "vicidial:extensions" && section.header === undefined && section.name === "vicidial-auto-external";
}

/** Where a section's lines have got to: the extension and priority a `same` or `n` line continues from. */
export interface SectionCursor {
  lastExtension: string;
  lastPriority: number;
  previousCarrier?: string;
}

/** Where a section's lines start from (VICIdial's `h` lines come first in [vicidial-auto-external]: a carrier's `n` follows them). */
export function sectionStartCursor(section: PlacedSection, unit: ConfUnit): SectionCursor {
  return isGeneratedExternal(section, unit) ? { lastExtension: "h", lastPriority: 1, previousCarrier: undefined } : { lastExtension: "", lastPriority: -2, previousCarrier: undefined };
}

export function addSection(building: ContextBuild, section: PlacedSection, textOf: (uri: string) => string | undefined, unit: ConfUnit): void {
  const cursor = sectionStartCursor(section, unit);
  // A section's lines almost all come from one document: its text is looked up again only when the uri changes.
  let uri: string | undefined;
  let text: string | undefined;
  for (const option of section.options) {
    if (option.uri !== uri) {
      uri = option.uri;
      text = textOf(uri);
    }
    if (text === undefined) continue;
    const kind = stepKind(option.node.key);
    if (kind !== undefined) addStep(building, option, text, kind === "same", cursor);
    else addOtherOption(building.context, option, lowerKey(option.node.key));
  }
}

/** Whether a line of this key is an `exten` or a `same` step (however written), or no step. */
export function stepKind(key: string): "exten" | "same" | undefined {
  const lower = lowerKey(key);
  return lower === "exten" ? "exten" : lower.startsWith("same") ? "same" : undefined;
}

/** A key in lower case: most are written `exten` or `same` already (no new string then). */
function lowerKey(key: string): string {
  return key === "exten" || key === "same" ? key : key.toLowerCase();
}

/** A line that is not a step (include, switch, ignorepat, unknown keys); includes are listed by context name. */
function addOtherOption(context: DialplanContext, option: PlacedOption, key: string): void {
  if (key === "include") {
    const name = option.node.value.split(",")[0].trim();
    if (name.length > 0) context.includes.push(newInclude(name, option, context));
  }
  context.otherOptions.push(option);
}

/**
 * The parsed step line of an option node, once per node (kept on it: `stepLine`): a rebuild after an edit parses only
 * the lines the re-parse made anew. A line it moved in place is not followed here: the build reads only its texts,
 * and its step has it follow its node (`followLine`) when a rule first reads its offsets (see `BuiltStep`), which
 * the steps at a rebuilt context's kept ends mostly never are. Shared by every step built from the node: only
 * `followLine` changes it.
 */
function parsedLine(option: PlacedOption, text: string, isSame: boolean): DialplanLine {
  const node = option.node;
  const known = node.stepLine as DialplanLine | undefined;
  if (known) return known;
  // `same` with other spelling (`Same`, `same `) is read as `same`; the copy is made only then (spreads are slow).
  const line = parseDialplanLine(isSame && node.key !== "same" ? { ...node, key: "same" } : node, text);
  node.stepLine = line;
  return line;
}

/** An `exten` or `same` line: listed as a step, then registered unless Asterisk drops it (`dropped` says why). */
export function addStep(building: ContextBuild, option: PlacedOption, text: string, isSame: boolean, cursor: SectionCursor): void {
  const context = building.context;
  const line = parsedLine(option, text, isSame);
  const step = new BuiltStep(option, line, context, !isSame);
  if (option.carrierId !== undefined && option.field === "dialplan_entry" && option.carrierId !== cursor.previousCarrier) {
    step.firstOfCarrierEntry = true;
  }
  cursor.previousCarrier = option.carrierId;
  context.steps.push(step);
  if (!nameStep(step, line, isSame, cursor, building.keeps)) return;
  const priority = resolvePriority(building, step, line.priority, cursor.lastPriority);
  if (priority === undefined) return;
  step.priority = priority;
  cursor.lastPriority = priority;
  if (step.extensionText.length === 0) {
    step.dropped = "empty-extension";
    return;
  }
  register(building, step, line);
}

/** Sets the extension (and caller id) a step belongs to: a `same` line takes the previous line's; false when none. */
function nameStep(step: DialplanStep, line: DialplanLine, isSame: boolean, cursor: SectionCursor, keeps: boolean): boolean {
  if (!isSame) {
    step.extensionText = extensionTextOf(line, keeps);
    step.cid = line.callerId?.text;
    cursor.lastExtension = step.extensionText + (step.cid !== undefined ? "/" + step.cid : "");
    return true;
  }
  if (cursor.lastExtension.length === 0) {
    step.dropped = "no-previous-exten";
    return false;
  }
  const slash = cursor.lastExtension.indexOf("/");
  step.extensionText = slash >= 0 ? cursor.lastExtension.slice(0, slash) : cursor.lastExtension;
  if (slash >= 0) step.cid = cursor.lastExtension.slice(slash + 1);
  return true;
}

/**
 * The priority Asterisk gives a step (`n`, `s`, labels and `+N` resolved; -1 for a hint), or undefined: then
 * `step.dropped` says why, unless the priority has no number at all. `lastPriority` is the previous line's (-2: none).
 */
function resolvePriority(building: ContextBuild, step: DialplanStep, priority: Priority | undefined, lastPriority: number): number | undefined {
  if (!priority || (priority.text.length === 0 && !priority.label)) {
    step.dropped = "missing-priority";
    return undefined;
  }
  if (priority.labelUnclosed) {
    step.dropped = "label-unclosed";
    step.priorityIfLabelClosed = priorityOnceClosed(priority, lastPriority);
    return undefined;
  }
  let value = basePriority(building, step, priority, lastPriority);
  if (step.dropped || value === undefined) return undefined;
  if (!step.isHint && priority.plus !== undefined) value += priority.plus;
  if (!step.isHint && value < 1) {
    step.dropped = "invalid-priority";
    return undefined;
  }
  return value;
}

/** A number, `n` or `s` priority whose label is not closed, as it would be once closed; undefined when still invalid. */
function priorityOnceClosed(priority: Priority, lastPriority: number): number | undefined {
  let base: number | undefined;
  if (priority.kind === "number") base = priority.value;
  else if (priority.kind === "next" && lastPriority > -2) base = lastPriority + 1;
  else if (priority.kind === "same" && lastPriority > -2) base = lastPriority;
  const value = base === undefined ? undefined : base + (priority.plus ?? 0);
  return value !== undefined && value >= 1 ? value : undefined;
}

/** The priority as written, before `+N`: a number, `n`/`s` from the previous line, or a label's priority. */
function basePriority(building: ContextBuild, step: DialplanStep, priority: Priority, lastPriority: number): number | undefined {
  switch (priority.kind) {
    case "hint":
      step.isHint = true;
      return -1;
    case "next":
      if (lastPriority > -2) return lastPriority + 1;
      step.dropped = "next-on-first";
      return undefined;
    case "same":
      if (lastPriority > -2) return lastPriority;
      step.dropped = "same-on-first";
      return undefined;
    case "number":
      return priority.value;
    case "label": {
      building.labelPriorities = true;
      const ext = findExtension(building, step.extensionText, step.cid);
      const target = ext?.labels.get(priority.text.replace(/\+\d+$/, ""));
      if (target?.priority !== undefined) return target.priority;
      step.dropped = "unknown-label";
      return undefined;
    }
    default:
      step.dropped = "invalid-priority";
      return undefined;
  }
}

const NO_LABELS: ReadonlyMap<string, DialplanStep> = new Map();

function findExtension(building: ContextBuild, name: string, cid: string | undefined): DialplanExtension | undefined {
  return lastIfSame(building, name, cid) ?? building.keys.get(keyOf(parseExtension(name), cid));
}

/** The extension a step registered last, when named the same (the same written name and caller id): no key to build. */
function lastIfSame(building: ContextBuild, name: string, cid: string | undefined): DialplanExtension | undefined {
  const last = building.last;
  return last && last.name === name && last.cid === cid ? last : undefined;
}

function register(building: ContextBuild, step: DialplanStep, line: DialplanLine): void {
  let ext = lastIfSame(building, step.extensionText, step.cid);
  if (!ext) {
    // Parsed and keyed once: most lines of a large context open an extension of their own.
    const { parsed, key } = namingOf(step, line, building.keeps);
    ext = building.keys.get(key);
    if (!ext) {
      building.last = openExtension(building, step, line, parsed, key);
      return;
    }
  }
  building.last = ext;
  if (step.isHint) return addLineOnly(ext, step);
  const priority = step.priority!;
  const steps = ext.steps;
  const last = steps[steps.length - 1];
  // Lines almost always come in the order of their priorities: then no step can hold this one yet.
  const inOrder = last === undefined || last.priority! < priority;
  const holder = inOrder ? undefined : stepAtPriority(ext, priority);
  if (holder) {
    step.dropped = "duplicate-priority";
    step.conflictsWith = holder;
    return addLineOnly(ext, step);
  }
  step.extension = ext;
  // The lines stay the steps' list while every line is a step, each one after the last in priority.
  if (ext.lines !== steps || !inOrder) separateLines(ext).push(step);
  steps.push(step);
  if (!inOrder) steps.sort((a, b) => a.priority! - b.priority!);
  addLabel(ext, step, line);
}

/** Adds a line that is no step of the extension (a hint, a duplicate priority) to its lines. */
function addLineOnly(ext: DialplanExtension, step: DialplanStep): void {
  separateLines(ext).push(step);
}

/** The extension's lines as a list of their own (see `openExtension`): a copy of its steps while they are one list. */
function separateLines(ext: DialplanExtension): DialplanStep[] {
  if (ext.lines === ext.steps) ext.lines = ext.steps.slice();
  return ext.lines;
}

/**
 * A new extension, named by its first line: its lists are made holding that line (most extensions of a generated
 * dialplan keep one or two steps; an empty list grows to sixteen slots at its first push). Opened by a registered
 * step, its lines and its steps are one list, and stay so while each line is a step that comes after the last in
 * priority (almost every extension): `register` gives the lines a list of their own at the first line that is not.
 */
function openExtension(building: ContextBuild, step: DialplanStep, line: DialplanLine, parsed: ParsedExtension, key: string): DialplanExtension {
  const context = building.context;
  const registered = !step.isHint;
  const lines = [step];
  // Its context given twice (see `emptyContext`): a splice hands the extensions it keeps to the new context.
  const ext: DialplanExtension = { context: NO_CONTEXT, name: step.extensionText, cid: step.cid, parsed, steps: registered ? lines : [], labels: NO_LABELS, lines };
  ext.context = context;
  context.extensions.push(ext);
  building.keys.set(key, ext);
  if (registered) {
    step.extension = ext;
    addLabel(ext, step, line);
  }
  return ext;
}

const NO_CONTEXT = emptyContext("", []);

/**
 * A registered step's label, unless the extension already has a step by that label. Read off the step's parsed line
 * (`line`), not through `step.label`: a name holds no offset, so the line need not follow its node here (see BuiltStep).
 */
function addLabel(ext: DialplanExtension, step: DialplanStep, line: DialplanLine): void {
  const label = line.priority?.label?.text;
  if (!label || ext.labels.has(label)) return;
  // Most extensions have no label: they share one empty map, and a map of their own comes with the first label.
  const labels = ext.labels === NO_LABELS ? new Map<string, DialplanStep>() : (ext.labels as Map<string, DialplanStep>);
  labels.set(label, step);
  ext.labels = labels;
}
