// globals/unused-global: a global no dialplan line reads.
import { knownVariable } from "../../knowledge/channel-variables";
import type { Rule } from "../types";
import type { Dialplan } from "../../model/dialplan";
import { indexOf } from "../dialplan/common";
import { computedPrefixesIn, namesReadIn } from "./variable-reads";

export const unusedGlobal: Rule = {
  code: "globals/unused-global",
  area: "globals",
  severity: "hint",
  summary: "A global is defined but no dialplan line or other global in the workspace reads it (directly, or through a computed name such as `${OUT_${DIAL_TRUNK}}` for OUT_1).",
  workspaceReads: ["extensions"],
  checkWorkspace(workspace, ctx) {
    const index = indexOf(ctx);
    // Whether any dialplan has a step, asked of its contexts: `dialplan.steps` would join every step on every edit.
    if (!index.dialplans.some(hasSteps)) return;
    const readers = index.dialplans.map((dialplan) => namesReadIn(dialplan, workspace));
    const prefixes = index.dialplans.flatMap((dialplan) => computedPrefixesIn(dialplan, workspace));
    for (const def of index.globals) {
      if (readers.some((names) => names.has(def.name)) || knownVariable(def.name)) continue;
      // Read through a computed name such as ${OUT_${DIAL_TRUNK}}.
      if (prefixes.some((prefix) => def.name.startsWith(prefix))) continue;
      ctx.report({
        uri: def.uri,
        span: def.nameSpan,
        tags: ["unnecessary"],
        message: `${def.name} is defined but no dialplan line in the workspace reads it (\${${def.name}} or \${GLOBAL(${def.name})}).`,
      });
    }
  },
};

function hasSteps(dialplan: Dialplan): boolean {
  for (const context of dialplan.contexts.values()) if (context.steps.length > 0) return true;
  return false;
}
