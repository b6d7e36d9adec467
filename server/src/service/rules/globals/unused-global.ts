// globals/unused-global: a global no dialplan line reads.
import { knownVariable } from "../../knowledge/channel-variables";
import type { Rule } from "../types";
import type { Dialplan } from "../../model/dialplan";
import { indexOf } from "../dialplan/common";
import { computedPrefixesIn, namesReadIn } from "./variable-reads";
import { reportKept } from "../kept-reports";
import { globalsPlacements } from "../../model/dialplan-globals";

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
    const prefixLists = index.dialplans.map((dialplan) => computedPrefixesIn(dialplan, workspace));
    // Kept while the globals (where their lines are too), the names read and the prefixes are the same objects: an
    // edit of a step that reads no new name checks no global again.
    const placements = index.dialplans.flatMap((dialplan) => globalsPlacements(dialplan.globals));
    reportKept(ctx, this.code, [index.globals, ...placements, ...readers, ...prefixLists], (kept) => {
      const prefixes = prefixLists.flat();
      for (const def of index.globals) {
        if (readers.some((names) => names.has(def.name)) || knownVariable(def.name)) continue;
        // Read through a computed name such as ${OUT_${DIAL_TRUNK}}.
        if (prefixes.some((prefix) => def.name.startsWith(prefix))) continue;
        kept.report({
          uri: def.uri,
          span: def.nameSpan,
          tags: ["unnecessary"],
          message: `${def.name} is defined but no dialplan line in the workspace reads it (\${${def.name}} or \${GLOBAL(${def.name})}).`,
        });
      }
    });
  },
};

function hasSteps(dialplan: Dialplan): boolean {
  for (const context of dialplan.contexts.values()) if (context.steps.length > 0) return true;
  return false;
}
