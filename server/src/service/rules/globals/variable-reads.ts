// Where the dialplan reads variables: each step line's `${...}` (kept with the step, moved with its line, joined
// from per-context shares so an edit reads only the contexts it rebuilt) and each global's value, with the fixed
// starts of computed names (`${OUT_${DIAL_TRUNK}}`). Shared by the globals rules.
import type { Dialplan, DialplanStep, GlobalDefinition } from "../../model/dialplan";
import { usesOfReferences, type VariableUse } from "../../model/dialplan-variables";
import type { Workspace } from "../../model/workspace";
import { textOf } from "../dialplan/common";
import { knownVariable } from "../../knowledge/channel-variables";
import { variableReferences } from "../../parse/variable-references";
import { unitFact } from "../../model/unit-facts";
import { movedSpan, type Span } from "../../text/span";
import type { Assignment } from "../../parse/conf-syntax";
import { PlacedMemo } from "../../util/placed-memo";
import { StepJoin } from "../../model/dialplan-joins";

/** A variable a dialplan reads, where: a step's line or a global's value (the dialplan is the list's own). */
export interface Use extends VariableUse {
  uri: string;
  step?: DialplanStep;
  global?: GlobalDefinition;
}

/** The variables one dialplan reads, in order: its step lines and global values (a fact of its unit). */
export function usesIn(dialplan: Dialplan, workspace: Workspace): readonly Use[] {
  return unitFact(dialplan.unit, USES, () => [...STEP_USES.of(dialplan, workspace), ...globalReads(dialplan, workspace).uses]);
}

const USES = {};
const NAMES_READ = {};

/** The names a dialplan reads (a fact of its unit): a join over dialplans asks each set, never a workspace-wide one. */
export function namesReadIn(dialplan: Dialplan, workspace: Workspace): ReadonlySet<string> {
  return unitFact(dialplan.unit, NAMES_READ, () => {
    const names = STEP_NAMES_READ.distinct(dialplan, workspace);
    for (const use of globalReads(dialplan, workspace).uses) names.add(use.name);
    return names;
  });
}

/**
 * Fixed starts of the computed names a dialplan reads (`OUT_` of `${OUT_${DIAL_TRUNK}}`): a global whose name begins
 * with one may be read through it (FreePBX's OUT_1, OUTCID_1 ... are all read that way). In no particular order.
 */
export function computedPrefixesIn(dialplan: Dialplan, workspace: Workspace): readonly string[] {
  return unitFact(dialplan.unit, PREFIXES, () => {
    const prefixes = STEP_PREFIXES.distinct(dialplan, workspace);
    for (const prefix of globalReads(dialplan, workspace).prefixes) prefixes.add(prefix);
    return [...prefixes];
  });
}

const PREFIXES = {};

/** What lines and global values read: variables by name, and the fixed starts of computed names. */
interface DialplanReads {
  uses: readonly Use[];
  prefixes: readonly string[];
}

const UNKNOWN_NAME_USES = {};

/** Not through a global, and not a channel or VICIdial variable: a name of the configuration's own. */
const isOwnName = (use: Use) => !use.viaGlobal && !knownVariable(use.name);

/**
 * The variables a dialplan reads by a name of its own (see `isOwnName`; a fact of its unit). Only these can be
 * undefined; most uses (EXTEN, CALLERID ...) are not.
 */
export function usesOfOwnNames(dialplan: Dialplan, workspace: Workspace): readonly Use[] {
  return unitFact(dialplan.unit, UNKNOWN_NAME_USES, () => [...STEP_OWN_USES.of(dialplan, workspace), ...globalReads(dialplan, workspace).uses.filter(isOwnName)]);
}

/** What the steps read, joined from per-context shares (model/dialplan-joins.ts): an edit reads only rebuilt contexts. */
const STEP_USES = new StepJoin<Use, Workspace>((step, workspace) => stepReads(step, workspace).uses);
const STEP_OWN_USES = new StepJoin<Use, Workspace>((step, workspace) => {
  const uses = stepReads(step, workspace).uses;
  return uses.length === 0 || !uses.some(isOwnName) ? NO_USES : uses.filter(isOwnName);
});
const STEP_NAMES_READ = new StepJoin<string, Workspace>((step, workspace) => namesReadBy(step, workspace));

/** The names a step's line reads, by the line's node: names hold no offset, so they hold wherever the line moves. */
const namesReadByLine = new WeakMap<Assignment, readonly string[]>();

