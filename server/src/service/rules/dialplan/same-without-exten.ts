// dialplan/same-without-exten: `same =>` with no `exten =>` before it in the context.
import type { Rule } from "../types";

export const sameWithoutExten: Rule = {
  code: "dialplan/same-without-exten",
  area: "dialplan",
  severity: "warning",
  summary: "`same =>` continues the previous `exten =>` of the same context; with none before it, Asterisk logs an error and drops the line.",
  checkContext(context, ctx) {
    for (const step of context.steps) {
      // What the build noted first (most steps are neither): their lines are not read.
      if (step.dropped !== "no-previous-exten" && !step.firstOfCarrierEntry) continue;
      if (step.line.keyword !== "same") continue;
      if (step.dropped === "no-previous-exten") {
        ctx.report({
          uri: step.uri,
          span: step.option.node.keySpan,
          message: `'same =>' has no 'exten =>' before it in [${step.context.name}] (each context starts afresh): Asterisk logs an error and drops the line. Start with 'exten => <extension>,1,...'.`,
        });
      } else if (step.firstOfCarrierEntry) {
        ctx.report({
          uri: step.uri,
          span: step.option.node.keySpan,
          severity: "warning",
          message: `This dialplan entry starts with 'same =>': VICIdial writes it after other lines of [vicidial-auto-external], so it continues whichever extension comes before it (another carrier's or VICIdial's own 'h'). Start the entry with 'exten => <pattern>,1,...'.`,
        });
      }
    }
  },
};
