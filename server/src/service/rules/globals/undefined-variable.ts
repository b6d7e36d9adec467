// globals/undefined-variable: `${NAME}` read in the dialplan but defined nowhere in the workspace.
//
// Policy. Channel variables are set by much we cannot see (AGI scripts, AMI Originate, `__` inheritance from the
// calling channel, Gosub/Macro callers, included files we do not have), so an undefined name is only a warning where
// the value is certainly needed and nothing could set it:
// - in a VICIdial carrier's dialplan entry (VICIdial enters it from its own dialer; only globals and VICIdial's known
//   AGIs set variables there), unless an AGI we do not know runs earlier in the extension;
// - in a Dial destination of a complete configuration (a main extensions.conf with every #include found) that runs no
//   AGI we do not know.
// Elsewhere it is one information note per variable and configuration (not one per use), and none at all in a
// configuration that runs an unknown AGI: any variable may be set there. Names that are set anywhere (Set, MSet, Read,
// ExecIf(...?Set()), ARRAY(), a peer's setvar=) or that Asterisk/VICIdial set themselves are never reported.
import { CHANNEL_VARIABLES, knownVariable } from "../../knowledge/channel-variables";
import { closestName } from "../../model/suggest";
import type { Dialplan, DialplanExtension, DialplanIndex, DialplanStep } from "../../model/dialplan";
import type { FindingInput, Rule } from "../types";
import type { Workspace } from "../../model/workspace";
import { fixesFromData, hasCarrierSteps, indexOf, isCarrierStep, isDialStep, textOf, withFixes } from "../dialplan/common";
import { defineGlobalFix, guessTrunkValue, isUnknownAgi, namesSet, runsUnknownAgi } from "./common";
import { namesReadIn, ownUsesOf, stepOfUse, type Use } from "./variable-reads";

/** True when an AGI we do not know runs before this step in its extension (it may set the variable). */
function unknownAgiBefore(step: DialplanStep | undefined): boolean {
  const extension = step?.extension;
  return extension !== undefined && step!.priority! > firstUnknownAgi(extension);
}

/** The lowest priority of an extension's steps that run an AGI we do not know (Infinity: none), once per extension. */
const firstUnknownAgiByExtension = new WeakMap<DialplanExtension, number>();

function firstUnknownAgi(extension: DialplanExtension): number {
  let first = firstUnknownAgiByExtension.get(extension);
  if (first === undefined) {
    first = Infinity;
    for (const s of extension.steps) if (s.priority! < first && isUnknownAgi(s)) first = s.priority!;
    firstUnknownAgiByExtension.set(extension, first);
  }
  return first;
}

/** The first dialplan of each load group, as its key, and whether the group runs an AGI we do not know. */
function groupFacts(index: DialplanIndex): Map<Dialplan, { key: string; runsAgi: boolean }> {
  const facts = new Map<Dialplan, { key: string; runsAgi: boolean }>();
  for (const dialplan of index.dialplans) {
    const group = index.groupOf(dialplan);
    facts.set(dialplan, { key: group[0].unit.id, runsAgi: group.some(runsUnknownAgi) });
  }
  return facts;
}

/** By the set of names a dialplan reads (`namesReadIn`, a new set when they change): those neither known nor globals. */
const unknownNames = new WeakMap<ReadonlySet<string>, { globals: object; names: readonly string[] }>();

/**
 * The names a dialplan reads that are neither channel or VICIdial variables nor globals of the index, in the order
 * read; kept while the names read and the index's globals (`globalsStamp`) are the same, as after an edit of a peer.
 */
function unknownNamesReadIn(dialplan: Dialplan, workspace: Workspace, index: DialplanIndex): readonly string[] {
  const read = namesReadIn(dialplan, workspace);
  const kept = unknownNames.get(read);
  if (kept && kept.globals === index.globalsStamp) return kept.names;
  const names: string[] = [];
  for (const name of read) if (!knownVariable(name) && index.globalsNamed(name).length === 0) names.push(name);
  unknownNames.set(read, { globals: index.globalsStamp, names });
  return names;
}

/** Channel variable names worth suggesting for a typo (the fixed ones, not the patterns), listed once. */
let channelNames: string[] | undefined;

/** The channel variable a name is probably a typo of, by name: the list is fixed knowledge, so each name is worked out once. */
const misspellings = new Map<string, string | undefined>();
const MISSPELLINGS_KEPT = 5000;

function misspeltChannelVariable(name: string): string | undefined {
  if (misspellings.has(name)) return misspellings.get(name);
  if (misspellings.size >= MISSPELLINGS_KEPT) misspellings.clear();
  const found = closestName(name, (channelNames ??= CHANNEL_VARIABLES.filter((v) => !v.pattern).map((v) => v.name)));
  misspellings.set(name, found);
  return found;
}

