// security/unknown-reach: a way in that needs no password lands in a context the workspace does not show (no
// extensions.conf, or an include of a context defined elsewhere): whether it reaches a carrier cannot be told.
import type { Rule } from "../types";
import { securityAudit, entryCarrierDials } from "./audit";

export const unknownReach: Rule = {
  code: "security/unknown-reach",
  area: "security",
  severity: "information",
  summary: "A way in that needs no password leads to contexts the workspace does not define (no main extensions.conf in sight): whether it reaches a carrier is unknown; open the whole /etc/asterisk to check.",
  checkWorkspace(workspace, ctx) {
    for (const entry of securityAudit(workspace).entries) {
      if (entryCarrierDials(entry).length > 0) continue;
      const unknown = [...new Set(entry.reaches.flatMap((r) => r.unknown))];
      if (unknown.length === 0) continue;
      const list = unknown.slice(0, 5).map((c) => `[${c}]`).join(", ") + (unknown.length > 5 ? ` and ${unknown.length - 5} more` : "");
      ctx.report({
        uri: entry.uri,
        span: entry.span,
        message: `${entry.label} can call in without any password into [${entry.contexts.join("], [")}], which leads to ${list}, not defined in the workspace: whether these calls can reach a carrier's Dial cannot be told. Check with the server's whole dialplan (extensions.conf and what it includes) in the workspace.`,
      });
    }
  },
};
