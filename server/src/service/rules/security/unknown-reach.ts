// security/unknown-reach: a way in that needs no password leads to what the workspace does not show: contexts it
// does not define (no extensions.conf, an include of a context kept elsewhere) or a Dial to a peer no file defines.
// Whether that reaches a carrier cannot be told, so it is said instead of guessed.
import type { Rule } from "../types";
import { securityAudit, entryCarrierDials } from "../../model/security-audit";
import { where } from "./common";
import { LineQuotes } from "../line-quotes";
import { dialText } from "../../model/security-carriers";

export const unknownReach: Rule = {
  code: "security/unknown-reach",
  area: "security",
  severity: "information",
  summary: "A way in that needs no password leads to contexts the workspace does not define, or dials a peer no file defines: whether it reaches a carrier is unknown; open the whole /etc/asterisk to check.",
  // securityAudit: the dialplan, the peer-driver units and the oversize notes (an unread sip.conf).
  workspaceReads: ["extensions", "sip", "iax", "pjsip", "pjsip_wizard", "skipped"],
  checkWorkspace(workspace, ctx) {
    for (const entry of securityAudit(workspace).entries) {
      if (entryCarrierDials(entry).length > 0) continue;
      const unknown = [...new Set(entry.reaches.flatMap((r) => r.unknown))];
      const into = `${entry.label} can call in without any password into [${entry.contexts.join("], [")}]`;
      if (unknown.length > 0) {
        const list = unknown.slice(0, 5).map((c) => `[${c}]`).join(", ") + (unknown.length > 5 ? ` and ${unknown.length - 5} more` : "");
        ctx.report({
          uri: entry.uri,
          span: entry.span,
          message: `${into}, which leads to ${list}, not defined in the workspace: whether these calls can reach a carrier's Dial cannot be told. Check with the server's whole dialplan (extensions.conf and what it includes) in the workspace.`,
        });
        continue;
      }
      const site = entry.reaches.flatMap((r) => r.dials).find((d) => d.destinations.some((x) => x.undefinedPeer));
      if (!site) continue;
      const peers = [...new Set(site.destinations.filter((d) => d.undefinedPeer).map((d) => `[${d.peer}]`))].join(", ");
      const quotes = new LineQuotes();
      const at = where(quotes, site.step.uri, site.step.option.node.line, entry.uri, site.step.carrierId);
      ctx.report({
        uri: entry.uri,
        span: entry.span,
        message: `${into}, which reaches Dial(${dialText(site)}) at ${at}; ${peers} is not defined in the workspace, so whether this is a toll-fraud path to a carrier cannot be told. If it is a trunk, anyone can call out through it: close the way in (or add the file that defines the peer to check).`,
        related: [{ uri: site.step.uri, span: site.step.option.node.line, message: `dials ${peers}, defined nowhere in the workspace` }],
        quotes: quotes.quotes,
      });
    }
  },
};
