// The dialplan as pbx_config builds it from a unit of dialect `extensions`: contexts (same-named sections merged),
// extensions (names and patterns Asterisk treats as one merged), and their steps with priorities resolved the way
// Asterisk does it (`n` = previous line + 1 whatever its extension, `s` = same, `+N`, labels, resets per section).
// Also: globals (every [globals] section), includes, and the workspace-wide index that ties the units of one
// server together (extensions.conf + VICIdial's generated extensions-vicidial.conf) and lists the peers.
import { parseDialplanLine, type DialplanLine, type Token } from "../parse/dialplan-syntax";
import { addTo } from "../util/multimap";
import type { Span } from "../text/span";
import type { ConfUnit, PlacedOption, PlacedSection, SourceField } from "./units";
import { effectiveValue, missingIncludeCount } from "./units";
import type { Workspace } from "./workspace";
import { commonExample, compareExtensions, matchesExtension, parseExtension, type ParsedExtension } from "./extension-pattern";
import { PatternIndex } from "./pattern-index";

export type DropReason =
  | "no-previous-exten"
  | "next-on-first"
  | "same-on-first"
  | "label-unclosed"
  | "invalid-priority"
  | "unknown-label"
  | "duplicate-priority"
  | "empty-extension"
  | "missing-priority";

export interface DialplanStep {
  uri: string;
  option: PlacedOption;
  line: DialplanLine;
  context: DialplanContext;
  /** Extension name as Asterisk keys it (blanks removed; `same` lines: the previous exten's). */
  extensionText: string;
  /** Span of the extension name on this line (`exten` lines only). */
  extensionSpan?: Span;
  cid?: string;
  /** Registered extension (undefined when the line is dropped). */
  extension?: DialplanExtension;
  /** Resolved priority (undefined when it cannot be resolved). */
  priority?: number;
  isHint: boolean;
  label?: Token;
  /** Application name as written (may be empty). */
  application: string;
  args: Token[];
  dropped?: DropReason;
  /** For `duplicate-priority`: the step that holds the priority. */
  conflictsWith?: DialplanStep;
  field?: SourceField;
  carrierId?: string;
  /** First step of a carrier's dialplan entry (its `n`/`same` continue VICIdial's generated lines). */
  firstOfCarrierEntry?: boolean;
}

export interface DialplanExtension {
  context: DialplanContext;
  name: string;
  cid?: string;
  parsed: ParsedExtension;
  /** Registered steps sorted by priority (hints excluded). */
  steps: DialplanStep[];
  byPriority: Map<number, DialplanStep>;
  labels: Map<string, DialplanStep>;
  /** Every line that names this extension, in file order (dropped ones included). */
  lines: DialplanStep[];
}

export interface DialplanInclude {
  name: string;
  span: Span;
  uri: string;
  option: PlacedOption;
  context: DialplanContext;
}

export interface DialplanContext {
  name: string;
  dialplan: Dialplan;
  sections: PlacedSection[];
  extensions: DialplanExtension[];
  includes: DialplanInclude[];
  /** Every exten/same line of the context in file order (dropped ones included). */
  steps: DialplanStep[];
  /** Other keys (include, switch, ignorepat, unknown) with their options. */
  otherOptions: PlacedOption[];
}

export interface GlobalDefinition {
  name: string;
  value: string;
  uri: string;
  option: PlacedOption;
  nameSpan: Span;
  valueSpan: Span;
  unit: ConfUnit;
  field?: SourceField;
  carrierId?: string;
}

export interface Dialplan {
  unit: ConfUnit;
  contexts: Map<string, DialplanContext>;
  globals: GlobalDefinition[];
  steps: DialplanStep[];
}

const cache = new WeakMap<ConfUnit, Dialplan>();

export function isExtensionsUnit(unit: ConfUnit): boolean {
  return unit.dialect === "extensions";
}

/** The dialplan of one extensions unit (cached per unit object). */
export function dialplanOf(unit: ConfUnit, textOf: (uri: string) => string | undefined): Dialplan {
  const hit = cache.get(unit);
  if (hit) return hit;
  const dialplan = buildDialplan(unit, textOf);
  cache.set(unit, dialplan);
  return dialplan;
}

