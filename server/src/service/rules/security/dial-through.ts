// security/dial-through: calls from a carrier land in its context=, and from there the dialplan reaches a Dial to a
// carrier at an extension pattern: a caller can dial in and be sent back out (DID dial-through). Routes through
// literal extensions (one DID, one number) are left alone, and so are patterns too short to be a billed outside number
// (a 5-digit extension range on another site). A carrier on a private network (another site of the same company,
// reached over a VPN) is information: its callers are not the internet.
import type { Rule } from "../types";
import type { PlacedOption } from "../../model/units";
import { securityAudit } from "../../model/security-audit";
import { contextChain, pathRelated, where } from "./common";
import { LineQuotes } from "../line-quotes";
import { carriersOf, dialText } from "../../model/security-carriers";
import { carrierDials, type DialSite, type Reach } from "../../model/reachability";
import { fixedLength, parseExtension } from "../../model/extension-pattern";
import { hostOf } from "../../model/register-peers";
import { isPrivateIpv4 } from "../../text/ip-address";

/** Shortest outside number worth stealing: shorter fixed patterns are extension ranges and service codes. */
const MIN_BILLED_DIGITS = 7;

/** True when the route's pattern can match a number as long as an outside (billed) number. */
function canDialOutsideNumber(site: DialSite): boolean {
  const length = fixedLength(parseExtension(site.extension));
  return length === undefined || length >= MIN_BILLED_DIGITS;
}

/** The first carrier Dial a reach can run for an outside number dialled in (not only a literal extension). */
function dialThroughSite(reach: Reach): DialSite | undefined {
  return carrierDials(reach).find((d) => !d.literalRoute && canDialOutsideNumber(d));
}

/** Where a carrier's context= comes from when the carrier does not set it itself: a template, or [general]. */
function contextOrigin(option: PlacedOption | undefined): string {
  if (!option) return "no context=, so 'default'";
  const from = option.section;
  return from && from.name.toLowerCase() !== "general" ? `context= from template [${from.name}]` : "the [general] context=";
}

export const dialThrough: Rule = {
  code: "security/dial-through",
  area: "security",
  severity: "warning",
  summary: "A carrier's inbound context reaches a Dial to a carrier at an extension pattern: callers from outside can dial any number back out through your trunk (DID dial-through).",
  // securityAudit: the dialplan, the peer-driver units and the oversize notes (an unread sip.conf).
  workspaceReads: ["extensions", "sip", "iax", "pjsip", "pjsip_wizard", "skipped"],
  checkWorkspace(workspace, ctx) {
    const audit = securityAudit(workspace);
    const entrySections = new Set(audit.entries.map((e) => e.section));
    // Only the carriers whose context reaches such a Dial site: thousands of trunks landing in one context are one test.
    for (const inbound of audit.inboundWhere((reach) => dialThroughSite(reach) !== undefined)) {
      if (entrySections.has(inbound.section) || !inbound.section.header) continue;
      const site = dialThroughSite(inbound.reach)!;
      const host = hostOf(inbound.unit, inbound.section);
      const internal = host !== undefined && isPrivateIpv4(host);
      const own = inbound.contextOption && inbound.contextOption.section === inbound.section ? inbound.contextOption : undefined;
      const uri = own ? own.uri : inbound.section.uri;
      const span = own ? own.node.line : inbound.section.header.nameSpan;
      const quotes = new LineQuotes();
      const dialAt = where(quotes, site.step.uri, site.step.option.node.line, uri, site.step.carrierId);
      const out = carriersOf(site).map((c) => `[${c.name}]`).join(", ");
      const origin = own ? "" : ` (${contextOrigin(inbound.contextOption)})`;
      ctx.report({
        uri,
        span,
        message:
          `Dial-through: calls from carrier [${inbound.carrier.name}] land in [${inbound.reach.start}]${origin}, and ${contextChain(inbound.reach, site)} reaches Dial(${dialText(site)}) at ${dialAt} for any number matching ${site.extension}, which goes back out through carrier ${out}. ` +
          (internal
            ? `[${inbound.carrier.name}] is on a private network (${host}), so this is likely another site routing its calls through this one: check that every caller behind it may dial out.`
            : "Anyone who can call your DIDs, or spoof the carrier's address, can place outbound calls on your account; each one is billed to you. " +
              "Fix: give the carrier an inbound-only context (VICIdial's is trunkinbound) and keep carrier Dial patterns out of what it includes."),
        severity: internal ? "information" : undefined,
        related: pathRelated(inbound.reach, site, own ? undefined : inbound.contextOption ? { uri: inbound.contextOption.uri, span: inbound.contextOption.node.line, message: `calls from [${inbound.carrier.name}] enter [${inbound.reach.start}] here` } : undefined),
        quotes: quotes.quotes,
      });
    }
  },
};
