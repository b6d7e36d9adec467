// Helpers for the globals rules: where variables are read and set across the workspace, and the edits that define
// a missing global (in the carrier's globals_string, or in an extensions.conf [globals] section).
import type { Dialplan, DialplanIndex, DialplanStep, GlobalDefinition } from "../../model/dialplan";
import { eolOf } from "../../text/line-breaks";
import { carriersById } from "../../model/carrier-placement";
import { usesOfReferences, variablesSetBy, type VariableUse } from "../../model/dialplan-variables";
import type { Workspace } from "../../model/workspace";
import type { QuickFix, TextEdit } from "../types";
import { textOf } from "../dialplan/common";
import { knownAgi, knownVariable } from "../../knowledge/channel-variables";
import { variableReferences } from "../../parse/variable-references";
import { positionFree, unitFact } from "../../model/unit-facts";
import { sectionShares } from "../../model/section-lists";
import type { ConfUnit, PlacedSection } from "../../model/units";
import { movedSpan, type Span } from "../../text/span";
import type { Assignment } from "../../parse/conf-syntax";
import { PlacedMemo } from "../../util/placed-memo";

/** A variable a dialplan reads, where: a step's line or a global's value (the dialplan is the list's own). */
export interface Use extends VariableUse {
  uri: string;
  step?: DialplanStep;
  global?: GlobalDefinition;
}

/** The variables one dialplan reads, in order: its step lines and global values (a fact of its unit). */
export function usesIn(dialplan: Dialplan, workspace: Workspace): readonly Use[] {
  return readsOf(dialplan, workspace).uses;
}

const NAMES_READ = {};

/** The names a dialplan reads (a fact of its unit): a join over dialplans asks each set, never a workspace-wide one. */
export function namesReadIn(dialplan: Dialplan, workspace: Workspace): ReadonlySet<string> {
  return unitFact(dialplan.unit, NAMES_READ, () => new Set(usesIn(dialplan, workspace).map((use) => use.name)));
}

/**
 * Fixed starts of the computed names a dialplan reads (`OUT_` of `${OUT_${DIAL_TRUNK}}`): a global whose name begins
 * with one may be read through it (FreePBX's OUT_1, OUTCID_1 ... are all read that way).
 */
export function computedPrefixesIn(dialplan: Dialplan, workspace: Workspace): readonly string[] {
  return readsOf(dialplan, workspace).prefixes;
}

const READS = {};

/** What one dialplan's lines and global values read: variables by name, and the fixed starts of computed names. */
interface DialplanReads {
  uses: readonly Use[];
  prefixes: readonly string[];
}

/** What a dialplan reads (a fact of its unit: kept while the unit's files do not change); each line is read once. */
function readsOf(dialplan: Dialplan, workspace: Workspace): DialplanReads {
  return unitFact(dialplan.unit, READS, () => findReads(dialplan, workspace));
}

const UNKNOWN_NAME_USES = {};

/**
 * The variables a dialplan reads by a name of its own: not through a global, and not a channel or VICIdial variable
 * (a fact of its unit). Only these can be undefined; most uses (EXTEN, CALLERID ...) are not.
 */
export function usesOfOwnNames(dialplan: Dialplan, workspace: Workspace): readonly Use[] {
  return unitFact(dialplan.unit, UNKNOWN_NAME_USES, () => usesIn(dialplan, workspace).filter((use) => !use.viaGlobal && !knownVariable(use.name)));
}

