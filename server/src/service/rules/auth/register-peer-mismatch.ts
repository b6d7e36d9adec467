// auth/register-peer-mismatch: a register line and the peer it clearly belongs to (same carrier record, `peer?` prefix
// or the peer's own name as host) disagree on the account name or on the provider's host. Reported on the part of the
// register line that differs; the password is never shown.
import { part, type RegisterLine, type RegisterPart } from "../../model/register-line";
import { effectiveOptions, lastEffectiveOption, type ConfUnit, type PlacedSection } from "../../model/units";
import { secretsOf } from "../../secrets";
import type { Rule } from "../types";
import { quotePart, reportSafe } from "../register/common";
import { fromDomainOf, hasCredentials, peerLabel, peerRelated, whoRegisters } from "./common";
import { clearlyDifferentHosts, hostOf, isClearPair, isLiteralHost, normaliseHost, registerPeerPairs } from "../../model/register-peers";

/** Every secret the peer holds, so that no message can echo one even by coincidence. */
function peerSecrets(unit: ConfUnit, section: PlacedSection): string[] {
  const result: string[] = [];
  for (const option of effectiveOptions(unit, section)) result.push(...secretsOf(option.node.key, option.node.value.trim()));
  return result;
}

/** A line whose list of texts to mask also holds the peer's secrets. */
function withPeerSecrets(line: RegisterLine, unit: ConfUnit, section: PlacedSection): RegisterLine {
  return Object.assign({}, line, { secrets: [...line.secrets, ...peerSecrets(unit, section)] });
}

export const registerPeerMismatch: Rule = {
  code: "auth/register-peer-mismatch",
  area: "auth",
  severity: "warning",
  summary: "A register line disagrees with the peer it belongs to: its user differs from the peer's defaultuser/username or fromuser, or its host from the peer's host; the registration and the calls then speak for different accounts or places.",
  // registerPeerPairs: only sip and iax units hold peers a register line can pair with.
  workspaceReads: ["sip", "iax"],
  checkWorkspace(workspace, ctx) {
    for (const pair of registerPeerPairs(workspace)) {
      if (!isClearPair(pair)) continue;
      const { register, peer, peerUnit } = pair;
      const { option } = register;
      const line = withPeerSecrets(register.line, peerUnit, peer);
      const label = peerLabel(pair);
      const related = peerRelated(pair);

      // --- The account name --------------------------------------------------------------------------------------
      const user = part(line, "user");
      const authuser = part(line, "authuser");
      const names = new Set([user?.value, authuser?.value].filter((v): v is string => v !== undefined && v.length > 0));
      if (user && user.value.length > 0) {
        const sip = line.grammar === "sip";
        const userKeys = sip ? ["defaultuser", "username"] : ["username"];
        const peerUser = userKeys.map((k) => lastEffectiveOption(peerUnit, peer, k)).find((o) => o !== undefined);
        const fromUser = sip ? lastEffectiveOption(peerUnit, peer, "fromuser") : undefined;
        const differing: string[] = [];
        const peerUserValue = peerUser?.node.value.trim();
        if (peerUser && peerUserValue && !names.has(peerUserValue)) differing.push(`${peerUser.node.key.trim().toLowerCase()}=${peerUserValue}`);
        const fromUserValue = fromUser?.node.value.trim();
        if (fromUserValue && !names.has(fromUserValue) && fromUserValue !== peerUserValue) differing.push(`fromuser=${fromUserValue}`);
        if (differing.length > 0) {
          const at: RegisterPart = authuser && authuser.value.length > 0 && peerUserValue && !names.has(peerUserValue) ? authuser : user;
          const what = at === authuser ? "auth user" : "user";
          const consequence = sip
            ? "the registration logs in as one account while calls to the peer authenticate or present themselves as another, so the provider rejects or misroutes one of them"
            : "the registration logs in as one account while calls to the peer authenticate as another, so the provider rejects one of them";
          reportSafe(ctx, line, {
            uri: option.uri,
            span: at.span,
            message: `${whoRegisters(pair)} as ${what} ${quotePart(at)}, but ${label} has ${differing.join(" and ")}: ${consequence}. Use the same account name in both.`,
            related,
          });
        }
      }

      // --- The provider's host (peers without any credential are auth/mixed-registration-ip-auth's) -------------------
      if (pair.kind !== "carrier" && pair.kind !== "peer-prefix") continue;
      if (!hasCredentials(peerUnit, peer)) continue;
      const peerHost = hostOf(peerUnit, peer);
      const hostPart = part(line, "host");
      if (!isLiteralHost(peerHost) || !hostPart || hostPart.value.length === 0) continue;
      const regHost = normaliseHost(hostPart.value);
      if (!clearlyDifferentHosts(regHost, peerHost)) continue;
      if (fromDomainOf(peerUnit, peer) === regHost) continue;
      const domain = part(line, "domain");
      if (domain && normaliseHost(domain.value) === peerHost) continue;
      reportSafe(ctx, line, {
        uri: option.uri,
        span: hostPart.span,
        message: `${whoRegisters(pair)}, but ${label} has host=${peerHost}: the server registers at one place and sends its calls to another, so calls the provider sends from the registrar are not matched to this peer and the registration does not cover the calls. Point both at the same provider host, or set fromdomain= on the peer if the registrar is a separate domain of the same provider.`,
        related,
      });
    }
  },
};
