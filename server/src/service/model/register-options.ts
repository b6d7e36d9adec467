// The register lines of a unit as chan_sip / chan_iax2 read them: which lines are register lines, which grammar
// applies, the parse cache, which [general] counts, and the groups of units that end up in one driver configuration.
// Shared by the register and auth rules, the security audit and the register hover.
import type { Assignment } from "../parse/conf-syntax";
import type { Dialect } from "./file-kind";
import type { ConfUnit, PlacedOption, PlacedSection } from "./units";
import { effectiveOptions, generatedIncludeOf, isVicidialUnit } from "./units";
import type { Workspace } from "./workspace";
import { parseRegisterValue, type RegisterGrammar, type RegisterLine, type RegisterPart } from "./register-line";
import { MASK } from "../text/secret-masker";
import { peekUnitFact, positionFree, sectionFact, unitFact } from "./unit-facts";
import { keptList, previousBuild, sectionShares } from "./section-lists";
import { sameItems } from "../util/lists";
import { PlacedMemo } from "../util/placed-memo";
import { sectionsNamedGeneral } from "./general-sections";

export function isRegisterKey(key: string): boolean {
  return key.trim().toLowerCase() === "register";
}

/** The register grammar a unit's dialect implies: chan_iax2 for iax, chan_sip for sip and unknown conf files. */
export function grammarOf(dialect: Dialect): RegisterGrammar | undefined {
  if (dialect === "iax") return "iax";
  if (dialect === "sip" || dialect === "generic") return "sip";
  return undefined;
}

/** Parsed values by grammar; they hold the node's offsets (see PlacedMemo). */
const cache = new PlacedMemo<Assignment, Map<RegisterGrammar, RegisterLine>>();

/** The parsed value of a register line (cached per node and grammar while the node has not moved). */
export function parseNode(node: Assignment, grammar: RegisterGrammar, text?: string): RegisterLine {
  let byGrammar = cache.get(node);
  if (!byGrammar) cache.set(node, (byGrammar = new Map()));
  let parsed = byGrammar.get(grammar);
  if (!parsed) {
    // Offsets are only exact when the value Asterisk sees is the raw text (no `\;` escapes or inner comments).
    const raw = text?.slice(node.valueSpan.start, node.valueSpan.end);
    // The IAX2 reading marks what chan_sip would read a password from: the chan_sip reading kept here spares a parse.
    const sipReading = grammar === "iax" && raw === node.value ? byGrammar.get("sip") : undefined;
    parsed = parseRegisterValue(grammar, raw === node.value ? raw : node.value, node.valueSpan.start, sipReading);
    if (raw !== node.value) parsed = clampSpans(parsed, node);
    byGrammar.set(grammar, parsed);
  }
  return parsed;
}

function clampSpans(line: RegisterLine, node: Assignment): RegisterLine {
  const clamp = (s: { start: number; end: number }) => ({
    start: Math.min(Math.max(s.start, node.valueSpan.start), node.valueSpan.end),
    end: Math.min(Math.max(s.end, node.valueSpan.start), node.valueSpan.end),
  });
  for (const p of line.parts) p.span = clamp(p.span);
  for (const p of line.problems) p.span = clamp(p.span);
  return line;
}

export interface RegisterOption {
  option: PlacedOption;
  grammar: RegisterGrammar;
  line: RegisterLine;
}

/**
 * Every `register` line placed in a unit whose driver reads register lines, parsed: the previous build's list object
 * while it holds the very same lines (see `keptList`).
 */
export function registerOptions(unit: ConfUnit, workspace: Workspace): readonly RegisterOption[] {
  return unitFact(unit, REGISTER_OPTIONS, (u) => keptList(u, REGISTER_OPTIONS, findRegisterOptions(u, workspace)));
}

/**
 * A unit is rebuilt whenever one of its documents changes, so its register lines are found once. The workspace is
 * only asked for the text of the unit's own documents, which stays the same as long as the unit object does.
 */
