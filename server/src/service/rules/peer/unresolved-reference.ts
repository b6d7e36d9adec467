// peer/unresolved-reference: a PJSIP option that names other objects (endpoint aors/auth/outbound_auth/transport,
// identify endpoint, registration transport/endpoint ...) names one that no section of the right type defines in the
// files Asterisk loads together. Only a note, once per name, when those files may be incomplete (an include we cannot
// see).
import { findOption } from "../../knowledge/options/index";
import { LIST_REFERENCE_KEYS } from "../../knowledge/options/types";
import { secretsOf } from "../../secrets";
import { wizardObjects } from "../../model/pjsip-wizard";
import { objectOf } from "../../model/objects";
import type { ConfUnit, PlacedOption, PlacedSection } from "../../model/units";
import { describeMissingIncludes, effectiveOptions, isVicidialUnit, missingIncludeCount } from "../../model/units";
import type { Workspace } from "../../model/workspace";
import { editDistance } from "../../text/edit-distance";
import type { Rule, RuleContext } from "../types";
import { replace } from "../line-edits";
import { loadGroups } from "../../model/load-groups";
import { valueItems } from "../../model/value-items";

interface Names {
  /** Object name → its types (lower case), as written in `type=`. */
  types: Map<string, Set<string>>;
  /** Names of `(!)` templates (not objects). */
  templates: Set<string>;
  /** Names whose type cannot be told (inherited from a base we cannot find): never reported. */
  unsure: Set<string>;
}

function emptyNames(): Names {
  return { types: new Map(), templates: new Set(), unsure: new Set() };
}

function addName(names: Names, name: string, type: string): void {
  let types = names.types.get(name);
  if (!types) names.types.set(name, (types = new Set()));
  types.add(type);
}

function addSections(names: Names, sections: { unit: ConfUnit; section: PlacedSection }[]): void {
  for (const { unit, section } of sections) {
    if (section.header?.isTemplate) {
      names.templates.add(section.name);
      continue;
    }
    if (section.header?.isAppend) continue;
    const info = objectOf(unit, section);
    const type = info?.typeValue?.trim().toLowerCase();
    if (type) addName(names, section.name, type);
    else if ((section.header?.bases.length ?? 0) > 0) names.unsure.add(section.name);
  }
}

/** Objects res_pjsip_config_wizard creates from the wizard sections (same sorcery, so pjsip.conf may name them). */
function addWizardObjects(names: Names, workspace: Workspace): void {
  for (const object of wizardObjects(workspace)) addName(names, object.name, object.type);
}

/** An include, tryinclude or exec whose content we cannot see: objects may be defined there. */
function hasHiddenContent(unit: ConfUnit): boolean {
  return unit.directives.some((d) => d.target === undefined && ["include", "tryinclude", "exec"].includes(d.node.name.toLowerCase()));
}

function includesGenerated(unit: ConfUnit): boolean {
  return unit.directives.some((d) => d.target === "generated");
}

/** The closest names (case-insensitive; a case-only difference wins), when close enough to be a typo. */
export function closeNames(word: string, candidates: Iterable<string>): string[] {
  const lower = word.toLowerCase();
  const unique = [...new Set(candidates)].filter((c) => c !== word);
  const sameLetters = unique.filter((c) => c.toLowerCase() === lower);
  if (sameLetters.length > 0) return sameLetters;
  const limit = lower.length <= 4 ? 1 : lower.length <= 9 ? 2 : 3;
  let best: string[] = [];
  let bestDistance = Infinity;
  for (const candidate of unique) {
    const distance = editDistance(lower, candidate.toLowerCase(), limit);
    if (distance > limit || distance > bestDistance) continue;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = [];
    }
    best.push(candidate);
  }
  return best;
}

