// auth/mixed-registration-ip-auth: a chan_sip / chan_iax2 trunk that registers with a login and at the same time looks
// set up for IP authentication (no credential of its own and insecure=invite, or a fixed IP with the registration sent
// elsewhere). Providers expect one method or the other; mixing them gives 401/403 replies and a flapping trunk.
import { part } from "../../model/register-line";
import type { Rule } from "../types";
import { quotePart, reportSafe } from "../register/common";
import { fromDomainOf, hasCredentials, insecureInvite, peerLabel, peerRelated, whoRegisters } from "./common";
import { clearlyDifferentHosts, hostOf, isIpAddress, normaliseHost, registerPeerPairs } from "../../model/register-peers";

export const mixedRegistrationIpAuth: Rule = {
  code: "auth/mixed-registration-ip-auth",
  area: "auth",
  severity: "warning",
  summary: "A trunk both registers and looks IP-authenticated (its peer has no secret and insecure=invite, or sits at a fixed IP while the registration goes elsewhere); providers expect one method, and mixing them often gives 401/403 and a flapping trunk.",
  // registerPeerPairs: only sip and iax units hold peers a register line can pair with.
  workspaceReads: ["sip", "iax"],
  checkWorkspace(workspace, ctx) {
    for (const pair of registerPeerPairs(workspace)) {
      const { register, peer, peerUnit } = pair;
      if (hasCredentials(peerUnit, peer)) continue;
      const { option, line } = register;
      const label = peerLabel(pair);
      const related = peerRelated(pair);
      if (insecureInvite(peerUnit, peer)) {
        reportSafe(ctx, line, {
          uri: option.uri,
          span: line.span.end > line.span.start ? line.span : option.node.keySpan,
          message: `${whoRegisters(pair)}, but ${label} is set up for IP authentication: it has no secret, and insecure=invite takes the provider's calls without a challenge. A provider that trusts your IP often answers the REGISTER with 401/403 and the trunk flaps, while a provider that wants the login challenges calls the peer has no password for. Use one method: clear the registration if the provider authenticates by IP, or give the peer the secret and drop insecure=invite.`,
          related,
        });
        continue;
      }
      if (pair.kind !== "carrier" && pair.kind !== "peer-prefix") continue;
      const peerHost = hostOf(peerUnit, peer);
      const hostPart = part(line, "host");
      if (!peerHost || !hostPart || !isIpAddress(peerHost)) continue;
      if (!clearlyDifferentHosts(hostPart.value, peerHost)) continue;
      if (fromDomainOf(peerUnit, peer) === normaliseHost(hostPart.value)) continue;
      reportSafe(ctx, line, {
        uri: option.uri,
        span: hostPart.span,
        message: `${whoRegisters(pair)}, but ${label} has no secret and sends its calls to the fixed address ${peerHost}: calls there can only be accepted by IP authentication, and the registration at ${quotePart(hostPart)} does not vouch for them (nor do inbound calls from ${peerHost} come through it). Use one method: clear the registration if ${peerHost} authenticates by IP, or point host= at the registrar and give the peer the secret.`,
        related,
      });
    }
  },
};