function buildDialplan(unit: ConfUnit, textOf: (uri: string) => string | undefined): Dialplan {
  const dialplan: Dialplan = { unit, contexts: new Map(), globals: [], steps: [] };
  for (const section of unit.sections) {
    const lower = section.name.toLowerCase();
    if (section.header?.isTemplate) continue;
    if (lower === "general") continue;
    if (lower === "globals") {
      for (const option of section.options) {
        const key = option.node.key.trim();
        if (key.length === 0) continue;
        dialplan.globals.push({
          name: key,
          value: option.node.value,
          uri: option.uri,
          option,
          nameSpan: option.node.keySpan,
          valueSpan: option.node.valueSpan,
          unit,
          field: option.field,
          carrierId: option.carrierId,
        });
      }
      continue;
    }
    let context = dialplan.contexts.get(section.name);
    if (!context) {
      context = { name: section.name, dialplan, sections: [], extensions: [], includes: [], steps: [], otherOptions: [] };
      dialplan.contexts.set(section.name, context);
    }
    context.sections.push(section);
    addSection(context, section, textOf, unit);
  }
  return dialplan;
}

/** What VICIdial writes into [vicidial-auto-external] before the carriers' entries (`h`, dial-around lines). */
function isGeneratedExternal(section: PlacedSection, unit: ConfUnit): boolean {
  return unit.id === "vicidial:extensions" && section.header === undefined && section.name === "vicidial-auto-external";
}

function addSection(context: DialplanContext, section: PlacedSection, textOf: (uri: string) => string | undefined, unit: ConfUnit): void {
  let lastExtension = "";
  let lastPriority = -2;
  if (isGeneratedExternal(section, unit)) {
    lastExtension = "h";
    lastPriority = 1;
  }
  let previousCarrier: string | undefined;
  for (const option of section.options) {
    const key = option.node.key.toLowerCase();
    const text = textOf(option.uri);
    if (text === undefined) continue;
    const isSame = key.startsWith("same");
    if (key !== "exten" && !isSame) {
      if (key === "include") {
        const name = option.node.value.split(",")[0].trim();
        if (name.length > 0) {
          const start = option.node.valueSpan.start + option.node.value.indexOf(name);
          context.includes.push({ name, span: { start, end: start + name.length }, uri: option.uri, option, context });
        }
      }
      context.otherOptions.push(option);
      continue;
    }
    // `same` with other spelling (`Same`, `same `) is read as `same`; the copy is made only then (spreads are slow).
    const line = parseDialplanLine(isSame && option.node.key !== "same" ? { ...option.node, key: "same" } : option.node, text);
    const step: DialplanStep = {
      uri: option.uri,
      option,
      line,
      context,
      extensionText: "",
      isHint: false,
      label: line.priority?.label,
      application: line.application?.text ?? "",
      args: line.arguments,
      field: option.field,
      carrierId: option.carrierId,
    };
    if (option.carrierId !== undefined && option.field === "dialplan_entry" && option.carrierId !== previousCarrier) {
      step.firstOfCarrierEntry = true;
    }
    previousCarrier = option.carrierId;
    context.steps.push(step);
    context.dialplan.steps.push(step);
    if (isSame) {
      if (lastExtension.length === 0) {
        step.dropped = "no-previous-exten";
        continue;
      }
      step.extensionText = lastExtension;
      step.extensionSpan = undefined;
    } else {
      const written = line.extension?.text ?? "";
      step.extensionText = written.replace(/\s+/g, "");
      step.extensionSpan = line.extension?.span;
      step.cid = line.callerId?.text;
      lastExtension = step.extensionText + (step.cid !== undefined ? "/" + step.cid : "");
    }
    if (isSame && lastExtension.includes("/")) {
      const slash = lastExtension.indexOf("/");
      step.cid = lastExtension.slice(slash + 1);
      step.extensionText = lastExtension.slice(0, slash);
    }
    const priority = line.priority;
    if (!priority || priority.text.length === 0 && !priority.label) {
      step.dropped = "missing-priority";
      continue;
    }
    if (priority.labelUnclosed) {
      step.dropped = "label-unclosed";
      continue;
    }
    let value: number | undefined;
    switch (priority.kind) {
      case "hint":
        step.isHint = true;
        value = -1;
        break;
      case "next":
        if (lastPriority > -2) value = lastPriority + 1;
        else step.dropped = "next-on-first";
        break;
      case "same":
        if (lastPriority > -2) value = lastPriority;
        else step.dropped = "same-on-first";
        break;
      case "number":
        value = priority.value;
        break;
      case "label": {
        const ext = findExtension(context, step.extensionText, step.cid);
        const target = ext?.labels.get(priority.text.replace(/\+\d+$/, ""));
        if (target?.priority !== undefined) value = target.priority;
        else step.dropped = "unknown-label";
        break;
      }
      default:
        step.dropped = "invalid-priority";
    }
    if (step.dropped) continue;
    if (value === undefined) continue;
    if (!step.isHint && priority.plus !== undefined) value += priority.plus;
    if (!step.isHint && value < 1) {
      step.dropped = "invalid-priority";
      continue;
    }
    step.priority = value;
    lastPriority = value;
    if (step.extensionText.length === 0) {
      step.dropped = "empty-extension";
      continue;
    }
    register(context, step);
  }
}

