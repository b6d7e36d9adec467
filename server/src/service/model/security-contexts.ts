// The context a call from a peer runs in, for the security audit: the peer's own (or inherited) context=, worked
// out once per unit, else (chan_sip, IAX2) the [general] context= of its driver configuration's main file, which may
// be another unit's (VICIdial's generated sip-vicidial.conf uses sip.conf's), else `default`.
import { effectiveValue, lastEffectiveOption, type ConfUnit, type PlacedOption, type PlacedSection } from "./units";
import type { Workspace } from "./workspace";
import { driverConfigs, generalOption } from "./register-options";
import { positionFree, sectionFact, unitFact } from "./unit-facts";

/** The context a peer's calls run in, and where that comes from. */
export interface FoundContext {
  context: string;
  option?: PlacedOption;
  origin: string;
}

const DEFAULT_CONTEXT: FoundContext = { context: "default", origin: "no context=, so 'default'" };

const OWN_CONTEXTS = positionFree({});

/** A peer's own (or inherited) non-empty context= (`endpoint/context=` for a wizard); a section fact. */
export function ownContextOf(unit: ConfUnit, section: PlacedSection): FoundContext | undefined {
  return sectionFact(unit, OWN_CONTEXTS, section, findOwnContext, "inherited");
}

function findOwnContext(unit: ConfUnit, section: PlacedSection): FoundContext | undefined {
  const key = effectiveValue(unit, section, "type")?.trim().toLowerCase() === "wizard" ? "endpoint/context" : "context";
  const own = lastEffectiveOption(unit, section, key);
  return own && own.node.value.trim().length > 0 ? { context: own.node.value.trim(), option: own, origin: `${key}=` } : undefined;
}

/**
 * For every peer of the workspace, the context its calls run in: its own (or inherited) context=, else (chan_sip,
 * IAX2) the [general] context= of its driver configuration's main file, else `default`. The [general] each unit falls
 * back to is looked up once per finder: make one per audit.
 */
export function contextFinder(workspace: Workspace): ContextFinder {
  const withOwn = fallbackContextFinder(workspace);
  return (unit, section, tech) => withOwn(unit, ownContextOf(unit, section), tech);
}

export type ContextFinder = (unit: ConfUnit, section: PlacedSection, tech: string) => FoundContext;

/** The context of a peer of `unit` whose own context= (`ownContextOf`) is `own`: that, else as `contextFinder` says. */
export type FallbackContextFinder = (unit: ConfUnit, own: FoundContext | undefined, tech: string) => FoundContext;

/** A `contextFinder` for callers that hold the peer's own context already (the [general] one is looked up once per unit). */
export function fallbackContextFinder(workspace: Workspace): FallbackContextFinder {
  const generalOf = generalContextFinder(workspace);
  return (unit, own, tech) => own ?? (tech === "SIP" || tech === "IAX2" ? generalOf(unit) : undefined) ?? DEFAULT_CONTEXT;
}

/** The [general] context= each chan_sip / IAX2 unit falls back to, looked up once per unit. */
function generalContextFinder(workspace: Workspace): (unit: ConfUnit) => FoundContext | undefined {
  const known = new Map<ConfUnit, FoundContext | undefined>();
  return (unit) => {
    if (!known.has(unit)) known.set(unit, generalContext(workspace, unit));
    return known.get(unit);
  };
}

function generalContext(workspace: Workspace, unit: ConfUnit): FoundContext | undefined {
  for (const config of driverConfigs(workspace)) {
    if (!config.units.includes(unit)) continue;
    const option = generalContextOption(config.main ?? unit);
    return option && option.node.value.trim().length > 0 ? { context: option.node.value.trim(), option, origin: "[general] context=" } : undefined;
  }
  return undefined;
}

const GENERAL_CONTEXT = {};

/** The last `context=` of a unit's effective [general] (once per unit). */
function generalContextOption(unit: ConfUnit): PlacedOption | undefined {
  return unitFact(unit, GENERAL_CONTEXT, () => generalOption(unit, "context"));
}

