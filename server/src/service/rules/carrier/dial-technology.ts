// carrier/dial-technology: a carrier's dialplan entry dials through another channel technology than its protocol
// writes the trunk for (a SIP carrier dialing PJSIP/..., a PJSIP carrier dialing SIP/...). `${VAR}` is resolved with
// the carrier's own globals string first, then the other globals. Left alone: Local/ and other technologies, IAX2
// hops to VICIdial servers (user:secret@host, TRUNKloop ...), variables that cannot be resolved, and peers that
// another carrier or a conf file defines for the technology dialed (a deliberate route through another trunk).
import { lookupTable } from "../../util/lookup-table";
import { carriersById } from "../../model/carrier-placement";
import type { DialplanIndex, PeerTechnology } from "../../model/dialplan";
import { substitute } from "../../model/dialplan-values";
import { maskChannelSecrets, parseChannel } from "../../model/channel-strings";
import type { CarrierRecord } from "../../model/workspace";
import type { Rule } from "../types";
import { dialStepsWhere, globalLookup, indexOf } from "../dialplan/common";
import { GENERATED_FILES } from "./structure-common";

const TECH_OF: Record<string, PeerTechnology> = lookupTable({ SIP: "SIP", IAX2: "IAX2", PJSIP: "PJSIP", PJSIP_WIZ: "PJSIP" });
const FORM: Record<PeerTechnology, string> = { SIP: "SIP/<peer>/<number>", IAX2: "IAX2/<peer>/<number>", PJSIP: "PJSIP/<number>@<endpoint>" };
/** VICIdial's own IAX2 loops, defined in the generated globals of every server. */
const VICIDIAL_LOOPS = /^\$\{TRUNK(loop|blind|play)\}/i;

/** Peer names a technology has outside this carrier (chan_sip compares them without regard to case). */
function peersElsewhere(index: DialplanIndex, tech: PeerTechnology, carrier: CarrierRecord): Set<string> {
  const names = new Set<string>();
  for (const peer of index.peersOf(tech)) {
    if (peer.section.carrierId === carrier.id) continue;
    names.add(tech === "SIP" ? peer.name.toLowerCase() : peer.name);
  }
  return names;
}

/** The Dial steps with a destination that carriers' dialplan entries hold, once per dialplan (see `dialStepsWhere`). */
const carrierDials = dialStepsWhere((step) => step.field === "dialplan_entry" && step.carrierId !== undefined && !step.dropped);

export const dialTechnology: Rule = {
  code: "carrier/dial-technology",
  area: "carrier",
  severity: "warning",
  summary: "A carrier's dialplan entry dials through a channel technology its protocol does not write the trunk for (SIP/ in a PJSIP carrier, PJSIP/ in a SIP carrier, SIP/ in an IAX2 carrier ...).",
  // The dialplan and globals (extensions), the peers of every technology, the carrier records (protocol).
  workspaceReads: ["extensions", "sip", "iax", "pjsip", "pjsip_wizard", "records"],
  checkWorkspace(workspace, ctx) {
    const index = indexOf(ctx);
    const carriers = carriersById(workspace);
    const elsewhere = new Map<string, Set<string>>();
    const ownGlobals = new Map<string, Map<string, string>>();
    for (const g of index.globals) {
      if (g.carrierId === undefined || g.field !== "globals_string") continue;
      let own = ownGlobals.get(g.carrierId);
      if (!own) ownGlobals.set(g.carrierId, (own = new Map()));
      own.set(g.name, g.value);
    }
    for (const dialplan of index.dialplans) {
      const shared = globalLookup(index, dialplan);
      for (const step of carrierDials(dialplan)) {
        const carrier = carriers.get(step.carrierId!);
        const expected = carrier ? TECH_OF[carrier.protocol.toUpperCase()] : undefined;
        if (!carrier || !expected) continue;
        const own = ownGlobals.get(carrier.id);
        const lookup = (name: string) => own?.get(name) ?? shared(name);
        const raw = step.args[0].text.trim();
        for (const destination of raw.split("&")) {
          const d = destination.trim();
          if (d.length === 0 || VICIDIAL_LOOPS.test(d)) continue;
          const resolved = substitute(d, { lookup }).value;
          const channel = parseChannel(resolved);
          const tech = TECH_OF[channel.tech.toUpperCase()];
          if (!tech || channel.tech.toUpperCase() === "PJSIP_WIZ" || tech === expected) continue;
          if (tech === "IAX2" && channel.resource.includes("@")) continue;
          const peer = channel.peer;
          if (peer === undefined && /\$\{(?!EXTEN\b)/.test(channel.resource)) continue; // routed through a variable we cannot resolve
          if (peer !== undefined) {
            let names = elsewhere.get(carrier.id + "\u0000" + tech);
            if (!names) elsewhere.set(carrier.id + "\u0000" + tech, (names = peersElsewhere(index, tech, carrier)));
            if (names.has(tech === "SIP" ? peer.toLowerCase() : peer)) continue;
          }
          const protocol = carrier.protocol.toUpperCase();
          const file = carrier.dialect ? GENERATED_FILES[carrier.dialect]?.generated : undefined;
          const shown = resolved !== d ? `'${maskChannelSecrets(d)}' resolves to '${maskChannelSecrets(resolved)}'` : `'${maskChannelSecrets(d)}'`;
          ctx.report({
            uri: step.uri,
            span: step.args[0].span,
            message:
              `Carrier ${carrier.id} is a ${protocol} carrier, but this Dial goes out through ${tech} (${shown}): VICIdial writes the ` +
              `carrier's trunk into ${file ?? "its conf file"} for ${expected}, and no ${tech} ${tech === "PJSIP" ? "endpoint" : "peer"} ` +
              `${peer ? `'${peer}' ` : ""}is defined elsewhere, so the call fails (CHANUNAVAIL). Dial with ${FORM[expected]}, or change the protocol.`,
          });
          break;
        }
      }
    }
  },
};
