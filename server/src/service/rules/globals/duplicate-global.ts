// globals/duplicate-global: the same global defined twice on one server (the last definition wins). Two carriers'
// globals strings only meet when VICIdial writes both onto one server (both active, same server_ip or 0.0.0.0).
import type { DialplanIndex, GlobalDefinition } from "../../model/dialplan";
import { globalsPlacements } from "../../model/dialplan-globals";
import type { Workspace } from "../../model/workspace";
import { reportKept } from "../kept-reports";
import { carrierOfLine, carrierPairSentence, carriersById, linesMeet } from "../../model/carrier-placement";
import { addTo } from "../../util/multimap";
import type { Rule, RuleContext } from "../types";
import { indexOf } from "../dialplan/common";
import { LineQuotes } from "../line-quotes";

function where(quotes: LineQuotes, def: GlobalDefinition): string {
  if (def.carrierId) return `carrier ${def.carrierId}'s globals string`;
  const line = quotes.number(def.uri, def.option.node.line);
  return `line ${line} of ${def.uri.slice(def.uri.lastIndexOf("/") + 1)}`;
}

export const duplicateGlobal: Rule = {
  code: "globals/duplicate-global",
  area: "globals",
  severity: "warning",
  summary: "A global is defined more than once for the same server (in [globals] sections or in the globals strings of active carriers that share a server): the last definition silently wins.",
  // The globals (extensions) and the carriers' server_ip and active fields (records: a record change that leaves its
  // dialplan and globals as they were keeps the vicidial:extensions unit).
  workspaceReads: ["extensions", "records"],
  checkWorkspace(workspace, ctx) {
    const index = indexOf(ctx);
    // Kept while the globals (where their lines are too), the load groups and the carrier records' texts (server,
    // active) are the same: an edit of a step checks none of the thousands of globals again. (A record's document
    // object is changed in place: its text is what tells.)
    const placements = index.dialplans.flatMap((dialplan) => globalsPlacements(dialplan.globals));
    const groups = index.dialplans.map((dialplan) => index.groupOf(dialplan).map((member) => member.unit.id).join("\u0000")).join("\n");
    const records = workspace.carriers().map((carrier) => carrier.doc.text);
    reportKept(ctx, this.code, [index.globals, groups, ...placements, ...records], (kept) => reportDuplicates(workspace, index, kept));
  },
};

/** Each global defined again where an earlier definition of it meets it (the same load group, a shared server). */
function reportDuplicates(workspace: Workspace, index: DialplanIndex, ctx: RuleContext): void {
  const carriers = carriersById(workspace);
  const meet = (a: GlobalDefinition, b: GlobalDefinition) => linesMeet(carrierOfLine(carriers, a), carrierOfLine(carriers, b));
  const reported = new Set<GlobalDefinition>();
  for (const dialplan of index.dialplans) {
    const group = index.groupOf(dialplan);
    const ids = new Set(group.map((d) => d.unit.id));
    const defs = index.globals.filter((g) => ids.has(g.unitId));
    const seen = new Map<string, GlobalDefinition[]>();
    for (const def of defs) {
      const first = seen.get(def.name)?.find((e) => meet(e, def));
      addTo(seen, def.name, def);
      if (!first) continue;
      if (reported.has(def)) continue;
      reported.add(def);
      const sameValue = first.value.trim() === def.value.trim();
      const quotes = new LineQuotes();
      ctx.report({
        uri: def.uri,
        span: def.nameSpan,
        message: `${def.name} is already defined in ${where(quotes, first)}: Asterisk keeps only the last definition${sameValue ? " (both give the same value)" : ", so one of the two carriers or lines is not using the value it expects"}. Give each trunk its own name.${carrierPairSentence(carrierOfLine(carriers, def), carrierOfLine(carriers, first))}`,
        related: [{ uri: first.uri, span: first.nameSpan, message: `first definition of ${def.name}` }],
        quotes: quotes.quotes,
      });
    }
  }
}