const REGISTER_OPTIONS = {};
const SECTION_REGISTER_OPTIONS = positionFree({});

/**
 * What a unit's register list was made of: its sections' register lines (the shares list), where those sections'
 * lines were then (their `placed` tokens), and the register lines before any section.
 */
interface RegisterListBuild {
  grammar: RegisterGrammar;
  shares: readonly PlacedOption[][];
  placed: (object | undefined)[];
  orphans: readonly RegisterOption[];
  list: readonly RegisterOption[];
}

const REGISTER_LIST_BUILD = {};

/**
 * The unit's register lines in unit order: the orphans', then each section's (a share kept with the section). A
 * rebuilt unit whose register sections are the previous build's, none of them moved, takes the previous list as it
 * is: sip.conf's [general] may hold thousands of register lines, and an edit elsewhere in the unit changes none.
 */
function findRegisterOptions(unit: ConfUnit, workspace: Workspace): readonly RegisterOption[] {
  const grammar = grammarOf(unit.dialect);
  if (!grammar) return [];
  const orphans: RegisterOption[] = [];
  for (const option of unit.orphans) if (isRegisterLine(option)) orphans.push(registerOption(option, grammar, workspace));
  const shares = sectionShares(unit, SECTION_REGISTER_OPTIONS, sectionRegisterLines, "own");
  const previous = previousBuild(unit);
  const before = previous && peekUnitFact<RegisterListBuild>(previous, REGISTER_LIST_BUILD);
  const placed = shares.map((share) => share[0].section!.placed);
  let list: readonly RegisterOption[];
  if (before && before.grammar === grammar && before.shares === shares && sameItems(before.placed, placed) && sameItems(before.orphans, orphans)) list = before.list;
  else {
    const result = [...orphans];
    for (const found of shares) for (const option of found) result.push(registerOption(option, grammar, workspace));
    list = result;
  }
  unitFact(unit, REGISTER_LIST_BUILD, (): RegisterListBuild => ({ grammar, shares, placed, orphans, list }));
  return list;
}

/** A section's own register lines (undefined when it has none): options only, so kept when the lines move. */
function sectionRegisterLines(_unit: ConfUnit, section: PlacedSection): PlacedOption[] | undefined {
  let found: PlacedOption[] | undefined;
  for (const option of section.options) if (isRegisterLine(option)) (found ??= []).push(option);
  return found;
}

/** A `register` line (key trimmed, any case); the cheap length test first, as most keys are not it. */
function isRegisterLine(option: PlacedOption): boolean {
  const raw = option.node.key;
  return raw.length >= 8 && isRegisterKey(raw);
}

/** Each placed register line's parsed form, the same object while the line is where it was (see PlacedMemo). */
const registerOptionsByLine = new PlacedMemo<PlacedOption, RegisterOption>((option) => option.node.line.start);

function registerOption(option: PlacedOption, grammar: RegisterGrammar, workspace: Workspace): RegisterOption {
  const known = registerOptionsByLine.get(option);
  if (known && known.grammar === grammar) return known;
  const register = { option, grammar, line: parseNode(option.node, grammar, workspace.document(option.uri)?.text) };
  registerOptionsByLine.set(option, register);
  return register;
}

/**
 * The sections chan_sip / chan_iax2 read register lines from: the first category named `general`
 * (case-insensitive) plus later `[general](+)` additions to it.
 */
export function generalSections(unit: ConfUnit): Set<PlacedSection> {
  return unitFact(unit, GENERAL_SECTIONS, findGeneralSections);
}

/** Units are immutable once built, so their [general] sections are worked out once. */
const GENERAL_SECTIONS = {};

function findGeneralSections(unit: ConfUnit): Set<PlacedSection> {
  const result = new Set<PlacedSection>();
  for (const section of sectionsNamedGeneral(unit)) {
    if (result.size === 0) result.add(section);
    else if (section.header?.isAppend) result.add(section);
  }
  return result;
}

