// The security audit of a workspace, worked out once per change and shared by the `security` rules, the hover and
// `vicidial-lint audit`: the ways a call gets in without a password (chan_sip guests, PJSIP anonymous, IAX2 users
// without a secret, chan_sip peers that need no secret), the outbound trunks (carriers), the inbound contexts of the
// carriers, and for each what the dialplan lets the call reach (model/reachability.ts). Entries, carriers and their
// contexts are joined from facts cached per unit, so after an edit only the edited unit's share is worked out again;
// what spans units (register lines, the dialplan and what it reaches) is looked up in the join.
import { dialplanIndex } from "./dialplan";
import { carrierDials, reachFrom, serverContextSource, type CarrierRef, type ContextSource, type DialSite, type Reach } from "./reachability";
import type { ConfUnit, PlacedOption, PlacedSection } from "./units";
import type { Workspace } from "./workspace";
import { carrierFinder, carrierKey, carrierSections, unitPeerKeys } from "./security-carriers";
import { contextFinder } from "./security-contexts";
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
  inbound: InboundEntry[];
  carriers: CarrierRef[];
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
  const carrierList = carrierSections(workspace);
  const carriers = carrierList.map((c) => c.ref);
  const textOf = (uri: string) => workspace.document(uri)?.text;
  const units = workspace.units();
  // Asked for every Dial destination along every walk: answered once per peer key for the audit.
  const definedKeys = new Map<string, boolean>();
  const defined = (tech: string, peer: string) => {
    const key = carrierKey(tech, peer);
    let found = definedKeys.get(key);
    if (found === undefined) definedKeys.set(key, (found = units.some((unit) => unitPeerKeys(unit).has(key))));
    return found;
  };
  const source = serverContextSource(index, textOf, carrierFinder(workspace, units), defined);
  const reaches = new Map<string, Reach>();
  const reachOf = (context: string) => {
    let found = reaches.get(context);
    if (!found) reaches.set(context, (found = reachFrom(source, context)));
    return found;
  };
  const unknowns: AuditUnknown[] = [];
  const contextOf = contextFinder(workspace);
  const entries = findEntries(workspace, unknowns, contextOf);
  for (const entry of entries) entry.reaches = entry.contexts.map(reachOf);
  const inbound: InboundEntry[] = [];
  for (const carrier of carrierList) {
    const found = contextOf(carrier.unit, carrier.section, carrier.ref.tech);
    inbound.push({ carrier: carrier.ref, section: carrier.section, unit: carrier.unit, context: found.context, contextOption: found.option, reach: reachOf(found.context) });
  }
  if (index.dialplans.length === 0 && (entries.length > 0 || inbound.length > 0)) {
    unknowns.push({ message: "The workspace has no dialplan (no extensions.conf and no carrier dialplan entry): what calls can reach is unknown." });
  } else if (!source.closed && index.dialplans.length > 0) {
    unknowns.push({ message: "The workspace has no main extensions.conf: contexts it does not define may still exist on the server." });
  }
  return { entries, inbound, carriers, unknowns, source };
}

/** The carrier Dial sites an entry reaches, with the reach each belongs to. */
export function entryCarrierDials(entry: { reaches: Reach[] } | { reach: Reach }): { reach: Reach; site: DialSite }[] {
  const reaches = "reaches" in entry ? entry.reaches : [entry.reach];
  return reaches.flatMap((reach) => carrierDials(reach).map((site) => ({ reach, site })));
}
