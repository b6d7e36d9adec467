// globals/duplicate-global: the same global defined twice on one server (the last definition wins).
import type { GlobalDefinition } from "../../model/dialplan";
import type { Rule } from "../types";
import { indexOf, lineNumber } from "../dialplan/common";

function where(workspace: Parameters<typeof lineNumber>[0], def: GlobalDefinition): string {
  const line = lineNumber(workspace, def.uri, def.nameSpan.start);
  if (def.carrierId) return `carrier ${def.carrierId}'s globals string`;
  return `line ${line} of ${def.uri.slice(def.uri.lastIndexOf("/") + 1)}`;
}

export const duplicateGlobal: Rule = {
  code: "globals/duplicate-global",
  area: "globals",
  severity: "warning",
  summary: "A global is defined more than once for the same server (in [globals] sections or carrier globals strings): the last definition silently wins.",
  workspaceReads: ["extensions"],
  checkWorkspace(workspace, ctx) {
    const index = indexOf(ctx);
    const reported = new Set<GlobalDefinition>();
    for (const dialplan of index.dialplans) {
      const group = index.groupOf(dialplan);
      const defs = index.globals.filter((g) => group.some((d) => d.unit === g.unit));
      const seen = new Map<string, GlobalDefinition>();
      for (const def of defs) {
        const first = seen.get(def.name);
        if (!first) {
          seen.set(def.name, def);
          continue;
        }
        if (reported.has(def)) continue;
        reported.add(def);
        const sameValue = first.value.trim() === def.value.trim();
        ctx.report({
          uri: def.uri,
          span: def.nameSpan,
          message: `${def.name} is already defined in ${where(workspace, first)}: Asterisk keeps only the last definition${sameValue ? " (both give the same value)" : ", so one of the two carriers or lines is not using the value it expects"}. Give each trunk its own name.`,
          related: [{ uri: first.uri, span: first.nameSpan, message: `first definition of ${def.name}` }],
        });
      }
    }
  },
};