const extensionKeys = new WeakMap<DialplanContext, Map<string, DialplanExtension>>();

function keyOf(name: string, cid: string | undefined): string {
  const key = parseExtension(name).key;
  return cid === undefined ? key : key + "\u0000" + cid;
}

/** The extension a step of a context registered last: the next `same =>` line almost always names it again. */
const lastRegistered = new WeakMap<DialplanContext, DialplanExtension>();

function findExtension(context: DialplanContext, name: string, cid: string | undefined): DialplanExtension | undefined {
  const last = lastRegistered.get(context);
  // The same written name and caller id is the same extension: no key to build.
  if (last && last.name === name && last.cid === cid) return last;
  return extensionKeys.get(context)?.get(keyOf(name, cid));
}

function register(context: DialplanContext, step: DialplanStep): void {
  let ext = findExtension(context, step.extensionText, step.cid);
  if (!ext) {
    ext = { context, name: step.extensionText, cid: step.cid, parsed: parseExtension(step.extensionText), steps: [], byPriority: new Map(), labels: new Map(), lines: [] };
    context.extensions.push(ext);
    let keys = extensionKeys.get(context);
    if (!keys) extensionKeys.set(context, (keys = new Map()));
    keys.set(keyOf(step.extensionText, step.cid), ext);
  }
  lastRegistered.set(context, ext);
  ext.lines.push(step);
  if (step.isHint) return;
  const priority = step.priority!;
  const holder = ext.byPriority.get(priority);
  if (holder) {
    step.dropped = "duplicate-priority";
    step.conflictsWith = holder;
    return;
  }
  step.extension = ext;
  ext.byPriority.set(priority, step);
  const last = ext.steps[ext.steps.length - 1];
  ext.steps.push(step);
  if (last && last.priority! > priority) ext.steps.sort((a, b) => a.priority! - b.priority!);
  const label = step.label?.text;
  if (label && !ext.labels.has(label)) ext.labels.set(label, step);
}

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
    if (other === ext || !other.byPriority.has(priority)) continue;
    if (other.cid !== undefined && other.cid !== ext.cid) continue;
    if (commonExample(ext.parsed, other.parsed) !== undefined) return other;
  }
  return undefined;
}

/** The extension Asterisk runs `priority` of for `dialed` in one context (the best match that has it), if any. */
export function extensionWithPriority(context: DialplanContext, dialed: string, priority: number): DialplanExtension | undefined {
  const matching = context.extensions.filter((e) => e.cid === undefined && e.byPriority.has(priority) && matchesExtension(e.name, dialed));
  return sortedExtensions(matching)[0];
}