function findReads(dialplan: Dialplan, workspace: Workspace): DialplanReads {
  const uses: Use[] = [];
  const prefixes = new Set<string>();
  for (const step of dialplan.steps) {
    const reads = stepReads(step, workspace);
    for (const use of reads.uses) uses.push(use);
    for (const prefix of reads.prefixes) prefixes.add(prefix);
  }
  for (const global of dialplan.globals) {
    const reads = readsIn(workspace, global.uri, global.valueSpan, undefined, global);
    for (const use of reads.uses) uses.push(use);
    for (const prefix of reads.prefixes) prefixes.add(prefix);
  }
  return { uses, prefixes: [...prefixes] };
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

/**
 * Names something in the workspace sets: a dialplan line (Set, MSet, Read, ExecIf(...?Set(...)) ...), or a peer's
 * `setvar=` (sip.conf, iax.conf) / endpoint's `set_var=` (pjsip.conf), which sets it on every call of that peer.
 */
export function namesSet(index: DialplanIndex, workspace: Workspace): Set<string> {
  const names = new Set<string>();
  for (const dialplan of index.dialplans) for (const name of namesSetIn(dialplan, workspace)) names.add(name);
  for (const unit of workspace.units()) {
    if (unit.dialect !== "sip" && unit.dialect !== "iax" && unit.dialect !== "pjsip" && unit.dialect !== "pjsip_wizard") continue;
    for (const name of namesSetByPeers(unit)) names.add(name);
  }
  return names;
}

const DIALPLAN_SETS = {};

/** The names one dialplan's steps set (a fact of its unit; each step's names once per step object, see `stepReads`). */
function namesSetIn(dialplan: Dialplan, workspace: Workspace): readonly string[] {
  return unitFact(dialplan.unit, DIALPLAN_SETS, () => {
    const names = new Set<string>();
    for (const step of dialplan.steps) for (const name of namesSetByStep(step, workspace)) names.add(name);
    return [...names];
  });
}

/** The names a step's line sets, by the line's node: names hold no offset, so they hold wherever the line moves. */
const setsByLine = new WeakMap<Assignment, readonly string[]>();
const NO_NAMES: readonly string[] = [];

function namesSetByStep(step: DialplanStep, workspace: Workspace): readonly string[] {
  let names = setsByLine.get(step.option.node);
  if (!names) {
    const text = textOf(workspace, step.uri);
    const sets = text === undefined ? [] : variablesSetBy(step, text);
    setsByLine.set(step.option.node, (names = sets.length === 0 ? NO_NAMES : sets.map((set) => set.name)));
  }
  return names;
}

const PEER_SETS = {};
const PEER_SET_SHARES = positionFree({});

/** The names the peers of a sip, iax or pjsip unit set on their calls (`setvar=`, `set_var=`; a unit fact). */
function namesSetByPeers(unit: ConfUnit): readonly string[] {
  return unitFact(unit, PEER_SETS, () => {
    const names = new Set<string>();
    for (const share of sectionShares(unit, PEER_SET_SHARES, namesSetBySection, "own")) for (const name of share) names.add(name);
    return [...names];
  });
}

/** The names one section's own `setvar=` / `set_var=` lines set (undefined for none; a section share). */
function namesSetBySection(_unit: ConfUnit, section: PlacedSection): string[] | undefined {
  let names: string[] | undefined;
  for (const option of section.options) {
    const key = option.node.key.trim().toLowerCase();
    if (key !== "setvar" && key !== "set_var" && !key.endsWith("/set_var")) continue;
    const name = option.node.value.split("=")[0].trim().replace(/^_{1,2}/, "");
    if (name.length > 0) (names ??= []).push(name);
  }
  return names;
}

const RUNS_UNKNOWN_AGI = {};

/** True when a dialplan runs an AGI script we do not know anywhere (a fact of its unit). */
export function runsUnknownAgi(dialplan: Dialplan): boolean {
  return unitFact(dialplan.unit, RUNS_UNKNOWN_AGI, () => dialplan.steps.some(isUnknownAgi));
}

const AGI = /^\s*e?agi\s*$/i;

/** True when an AGI step runs a script we do not know: it may set any channel variable. */
export function isUnknownAgi(step: DialplanStep): boolean {
  if (!AGI.test(step.application)) return false;
  return step.args.length === 0 || knownAgi(step.args[0].text) === undefined;
}


/** Edits that define `name = value`: in the carrier's empty or missing globals_string, else in a [globals] section. */
export function defineGlobalFix(workspace: Workspace, index: DialplanIndex, fromUri: string, dialplan: Dialplan, name: string, value: string): QuickFix | undefined {
  const doc = workspace.document(fromUri);
  const line = `${name} = ${value}`.trimEnd();
  if (doc?.record && doc.kind.kind === "carrier") {
    const field = doc.record.fields.get("globals_string");
    if (field && field.value.trim().length === 0) {
      return { title: `Define ${name} in this carrier's globals_string`, edits: [{ uri: doc.uri, span: { start: field.valueSpan.start, end: field.valueSpan.end }, newText: (doc.text[field.valueSpan.start - 1] === ":" ? " " : "") + line }] };
    }
    if (!field) {
      const eol = eolOf(doc.text);
      const block = /^\[\[/m.exec(doc.text);
      const at = block ? block.index : doc.text.length;
      const lead = !block && doc.text.length > 0 && !doc.text.endsWith("\n") ? eol : "";
      return { title: `Define ${name} in this carrier's globals_string`, edits: [{ uri: doc.uri, span: { start: at, end: at }, newText: `${lead}globals_string: ${line}${eol}` }] };
    }
  }
  for (const member of index.groupOf(dialplan)) {
    const section = member.unit.sections.find((s) => s.name.toLowerCase() === "globals" && s.header);
    if (!section?.header) continue;
    const own = section.options.filter((o) => o.uri === section.uri && !o.field);
    const last = own.length > 0 ? own[own.length - 1].node : section.header;
    // Not after a line that leaves a ';--' block comment open (the new line would be comment).
    if (!workspace.canAddLineAfter(section.uri, last.line.start)) return undefined;
    const anchor = last.line.end;
    const text = textOf(workspace, section.uri) ?? "";
    const edit: TextEdit = { uri: section.uri, span: { start: anchor, end: anchor }, newText: `${eolOf(text)}${name}=${value}` };
    return { title: `Define ${name} in [globals]`, edits: [edit] };
  }
  return undefined;
}

/** A value to start a missing trunk global with: the carrier's own peer (SIP/peer, IAX2/peer, PJSIP endpoint name). */
export function guessTrunkValue(workspace: Workspace, step: DialplanStep | undefined, use: VariableUse, text: string): string {
  if (!step?.carrierId) return "";
  const carrier = carriersById(workspace).get(step.carrierId);
  const account = carrier?.doc.fieldTrees.get("account_entry");
  const firstSection = account?.lines.find((l) => l.kind === "section");
  if (!carrier || !firstSection || firstSection.kind !== "section") return "";
  const peer = firstSection.name;
  const before = text.slice(Math.max(0, use.whole.start - 1), use.whole.start);
  const after = text.slice(use.whole.end, use.whole.end + 1);
  const protocol = carrier.protocol.toUpperCase();
  if (before === "@") return peer;
  if (after === "/") return protocol === "IAX2" ? `IAX2/${peer}` : protocol.startsWith("PJSIP") ? `PJSIP/${peer}` : `SIP/${peer}`;
  return "";
}
