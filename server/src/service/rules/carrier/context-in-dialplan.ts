// carrier/context-in-dialplan: a `[context]` header inside a carrier's dialplan entry. VICIdial writes every carrier's
// dialplan entry into [vicidial-auto-external] one after another, so the header moves the rest of this entry and the
// entries of every carrier written after it (IAX2, SIP, PJSIP_WIZ, PJSIP, each by carrier_id) into that context.
import { sameServer } from "../../model/carrier-placement";
import { dialplanOrder } from "../../model/workspace";
import type { Rule } from "../types";
import { headersOf, listNames } from "./structure-common";

const EXTERNAL = "vicidial-auto-external";

export const contextInDialplan: Rule = {
  code: "carrier/context-in-dialplan",
  area: "carrier",
  severity: "error",
  summary: "A carrier's dialplan entry opens a `[context]`: its later lines and the dialplan entries of every carrier written after it leave [vicidial-auto-external].",
  // Carrier and template records only (the generated units it reads are rebuilt from them).
  workspaceReads: ["records"],
  checkWorkspace(workspace, ctx) {
    const ordered = dialplanOrder(workspace.carriers());
    for (const [position, carrier] of ordered.entries()) {
      const headers = headersOf(carrier.doc.fieldTrees.get("dialplan_entry")).filter((h) => h.name !== EXTERNAL);
      if (headers.length === 0) continue;
      const later = ordered
        .slice(position + 1)
        .filter((c) => c.active && sameServer(c, carrier) && (c.field("dialplan_entry")?.value.trim().length ?? 0) > 0)
        .map((c) => c.id);
      const whoFollows =
        later.length > 0
          ? `and the dialplan entries of the carriers written after it on the same server (${listNames(later)})`
          : "and the dialplan entry of any carrier written after it (IAX2 first, then SIP, PJSIP_WIZ, PJSIP, each by carrier_id)";
      for (const header of headers) {
        ctx.report({
          uri: carrier.uri,
          span: header.nameSpan.end > header.nameSpan.start ? header.nameSpan : header.line,
          message:
            `[${header.name}] opens a new context inside the dialplan entry: VICIdial writes the entry into [${EXTERNAL}], so the lines after it ` +
            `${whoFollows} end up in [${header.name}], where calls routed through [vicidial-auto] no longer find them. ` +
            `Remove the header; put other contexts in extensions.conf.`,
          data: later.length > 0 ? { laterCarriers: later } : undefined,
        });
      }
    }
  },
};
