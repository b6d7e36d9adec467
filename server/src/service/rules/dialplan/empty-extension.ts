// dialplan/empty-extension: `exten => ,1,...` with no extension name.
import type { Rule } from "../types";
import { droppedSteps } from "./common";

export const emptyExtension: Rule = {
  code: "dialplan/empty-extension",
  area: "dialplan",
  severity: "warning",
  summary: "`exten =>` with an empty extension name: Asterisk refuses the line.",
  checkContext(context, ctx) {
    for (const step of droppedSteps(context)) {
      if (step.dropped !== "empty-extension") continue;
      ctx.report({
        uri: step.uri,
        span: step.option.node.valueSpan,
        message: "This line names no extension: Asterisk refuses to add it ('add exten '' ...? Action ignored'). Put the extension or pattern before the first comma.",
      });
    }
  },
};
