// globals/lcrtrunk-default: ${LCRTRUNK} is dialed but has no default in the globals.
import type { Rule } from "../types";
import { fixesFromData, indexOf, withFixes } from "../dialplan/common";
import { allUses, defineGlobalFix } from "./common";

export const lcrtrunkDefault: Rule = {
  code: "globals/lcrtrunk-default",
  area: "globals",
  severity: "warning",
  summary: "`${LCRTRUNK}` is used but no global gives it a default: when agi-LCR-Route.agi finds no rate for the NPANXX it leaves LCRTRUNK unset and the Dial has no trunk.",
  workspaceReads: ["extensions"],
  checkWorkspace(workspace, ctx) {
    const index = indexOf(ctx);
    if (index.globalsNamed("LCRTRUNK").length > 0) return;
    const fallback = index.globals.find((g) => /^(SIP|IAX2|PJSIP)\/[^/]+$/i.test(g.value.trim()))?.value.trim() ?? "";
    for (const use of allUses(index, workspace)) {
      if (use.name !== "LCRTRUNK" || !use.step) continue;
      const fix = defineGlobalFix(workspace, index, use.uri, use.dialplan, "LCRTRUNK", fallback);
      ctx.report({
        uri: use.uri,
        span: use.span,
        message: "LCRTRUNK has no default in the globals: agi-LCR-Route.agi only sets it when it finds a rate for the number's NPANXX, so for every other number the Dial gets an empty trunk and fails. Add a default such as LCRTRUNK=SIP/yourprovider to [globals].",
        data: withFixes(undefined, fix ? [fix] : []),
      });
    }
  },
  fix: fixesFromData,
};