function namesReadBy(step: DialplanStep, workspace: Workspace): readonly string[] {
  let names = namesReadByLine.get(step.option.node);
  if (!names) {
    const uses = stepReads(step, workspace).uses;
    namesReadByLine.set(step.option.node, (names = uses.length === 0 ? NO_NAMES : uses.map((use) => use.name)));
  }
  return names;
}
const NO_USES: readonly Use[] = [];
const NO_NAMES: readonly string[] = [];
const STEP_PREFIXES = new StepJoin<string, Workspace>((step, workspace) => stepReads(step, workspace).prefixes);

const GLOBAL_READS = {};

/** What a dialplan's global values read (a fact of its unit). */
function globalReads(dialplan: Dialplan, workspace: Workspace): DialplanReads {
  return unitFact(dialplan.unit, GLOBAL_READS, () => {
    const uses: Use[] = [];
    const prefixes: string[] = [];
    for (const global of dialplan.globals) {
      const reads = readsIn(workspace, global.uri, global.valueSpan, undefined, global);
      for (const use of reads.uses) uses.push(use);
      for (const prefix of reads.prefixes) prefixes.push(prefix);
    }
    return { uses, prefixes };
  });
}

const NO_READS: DialplanReads = { uses: [], prefixes: [] };

/**
 * What one step's line reads, once per step object: a rebuilt dialplan keeps the contexts an edit did not touch,
 * steps included (model/dialplan-build.ts), so only the steps of rebuilt contexts are looked at again, and their
 * lines are read again only where the re-parse made them anew (see `lineReads`).
 */
const readsByStep = new WeakMap<DialplanStep, DialplanReads>();

function stepReads(step: DialplanStep, workspace: Workspace): DialplanReads {
  let reads = readsByStep.get(step);
  if (!reads) {
    const text = textOf(workspace, step.uri);
    const found = text === undefined ? NO_LINE_READS : lineReads(step.option.node, text);
    reads = found.uses.length === 0 ? { uses: [], prefixes: found.prefixes } : { uses: found.uses.map((use) => placedUse(use, step.uri, step, undefined)), prefixes: found.prefixes };
    readsByStep.set(step, reads);
  }
  return reads;
}

/** What a line's value reads, with no step or document attached (see `lineReads`). */
interface LineReads {
  uses: readonly VariableUse[];
  prefixes: readonly string[];
}

const NO_LINE_READS: LineReads = { uses: [], prefixes: [] };

/** A line's reads, once per node, moved with the node when a re-parse moves its line (the text is the same). */
const readsByLine = new PlacedMemo<Assignment, LineReads>(undefined, (reads, shift) => ({ uses: reads.uses.map((use) => movedUse(use, shift)), prefixes: reads.prefixes }));

function lineReads(node: Assignment, text: string): LineReads {
  let reads = readsByLine.get(node);
  if (!reads) {
    const refs = variableReferences(text, node.valueSpan);
    const prefixes = refs.filter((ref) => ref.computedName && ref.name.length > 0).map((ref) => ref.name);
    reads = refs.length === 0 ? NO_LINE_READS : { uses: usesOfReferences(text, refs), prefixes };
    readsByLine.set(node, reads);
  }
  return reads;
}

function movedUse(use: VariableUse, shift: number): VariableUse {
  // Plain literals, no spreads: this runs for every `${...}` below an edit that changed a line's length.
  const moved: VariableUse = { name: use.name, span: movedSpan(use.span, shift), viaGlobal: use.viaGlobal, whole: movedSpan(use.whole, shift) };
  if ("offset" in use) moved.offset = use.offset && { text: use.offset.text, span: movedSpan(use.offset.span, shift) };
  if ("length" in use) moved.length = use.length && { text: use.length.text, span: movedSpan(use.length.span, shift) };
  return moved;
}

/** The variables a range of a document reads, and the fixed starts of the computed names among them. */
function readsIn(workspace: Workspace, uri: string, range: Span, step: DialplanStep | undefined, global: GlobalDefinition | undefined): DialplanReads {
  const text = textOf(workspace, uri);
  if (text === undefined) return NO_READS;
  const refs = variableReferences(text, range);
  if (refs.length === 0) return NO_READS;
  const uses: Use[] = [];
  const prefixes: string[] = [];
  for (const use of usesOfReferences(text, refs)) uses.push(placedUse(use, uri, step, global));
  for (const ref of refs) if (ref.computedName && ref.name.length > 0) prefixes.push(ref.name);
  return { uses, prefixes };
}

/** A use with where it is: one literal (no copy through a spread or Object.assign; this runs once per `${...}`). */
function placedUse(use: VariableUse, uri: string, step: DialplanStep | undefined, global: GlobalDefinition | undefined): Use {
  return { name: use.name, span: use.span, offset: use.offset, length: use.length, viaGlobal: use.viaGlobal, whole: use.whole, uri, step, global };
}
