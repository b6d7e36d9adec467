// globals/lcrtrunk-default: ${LCRTRUNK} is dialed but has no default in the globals.
import type { Rule } from "../types";
import { fixesFromData, indexOf, withFixes } from "../dialplan/common";
import { defineGlobalFix } from "./common";
import { namesReadIn, usesIn } from "./variable-reads";
import { describeMissingIncludes } from "../../model/units";

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
    const noted = new Set<string>();
    const reading = index.dialplans.filter((dialplan) => namesReadIn(dialplan, workspace).has("LCRTRUNK"));
    for (const [dialplan, use] of reading.flatMap((dialplan) => usesIn(dialplan, workspace).map((use) => [dialplan, use] as const))) {
      if (use.name !== "LCRTRUNK" || !use.line) continue;
      const fix = defineGlobalFix(workspace, index, use.uri, dialplan, "LCRTRUNK", fallback);
      const missing = index.missingIncludes(dialplan);
      if (missing > 0) {
        // The default may be in the [globals] of an #include we could not read: one note per configuration.
        const group = index.groupOf(dialplan)[0].unit.id;
        if (noted.has(group)) continue;
        noted.add(group);
        ctx.report({
          uri: use.uri,
          span: use.span,
          severity: "information",
          message: `LCRTRUNK has no default in the globals of the files checked; ${describeMissingIncludes(missing)} and may set one. Without a default, numbers agi-LCR-Route.agi finds no rate for get an empty trunk.`,
          data: withFixes(undefined, fix ? [fix] : []),
        });
        continue;
      }
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