/** True when the line sits where the driver reads it. Orphans (before any section) count only in VICIdial units. */
export function isEffective(option: PlacedOption, unit: ConfUnit): boolean {
  return option.section !== undefined && generalSections(unit).has(option.section);
}


/**
 * Units whose lines end up in one chan_sip or chan_iax2 configuration: a main sip.conf / iax.conf that
 * `#include`s VICIdial's generated file, together with the unit rebuilt from the carriers; any other unit alone.
 */
export interface DriverConfig {
  grammar: RegisterGrammar;
  /** The hand-written main file, when there is one. */
  main?: ConfUnit;
  units: ConfUnit[];
}

const DRIVER_CONFIGS = {};

/** The chan_sip / chan_iax2 configurations of the workspace (worked out once per change of the documents). */
export function driverConfigs(workspace: Workspace): DriverConfig[] {
  return workspace.memo(DRIVER_CONFIGS, () => findDriverConfigs(workspace));
}

function findDriverConfigs(workspace: Workspace): DriverConfig[] {
  const units = workspace.units();
  const configs: DriverConfig[] = [];
  const attached = new Set<ConfUnit>();
  for (const unit of units) {
    const grammar = grammarOf(unit.dialect);
    if (!grammar || isVicidialUnit(unit)) continue;
    const config: DriverConfig = { grammar, units: [unit], main: unit.isMainFile ? unit : undefined };
    if (unit.isMainFile && (unit.dialect === "sip" || unit.dialect === "iax")) {
      const includes = generatedIncludeOf(unit) !== undefined;
      const generated = units.find((u) => u.id === `vicidial:${unit.dialect}`);
      if (includes && generated && !attached.has(generated)) {
        config.units.push(generated);
        attached.add(generated);
      }
    }
    configs.push(config);
  }
  for (const unit of units) {
    const grammar = grammarOf(unit.dialect);
    if (grammar && isVicidialUnit(unit) && !attached.has(unit)) configs.push({ grammar, units: [unit] });
  }
  return configs;
}

/**
 * What a check of a configuration's register lines reads of its units, as objects that keep their identity across
 * rebuilds while unchanged (see rules/kept-reports.ts): each unit's register lines and its [general] sections.
 */
export function registerInputs(config: DriverConfig, workspace: Workspace): unknown[] {
  const inputs: unknown[] = [];
  for (const unit of config.units) {
    inputs.push(unit.id, registerOptions(unit, workspace));
    for (const general of generalSections(unit)) inputs.push(general);
  }
  return inputs;
}

/** The last value of an option (`key` in lower case) in the effective [general] of a unit. */
export function generalValue(unit: ConfUnit, key: string): string | undefined {
  return generalOption(unit, key)?.node.value;
}

/** The last `key=` (lower case) of a unit's effective [general]. */
export function generalOption(unit: ConfUnit, key: string): PlacedOption | undefined {
  let found: PlacedOption | undefined;
  for (const section of generalSections(unit)) found = lastOptions(unit, section).get(key) ?? found;
  return found;
}

const LAST_OPTIONS = positionFree({});

/**
 * The last effective option of each key (trimmed, lower case) of a section: a section fact, so a [general] of
 * thousands of register lines is read once, not on every edit elsewhere in its unit.
 */
function lastOptions(unit: ConfUnit, section: PlacedSection): Map<string, PlacedOption> {
  return sectionFact(unit, LAST_OPTIONS, section, findLastOptions, "inherited");
}

function findLastOptions(unit: ConfUnit, section: PlacedSection): Map<string, PlacedOption> {
  const last = new Map<string, PlacedOption>();
  for (const option of effectiveOptions(unit, section)) last.set(option.node.key.trim().toLowerCase(), option);
  return last;
}

/** A part for a hover table cell. */
export function displayPart(p: RegisterPart): string {
  return p.sensitive ? MASK : p.value;
}