/** Extensions of a context in the order Asterisk tries them (exact names first, then patterns by specificity). */
export function sortedExtensions(extensions: DialplanExtension[]): DialplanExtension[] {
  return [...extensions].sort((a, b) => compareExtensions(a.name, b.name));
}

// ---- Peers -----------------------------------------------------------------------------------------------------

export type PeerTechnology = "SIP" | "IAX2" | "PJSIP";

export interface PeerDefinition {
  tech: PeerTechnology;
  name: string;
  uri: string;
  span: Span;
  section: PlacedSection;
  unit: ConfUnit;
}

function technologyOf(unit: ConfUnit): PeerTechnology | undefined {
  return unit.dialect === "sip" ? "SIP" : unit.dialect === "iax" ? "IAX2" : unit.dialect === "pjsip" || unit.dialect === "pjsip_wizard" ? "PJSIP" : undefined;
}

function peersOf(unit: ConfUnit): PeerDefinition[] {
  const result: PeerDefinition[] = [];
  const tech = technologyOf(unit);
  if (!tech) return result;
  for (const section of unit.sections) {
    if (section.header?.isTemplate) continue;
    const lower = section.name.toLowerCase();
    if (lower === "general" || lower === "authentication" || section.name.length === 0) continue;
    if (tech === "PJSIP") {
      const type = effectiveValue(unit, section, "type")?.toLowerCase();
      if (type !== "endpoint" && type !== "wizard") continue;
    }
    const span = section.header?.nameSpan ?? section.options[0]?.node.keySpan;
    if (!span) continue;
    result.push({ tech, name: section.name, uri: section.uri, span, section, unit });
  }
  return result;
}


// ---- The workspace index ---------------------------------------------------------------------------------------

export interface DialplanIndex {
  dialplans: Dialplan[];
  /** Dialplans loaded together with `dialplan` (itself first). */
  groupOf(dialplan: Dialplan): Dialplan[];
  /** True when the group holds a main extensions.conf, so every context the server has is in sight. */
  isClosed(dialplan: Dialplan): boolean;
  /** Same-named contexts of the group, merged in load order. */
  contexts(from: Dialplan, name: string): DialplanContext[];
  /** Every global of the workspace, in order. */
  globals: GlobalDefinition[];
  globalsNamed(name: string): GlobalDefinition[];
  /** A global's value as the server of `from` sees it: the last definition in its group, else the last anywhere. */
  globalValue(from: Dialplan | undefined, name: string): string | undefined;
  peers: PeerDefinition[];
  peersOf(tech: PeerTechnology): PeerDefinition[];
  dialplanOfUnit(unit: ConfUnit): Dialplan | undefined;
  /** Includes of the group's units that found no file (see `ConfUnit.missingIncludes`): what they hold is unknown. */
  missingIncludes(dialplan: Dialplan): number;
  /** The same for the conf units that define peers of a technology (sip.conf and friends, iax.conf, pjsip.conf). */
  peerMissingIncludes(tech: PeerTechnology): number;
  /** Whether the main file of a technology (sip.conf, iax.conf, pjsip.conf) is in the workspace, not only fragments. */
  hasMainPeerFile(tech: PeerTechnology): boolean;
}

const DIALPLAN_INDEX = {};

/** The workspace's dialplan index, built once per change of the documents. */
export function dialplanIndex(workspace: Workspace): DialplanIndex {
  return workspace.memo(DIALPLAN_INDEX, () => buildIndex(workspace.units(), (uri) => workspace.document(uri)?.text));
}

function includesGenerated(unit: ConfUnit): boolean {
  return unit.directives.some((d) => d.target === "generated" && /extensions-vicidial\.conf/i.test(d.node.argument));
}

