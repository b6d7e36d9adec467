// The security audit of a workspace, worked out once per change and shared by the `security` rules, the hover and
// `vicidial-lint audit`: the ways a call gets in without a password (chan_sip guests, PJSIP anonymous, IAX2 users
// without a secret, chan_sip peers that need no secret), the outbound trunks (carriers), the inbound contexts of the
// carriers, and for each what the dialplan lets the call reach (model/reachability.ts). Entries, carriers and their
// own contexts are joined from facts cached per section and unit, so after an edit only the edited sections' share is
// worked out again; what spans units (register lines, the dialplan and what it reaches) is looked up in the join. The
// carriers' inbound sides are made only when asked (dial-through asks only for those whose context reaches a Dial).
import { dialplanIndex, isExtensionsUnit } from "./dialplan";
import { carrierDials, keptReachFrom, serverContextSource, type CarrierRef, type ContextSource, type DialSite, type KeptReach, type Reach } from "./reachability";
import type { ConfUnit, PlacedOption, PlacedSection } from "./units";
import type { Workspace } from "./workspace";
import { carrierFinder, carrierKey, carrierSections, unitPeerKeys, type UnitCarriers } from "./security-carriers";
import { contextFinder, fallbackContextFinder } from "./security-contexts";
import { findEntries, type AuditUnknown, type EntryPoint } from "./security-entries";
import { skippedInput, type SkippedInput } from "./skipped-input";

/** A carrier's inbound side: calls from it land in its context. */
export interface InboundEntry {
  carrier: CarrierRef;
  section: PlacedSection;
  unit: ConfUnit;
  context: string;
  contextOption?: PlacedOption;
  reach: Reach;
}

export interface SecurityAudit {
  entries: EntryPoint[];
  /** Every carrier's inbound side, in carrier order (made when first read). */
  readonly inbound: InboundEntry[];
  /** The inbound sides whose reach passes `test` (asked once per reach), without making the others. */
  inboundWhere(test: (reach: Reach) => boolean): InboundEntry[];
  /** Every carrier (made when first read). */
  readonly carriers: CarrierRef[];
  unknowns: AuditUnknown[];
  source: ContextSource;
}

const AUDIT = {};

/**
 * The audit of one system, once per change of its documents and of the skipped-input notes (an oversize sip.conf
 * is left out), which change without any document changing.
 */
export function securityAudit(workspace: Workspace): SecurityAudit {
  const byNotes = workspace.memo(AUDIT, () => new WeakMap<SkippedInput, SecurityAudit>());
  const notes = skippedInput(workspace);
  let audit = byNotes.get(notes);
  if (!audit) byNotes.set(notes, (audit = buildAudit(workspace)));
  return audit;
}

function buildAudit(workspace: Workspace): SecurityAudit {
  const index = dialplanIndex(workspace);
  const textOf = (uri: string) => workspace.document(uri)?.text;
  // What carriers and peers are made of: every unit but the dialplans (no peer or register line is read from one).
  const units = workspace.units().filter((unit) => !isExtensionsUnit(unit));
  // Asked for every Dial destination along every walk: answered once per peer key for the audit.
  const definedKeys = new Map<string, boolean>();
  const defined = (tech: string, peer: string) => {
    const key = carrierKey(tech, peer);
    let found = definedKeys.get(key);
    if (found === undefined) definedKeys.set(key, (found = units.some((unit) => unitPeerKeys(unit).has(key))));
    return found;
  };
  const source = serverContextSource(index, textOf, carrierFinder(workspace, units), defined, units);
  const reachOf = keptReaches(workspace, source);
  const unknowns: AuditUnknown[] = [];
  const contextOf = contextFinder(workspace);
  const entries = findEntries(workspace, unknowns, contextOf);
  for (const entry of entries) entry.reaches = entry.contexts.map(reachOf);
  const carrierUnits = carrierSections(workspace);
  if (index.dialplans.length === 0 && (entries.length > 0 || carrierUnits.length > 0)) {
    unknowns.push({ message: "The workspace has no dialplan (no extensions.conf and no carrier dialplan entry): what calls can reach is unknown." });
  } else if (!source.closed && index.dialplans.length > 0) {
    unknowns.push({ message: "The workspace has no main extensions.conf: contexts it does not define may still exist on the server." });
  }
  const inboundWhere = inboundFinder(workspace, carrierUnits, reachOf);
  let inbound: InboundEntry[] | undefined;
  let carriers: CarrierRef[] | undefined;
  return {
    entries,
    unknowns,
    source,
    inboundWhere,
    get inbound() {
      return (inbound ??= inboundWhere(() => true));
    },
    get carriers() {
      return (carriers ??= carrierUnits.flatMap((group) => group.carriers.map((carrier) => carrier.ref)));
    },
  };
}

/** The walks of each system's last audit by start context, with what they read (see `keptReachFrom`). */
const lastWalks = new WeakMap<Workspace, Map<string, KeptReach>>();

/**
 * The reach from each context, once per audit; a walk of the previous audit is kept when the new source answers
 * everything it read as before, so an edit re-walks only from contexts whose walk looked into what changed.
 */
function keptReaches(workspace: Workspace, source: ContextSource): (context: string) => Reach {
  const previous = lastWalks.get(workspace);
  const current = new Map<string, KeptReach>();
  lastWalks.set(workspace, current);
  return (context) => {
    let found = current.get(context);
    if (!found) current.set(context, (found = keptReachFrom(source, context, previous?.get(context))));
    return found.reach;
  };
}

/**
 * The carriers' inbound sides whose reach passes a test: a loop over the cached carriers that makes an entry only for
 * those that pass (a workspace of thousands of trunks that all land in one harmless context makes none).
 */
function inboundFinder(workspace: Workspace, carrierUnits: UnitCarriers[], reachOf: (context: string) => Reach): SecurityAudit["inboundWhere"] {
  const withOwn = fallbackContextFinder(workspace);
  return (test) => {
    const passes = new Map<Reach, boolean>();
    const result: InboundEntry[] = [];
    // Most carriers of a system land in the same context: its reach and verdict are kept from the carrier before.
    let lastContext: string | undefined;
    let reach: Reach | undefined;
    let pass = false;
    for (const { unit, carriers } of carrierUnits) {
      for (const { ref, section, ownContext } of carriers) {
        const found = withOwn(unit, ownContext, ref.tech);
        if (reach === undefined || found.context !== lastContext) {
          lastContext = found.context;
          reach = reachOf(found.context);
          const known = passes.get(reach);
          if (known === undefined) passes.set(reach, (pass = test(reach)));
          else pass = known;
        }
        if (pass) result.push({ carrier: ref, section, unit, context: found.context, contextOption: found.option, reach });
      }
    }
    return result;
  };
}

/** The carrier Dial sites an entry reaches, with the reach each belongs to. */
export function entryCarrierDials(entry: { reaches: Reach[] } | { reach: Reach }): { reach: Reach; site: DialSite }[] {
  const reaches = "reaches" in entry ? entry.reaches : [entry.reach];
  return reaches.flatMap((reach) => carrierDials(reach).map((site) => ({ reach, site })));
}