/** What goes wrong, in plain words, when `key` of a `type=object` section [name] names nothing usable. */
function consequence(object: string, key: string, name: string, othersResolve: boolean): string {
  switch (`${object}.${key}`) {
    case "endpoint.aors":
      return othersResolve
        ? `Asterisk skips this name when it looks up where to send calls for endpoint [${name}]`
        : `endpoint [${name}] has no address: Asterisk does not know where to send calls, so Dial(PJSIP/...@${name}) fails`;
    case "endpoint.auth":
      return `Asterisk cannot check the credentials of requests that reach endpoint [${name}], so they are refused`;
    case "endpoint.outbound_auth":
      return `when the provider answers a call to endpoint [${name}] with a 401/407 challenge, Asterisk has no credentials to answer it and the call fails`;
    case "endpoint.transport":
      return `Asterisk cannot find the transport for requests to endpoint [${name}], so calls and qualify requests to it are not sent`;
    case "identify.endpoint":
      return `calls from the addresses in identify [${name}] are not tied to any endpoint and are treated as anonymous (normally rejected)`;
    case "registration.transport":
      return `registration [${name}] cannot be sent over that transport, so the account is never registered`;
    case "registration.endpoint":
      return `calls that come back on registration [${name}]'s line are not tied to any endpoint`;
    case "global.default_outbound_endpoint":
      return "requests Asterisk sends to a SIP URI without naming an endpoint fail";
    case "outbound-publish.outbound_auth":
      return `PUBLISH challenges for [${name}] cannot be answered, so the publication fails`;
    case "outbound-publish.transport":
      return `PUBLISH requests of [${name}] cannot be sent`;
    default:
      return `PJSIP cannot resolve it when it uses [${name}], so that part of the configuration does not work`;
  }
}

interface Check {
  object: string;
  section: PlacedSection;
  option: PlacedOption;
  key: string;
  to: string;
  /** The option's default value: naming it changes nothing (Asterisk uses it when the line is absent too). */
  default?: string;
}

/** The reference options of one object: the last line of each key (a later line replaces an earlier one). */
function referencesOf(unit: ConfUnit, section: PlacedSection, skipTransports: boolean): Check[] {
  const info = objectOf(unit, section);
  if (!info || info.driver !== "pjsip" || !info.object || info.isTemplate || section.header?.isAppend) return [];
  const object = info.object;
  const last = new Map<string, PlacedOption>();
  for (const option of effectiveOptions(unit, section)) last.set(option.node.key.trim().toLowerCase(), option);
  const checks: Check[] = [];
  for (const [key, option] of last) {
    const known = findOption("pjsip", object, key).option;
    const type = known?.type;
    if (type?.kind !== "reference") continue;
    // register/pjsip-outbound-auth owns a registration's outbound_auth.
    if (object === "registration" && key === "outbound_auth") continue;
    if (skipTransports && type.to === "transport") continue;
    checks.push({ object, section, option, key, to: type.to, default: known?.default });
  }
  return checks;
}

function namesOfType(names: Names, type: string): string[] {
  return [...names.types].filter(([, types]) => types.has(type)).map(([name]) => name);
}

function quoteList(words: string[]): string {
  const quoted = words.slice(0, 3).map((w) => `'${w}'`);
  return quoted.length <= 1 ? quoted.join("") : `${quoted.slice(0, -1).join(", ")} or ${quoted[quoted.length - 1]}`;
}

function checkGroup(ctx: RuleContext, workspace: Workspace, units: ConfUnit[], names: Names, skipTransports: boolean, seen: Set<string>, missing = 0): void {
  for (const unit of units) {
    for (const section of unit.sections) {
      for (const check of referencesOf(unit, section, skipTransports)) {
        const text = workspace.document(check.option.uri)?.text;
        const items = valueItems(check.option, text, LIST_REFERENCE_KEYS.has(check.key)).filter((i) => i.text.length > 0);
        const resolves = (item: string) => names.types.get(item)?.has(check.to) === true || names.unsure.has(item);
        const anyResolves = items.some((i) => resolves(i.text));
        for (const item of items) {
          if (resolves(item.text) || item.text === check.default) continue;
          const id = `${check.option.uri}#${item.span.start}#${item.text}`;
          if (seen.has(id)) continue;
          seen.add(id);
          if (missing > 0) {
            // The object may be in the include we could not read: one note per name, however many sections use it.
            const noted = `${units[0].id}#${check.to}#${item.text}`;
            if (seen.has(noted)) continue;
            seen.add(noted);
            ctx.report({
              uri: check.option.uri,
              span: item.span,
              severity: "information",
              message: `${check.key} names '${item.text}', but none of the files checked defines a type=${check.to} object of that name; ${describeMissingIncludes(missing)} and may define it.`,
            });
            continue;
          }
          const others = [...(names.types.get(item.text) ?? [])];
          const exists = others.length > 0
            ? ` ([${item.text}] exists, but only as type=${others.join("/")})`
            : names.templates.has(item.text)
              ? ` ([${item.text}] is only a (!) template, which creates no object)`
              : "";
          const close = closeNames(item.text, namesOfType(names, check.to));
          const advice = close.length > 0
            ? `Did you mean ${quoteList(close)}?`
            : `Define a [${item.text}] section with type=${check.to}, or name an existing one.`;
          ctx.report({
            uri: check.option.uri,
            span: item.span,
            // Only requests sent to a bare SIP URI use the default outbound endpoint: likely wrong, not certain failure.
            severity: check.object === "global" ? "warning" : undefined,
            message: `${check.key} names '${item.text}', but there is no type=${check.to} object of that name${exists}: ${consequence(check.object, check.key, check.section.name, anyResolves)}. ${advice}`,
            // A chan_sip credential pasted here (`bob:pw@realm`) must not travel in the fix data.
            // A name the value cannot hold as written (a ',' splits the list, edge blanks or a BOM are trimmed) is no fix.
            data: close.length === 1 && item.exact && writable(close[0]) && secretsOf(check.key, check.option.node.value).length === 0 ? { name: item.text, replacement: close[0], preferred: editDistance(item.text.toLowerCase(), close[0].toLowerCase()) <= 1 } : undefined,
          });
        }
      }
    }
  }
}