function buildIndex(units: ConfUnit[], textOf: (uri: string) => string | undefined): DialplanIndex {
  const dialplans = units.filter(isExtensionsUnit).map((u) => dialplanOf(u, textOf));
  const generated = dialplans.find((d) => d.unit.id === "vicidial:extensions");
  const mains = dialplans.filter((d) => d.unit.isMainFile);
  const groups = new Map<Dialplan, Dialplan[][]>();
  const addGroup = (group: Dialplan[]) => {
    for (const member of group) addTo(groups, member, group);
  };
  let generatedJoined = false;
  for (const main of mains) {
    if (generated && includesGenerated(main.unit)) {
      addGroup([main, generated]);
      generatedJoined = true;
    } else addGroup([main]);
  }
  for (const d of dialplans) {
    if (d.unit.isMainFile) continue;
    if (d === generated && generatedJoined) continue;
    addGroup([d]);
  }
  const peers = units.flatMap(peersOf);
  const globals = dialplans.flatMap((d) => d.globals);
  const byName = new Map<string, GlobalDefinition[]>();
  for (const g of globals) addTo(byName, g.name, g);
  const unitMap = new Map(dialplans.map((d) => [d.unit, d]));
  const groupUnits = new Map<Dialplan, Set<ConfUnit>>();
  const groupUnitsOf = (dialplan: Dialplan): Set<ConfUnit> => {
    let units = groupUnits.get(dialplan);
    if (!units) groupUnits.set(dialplan, (units = new Set(groupOf(dialplan).map((d) => d.unit))));
    return units;
  };
  const groupOf = (dialplan: Dialplan): Dialplan[] => {
    const result: Dialplan[] = [dialplan];
    for (const group of groups.get(dialplan) ?? []) for (const member of group) if (!result.includes(member)) result.push(member);
    return result;
  };
  return {
    dialplans,
    groupOf,
    isClosed: (dialplan) => groupOf(dialplan).some((d) => d.unit.isMainFile),
    contexts: (from, name) => groupOf(from).flatMap((d) => (d.contexts.has(name) ? [d.contexts.get(name)!] : [])),
    globals,
    globalsNamed: (name) => byName.get(name) ?? [],
    globalValue: (from, name) => {
      const defs = byName.get(name) ?? [];
      const group = from ? groupUnitsOf(from) : undefined;
      return ((group ? defs.filter((d) => group.has(d.unit)).at(-1) : undefined) ?? defs.at(-1))?.value;
    },
    peers,
    peersOf: (tech) => peers.filter((p) => p.tech === tech),
    dialplanOfUnit: (unit) => unitMap.get(unit),
    missingIncludes: (dialplan) => missingIncludeCount(groupUnitsOf(dialplan)),
    peerMissingIncludes: (tech) => missingIncludeCount(units.filter((u) => technologyOf(u) === tech)),
    hasMainPeerFile: (tech) => units.some((u) => technologyOf(u) === tech && u.isMainFile),
  };
}

/** Contexts Asterisk or VICIdial create at run time or in generated files: never "missing". */
export function isRuntimeContext(name: string): boolean {
  return /^vicidial-auto/i.test(name) || name === "parkedcalls" || /^park-/i.test(name);
}

// ---- Lookups shared by rules, route and navigation -------------------------------------------------------------

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
export function findMatch(index: DialplanIndex, from: Dialplan, name: string, dialed: string, seen: Set<string> = new Set()): ExtensionMatch | undefined {
  if (seen.has(name)) return undefined;
  seen.add(name);
  const contexts = index.contexts(from, name);
  if (contexts.length === 0 && name === "vicidial-auto") {
    // VICIdial's generated [vicidial-auto] includes -internal, -phones and -external; only -external is rebuilt here.
    const found = findMatch(index, from, "vicidial-auto-external", dialed, seen);
    return found ? { ...found, via: [name, ...found.via] } : undefined;
  }
  const candidates = sortedExtensions(contexts.flatMap((c) => c.extensions.filter((e) => e.cid === undefined && e.steps.length > 0)));
  for (const extension of candidates) {
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

/** Every option line of a dialplan that is a step (for features walking lines). */
export function stepAt(index: DialplanIndex, uri: string, offset: number): DialplanStep | undefined {
  for (const d of index.dialplans) {
    for (const step of d.steps) {
      if (step.uri === uri && offset >= step.option.node.line.start && offset <= step.option.node.line.end) return step;
    }
  }
  return undefined;
}
