// dialplan/missing-include: `include =>` of a context that no extensions file defines.
import { isRuntimeContext } from "../../model/dialplan";
import { isDynamic } from "../../model/dialplan-values";
import { describeMissingIncludes } from "../../model/units";
import type { Rule } from "../types";
import { indexOf } from "./common";

export const missingInclude: Rule = {
  code: "dialplan/missing-include",
  area: "dialplan",
  severity: "warning",
  summary: "`include =>` names a context that the extensions files do not define (VICIdial's generated vicidial-auto* contexts and parkedcalls count as defined): Asterisk warns and the include adds nothing. Information only when an `#include` of the configuration is missing (the context may be there).",
  workspaceReads: ["extensions"],
  checkWorkspace(_workspace, ctx) {
    const index = indexOf(ctx);
    const noted = new Set<string>();
    for (const dialplan of index.dialplans) {
      if (!index.isClosed(dialplan)) continue;
      const missing = index.missingIncludes(dialplan);
      const group = index.groupOf(dialplan)[0].unit.id;
      for (const context of dialplan.contexts.values()) {
        for (const include of context.includes) {
          if (isDynamic(include.name) || isRuntimeContext(include.name)) continue;
          if (index.contexts(dialplan, include.name).length > 0) continue;
          if (missing > 0) {
            // One note per context name: the file that defines it is likely the one we could not read.
            const key = `${group}\u0000${include.name}`;
            if (noted.has(key)) continue;
            noted.add(key);
            ctx.report({
              uri: include.uri,
              span: include.span,
              severity: "information",
              message: `[${context.name}] includes '${include.name}', which none of the files checked defines; ${describeMissingIncludes(missing)} and may define it.`,
            });
            continue;
          }
          ctx.report({
            uri: include.uri,
            span: include.span,
            message: `[${context.name}] includes '${include.name}', which no extensions file defines: Asterisk warns ("tries to include nonexistent context") and calls find nothing through it. Check the name (contexts are case-sensitive).`,
          });
        }
      }
    }
  },
};