/** The first global of each lower-case name, for the case-twin hint (one pass per run instead of one per name). */
function globalsByLowerName(index: DialplanIndex): Map<string, string> {
  const byLower = new Map<string, string>();
  for (const global of index.globals) {
    const lower = global.name.toLowerCase();
    if (!byLower.has(lower)) byLower.set(lower, global.name);
  }
  return byLower;
}

function inDialDestination(use: Use, step: DialplanStep | undefined): boolean {
  return step !== undefined && isDialStep(step) && step.args.length > 0 && use.whole.start >= step.args[0].span.start && use.whole.end <= step.args[0].span.end;
}

/** The finding on the first read of an undefined name (see the rule); `twins` are the globals by lower-case name. */
function useFinding(workspace: Workspace, index: DialplanIndex, dialplan: Dialplan, use: Use, how: { certain: boolean; carrier: boolean; inDial: boolean }, twins: Map<string, string>): FindingInput {
  const { certain, carrier, inDial } = how;
  const name = use.name;
  const text = textOf(workspace, use.uri) ?? "";
  const caseTwin = twins.get(name.toLowerCase());
  const misspelt = caseTwin ? undefined : misspeltChannelVariable(name);
  const hint = caseTwin ? ` A global '${caseTwin}' exists: variable names are case-sensitive.` : misspelt ? ` Did you mean '${misspelt}'?` : "";
  const message = certain
    ? `\${${name}} is not defined in any [globals], carrier globals string or Set() in the workspace, and is not a channel or VICIdial variable${carrier ? " (VICIdial's carrier dialplan gets variables only from globals)" : ""}: ${inDial ? "the Dial destination loses that part and the call fails" : "it expands to an empty string"}.${hint}`
    : `\${${name}} is set nowhere in the files checked: unless something at run time sets it (AMI, an inherited __ variable, a Gosub caller), it expands to an empty string.${hint}`;
  const fix = defineGlobalFix(workspace, index, use.uri, dialplan, name, guessTrunkValue(workspace, stepOfUse(dialplan, use), use, text));
  return { uri: use.uri, span: use.span, severity: certain ? "warning" : "information", message, data: withFixes({ name }, fix ? [fix] : []) };
}

export const undefinedVariable: Rule = {
  code: "globals/undefined-variable",
  area: "globals",
  severity: "warning",
  summary: "A `${NAME}` is read but nothing in the workspace sets it ([globals], carrier globals string, Set/MSet/Read, a peer's setvar) and it is not a channel or VICIdial variable. Warning where the value is certainly needed and nothing could set it (carrier entries; Dial destinations of a complete configuration without unknown AGIs); otherwise one note per variable, none where an unknown AGI runs.",
  workspaceReads: ["extensions", "sip", "iax", "pjsip", "pjsip_wizard"],
  checkWorkspace(workspace, ctx) {
    const index = indexOf(ctx);
    let setNames: Set<string> | undefined;
    const facts = groupFacts(index);
    const pending = new Map<string, { finding: FindingInput; count: number }>();
    let twins: Map<string, string> | undefined;
    for (const dialplan of index.dialplans) {
      const group = facts.get(dialplan)!;
      // Where an unknown AGI runs, only a carrier's line can be certain (see below): a dialplan without one has none.
      if (group.runsAgi && !hasCarrierSteps(dialplan)) continue;
      const complete = index.isClosed(dialplan) && index.missingIncludes(dialplan) === 0 && !group.runsAgi;
      // The names nothing defines, from the names the dialplan reads that are neither known nor globals (kept across
      // edits); then only their reads.
      const candidates = unknownNamesReadIn(dialplan, workspace, index);
      if (candidates.length === 0) continue;
      setNames ??= namesSet(index, workspace);
      const undefinedNames = new Set<string>();
      for (const name of candidates) if (!setNames.has(name)) undefinedNames.add(name);
      for (const use of ownUsesOf(dialplan, workspace, undefinedNames)) {
        const name = use.name;
        const step = stepOfUse(dialplan, use);
        const carrier = step !== undefined && isCarrierStep(step);
        if (group.runsAgi && !carrier) continue; // see above
        const agiBefore = unknownAgiBefore(step);
        const inDial = inDialDestination(use, step);
        const certain = !agiBefore && (carrier || (inDial && complete));
        // An unknown AGI may set any variable: outside the certain cases there is nothing worth saying.
        if (!certain && (group.runsAgi || agiBefore)) continue;
        const key = `${group.key}\u0000${step?.carrierId ?? ""}\u0000${name}`;
        const hit = pending.get(key);
        if (hit) hit.count++;
        else pending.set(key, { count: 1, finding: useFinding(workspace, index, dialplan, use, { certain, carrier, inDial }, (twins ??= globalsByLowerName(index))) });
      }
    }
    for (const { finding, count } of pending.values()) {
      ctx.report(count > 1 ? { ...finding, message: `${finding.message} (Read ${count - 1} more ${count === 2 ? "time" : "times"}.)` } : finding);
    }
  },
  fix: fixesFromData,
};
