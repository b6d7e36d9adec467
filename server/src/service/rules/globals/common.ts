// Helpers for the globals rules: where variables are set across the workspace (where they are read:
// variable-reads.ts), and the edits that define a missing global (in the carrier's globals_string, or in an extensions.conf [globals] section).
import type { Dialplan, DialplanIndex, DialplanStep } from "../../model/dialplan";
import { eolOf } from "../../text/line-breaks";
import { carriersById } from "../../model/carrier-placement";
import { variablesSetBy, type VariableUse } from "../../model/dialplan-variables";
import type { Workspace } from "../../model/workspace";
import type { QuickFix, TextEdit } from "../types";
import { textOf } from "../dialplan/common";
import { knownAgi } from "../../knowledge/channel-variables";
import { positionFree, unitFact } from "../../model/unit-facts";
import { sectionShares } from "../../model/section-lists";
import type { ConfUnit, PlacedSection } from "../../model/units";
import { StepJoin } from "../../model/dialplan-joins";
import { weakMemo } from "../../util/weak-memo";

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

/** The names one dialplan's steps set (a fact of its unit, joined from per-context shares). */
function namesSetIn(dialplan: Dialplan, workspace: Workspace): readonly string[] {
  return unitFact(dialplan.unit, DIALPLAN_SETS, () => listOf(STEP_SETS.distinct(dialplan, workspace)));
}

/** A set's names as a list, made once per set object (`distinct` gives the same set while the names are the same). */
const listOf = weakMemo((names: ReadonlySet<string>): readonly string[] => [...names]);

const STEP_SETS = new StepJoin<string, Workspace>((step, workspace) => namesSetByStep(step, workspace), { readsLineAlone: true });

const NO_NAMES: readonly string[] = [];

/** The names a step's line sets (worked out once per context: see `STEP_SETS`). */
function namesSetByStep(step: DialplanStep, workspace: Workspace): readonly string[] {
  const text = textOf(workspace, step.uri);
  const sets = text === undefined ? [] : variablesSetBy(step, text);
  return sets.length === 0 ? NO_NAMES : sets.map((set) => set.name);
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

/** True when a dialplan runs an AGI script we do not know anywhere (a fact of its unit, asked per context). */
export function runsUnknownAgi(dialplan: Dialplan): boolean {
  return unitFact(dialplan.unit, RUNS_UNKNOWN_AGI, () => UNKNOWN_AGI_STEPS.some(dialplan, undefined));
}

const UNKNOWN_AGI_STEPS = new StepJoin<DialplanStep, undefined>((step) => (isUnknownAgi(step) ? [step] : NO_STEPS));
const NO_STEPS: readonly DialplanStep[] = [];

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