/** True when a section name, written into a list value, is read back as that name. */
function writable(name: string): boolean {
  return name.length > 0 && name.trim() === name && !name.includes(",");
}

export const unresolvedReference: Rule = {
  code: "peer/unresolved-reference",
  area: "peer",
  severity: "error",
  summary: "A PJSIP option that names other objects (aors, auth, outbound_auth, transport, identify's endpoint ...) names one that no section of the right type defines; Asterisk cannot resolve it when it needs it.",
  workspaceReads: ["pjsip", "pjsip_wizard"],
  checkWorkspace(workspace, ctx) {
    const groups = loadGroups(workspace).filter((g) => g.units.every((u) => u.dialect === "pjsip"));
    if (groups.length === 0) return;
    const pjsipUnits = workspace.units().filter((u) => u.dialect === "pjsip");
    const wizardNames = emptyNames();
    addWizardObjects(wizardNames, workspace);
    const seen = new Set<string>();
    const namesOf = (sections: { unit: ConfUnit; section: PlacedSection }[]) => {
      const names = emptyNames();
      for (const [name, types] of wizardNames.types) for (const type of types) addName(names, name, type);
      addSections(names, sections);
      return names;
    };
    // A carrier unit or a fragment read alone: the pjsip.conf that loads it is elsewhere, so the objects of every pjsip
    // file here may be loaded with it (the same names for each such group: worked out once). Transports normally live
    // in the main pjsip.conf.
    let everywhere: Names | undefined;
    const anyHidden = pjsipUnits.some(hasHiddenContent);
    const skipTransportsAlone = !pjsipUnits.some((u) => u.isMainFile && !isVicidialUnit(u));
    for (const group of groups) {
      const carriers = group.units.some((u) => isVicidialUnit(u));
      const main = group.units.find((u) => !isVicidialUnit(u) && u.isMainFile);
      // A pjsip.conf including VICIdial's generated file, with none of the carriers here: objects may come from them.
      if (!carriers && group.units.some(includesGenerated)) continue;
      if (group.units.some(hasHiddenContent)) {
        if (main) checkGroup(ctx, workspace, group.units, namesOf(group.sections), false, seen, Math.max(1, missingIncludeCount(group.units)));
        continue;
      }
      if (main) {
        checkGroup(ctx, workspace, group.units, namesOf(group.sections), false, seen);
        continue;
      }
      if (anyHidden) continue;
      everywhere ??= namesOf(pjsipUnits.flatMap((unit) => unit.sections.map((section) => ({ unit, section }))));
      checkGroup(ctx, workspace, group.units, everywhere, skipTransportsAlone, seen);
    }
  },
  fix(finding, ctx) {
    const name = finding.data?.name;
    const replacement = finding.data?.replacement;
    if (typeof name !== "string" || typeof replacement !== "string") return [];
    if (ctx.textOf(finding.uri)?.slice(finding.span.start, finding.span.end) !== name) return [];
    // Two letters apart (transport-udp / transport-tcp) may be a different object on purpose: offered, not preferred.
    return [{ title: `Change to '${replacement}'`, isPreferred: finding.data?.preferred === true, edits: [replace(finding.uri, finding.span, replacement)] }];
  },
};
